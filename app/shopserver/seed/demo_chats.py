"""Scripted transcripts for the demo's past and waiting chats (`{order_no}` is filled in)."""

from __future__ import annotations

Line = tuple[str, str]

TICKET_CHATS: tuple[tuple[str, tuple[Line, ...]], ...] = (
    (
        "not_received",
        (
            ("customer", "我昨天充的话费到现在都没到账，订单号 {order_no}"),
            ("agent", "您好，我查到订单 {order_no} 了，上游渠道一直没有返回结果，我马上为您提交补发工单。"),
            ("customer", "好吧，尽快啊"),
            ("agent", "已提交，24 小时内处理完，有进展会第一时间通知您。"),
        ),
    ),
    (
        "card_invalid",
        (
            ("customer", "你们这个卡密用不了，提示已被使用！{order_no}"),
            ("agent", "非常抱歉！我先为您提交卡密核查，确认不是您本人使用后立即补发。"),
            ("customer", "我刚买的怎么可能被用过"),
            ("agent", "理解您的心情，核查一般半小时内出结果，我会一直跟进。"),
        ),
    ),
    (
        "refund",
        (
            ("customer", "订单 {order_no} 充值失败了，钱能退吗"),
            ("agent", "可以的，充值失败的订单全额退款，我这就为您提交退款工单。"),
            ("customer", "多久到账"),
            ("agent", "原路退回，微信支付宝 1-3 个工作日。"),
        ),
    ),
    (
        "not_received",
        (
            ("customer", "Q币没到账啊，都两个小时了"),
            ("agent", "您好，麻烦提供一下订单号，我马上查。"),
            ("customer", "{order_no}"),
            ("agent", "查到了，充值卡在上游了，已为您登记补发，稍后到账。"),
        ),
    ),
)

CLOSED_CHATS: tuple[tuple[str, tuple[Line, ...]], ...] = (
    (
        "delivery_time",
        (
            ("customer", "在吗，充 100 话费一般多久到"),
            ("agent", "您好，快充 10 分钟内到账，高峰期可能稍慢一点。"),
            ("customer", "好的谢谢"),
        ),
    ),
    (
        "presale_product",
        (
            ("customer", "Steam 100 的卡有货吗"),
            ("agent", "有现货的，下单后自动发卡，国区账号可以直接用。"),
            ("customer", "行，我去拍"),
            ("agent", "好的，有问题随时找我～"),
        ),
    ),
    (
        "order_query",
        (
            ("customer", "帮我看下这单 {order_no} 到了没"),
            ("agent", "查到了，订单 {order_no} 已经发货成功，卡密在订单详情里可以查看。"),
            ("customer", "看到了，谢谢"),
        ),
    ),
    (
        "promotion",
        (
            ("customer", "最近有什么优惠券吗"),
            ("agent", "本周话费满 100 减 5，Q币满 100 减 3，下单自动抵扣。"),
            ("customer", "好嘞"),
        ),
    ),
    (
        "not_received",
        (
            ("customer", "原神月卡怎么还没到，{order_no}"),
            ("agent", "您好，我看了一下已经充值成功了，重新登录游戏就能看到哦。"),
            ("customer", "重登了，到了到了"),
            ("agent", "好的，祝您游戏愉快！"),
        ),
    ),
    (
        "payment_issue",
        (
            ("customer", "我付款了但是订单显示未支付"),
            ("agent", "别担心，一般是支付回调延迟，我帮您看一下…已经自动补单了，请刷新。"),
            ("customer", "好了，谢谢"),
        ),
    ),
    (
        "reseller",
        (
            ("customer", "你们怎么开分站"),
            ("agent", "在代理中心提交资料就行，审核通过后招商经理会联系您，本月首月免服务费。"),
            ("customer", "好的我看看"),
        ),
    ),
    (
        "card_invalid",
        (
            ("customer", "网易一卡通充不进去"),
            ("agent", "请确认是在网易一卡通官网的点卡充值入口使用的哦，卡号和密码要分开输入。"),
            ("customer", "哦哦我输错地方了，可以了"),
        ),
    ),
)

WAITING_CHATS: tuple[tuple[str, bool, bool, tuple[Line, ...]], ...] = (
    ("not_received", True, False, (
        ("customer", "充了100话费两个小时了还没到！！！订单 {order_no}"),
        ("customer", "你们是骗子吧？再不到账我就去12315投诉"),
    )),
    ("presale_product", False, False, (
        ("customer", "王者荣耀点券能直充吗，安卓QQ区"),
    )),
    ("card_invalid", False, False, (
        ("customer", "Steam卡密提示无效代码，{order_no}"),
    )),
    ("delivery_time", False, False, (
        ("customer", "腾讯视频月卡买了多久能用"),
    )),
    ("refund", False, False, (
        ("customer", "不想要了能退吗，还没用"),
    )),
    ("aftersale_progress", False, True, (
        ("customer", "上次那个补发的工单怎么样了"),
    )),
)  # fmt: skip
