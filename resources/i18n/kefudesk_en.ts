<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AlertBanner</name>
    <message>
        <location filename="../../app/ui/widgets/banners.py" line="66" />
        <source>Got it</source>
        <translation>Got it</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/banners.py" line="73" />
        <source>The customer is angry (%1%). Priority raised; a calming reply is suggested first.</source>
        <translation>The customer is angry (%1%). Priority raised; a calming reply is suggested first.</translation>
    </message>
</context>
<context>
    <name>AngerTrend</name>
    <message>
        <location filename="../../app/ui/widgets/anger_trend.py" line="26" />
        <source>Anger of the last messages: %1</source>
        <translation>Anger of the last messages: %1</translation>
    </message>
</context>
<context>
    <name>ApprovalsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/approvals_dialog.py" line="28" />
        <source>Coupons awaiting approval</source>
        <translation>Coupons awaiting approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/approvals_dialog.py" line="39" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/approvals_dialog.py" line="41" />
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/approvals_dialog.py" line="49" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/approvals_dialog.py" line="57" />
        <source>%1 waiting</source>
        <translation>%1 waiting</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../app/ui/widgets/bar_chart.py" line="162" />
        <source>No data yet</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>ChatHeader</name>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="79" />
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="80" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="81" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="82" />
        <source>Close chat</source>
        <translation>Close chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="92" />
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="124" />
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="126" />
        <source>Reply within %1 s</source>
        <translation>Reply within %1 s</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/chat_header.py" line="128" />
        <source>SLA breached by %1 s</source>
        <translation>SLA breached by %1 s</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../../app/ui/pages/chat_page.py" line="124" />
        <source>Chat %1</source>
        <translation>Chat %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/chat_page.py" line="126" />
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/close_dialog.py" line="26" />
        <source>Close the chat with %1</source>
        <translation>Close the chat with %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/close_dialog.py" line="32" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/close_dialog.py" line="33" />
        <source>Invite the customer to rate the service</source>
        <translation>Invite the customer to rate the service</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/close_dialog.py" line="40" />
        <source>Close chat</source>
        <translation>Close chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/close_dialog.py" line="41" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../app/ui/widgets/composer.py" line="33" />
        <source>Type a reply · Enter to send · Shift+Enter for a new line</source>
        <translation>Type a reply · Enter to send · Shift+Enter for a new line</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../app/ui/models/conversation_delegate.py" line="105" />
        <source>Angry</source>
        <translation>Angry</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../app/ui/models/conversation_model.py" line="88" />
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="86" />
        <location filename="../../app/ui/pages/dashboard_page.py" line="103" />
        <source>Service dashboard</source>
        <translation>Service dashboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="111" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="113" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="124" />
        <location filename="../../app/ui/pages/dashboard_page.py" line="160" />
        <source>First reply</source>
        <translation>First reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="125" />
        <source>Average reply</source>
        <translation>Average reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="126" />
        <source>First-contact resolution</source>
        <translation>First-contact resolution</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="127" />
        <location filename="../../app/ui/pages/dashboard_page.py" line="161" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="128" />
        <source>Chats handled</source>
        <translation>Chats handled</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="139" />
        <source>Chats handled by hour</source>
        <translation>Chats handled by hour</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="140" />
        <source>Chats handled, last 7 days</source>
        <translation>Chats handled, last 7 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="141" />
        <source>First reply (s), last 7 days</source>
        <translation>First reply (s), last 7 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="148" />
        <source>No ratings yet for this day.</source>
        <translation>No ratings yet for this day.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="149" />
        <source>No review notes for you.</source>
        <translation>No review notes for you.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="150" />
        <source>Customer ratings</source>
        <translation>Customer ratings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="151" />
        <source>Review notes</source>
        <translation>Review notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="156" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="157" />
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="158" />
        <source>Open chats</source>
        <translation>Open chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="159" />
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="220" />
        <location filename="../../app/ui/pages/dashboard_page.py" line="285" />
        <source>SOP %1 s</source>
        <translation>SOP %1 s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="235" />
        <source>(no comment)</source>
        <translation>(no comment)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="236" />
        <source>%1 · chat %2</source>
        <translation>%1 · chat %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="248" />
        <source>(reviewed, no note)</source>
        <translation>(reviewed, no note)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="276" />
        <source>Chat %1</source>
        <translation>Chat %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="293" />
        <source>of the chats closed, solved at once</source>
        <translation>of the chats closed, solved at once</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="298" />
        <source>out of 5 · %1 ratings</source>
        <translation>out of 5 · %1 ratings</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="301" />
        <source>chats served this day</source>
        <translation>chats served this day</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="304" />
        <source>first reply over %1 s</source>
        <translation>first reply over %1 s</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="129" />
        <location filename="../../app/ui/pages/dashboard_page.py" line="162" />
        <source>SLA breaches</source>
        <translation>SLA breaches</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="167" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="167" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="167" />
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="167" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="167" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="175" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="176" />
        <source>Live queue</source>
        <translation>Live queue</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="217" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="322" />
        <source>Angry</source>
        <translation>Angry</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="334" />
        <source>Export the dashboard period</source>
        <translation>Export the dashboard period</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="336" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard_page.py" line="347" />
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../../app/ui/application.py" line="146" />
        <source>Your session ended. Log in again; nothing waiting to be sent is lost.</source>
        <translation>Your session ended. Log in again; nothing waiting to be sent is lost.</translation>
    </message>
</context>
<context>
    <name>IntentCorrection</name>
    <message>
        <location filename="../../app/ui/widgets/intent_correction_menu.py" line="30" />
        <source>Correct intent</source>
        <translation>Correct intent</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="15" />
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="16" />
        <source>Pre-sale question</source>
        <translation>Pre-sale question</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="17" />
        <source>Delivery time</source>
        <translation>Delivery time</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="18" />
        <source>Not received</source>
        <translation>Not received</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="19" />
        <source>Card key invalid</source>
        <translation>Card key invalid</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="20" />
        <source>Payment problem</source>
        <translation>Payment problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="21" />
        <location filename="../../app/ui/labels.py" line="68" />
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="22" />
        <source>After-sales progress</source>
        <translation>After-sales progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="23" />
        <source>Order query</source>
        <translation>Order query</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="24" />
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="25" />
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="26" />
        <source>Account security</source>
        <translation>Account security</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="27" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="28" />
        <source>Asks for an agent</source>
        <translation>Asks for an agent</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="29" />
        <source>Thanks / bye</source>
        <translation>Thanks / bye</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="33" />
        <source>Unknown intent</source>
        <translation>Unknown intent</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42" />
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="52" />
        <source>Queued, waiting for the network</source>
        <translation>Queued, waiting for the network</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="54" />
        <location filename="../../app/ui/labels.py" line="196" />
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="57" />
        <location filename="../../app/ui/labels.py" line="197" />
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58" />
        <location filename="../../app/ui/labels.py" line="199" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59" />
        <location filename="../../app/ui/labels.py" line="126" />
        <location filename="../../app/ui/labels.py" line="198" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67" />
        <source>Reissue</source>
        <translation>Reissue</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69" />
        <source>Card key check</source>
        <translation>Card key check</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="70" />
        <source>Payment dispute</source>
        <translation>Payment dispute</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78" />
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79" />
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80" />
        <source>Reissued</source>
        <translation>Reissued</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="81" />
        <location filename="../../app/ui/labels.py" line="96" />
        <location filename="../../app/ui/labels.py" line="107" />
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="82" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="90" />
        <source>Awaiting payment</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="91" />
        <location filename="../../app/ui/labels.py" line="104" />
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="92" />
        <source>Delivering</source>
        <translation>Delivering</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93" />
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="94" />
        <source>Delivery failed</source>
        <translation>Delivery failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95" />
        <source>Stuck at supplier</source>
        <translation>Stuck at supplier</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="105" />
        <source>Payment failed</source>
        <translation>Payment failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="106" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="115" />
        <source>Card key</source>
        <translation>Card key</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="117" />
        <location filename="../../app/ui/labels.py" line="171" />
        <source>Top-up</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="124" />
        <location filename="../../app/ui/labels.py" line="193" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="125" />
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="127" />
        <source>Processing</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="135" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="136" />
        <source>Unresolved</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="137" />
        <source>Customer stopped answering</source>
        <translation>Customer stopped answering</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="138" />
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="139" />
        <source>Resolved by the bot</source>
        <translation>Resolved by the bot</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="147" />
        <source>Login from a new IP</source>
        <translation>Login from a new IP</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="148" />
        <source>Repeated failed payments</source>
        <translation>Repeated failed payments</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="149" />
        <source>Chargeback</source>
        <translation>Chargeback</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="150" />
        <source>Many refunds</source>
        <translation>Many refunds</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="158" />
        <source>Frequent buyer</source>
        <translation>Frequent buyer</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="159" />
        <source>First after-sales</source>
        <translation>First after-sales</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="160" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="161" />
        <source>Price-sensitive</source>
        <translation>Price-sensitive</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="162" />
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="170" />
        <source>Pre-sales</source>
        <translation>Pre-sales</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="172" />
        <source>Game cards</source>
        <translation>Game cards</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="173" />
        <source>After-sales</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="174" />
        <source>VIP desk</source>
        <translation>VIP desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="182" />
        <source>Customer asked for an agent</source>
        <translation>Customer asked for an agent</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="183" />
        <source>Customer is angry</source>
        <translation>Customer is angry</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="184" />
        <source>Bot answers did not help</source>
        <translation>Bot answers did not help</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="185" />
        <source>After-sales ticket opened</source>
        <translation>After-sales ticket opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="194" />
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="195" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="207" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="208" />
        <location filename="../../app/ui/labels.py" line="218" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="209" />
        <location filename="../../app/ui/labels.py" line="220" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="210" />
        <source>Logged out</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="219" />
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="228" />
        <source>The shop server cannot be reached. Try again when the connection is back.</source>
        <translation>The shop server cannot be reached. Try again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="231" />
        <source>Your session ended. Please log in again.</source>
        <translation>Your session ended. Please log in again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="232" />
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="233" />
        <source>Too many failed logins. Wait a moment and try again.</source>
        <translation>Too many failed logins. Wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="236" />
        <source>A colleague has already taken this chat.</source>
        <translation>A colleague has already taken this chat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="237" />
        <source>Accept the chat before replying.</source>
        <translation>Accept the chat before replying.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="238" />
        <source>This chat is closed.</source>
        <translation>This chat is closed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="239" />
        <source>This chat is not yours.</source>
        <translation>This chat is not yours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="240" />
        <source>This order already has a coupon of this kind.</source>
        <translation>This order already has a coupon of this kind.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="243" />
        <source>The amount is outside the coupon's range.</source>
        <translation>The amount is outside the coupon's range.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="246" />
        <source>Only a supervisor can do this.</source>
        <translation>Only a supervisor can do this.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="247" />
        <source>This coupon was already decided.</source>
        <translation>This coupon was already decided.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="248" />
        <source>Type a reply first.</source>
        <translation>Type a reply first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="249" />
        <source>The server sent something unreadable.</source>
        <translation>The server sent something unreadable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="250" />
        <source>No such order.</source>
        <translation>No such order.</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="255" />
        <source>The action failed: %1</source>
        <translation>The action failed: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="44" />
        <source>Log in to KefuDesk</source>
        <translation>Log in to KefuDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="58" />
        <source>Remember me on this computer</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="60" />
        <source>Shop server</source>
        <translation>Shop server</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="61" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="62" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="74" />
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="75" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/login_dialog.py" line="88" />
        <source>Fill in the server, the user and the password.</source>
        <translation>Fill in the server, the user and the password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="104" />
        <source>KefuDesk</source>
        <translation>KefuDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103" />
        <source>Connecting to the shop server…</source>
        <translation>Connecting to the shop server…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90" />
        <source>&amp;Chats</source>
        <translation>&amp;Chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91" />
        <source>Accept next chat</source>
        <translation>Accept next chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="92" />
        <source>Search all chats…</source>
        <translation>Search all chats…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93" />
        <source>New ticket…</source>
        <translation>New ticket…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94" />
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95" />
        <source>Close chat…</source>
        <translation>Close chat…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96" />
        <source>Coupons awaiting approval…</source>
        <translation>Coupons awaiting approval…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="101" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106" />
        <location filename="../../app/ui/main_window.py" line="182" />
        <source>No chat open. Accept one from the queue (F2).</source>
        <translation>No chat open. Accept one from the queue (F2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="245" />
        <source>KefuDesk — %1</source>
        <translation>KefuDesk — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="317" />
        <source>An angry customer needs you (%1 alerts open).</source>
        <translation>An angry customer needs you (%1 alerts open).</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341" />
        <source>Local data deleted: %1 messages, %2 chats.</source>
        <translation>Local data deleted: %1 messages, %2 chats.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="389" />
        <source>No chat is waiting.</source>
        <translation>No chat is waiting.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="468" />
        <source>Ticket queued.</source>
        <translation>Ticket queued.</translation>
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
        <translation>%1 characters</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/message_delegate.py" line="170" />
        <source>Show more (%1 more)</source>
        <translation>Show more (%1 more)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/message_delegate.py" line="174" />
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/message_delegate.py" line="249" />
        <source>Bot conversation above · handed to you</source>
        <translation>Bot conversation above · handed to you</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../app/ui/widgets/banners.py" line="34" />
        <source>The shop server cannot be reached. Replies are queued and go out once when it is back.</source>
        <translation>The shop server cannot be reached. Replies are queued and go out once when it is back.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/banners.py" line="37" />
        <source>%1 waiting to be sent.</source>
        <translation>%1 waiting to be sent.</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="109" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="109" />
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="109" />
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="109" />
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="113" />
        <source>Delivery records</source>
        <translation>Delivery records</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="114" />
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="115" />
        <source>Coupon amount</source>
        <translation>Coupon amount</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="137" />
        <source>No order selected</source>
        <translation>No order selected</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="143" />
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="171" />
        <source>Nothing delivered yet</source>
        <translation>Nothing delivered yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="181" />
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="183" />
        <source>Show the card key (the reveal is logged)</source>
        <translation>Show the card key (the reveal is logged)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="206" />
        <source>Revealed</source>
        <translation>Revealed</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="213" />
        <source>None for this order</source>
        <translation>None for this order</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="216" />
        <source>No coupon templates</source>
        <translation>No coupon templates</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="230" />
        <source>%1 issued</source>
        <translation>%1 issued</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="232" />
        <source>%1 awaiting approval</source>
        <translation>%1 awaiting approval</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="237" />
        <source>Issuing %1…</source>
        <translation>Issuing %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="242" />
        <source>Issue %1 ¥%2</source>
        <translation>Issue %1 ¥%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="244" />
        <source>Request %1 ¥%2 (approval)</source>
        <translation>Request %1 ¥%2 (approval)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="252" />
        <source>Proposed for a delayed order.</source>
        <translation>Proposed for a delayed order.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="253" />
        <source>Proposed for a card key problem.</source>
        <translation>Proposed for a card key problem.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="254" />
        <source>Proposed as an apology.</source>
        <translation>Proposed as an apology.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="255" />
        <source>Proposed for a VIP customer.</source>
        <translation>Proposed for a VIP customer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/order_detail.py" line="259" />
        <source>Above your limit: a supervisor approves it.</source>
        <translation>Above your limit: a supervisor approves it.</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../app/ui/models/order_model.py" line="60" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/order_model.py" line="61" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/order_model.py" line="62" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/order_model.py" line="63" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/order_model.py" line="64" />
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="149" />
        <source>Recent orders</source>
        <translation>Recent orders</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="150" />
        <source>After-sales tickets</source>
        <translation>After-sales tickets</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="151" />
        <source>New ticket…</source>
        <translation>New ticket…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="152" />
        <source>Delete this customer's local data…</source>
        <translation>Delete this customer's local data…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="154" />
        <source>Removes the customer's chats, orders and profile from this computer (PIPL).</source>
        <translation>Removes the customer's chats, orders and profile from this computer (PIPL).</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="171" />
        <source>No chat selected</source>
        <translation>No chat selected</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="230" />
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="231" />
        <source>Loading the profile…</source>
        <translation>Loading the profile…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="237" />
        <source>%1 orders · ¥%2 spent · %3 after-sales</source>
        <translation>%1 orders · ¥%2 spent · %3 after-sales</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="329" />
        <source>Delete local data</source>
        <translation>Delete local data</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="331" />
        <source>Delete everything this computer keeps about %1: chats, orders, profile and replies not sent yet? The shop server keeps its records. This cannot be undone.</source>
        <translation>Delete everything this computer keeps about %1: chats, orders, profile and replies not sent yet? The shop server keeps its records. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="337" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/profile_panel.py" line="338" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../app/ui/widgets/queue_panel.py" line="98" />
        <source>Accept next (F2)</source>
        <translation>Accept next (F2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/queue_panel.py" line="99" />
        <source>No customer is waiting.</source>
        <translation>No customer is waiting.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/queue_panel.py" line="120" />
        <source>Waiting (%1)</source>
        <translation>Waiting (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/queue_panel.py" line="121" />
        <source>My chats (%1)</source>
        <translation>My chats (%1)</translation>
    </message>
</context>
<context>
    <name>QuickRepliesDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="43" />
        <source>Quick replies</source>
        <translation>Quick replies</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="49" />
        <source>Search shortcut, title or text</source>
        <translation>Search shortcut, title or text</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="62" />
        <source>Variables: {称呼} {订单号} {预计到账} {券额}</source>
        <translation>Variables: {称呼} {订单号} {预计到账} {券额}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="63" />
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="64" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="65" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="69" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="78" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="79" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="80" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/quick_replies_dialog.py" line="81" />
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
</context>
<context>
    <name>RatingButtons</name>
    <message>
        <location filename="../../app/ui/widgets/rating_buttons.py" line="25" />
        <source>Helpful</source>
        <translation>Helpful</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/rating_buttons.py" line="28" />
        <source>Not helpful</source>
        <translation>Not helpful</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../app/ui/widgets/reply_box.py" line="59" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reply_box.py" line="64" />
        <source>Waiting in the queue: accept it to reply.</source>
        <translation>Waiting in the queue: accept it to reply.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reply_box.py" line="65" />
        <source>This chat is with a colleague now.</source>
        <translation>This chat is with a colleague now.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/reply_box.py" line="66" />
        <source>This chat is closed.</source>
        <translation>This chat is closed.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="34" />
        <source>Anger not calmed</source>
        <translation>Anger not calmed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="35" />
        <source>First reply over SOP</source>
        <translation>First reply over SOP</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="36" />
        <source>Low CSAT</source>
        <translation>Low CSAT</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="37" />
        <source>Coupon above policy</source>
        <translation>Coupon above policy</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="48" />
        <source>Quality review</source>
        <translation>Quality review</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="54" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="55" />
        <location filename="../../app/ui/pages/review_page.py" line="145" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="56" />
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="57" />
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="58" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="59" />
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="77" />
        <source>A note for the agent (optional)</source>
        <translation>A note for the agent (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="79" />
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="84" />
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="91" />
        <source>Articles rated below the threshold</source>
        <translation>Articles rated below the threshold</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="120" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="144" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="146" />
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/review_page.py" line="164" />
        <source>Reviewed; the agent sees the note.</source>
        <translation>Reviewed; the agent sees the note.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/search_dialog.py" line="24" />
        <source>Search all chats</source>
        <translation>Search all chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_dialog.py" line="28" />
        <source>Words, order numbers, phone numbers…</source>
        <translation>Words, order numbers, phone numbers…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/search_dialog.py" line="57" />
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../app/ui/models/search_model.py" line="46" />
        <source>Chat %1</source>
        <translation>Chat %1</translation>
    </message>
</context>
<context>
    <name>ServiceMenu</name>
    <message>
        <location filename="../../app/ui/service_menu.py" line="100" />
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_menu.py" line="102" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_menu.py" line="48" />
        <source>Quality review…</source>
        <translation>Quality review…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_menu.py" line="49" />
        <source>Quick replies…</source>
        <translation>Quick replies…</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_menu.py" line="90" />
        <source>A supervisor left you a review note (chat %1). Open the dashboard to read it.</source>
        <translation>A supervisor left you a review note (chat %1). Open the dashboard to read it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/service_menu.py" line="103" />
        <source>%1 new review notes</source>
        <translation>%1 new review notes</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="41" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="45" />
        <source>Shop server</source>
        <translation>Shop server</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="50" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="53" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="54" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="55" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="59" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="60" />
        <source>Play a sound with anger alerts</source>
        <translation>Play a sound with anger alerts</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="65" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="67" />
        <source>Keep local data for</source>
        <translation>Keep local data for</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="69" />
        <source>A server change applies at the next start.</source>
        <translation>A server change applies at the next start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="75" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="76" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="21" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="24" />
        <source>Accept the next waiting chat</source>
        <translation>Accept the next waiting chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="25" />
        <source>Send the reply</source>
        <translation>Send the reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="26" />
        <source>New line in the reply</source>
        <translation>New line in the reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="27" />
        <source>Insert suggestion 1–3</source>
        <translation>Insert suggestion 1–3</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="28" />
        <source>Next / previous chat</source>
        <translation>Next / previous chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="29" />
        <source>Go to chat 1–9 (9: the last)</source>
        <translation>Go to chat 1–9 (9: the last)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="30" />
        <source>Search all chats</source>
        <translation>Search all chats</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="31" />
        <source>New after-sales ticket</source>
        <translation>New after-sales ticket</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="32" />
        <source>Transfer the chat</source>
        <translation>Transfer the chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="33" />
        <source>Close the chat</source>
        <translation>Close the chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="34" />
        <source>Acknowledge the anger alert</source>
        <translation>Acknowledge the anger alert</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="35" />
        <source>Focus the reply box</source>
        <translation>Focus the reply box</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="36" />
        <source>This sheet</source>
        <translation>This sheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="40" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="40" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/shortcuts_dialog.py" line="50" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SuggestionBar</name>
    <message>
        <location filename="../../app/ui/widgets/suggestion_bar.py" line="87" />
        <source>Suggestions appear when the customer writes.</source>
        <translation>Suggestions appear when the customer writes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/suggestion_bar.py" line="89" />
        <source>Intent: %1</source>
        <translation>Intent: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/suggestion_bar.py" line="92" />
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/suggestion_bar.py" line="98" />
        <source>Angry (%1%)</source>
        <translation>Angry (%1%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/suggestion_bar.py" line="111" />
        <source>Calm</source>
        <translation>Calm</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/suggestion_bar.py" line="112" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
</context>
<context>
    <name>TicketDelegate</name>
    <message>
        <location filename="../../app/ui/models/ticket_delegate.py" line="75" />
        <source>Review due in %1 h</source>
        <translation>Review due in %1 h</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/ticket_dialog.py" line="27" />
        <source>New after-sales ticket</source>
        <translation>New after-sales ticket</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ticket_dialog.py" line="35" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ticket_dialog.py" line="37" />
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ticket_dialog.py" line="40" />
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ticket_dialog.py" line="47" />
        <source>Create ticket</source>
        <translation>Create ticket</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/ticket_dialog.py" line="48" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/transfer_dialog.py" line="25" />
        <source>Transfer the chat</source>
        <translation>Transfer the chat</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/transfer_dialog.py" line="28" />
        <source>To a colleague</source>
        <translation>To a colleague</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/transfer_dialog.py" line="30" />
        <source>Loading colleagues…</source>
        <translation>Loading colleagues…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/transfer_dialog.py" line="31" />
        <source>Back to a group's queue</source>
        <translation>Back to a group's queue</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/transfer_dialog.py" line="42" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/transfer_dialog.py" line="43" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/transfer_dialog.py" line="56" />
        <source>%1 chats</source>
        <translation>%1 chats</translation>
    </message>
</context>
<context>
    <name>TrayAlert</name>
    <message>
        <location filename="../../app/ui/widgets/tray_alert.py" line="55" />
        <source>KefuDesk — %1 anger alerts not acknowledged</source>
        <translation>KefuDesk — %1 anger alerts not acknowledged</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tray_alert.py" line="58" />
        <source>KefuDesk</source>
        <translation>KefuDesk</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/tray_alert.py" line="61" />
        <source>Anger alert</source>
        <translation>Anger alert</translation>
    </message>
</context>
</TS>