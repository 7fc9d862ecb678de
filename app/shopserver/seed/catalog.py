"""The demo shop's products: card types, face values, prices and how each is delivered."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Product:
    """One SKU; `topup` products are credited to an account or phone, others hand over a 卡密."""

    sku: str
    name: str
    card_type: str
    face_value: float
    price: float
    topup: bool
    game: str | None = None
    target: str = "card"  # card | phone | qq | game_uid


def _p(sku: str, name: str, card: str, face: float, price: float, topup: bool, game: str | None = None,
       target: str = "card") -> Product:  # fmt: skip
    return Product(sku, name, card, face, price, topup, game, target)


PRODUCTS: tuple[Product, ...] = (
    _p("QB10", "10元Q币", "Q币", 10, 9.85, True, target="qq"),
    _p("QB30", "30元Q币", "Q币", 30, 29.5, True, target="qq"),
    _p("QB50", "50元Q币", "Q币", 50, 49.2, True, target="qq"),
    _p("QB100", "100元Q币", "Q币", 100, 98.3, True, target="qq"),
    _p("HF-CM-50", "中国移动话费50元", "话费", 50, 49.5, True, target="phone"),
    _p("HF-CM-100", "中国移动话费100元", "话费", 100, 98.8, True, target="phone"),
    _p("HF-CU-50", "中国联通话费50元", "话费", 50, 49.4, True, target="phone"),
    _p("HF-CU-100", "中国联通话费100元", "话费", 100, 98.6, True, target="phone"),
    _p("HF-CT-30", "中国电信话费30元", "话费", 30, 29.7, True, target="phone"),
    _p("HF-CT-100", "中国电信话费100元", "话费", 100, 98.7, True, target="phone"),
    _p("LL-1G", "全国通用流量1GB（7天）", "流量", 10, 9.5, True, target="phone"),
    _p("LL-5G", "全国通用流量5GB（30天）", "流量", 30, 27.9, True, target="phone"),
    _p("WZ-60", "王者荣耀60点券", "游戏点券", 6, 5.9, True, "王者荣耀", "game_uid"),
    _p("WZ-300", "王者荣耀300点券", "游戏点券", 30, 29.3, True, "王者荣耀", "game_uid"),
    _p("WZ-1980", "王者荣耀1980点券", "游戏点券", 198, 192.0, True, "王者荣耀", "game_uid"),
    _p("YS-MOON", "原神空月祝福（月卡）", "游戏点券", 30, 28.8, True, "原神", "game_uid"),
    _p("YS-980", "原神980创世结晶", "游戏点券", 98, 95.0, True, "原神", "game_uid"),
    _p("HP-300", "和平精英300UC", "游戏点券", 30, 29.1, True, "和平精英", "game_uid"),
    _p("STEAM-50", "Steam充值卡50元", "Steam", 50, 48.5, False),
    _p("STEAM-100", "Steam充值卡100元", "Steam", 100, 96.0, False),
    _p("STEAM-200", "Steam充值卡200元", "Steam", 200, 191.0, False),
    _p("NE-30", "网易一卡通30元", "网易一卡通", 30, 28.5, False),
    _p("NE-100", "网易一卡通100元", "网易一卡通", 100, 95.5, False),
    _p("JW-30", "骏网一卡通30元", "骏网一卡通", 30, 28.8, False),
    _p("JW-100", "骏网一卡通100元", "骏网一卡通", 100, 96.2, False),
    _p("TX-VIP-M", "腾讯视频VIP月卡", "视频会员", 30, 22.0, False),
    _p("IQ-VIP-M", "爱奇艺黄金会员月卡", "视频会员", 30, 21.5, False),
    _p("YK-VIP-M", "优酷VIP会员月卡", "视频会员", 30, 19.9, False),
    _p("BL-VIP-M", "哔哩哔哩大会员月卡", "视频会员", 25, 21.0, False),
)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
NICK_HEADS = ("小", "阿", "老", "大", "")
NICK_TAILS = (
    "鱼", "猫", "星", "月", "风", "雨", "木", "糖", "橙", "桃", "鹿", "熊", "狼", "虎", "兔", "柚",
    "七", "九", "一", "十三", "白", "黑", "夜", "晨",
)  # fmt: skip
GAMER_NAMES = (
    "王者归来", "峡谷之巅", "吃鸡少年", "原神启动", "旅行者", "氪金大佬", "白嫖党", "欧皇附体",
    "非酋本酋", "月卡党", "肝帝", "夜猫子", "搬砖侠", "萌新一枚", "佛系玩家", "充值狂魔",
)  # fmt: skip
PHONE_PREFIXES = ("138", "139", "150", "151", "136", "186", "185", "133", "153", "177", "189", "199", "131")
CITIES = ("上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "重庆", "长沙", "郑州", "沈阳")
PAY_CHANNELS = ("wechat", "alipay", "alipay", "wechat", "balance")
PAY_FAILURES = ("余额不足", "银行卡限额", "支付超时", "风控拦截", "用户取消")
TOPUP_FAILURES = ("运营商维护", "号码状态异常", "账号不存在", "上游渠道超时")
