"""The shop's own vocabulary: products, games, slang, typos and terms the engine normalises.

Hand-written domain knowledge. `train` turns it (with jieba's and snownlp's tables) into the
compact tables shipped in the model file; nothing here is read at run time except through them.
"""

from __future__ import annotations

# Canonical game name -> spellings customers use (matched after normalisation, lower case).
GAMES: dict[str, tuple[str, ...]] = {
    "王者荣耀": ("王者荣耀", "王者", "农药", "wzry"),
    "和平精英": ("和平精英", "吃鸡", "和平", "hpjy"),
    "原神": ("原神", "ys", "genshin"),
    "英雄联盟": ("英雄联盟", "lol", "撸啊撸"),
    "梦幻西游": ("梦幻西游", "梦幻"),
    "大话西游": ("大话西游", "大话"),
    "穿越火线": ("穿越火线", "cf"),
    "地下城与勇士": ("地下城与勇士", "地下城", "dnf"),
    "魔兽世界": ("魔兽世界", "魔兽", "wow"),
    "崩坏：星穹铁道": ("星穹铁道", "崩铁", "崩坏星穹铁道"),
    "蛋仔派对": ("蛋仔派对", "蛋仔"),
    "迷你世界": ("迷你世界",),
    "我的世界": ("我的世界", "minecraft"),
    "第五人格": ("第五人格",),
    "光遇": ("光遇",),
    "永劫无间": ("永劫无间", "永劫"),
    "逆水寒": ("逆水寒",),
    "剑网3": ("剑网3", "剑三", "剑网三"),
    "天涯明月刀": ("天涯明月刀", "天刀"),
    "QQ飞车": ("qq飞车", "飞车"),
    "火影忍者": ("火影忍者", "火影"),
    "金铲铲之战": ("金铲铲", "金铲铲之战"),
    "CS2": ("cs2", "csgo", "cs:go"),
    "DOTA2": ("dota2", "刀塔"),
    "绝地求生": ("绝地求生", "pubg"),
    "问道": ("问道",),
    "征途": ("征途",),
    "传奇": ("传奇",),
}

# Canonical card type -> spellings. Order matters only for overlapping spellings (longest wins).
CARD_TYPES: dict[str, tuple[str, ...]] = {
    "Q币": ("q币", "qb", "扣币", "q点", "qq币"),
    "话费": ("话费", "手机费", "电话费", "充值卡"),
    "流量": ("流量", "流量包"),
    "视频会员": (
        "视频会员", "腾讯视频", "爱奇艺", "优酷", "芒果tv", "芒果", "b站大会员", "大会员",
        "哔哩哔哩", "会员", "vip会员", "svip", "奈飞", "网飞", "搜狐视频", "乐视",
    ),
    "音乐会员": ("qq音乐", "网易云", "酷狗", "酷我", "音乐会员", "绿钻"),
    "Steam": ("steam", "蒸汽", "steam钱包", "钱包码"),
    "网易一卡通": ("网易一卡通", "网易卡", "网易点卡"),
    "骏网一卡通": ("骏网一卡通", "骏网", "骏卡"),
    "盛大一卡通": ("盛大一卡通", "盛大"),
    "完美一卡通": ("完美一卡通", "完美"),
    "搜狐一卡通": ("搜狐一卡通",),
    "京东E卡": ("京东e卡", "京东卡", "e卡"),
    "App Store": ("app store", "appstore", "苹果卡", "itunes", "苹果充值卡", "ios充值"),
    "点卡": ("点卡", "游戏点卡", "月卡", "点券", "钻石", "uc", "创世结晶", "原石", "皮肤"),
    "礼品卡": ("礼品卡", "giftcard", "gift card"),
}

# ASCII abbreviations and pinyin initials customers type, mapped to the words they stand for.
SLANG: dict[str, str] = {
    "km": "卡密", "dz": "到账", "rg": "人工", "tk": "退款", "qb": "q币", "hf": "话费",
    "kf": "客服", "zfb": "支付宝", "wx": "微信", "vx": "微信", "fk": "付款", "fh": "发货",
    "bf": "补发", "yhq": "优惠券", "ll": "流量", "cz": "充值", "sc": "删除",
    "sb": "傻逼", "nmd": "你妈的", "cnm": "操你妈", "tmd": "他妈的", "mlgb": "妈了个逼",
    "nmsl": "你妈死了", "nmb": "你妈逼", "wcnm": "我操你妈", "rnm": "日你妈", "nt": "脑瘫",
    "lj": "垃圾", "gun": "滚", "wc": "卧槽", "wtf": "卧槽", "fuck": "操", "shit": "屎",
    "md": "妈的", "tm": "他妈", "jb": "鸡巴", "nc": "脑残", "zz": "智障", "sbkf": "傻逼客服",
    "xswl": "笑死", "ok": "好的", "okk": "好的", "thx": "谢谢", "thanks": "谢谢", "thank": "谢谢",
    "3q": "谢谢", "xx": "谢谢", "xxx": "谢谢", "bye": "拜拜", "88": "拜拜", "886": "拜拜",
    "hi": "你好", "hello": "你好", "hey": "你好", "zai": "在", "zaima": "在吗", "zm": "在吗",
    "refund": "退款", "vip": "会员", "jd": "京东",
}

# Homophone typos and variant spellings -> the standard form (applied as substring replacements).
TYPOS: dict[str, str] = {
    "到帐": "到账", "冲值": "充值", "冲了": "充了", "冲的": "充的", "冲错": "充错", "冲不": "充不",
    "冲进": "充进", "冲到": "充到", "冲话费": "充话费", "以经": "已经", "己经": "已经", "卡蜜": "卡密",
    "卡米": "卡密", "在么": "在吗", "在嘛": "在吗", "在伐": "在吗", "怎摸": "怎么", "肿么": "怎么",
    "咋么": "怎么", "神马": "什么", "木有": "没有", "没得": "没有", "帐号": "账号", "帐户": "账户",
    "退钱": "退款", "退欵": "退款", "付欵": "付款", "客付": "客服", "人宫": "人工", "投述": "投诉",
    "投拆": "投诉", "骗纸": "骗子", "辣鸡": "垃圾", "拉圾": "垃圾", "腊鸡": "垃圾", "乐色": "垃圾",
    "尼玛": "你妈", "泥马": "你妈", "草泥马": "操你妈", "艹": "操", "卧草": "卧槽", "我草": "卧槽",
    "握草": "卧槽", "沃日": "卧槽", "谢拉": "谢啦", "射射": "谢谢", "蟹蟹": "谢谢", "3ks": "谢谢",
    "补法": "补发", "一卡同": "一卡通", "余额宝": "余额宝", "支付保": "支付宝", "微心": "微信",
}

# Words whose pinyin and initials `train` adds to the slang table (via snownlp's pinyin table).
PINYIN_TERMS: tuple[str, ...] = (
    "到账", "卡密", "人工", "退款", "客服", "充值", "话费", "流量", "订单", "单号", "补发", "发货",
    "投诉", "骗子", "垃圾", "谢谢", "在吗", "优惠", "代理", "分站", "批发", "售后", "进度", "支付",
    "付款", "扣款", "失败", "无效", "激活", "兑换", "密码", "账号", "被盗", "多久", "什么时候",
)

# Anger cues the linear model sees as extra features (it learns their weights).
ANGER_CUES: tuple[str, ...] = (
    "傻逼", "你妈", "操你", "他妈", "妈的", "垃圾", "骗子", "骗钱", "黑店", "滚", "脑残", "智障",
    "脑瘫", "去死", "狗", "畜生", "废物", "恶心", "报警", "12315", "差评", "曝光", "举报", "记住你们",
    "等着", "走着瞧", "法院", "律师", "起诉", "工商", "什么玩意", "几把", "鸡巴", "屁", "吃屎",
    "效率真高", "真行", "呵呵", "真棒啊", "服了", "无语", "忍不了", "气死",
)

# Ordered "delight" cues: swearing next to these is joy, not anger at the shop.
DELIGHT_CUES: tuple[str, ...] = ("终于", "到了", "谢谢", "感谢", "太快了", "牛", "好评", "爱了", "可以了")
