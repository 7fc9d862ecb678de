"""Entity extraction by rule: order number, amount, phone, QQ, game and card type (INTENTS.md)."""

from __future__ import annotations

import re

from app.domain import Entities
from app.nlp.lexicon import CARD_TYPES, GAMES
from app.nlp.numerals import CHINESE_NUMBER_CHARS, parse_number

# An order number: 16-24 chars, digits optionally led by 1-4 uppercase letters, not glued to
# other letters or digits. Fullwidth digits are folded by NFKC before this runs on normalised text,
# but the value must be the customer's own substring, so this runs on the raw text.
_ORDER = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{1,4}[0-9]{12,23}|[0-9]{16,24})(?![A-Za-z0-9])")
# Words right before a long number that say it is not the shop's order number.
_NOT_ORDER_BEFORE = re.compile(
    r"(卡号|密码|序列号|激活码|兑换码|交易单号|交易号|交易订单号|商户单号|商户订单号|支付单号|"
    r"支付宝单号|微信单号|转账单号|流水号|银行卡|账单号|充值卡号|卡號|密碼|card|pin|serial|"
    r"交易單號|流水|凭证号|付款单号|投诉单号|工单号)[\s:：是为#]{0,3}$",
    re.IGNORECASE,
)
_PASSWORD_WORDS = frozenset({"密码", "密碼", "pin"})
_ORDER_BEFORE = re.compile(r"(订单号|订单|单号|訂單|order)[^0-9A-Za-z]{0,6}$", re.IGNORECASE)
_PASSWORD_AFTER = re.compile(r"^[\s,，:：;；]{0,3}(密码|密碼|pin)", re.IGNORECASE)

_PHONE = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
_QQ = re.compile(r"(?:qq|扣扣|q号|企鹅号?)[^0-9a-z]{0,4}([1-9][0-9]{4,10})(?![0-9])", re.IGNORECASE)

_NUM = rf"(?<![a-z0-9._#-])(?:[0-9]+(?:\.[0-9]+)?[万千]?|[{CHINESE_NUMBER_CHARS}]+)"
# Chinese numerals outside a unit pattern must carry a unit character (一百五, not the 一 of 一直).
_NUM_WITH_UNIT = rf"(?<![a-z0-9._#-])(?:[0-9]+(?:\.[0-9]+)?[万千]?|[{CHINESE_NUMBER_CHARS}]*[十百千万拾佰仟][{CHINESE_NUMBER_CHARS}]*(?![{CHINESE_NUMBER_CHARS}]))"
_ARABIC = r"(?<![a-z0-9._#-])[0-9]+(?:\.[0-9]+)?"
_NON_MONEY_UNIT = (
    r"(?:天|小时|个小时|分钟|秒|张|次|个(?!q)|折|g|gb|m|mb|t|月|个月|年|级|号|位|遍|单|笔|人|条|倍|%|"
    r"点券|钻|金币|uc|原石|结晶|字|日|只(?![到有能是])|分(?![了开几批成])|抽|连|局|区|服|星|段|岁|周|期|元宝|积分|度|楼|页|台|部|集|点|:|w粉|k粉|"
    r"多天|多小时|多分钟|多个|多张|多次|来天|几天)"
)
# The fen after 块/元: 9块9, 一块五, 3块5毛; not the 一 of 50块一般.
_FACE_VALUE_SCORE = 1.5
_MINOR = (
    r"(?:(?P<minor>[0-9](?![0-9])|[一二两三四五六七八九](?=毛|角|的|钱|了|买|充|到|啊|呢|吗|吧|$|[^\u4e00-\u9fff]))"
    r"(?:毛|角)?)?"
)

# (pattern, base score, scale). Group 'value' is the number; 'minor' adds tenths.
_MONEY_PATTERNS: tuple[tuple[re.Pattern[str], float, float], ...] = (
    (re.compile(rf"[¥￥]\s*(?P<value>{_ARABIC})"), 2.0, 1.0),
    (
        re.compile(
            rf"(?P<value>{_NUM})多?\s*(?:块钱|块|元钱|元|圆|rmb|人民币|r(?![a-z])|米(?![a-z]))" + _MINOR
        ),
        2.0,
        1.0,
    ),
    (re.compile(rf"(?P<value>{_NUM})\s*(?:毛钱|毛|角)"), 1.5, 0.1),
    (re.compile(rf"(?P<value>{_ARABIC}[kw])(?![a-z])"), 1.0, 1.0),
    (
        re.compile(
            rf"(?P<value>{_NUM_WITH_UNIT})\s*(?:面值|面额|的面值|的卡|的点卡|的充值卡|的礼品卡|的话费|话费|的q币|个q币|q币|"
            rf"的那张|的那个|的那档|那档|那个|的月卡|的会员|的套餐|的e卡|的steam|的)"
        ),
        _FACE_VALUE_SCORE,
        1.0,
    ),
    (
        re.compile(
            rf"(?:面值|面额|价格|价钱|售价|单价|原价|现价|总价|总共|一共|合计|金额)\s*[:：]?\s*(?:是|为|写的是|写的|显示)?\s*"
            rf"(?P<value>{_NUM_WITH_UNIT})"
        ),
        1.8,
        1.0,
    ),
)
# A bare number is money only when nothing says otherwise (the 648 of 原神648付了, the 100 of 移动 100 没到).
_BARE = re.compile(
    rf"(?P<value>{_NUM_WITH_UNIT})(?![0-9.])(?!(?!steam|qb|hf|rmb|q币|x[0-9])[a-z_-])(?!\s[0-9]{{3,4}}(?:\s|$))"
    rf"(?!(?:几|多|来)?{_NON_MONEY_UNIT})(?!\s*(?:到|至|-|~)\s*[0-9一二三四五六七八九十])"
)
# Digit groups of a card serial typed with spaces (8800 2145 6631): none of them is money.
_DIGIT_GROUP_BEFORE = re.compile(r"(?:^|\s)[0-9]{3,4}\s$")
# Price points customers name without a unit in any message (原神648, 328点券档).
_PRICE_POINTS = frozenset({"30", "68", "98", "128", "198", "328", "648"})
# Chat numbers that are words, not money (88 = bye, 666 = well done), unless something says paid.
_NUMBER_WORDS = frozenset({6.0, 88.0, 886.0, 666.0, 520.0, 233.0, 2333.0, 555.0, 1314.0, 618.0})
_BARE_SCORE = 0.8
_ID_BEFORE = re.compile(
    r"(工号|id|uid|编号|尾号|号码|账号|手机|qq|第|区|服|v|lv|等级|双|版本|iphone|ios|win|号|工单|码|code|页面|卡号|点|返回|几|评分|分数)\s*[:：#]?\s*$"
)
_HOTLINES = frozenset({12315.0, 12345.0, 10086.0, 10010.0, 95188.0, 95017.0})
_PAID_BEFORE = re.compile(
    r"(付|花|充|买|(?<!多)扣|支付|交|拍|卖|售价|要价|扣了我|付的是|充的是|买的是)[^0-9]{0,3}$"
)
# Words right after a number that make it something else: a coupon's value, a phone prefix, a time.
_NOT_MONEY_AFTER = re.compile(r"(?:的)?(?:号码|号段|开头|点[0-9]|:[0-9])")
# A bare number is read as money only in a message that talks about money or goods at all.
_MONEY_CONTEXT = re.compile(
    r"充|冲|付|买|卖|扣|退|钱|价|费|卡|面值|币|会员|块|元|金额|余额|存|贵|便宜|少点|优惠|折|单|到账|没到|移动|联通|电信|档|抹|零|¥|"
    r"花|交|提现|押金|转走|日结|赚|工资|预算|骗|到了|被刷|盗刷|吞|收了|坑|借|v我|氪|开|剩下|qb|hf|q币|走|一次|返点|批发|有吗"
)
_NOT_PAID_BEFORE = re.compile(
    r"(到账|到了|只到|只有|只能|才到|收到|余额|显示|返|送|减|券|少了|差|剩|满|优惠|别家|原价|实际|分了|不是|多扣)[^0-9]{0,3}$"
)


def _alias_pattern(table: dict[str, tuple[str, ...]]) -> tuple[re.Pattern[str], dict[str, str]]:
    canon: dict[str, str] = {}
    for name, aliases in table.items():
        for alias in (name.lower(), *aliases):
            canon.setdefault(alias.lower(), name)
    parts = []
    for alias in sorted(canon, key=len, reverse=True):
        esc = re.escape(alias)
        parts.append(rf"(?<![a-z]){esc}(?![a-z])" if alias.isascii() else esc)
    return re.compile("|".join(parts)), canon


_GAME_RE, _GAME_CANON = _alias_pattern(GAMES)
_CARD_RE, _CARD_CANON = _alias_pattern(CARD_TYPES)


def find_order_no(raw: str) -> str | None:
    """The shop order number as written (exact substring), skipping card serials and pay-channel ids."""
    for m in _ORDER.finditer(raw):
        if not 16 <= len(m.group(0)) <= 24:
            continue
        before = raw[max(0, m.start() - 14) : m.start()]
        # A password is never written like an order number with a letter prefix (KM2026…).
        lettered = m.group(0)[0].isalpha()
        blocker = _NOT_ORDER_BEFORE.search(before)
        if (
            blocker
            and not _ORDER_BEFORE.search(before[-8:])
            and not (lettered and blocker.group(1) in _PASSWORD_WORDS)
        ):
            continue
        if _PASSWORD_AFTER.search(raw[m.end() : m.end() + 8]):
            continue
        return m.group(0)
    return None


def _money_value(m: re.Match[str], scale: float) -> float | None:
    value = parse_number(m.group("value"))
    if value is None:
        return None
    value *= scale
    if "minor" in m.re.groupindex:
        minor = m.group("minor")
        if minor:
            tenth = parse_number(minor)
            if tenth is not None and tenth < 10:
                value += tenth / 10
    return value


def _candidates(norm: str) -> list[tuple[float, int, int, float]]:
    """(base score, position, value) of every money mention; a span is claimed by its first pattern.

    A face value (100的卡) scores 1.5 flat; other kinds gain when the words before say "paid".
    """
    found: list[tuple[float, int, int, float]] = []
    taken: list[tuple[int, int]] = []

    def overlaps(span: tuple[int, int]) -> bool:
        return any(s < span[1] and span[0] < e for s, e in taken)

    for pattern, base, scale in _MONEY_PATTERNS:
        for m in pattern.finditer(norm):
            span = m.span("value")
            if overlaps(span):
                continue
            value = _money_value(m, scale)
            if value is not None:
                taken.append(m.span())
                found.append((base, span[0], span[1], value))
    money_talk = bool(_MONEY_CONTEXT.search(norm))
    for m in _BARE.finditer(norm):
        span = m.span("value")
        if overlaps(span) or span[1] - span[0] > 6 or _DIGIT_GROUP_BEFORE.search(norm, 0, span[0]):
            continue
        if not money_talk and m.group("value") not in _PRICE_POINTS:
            continue
        value = parse_number(m.group("value"))
        if value is not None:
            found.append((_BARE_SCORE, span[0], span[1], value))
    return found


def find_amount(norm: str) -> float | None:
    """The money amount the message is about (what was paid, the price asked), in CNY."""
    best: tuple[float, int, float] | None = None
    for base, pos, end, value in _candidates(norm):
        if value <= 0 or value > 1_000_000 or value in _HOTLINES:
            continue
        before = norm[max(0, pos - 8) : pos]
        if _ID_BEFORE.search(before) or _NOT_MONEY_AFTER.match(norm, end):
            continue
        paid = base != _FACE_VALUE_SCORE and bool(_PAID_BEFORE.search(before))
        if base == _BARE_SCORE and value in _NUMBER_WORDS and not paid:
            continue
        score = base + (1.5 if paid else 0.0) - (1.0 if _NOT_PAID_BEFORE.search(before) else 0.0)
        if best is None or (score, -pos) > (best[0], -best[1]):
            best = (score, pos, value)
    return None if best is None else float(round(best[2], 2))


def find_phone(raw: str) -> str | None:
    """A mainland mobile number (11 digits, 1[3-9]…)."""
    m = _PHONE.search(raw)
    return m.group(0) if m else None


def find_qq(raw: str) -> str | None:
    """A QQ number named as such (qq/扣扣/q号 followed by 5-11 digits)."""
    m = _QQ.search(raw)
    return m.group(1) if m else None


def find_game(norm: str) -> str | None:
    """The game the customer names, canonicalised."""
    m = _GAME_RE.search(norm)
    return _GAME_CANON[m.group(0)] if m else None


def find_card_type(norm: str) -> str | None:
    """The product / card type the customer names, canonicalised."""
    m = _CARD_RE.search(norm)
    return _CARD_CANON[m.group(0)] if m else None


def extract(raw: str, norm: str) -> Entities:
    """All entities of one message: `raw` as typed, `norm` normalised (NFKC, lower, simplified)."""
    return Entities(
        order_no=find_order_no(raw),
        amount=find_amount(norm),
        phone=find_phone(raw),
        qq=find_qq(raw),
        game=find_game(norm),
        card_type=find_card_type(norm),
    )
