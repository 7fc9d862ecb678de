<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../app/ui/widgets/banners.py" line="66" />
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/banners.py" line="73" />
        <source>The customer is angry (%1%). Priority raised; a calming reply is suggested first.</source>
        <translation>客户情绪激动（%1%），已提升优先级，建议先安抚。</translation>
    </message>
</context>
<context>
    <name>AngerTrend</name>
    <message>
        <location filename="../../app/ui/widgets/anger_trend.py" line="26" />
        <source>Anger of the last messages: %1</source>
        <translation>最近消息的愤怒度：%1</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/approvals_dialog.py" line="28" />
        <source>Coupons awaiting approval</source>
        <translation>待审批的优惠券</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/approvals_dialog.py" line="39" />
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/approvals_dialog.py" line="41" />
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/approvals_dialog.py" line="49" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/approvals_dialog.py" line="57" />
        <source>%1 waiting</source>
        <translation>%1 条待审批</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../app/ui/widgets/bar_chart.py" line="162" />
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="79" />
        <source>Accept</source>
        <translation>接入</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="80" />
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="81" />
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="82" />
        <source>Close chat</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="92" />
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="124" />
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="126" />
        <source>Reply within %1 s</source>
        <translation>请在 %1 秒内回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="128" />
        <source>SLA breached by %1 s</source>
        <translation>已超时 %1 秒</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../../app/ui/pages/chat_page.py" line="124" />
        <source>Chat %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/chat_page.py" line="126" />
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/close_dialog.py" line="26" />
        <source>Close the chat with %1</source>
        <translation>结束与 %1 的会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/close_dialog.py" line="32" />
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/close_dialog.py" line="33" />
        <source>Invite the customer to rate the service</source>
        <translation>邀请客户评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/close_dialog.py" line="40" />
        <source>Close chat</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/close_dialog.py" line="41" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/widgets/composer.py" line="33" />
        <source>Type a reply · Enter to send · Shift+Enter for a new line</source>
        <translation>输入回复 · Enter 发送 · Shift+Enter 换行</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../app/ui/models/conversation_delegate.py" line="105" />
        <source>Angry</source>
        <translation>愤怒</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../app/ui/models/conversation_model.py" line="88" />
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="86" />
        <location filename="../../app/ui/pages/dashboard_page.py" line="103" />
        <source>Service dashboard</source>
        <translation>服务看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="111" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="113" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="124" />
        <location filename="../../app/ui/pages/dashboard_page.py" line="160" />
        <source>First reply</source>
        <translation>首响时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="125" />
        <source>Average reply</source>
        <translation>平均响应</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="126" />
        <source>First-contact resolution</source>
        <translation>一次解决率</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="127" />
        <location filename="../../app/ui/pages/dashboard_page.py" line="161" />
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="128" />
        <source>Chats handled</source>
        <translation>接待量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="139" />
        <source>Chats handled by hour</source>
        <translation>分时接待量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="140" />
        <source>Chats handled, last 7 days</source>
        <translation>近 7 天接待量</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="141" />
        <source>First reply (s), last 7 days</source>
        <translation>近 7 天首响（秒）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="148" />
        <source>No ratings yet for this day.</source>
        <translation>当天还没有客户评价。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="149" />
        <source>No review notes for you.</source>
        <translation>暂无给你的质检备注。</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="150" />
        <source>Customer ratings</source>
        <translation>客户评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="151" />
        <source>Review notes</source>
        <translation>质检备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="156" />
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="157" />
        <source>Presence</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="158" />
        <source>Open chats</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="159" />
        <source>Handled</source>
        <translation>已接待</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="220" />
        <location filename="../../app/ui/pages/dashboard_page.py" line="285" />
        <source>SOP %1 s</source>
        <translation>SOP %1 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="235" />
        <source>(no comment)</source>
        <translation>（未留言）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="236" />
        <source>%1 · chat %2</source>
        <translation>%1 · 会话 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="248" />
        <source>(reviewed, no note)</source>
        <translation>（已质检，无备注）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="276" />
        <source>Chat %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="293" />
        <source>of the chats closed, solved at once</source>
        <translation>已结束会话中一次解决的比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="298" />
        <source>out of 5 · %1 ratings</source>
        <translation>满分 5 · %1 条评价</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="301" />
        <source>chats served this day</source>
        <translation>当天接待的会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="304" />
        <source>first reply over %1 s</source>
        <translation>首响超过 %1 秒的会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="129" />
        <location filename="../../app/ui/pages/dashboard_page.py" line="162" />
        <source>SLA breaches</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="167" />
        <source>Chat</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="167" />
        <source>Group</source>
        <translation>技能组</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="167" />
        <source>Intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="167" />
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="167" />
        <source>Waiting</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="175" />
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="176" />
        <source>Live queue</source>
        <translation>实时队列</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="217" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="322" />
        <source>Angry</source>
        <translation>愤怒</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="334" />
        <source>Export the dashboard period</source>
        <translation>导出看板数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="336" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="347" />
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../app/ui/application.py" line="146" />
        <source>Your session ended. Log in again; nothing waiting to be sent is lost.</source>
        <translation>登录已失效，请重新登录；待发送的内容不会丢失。</translation>
    </message>
</context>
<context>
    <name>IntentCorrection</name>
    <message>
        <location filename="../../app/ui/widgets/intent_correction_menu.py" line="30" />
        <source>Correct intent</source>
        <translation>纠正意图</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="15" />
        <source>Greeting</source>
        <translation>问候</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="16" />
        <source>Pre-sale question</source>
        <translation>售前咨询</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="17" />
        <source>Delivery time</source>
        <translation>到账时效</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="18" />
        <source>Not received</source>
        <translation>未到账</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="19" />
        <source>Card key invalid</source>
        <translation>卡密无效</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="20" />
        <source>Payment problem</source>
        <translation>支付问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="21" />
        <location filename="../../app/ui/labels.py" line="68" />
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="22" />
        <source>After-sales progress</source>
        <translation>售后进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="23" />
        <source>Order query</source>
        <translation>订单查询</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="24" />
        <source>Promotion</source>
        <translation>优惠活动</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="25" />
        <source>Reseller</source>
        <translation>代理批发</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="26" />
        <source>Account security</source>
        <translation>账号安全</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="27" />
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="28" />
        <source>Asks for an agent</source>
        <translation>要求人工</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="29" />
        <source>Thanks / bye</source>
        <translation>致谢 / 再见</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="33" />
        <source>Unknown intent</source>
        <translation>意图未知</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41" />
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42" />
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43" />
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="52" />
        <source>Queued, waiting for the network</source>
        <translation>排队中，等待网络恢复</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="54" />
        <location filename="../../app/ui/labels.py" line="196" />
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="57" />
        <location filename="../../app/ui/labels.py" line="197" />
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58" />
        <location filename="../../app/ui/labels.py" line="199" />
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59" />
        <location filename="../../app/ui/labels.py" line="126" />
        <location filename="../../app/ui/labels.py" line="198" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67" />
        <source>Reissue</source>
        <translation>补发</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69" />
        <source>Card key check</source>
        <translation>卡密核查</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="70" />
        <source>Payment dispute</source>
        <translation>支付争议</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78" />
        <source>Submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79" />
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80" />
        <source>Reissued</source>
        <translation>已补发</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81" />
        <location filename="../../app/ui/labels.py" line="96" />
        <location filename="../../app/ui/labels.py" line="107" />
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="90" />
        <source>Awaiting payment</source>
        <translation>待支付</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="91" />
        <location filename="../../app/ui/labels.py" line="104" />
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="92" />
        <source>Delivering</source>
        <translation>发货中</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93" />
        <source>Delivered</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="94" />
        <source>Delivery failed</source>
        <translation>发货失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95" />
        <source>Stuck at supplier</source>
        <translation>上游卡单</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="105" />
        <source>Payment failed</source>
        <translation>支付失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="106" />
        <source>Pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="115" />
        <source>Card key</source>
        <translation>卡密</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="117" />
        <location filename="../../app/ui/labels.py" line="171" />
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="124" />
        <location filename="../../app/ui/labels.py" line="193" />
        <source>Issued</source>
        <translation>已发放</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="125" />
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="127" />
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="135" />
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="136" />
        <source>Unresolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="137" />
        <source>Customer stopped answering</source>
        <translation>客户无应答</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="138" />
        <source>Spam</source>
        <translation>骚扰信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="139" />
        <source>Resolved by the bot</source>
        <translation>机器人已解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="147" />
        <source>Login from a new IP</source>
        <translation>新 IP 登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="148" />
        <source>Repeated failed payments</source>
        <translation>多次支付失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="149" />
        <source>Chargeback</source>
        <translation>拒付</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="150" />
        <source>Many refunds</source>
        <translation>退款频繁</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="158" />
        <source>Frequent buyer</source>
        <translation>高频用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="159" />
        <source>First after-sales</source>
        <translation>首次售后</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="160" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="161" />
        <source>Price-sensitive</source>
        <translation>价格敏感</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="162" />
        <source>New customer</source>
        <translation>新用户</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="170" />
        <source>Pre-sales</source>
        <translation>售前</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="172" />
        <source>Game cards</source>
        <translation>游戏点卡</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="173" />
        <source>After-sales</source>
        <translation>售后</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="174" />
        <source>VIP desk</source>
        <translation>VIP 专属</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="182" />
        <source>Customer asked for an agent</source>
        <translation>客户要求转人工</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="183" />
        <source>Customer is angry</source>
        <translation>客户情绪激动</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="184" />
        <source>Bot answers did not help</source>
        <translation>机器人未解决</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="185" />
        <source>After-sales ticket opened</source>
        <translation>已开售后工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="194" />
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="195" />
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="207" />
        <source>Connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="208" />
        <location filename="../../app/ui/labels.py" line="218" />
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="209" />
        <location filename="../../app/ui/labels.py" line="220" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="210" />
        <source>Logged out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="219" />
        <source>Away</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="228" />
        <source>The shop server cannot be reached. Try again when the connection is back.</source>
        <translation>无法连接店铺服务器，请在网络恢复后重试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="231" />
        <source>Your session ended. Please log in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="232" />
        <source>Wrong user name or password.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="233" />
        <source>Too many failed logins. Wait a moment and try again.</source>
        <translation>登录失败次数过多，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="236" />
        <source>A colleague has already taken this chat.</source>
        <translation>该会话已被同事接入。</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="237" />
        <source>Accept the chat before replying.</source>
        <translation>请先接入会话再回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="238" />
        <source>This chat is closed.</source>
        <translation>该会话已结束。</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="239" />
        <source>This chat is not yours.</source>
        <translation>这不是您的会话。</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="240" />
        <source>This order already has a coupon of this kind.</source>
        <translation>该订单已有同类优惠券。</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="243" />
        <source>The amount is outside the coupon's range.</source>
        <translation>金额超出该优惠券的范围。</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="246" />
        <source>Only a supervisor can do this.</source>
        <translation>只有主管可以执行此操作。</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="247" />
        <source>This coupon was already decided.</source>
        <translation>该优惠券已处理。</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="248" />
        <source>Type a reply first.</source>
        <translation>请先输入回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="249" />
        <source>The server sent something unreadable.</source>
        <translation>服务器返回了无法识别的数据。</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="250" />
        <source>No such order.</source>
        <translation>订单不存在。</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="255" />
        <source>The action failed: %1</source>
        <translation>操作失败：%1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="44" />
        <source>Log in to KefuDesk</source>
        <translation>登录 KefuDesk 客服工作台</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="58" />
        <source>Remember me on this computer</source>
        <translation>在这台电脑上记住我</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="60" />
        <source>Shop server</source>
        <translation>店铺服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="61" />
        <source>User</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="62" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="74" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="75" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="88" />
        <source>Fill in the server, the user and the password.</source>
        <translation>请填写服务器、账号和密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="104" />
        <source>KefuDesk</source>
        <translation>KefuDesk 客服工作台</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103" />
        <source>Connecting to the shop server…</source>
        <translation>正在连接店铺服务器…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90" />
        <source>&amp;Chats</source>
        <translation>会话(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91" />
        <source>Accept next chat</source>
        <translation>接入下一个会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <source>Search all chats…</source>
        <translation>搜索全部会话…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93" />
        <source>New ticket…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>Transfer…</source>
        <translation>转接…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95" />
        <source>Close chat…</source>
        <translation>结束会话…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96" />
        <source>Coupons awaiting approval…</source>
        <translation>待审批的优惠券…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106" />
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>No chat open. Accept one from the queue (F2).</source>
        <translation>没有打开的会话。从队列接入一个（F2）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245" />
        <source>KefuDesk — %1</source>
        <translation>KefuDesk 客服工作台 — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317" />
        <source>An angry customer needs you (%1 alerts open).</source>
        <translation>有客户情绪激动，请尽快处理（%1 条未确认提醒）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341" />
        <source>Local data deleted: %1 messages, %2 chats.</source>
        <translation>本地数据已删除：%1 条消息，%2 个会话。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="389" />
        <source>No chat is waiting.</source>
        <translation>当前没有排队的会话。</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="468" />
        <source>Ticket queued.</source>
        <translation>工单已提交。</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../../app/ui/models/message_delegate.py" line="167" />
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/message_delegate.py" line="169" />
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/message_delegate.py" line="170" />
        <source>Show more (%1 more)</source>
        <translation>显示更多（还有 %1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/message_delegate.py" line="174" />
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/message_delegate.py" line="249" />
        <source>Bot conversation above · handed to you</source>
        <translation>以上为机器人接待 · 已转给您</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../app/ui/widgets/banners.py" line="34" />
        <source>The shop server cannot be reached. Replies are queued and go out once when it is back.</source>
        <translation>无法连接店铺服务器。回复已排队，恢复后会自动发送且只发送一次。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/banners.py" line="37" />
        <source>%1 waiting to be sent.</source>
        <translation>%1 条待发送。</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="109" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="109" />
        <source>Goods</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="109" />
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="109" />
        <source>Paid at</source>
        <translation>支付时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="113" />
        <source>Delivery records</source>
        <translation>发货记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="114" />
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="115" />
        <source>Coupon amount</source>
        <translation>优惠券金额</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="137" />
        <source>No order selected</source>
        <translation>未选择订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="143" />
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="171" />
        <source>Nothing delivered yet</source>
        <translation>尚未发货</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="181" />
        <source>Reveal</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="183" />
        <source>Show the card key (the reveal is logged)</source>
        <translation>显示卡密（查看会被记录）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="206" />
        <source>Revealed</source>
        <translation>已查看</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="213" />
        <source>None for this order</source>
        <translation>该订单暂无</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="216" />
        <source>No coupon templates</source>
        <translation>没有优惠券模板</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="230" />
        <source>%1 issued</source>
        <translation>%1 已发放</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="232" />
        <source>%1 awaiting approval</source>
        <translation>%1 待审批</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="237" />
        <source>Issuing %1…</source>
        <translation>正在发放%1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="242" />
        <source>Issue %1 ¥%2</source>
        <translation>发放%1 ¥%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="244" />
        <source>Request %1 ¥%2 (approval)</source>
        <translation>申请%1 ¥%2（需审批）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="252" />
        <source>Proposed for a delayed order.</source>
        <translation>建议用于到账延迟补偿。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="253" />
        <source>Proposed for a card key problem.</source>
        <translation>建议用于卡密问题补偿。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="254" />
        <source>Proposed as an apology.</source>
        <translation>建议作为致歉补偿。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="255" />
        <source>Proposed for a VIP customer.</source>
        <translation>建议用于 VIP 客户关怀。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="259" />
        <source>Above your limit: a supervisor approves it.</source>
        <translation>超出您的额度，需主管审批。</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../app/ui/models/order_model.py" line="60" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/order_model.py" line="61" />
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/order_model.py" line="62" />
        <source>Value</source>
        <translation>面值</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/order_model.py" line="63" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/order_model.py" line="64" />
        <source>Paid at</source>
        <translation>支付时间</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="149" />
        <source>Recent orders</source>
        <translation>最近订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="150" />
        <source>After-sales tickets</source>
        <translation>售后工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="151" />
        <source>New ticket…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="152" />
        <source>Delete this customer's local data…</source>
        <translation>删除该客户的本地数据…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="154" />
        <source>Removes the customer's chats, orders and profile from this computer (PIPL).</source>
        <translation>从本机删除该客户的会话、订单和资料（个人信息保护法）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="171" />
        <source>No chat selected</source>
        <translation>未选择会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="230" />
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="231" />
        <source>Loading the profile…</source>
        <translation>正在加载客户画像…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="237" />
        <source>%1 orders · ¥%2 spent · %3 after-sales</source>
        <translation>%1 单 · 消费 ¥%2 · 售后 %3 次</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="329" />
        <source>Delete local data</source>
        <translation>删除本地数据</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="331" />
        <source>Delete everything this computer keeps about %1: chats, orders, profile and replies not sent yet? The shop server keeps its records. This cannot be undone.</source>
        <translation>删除本机保存的关于 %1 的全部数据：会话、订单、资料和尚未发出的回复？店铺服务器上的记录不受影响。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="337" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="338" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../app/ui/widgets/queue_panel.py" line="98" />
        <source>Accept next (F2)</source>
        <translation>接入下一个 (F2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/queue_panel.py" line="99" />
        <source>No customer is waiting.</source>
        <translation>暂无排队的客户。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/queue_panel.py" line="120" />
        <source>Waiting (%1)</source>
        <translation>排队中（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/queue_panel.py" line="121" />
        <source>My chats (%1)</source>
        <translation>我的会话（%1）</translation>
    </message>
</context>
<context>
    <name>QuickRepliesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="43" />
        <source>Quick replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="49" />
        <source>Search shortcut, title or text</source>
        <translation>搜索快捷码、标题或内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="62" />
        <source>Variables: {称呼} {订单号} {预计到账} {券额}</source>
        <translation>变量：{称呼} {订单号} {预计到账} {券额}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="63" />
        <source>Shortcut</source>
        <translation>快捷码</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="64" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="65" />
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="69" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="78" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="79" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="80" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="81" />
        <source>Insert</source>
        <translation>插入</translation>
    </message>
</context>
<context>
    <name>RatingButtons</name>
    <message>
        <location filename="../../app/ui/widgets/rating_buttons.py" line="25" />
        <source>Helpful</source>
        <translation>有用</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/rating_buttons.py" line="28" />
        <source>Not helpful</source>
        <translation>没用</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../app/ui/widgets/reply_box.py" line="59" />
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reply_box.py" line="64" />
        <source>Waiting in the queue: accept it to reply.</source>
        <translation>会话在排队中：接入后才能回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reply_box.py" line="65" />
        <source>This chat is with a colleague now.</source>
        <translation>该会话已转给同事。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reply_box.py" line="66" />
        <source>This chat is closed.</source>
        <translation>该会话已结束。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="34" />
        <source>Anger not calmed</source>
        <translation>情绪未安抚</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="35" />
        <source>First reply over SOP</source>
        <translation>首响超时</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="36" />
        <source>Low CSAT</source>
        <translation>低满意度</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="37" />
        <source>Coupon above policy</source>
        <translation>超额发券</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="48" />
        <source>Quality review</source>
        <translation>质检</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="54" />
        <source>Chat</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="55" />
        <location filename="../../app/ui/pages/review_page.py" line="145" />
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="56" />
        <source>Intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="57" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="58" />
        <source>CSAT</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="59" />
        <source>Reviewed</source>
        <translation>已质检</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="77" />
        <source>A note for the agent (optional)</source>
        <translation>给客服的备注（可选）</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="79" />
        <source>Mark reviewed</source>
        <translation>标记已质检</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="84" />
        <source>Transcript</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="91" />
        <source>Articles rated below the threshold</source>
        <translation>评分低于阈值的知识</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="120" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="144" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="146" />
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="164" />
        <source>Reviewed; the agent sees the note.</source>
        <translation>已质检，客服可看到备注。</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/search_dialog.py" line="24" />
        <source>Search all chats</source>
        <translation>搜索全部会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_dialog.py" line="28" />
        <source>Words, order numbers, phone numbers…</source>
        <translation>关键词、订单号、手机号…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_dialog.py" line="57" />
        <source>%1 messages</source>
        <translation>%1 条消息</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../app/ui/models/search_model.py" line="46" />
        <source>Chat %1</source>
        <translation>会话 %1</translation>
    </message>
</context>
<context>
    <name>ServiceMenu</name>
    <message>
        <location filename="../../app/ui/service_menu.py" line="100" />
        <source>&amp;Service</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_menu.py" line="102" />
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_menu.py" line="48" />
        <source>Quality review…</source>
        <translation>质检…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_menu.py" line="49" />
        <source>Quick replies…</source>
        <translation>快捷回复…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_menu.py" line="90" />
        <source>A supervisor left you a review note (chat %1). Open the dashboard to read it.</source>
        <translation>主管给你留了质检备注（会话 %1），打开看板查看。</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_menu.py" line="103" />
        <source>%1 new review notes</source>
        <translation>%1 条新质检备注</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="41" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="45" />
        <source>Shop server</source>
        <translation>店铺服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="50" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="53" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="54" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="55" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="59" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="60" />
        <source>Play a sound with anger alerts</source>
        <translation>愤怒提醒时播放提示音</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="65" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="67" />
        <source>Keep local data for</source>
        <translation>本地数据保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="69" />
        <source>A server change applies at the next start.</source>
        <translation>更换服务器在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="75" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="21" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="24" />
        <source>Accept the next waiting chat</source>
        <translation>接入下一个排队会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="25" />
        <source>Send the reply</source>
        <translation>发送回复</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="26" />
        <source>New line in the reply</source>
        <translation>回复内换行</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="27" />
        <source>Insert suggestion 1–3</source>
        <translation>插入第 1–3 条建议</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="28" />
        <source>Next / previous chat</source>
        <translation>下一个 / 上一个会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="29" />
        <source>Go to chat 1–9 (9: the last)</source>
        <translation>切换到第 1–9 个会话（9：最后一个）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="30" />
        <source>Search all chats</source>
        <translation>搜索全部会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="31" />
        <source>New after-sales ticket</source>
        <translation>新建售后工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="32" />
        <source>Transfer the chat</source>
        <translation>转接会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="33" />
        <source>Close the chat</source>
        <translation>结束会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="34" />
        <source>Acknowledge the anger alert</source>
        <translation>确认愤怒提醒</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="35" />
        <source>Focus the reply box</source>
        <translation>聚焦回复框</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="36" />
        <source>This sheet</source>
        <translation>本页</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="40" />
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="40" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="50" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SuggestionBar</name>
    <message>
        <location filename="../../app/ui/widgets/suggestion_bar.py" line="87" />
        <source>Suggestions appear when the customer writes.</source>
        <translation>客户发言后这里会给出建议回复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/suggestion_bar.py" line="89" />
        <source>Intent: %1</source>
        <translation>意图：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/suggestion_bar.py" line="92" />
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/suggestion_bar.py" line="98" />
        <source>Angry (%1%)</source>
        <translation>愤怒（%1%）</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/suggestion_bar.py" line="111" />
        <source>Calm</source>
        <translation>安抚</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/suggestion_bar.py" line="112" />
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
</context>
<context>
    <name>TicketDelegate</name>
    <message>
        <location filename="../../app/ui/models/ticket_delegate.py" line="75" />
        <source>Review due in %1 h</source>
        <translation>审核剩余 %1 小时</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/ticket_dialog.py" line="27" />
        <source>New after-sales ticket</source>
        <translation>新建售后工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ticket_dialog.py" line="35" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ticket_dialog.py" line="37" />
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ticket_dialog.py" line="40" />
        <source>Intent</source>
        <translation>意图</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ticket_dialog.py" line="47" />
        <source>Create ticket</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ticket_dialog.py" line="48" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/transfer_dialog.py" line="25" />
        <source>Transfer the chat</source>
        <translation>转接会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/transfer_dialog.py" line="28" />
        <source>To a colleague</source>
        <translation>转给同事</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/transfer_dialog.py" line="30" />
        <source>Loading colleagues…</source>
        <translation>正在加载同事…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/transfer_dialog.py" line="31" />
        <source>Back to a group's queue</source>
        <translation>退回技能组队列</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/transfer_dialog.py" line="42" />
        <source>Transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/transfer_dialog.py" line="43" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/transfer_dialog.py" line="56" />
        <source>%1 chats</source>
        <translation>%1 个会话</translation>
    </message>
</context>
<context>
    <name>TrayAlert</name>
    <message>
        <location filename="../../app/ui/widgets/tray_alert.py" line="55" />
        <source>KefuDesk — %1 anger alerts not acknowledged</source>
        <translation>KefuDesk — %1 条情绪预警待确认</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tray_alert.py" line="58" />
        <source>KefuDesk</source>
        <translation>KefuDesk 客服工作台</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tray_alert.py" line="61" />
        <source>Anger alert</source>
        <translation>愤怒提醒</translation>
    </message>
</context>
</TS>