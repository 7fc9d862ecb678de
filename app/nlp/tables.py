"""Build the pipeline tables at training time from the lexicon, jieba's dictionary and snownlp.

This is where jieba and snownlp earn their place without costing start-up time: snownlp's
traditional → simplified table and its pinyin become plain dicts in the model file, and jieba's
350k-word dictionary is cut down to a prefix dictionary of common words plus the shop's own.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.nlp.lexicon import CARD_TYPES, GAMES, PINYIN_TERMS, SLANG, TYPOS
from app.nlp.pipeline import Tables

log = logging.getLogger(__name__)

# jieba words kept by frequency; the shop's own words are added on top with a high count.
JIEBA_TOP_WORDS = 60_000
SHOP_WORD_FREQ = 50_000

# Shop words jieba's general dictionary splits wrongly; they get their own entries.
SHOP_WORDS: tuple[str, ...] = (
    "卡密",
    "到账",
    "没到账",
    "未到账",
    "充值",
    "话费",
    "流量",
    "退款",
    "补发",
    "售后",
    "工单",
    "订单号",
    "单号",
    "客服",
    "人工",
    "转人工",
    "人工客服",
    "一卡通",
    "点卡",
    "点券",
    "面值",
    "分站",
    "代理",
    "对接",
    "批发",
    "进货价",
    "优惠券",
    "满减",
    "新人券",
    "已被使用",
    "无效",
    "过期",
    "激活码",
    "兑换码",
    "扣款",
    "扣了两次",
    "重复扣款",
    "支付失败",
    "未支付",
    "处理中",
    "黑店",
    "骗子",
    "差评",
    "投诉",
    "异地登录",
    "被盗",
    "改密码",
    "换绑",
    "实名",
    "在吗",
    "谢谢",
    "拜拜",
    "慢充",
    "快充",
    "月卡",
    "大会员",
)


# Where snownlp's table picks a rare variant over the everyday simplified character.
TRADITIONAL_FIXES: dict[str, str] = {"餘": "余", "馀": "余", "帳": "账", "賬": "账"}


def traditional_table() -> dict[str, str]:
    """Single-character traditional → simplified pairs from snownlp's conversion table."""
    from snownlp.normal import zh  # imported here: snownlp's package import loads its models (~2 s)

    def simplified(ch: str) -> bool:
        # GB2312 holds simplified characters only; it tells a real traditional form (餘) from a
        # simplified character the table also lists as a key (余 → 馀, which would be backwards).
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            return False
        return True

    table = {
        k: v
        for k, v in zh.zh2hans.items()
        if len(k) == 1 and len(v) == 1 and k != v and not simplified(k) and simplified(v)
    }
    table.update(TRADITIONAL_FIXES)
    return table


# snownlp gives the first reading of a polyphone; these are the readings customers type.
POLYPHONE_FIXES: dict[str, str] = {"卡": "ka", "还": "hai", "行": "xing", "重": "chong", "发": "fa"}
# Initials too ambiguous to expand (jd is 京东 to customers, dd/mm/sh are everyday words).
AMBIGUOUS_INITIALS = frozenset({"jd", "dd", "sh", "mm", "zh", "bd", "dj", "ts", "dl", "yh", "zf"})


def pinyin_slang(existing: dict[str, str]) -> dict[str, str]:
    """Full pinyin and initials of the shop's key terms (daozhang/dz → 到账), via snownlp's pinyin.

    Initials that two terms share, or that already mean something, are left out rather than guessed.
    """
    from snownlp.normal import pin

    full: dict[str, str] = {}
    initials: dict[str, list[str]] = {}
    for term in PINYIN_TERMS:
        syllables = [
            POLYPHONE_FIXES.get(ch, s)
            for ch, s in zip(term, pin.get(term), strict=False)
            if s.isascii() and s.isalpha()
        ]
        if len(syllables) != len(term):
            log.info("no pinyin for %s", term)
            continue
        full.setdefault("".join(syllables), term)
        initials.setdefault("".join(s[0] for s in syllables), []).append(term)
    out = {k: v for k, v in full.items() if k not in existing}
    for key, terms in initials.items():
        if len(terms) == 1 and key not in existing and key not in out and key not in AMBIGUOUS_INITIALS:
            out[key] = terms[0]
    return out


def jieba_prefix_dict(extra_words: list[str]) -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary over its most frequent words plus the shop's words."""
    import jieba

    path = Path(jieba.get_dict_file().name)
    entries: list[tuple[str, int]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                entries.append((parts[0], int(parts[1])))
    entries.sort(key=lambda e: (-e[1], e[0]))
    words: dict[str, int] = dict(entries[:JIEBA_TOP_WORDS])
    for w in extra_words:
        words[w] = max(words.get(w, 0), SHOP_WORD_FREQ)
    freq: dict[str, int] = {}
    total = 0
    for word in sorted(words):
        count = words[word]
        freq[word] = count
        total += count
        for i in range(1, len(word)):
            freq.setdefault(word[:i], 0)
    return freq, total


def build_tables() -> Tables:
    """All pipeline tables, deterministically."""
    slang = dict(SLANG)
    slang.update(pinyin_slang(slang))
    shop_words = set(SHOP_WORDS) | set(TYPOS.values()) | {v for v in slang.values() if not v.isascii()}
    for table in (GAMES, CARD_TYPES):
        for name, aliases in table.items():
            shop_words.add(name.lower())
            shop_words.update(a for a in aliases if not a.isascii())
    freq, total = jieba_prefix_dict(sorted(w for w in shop_words if len(w) > 1))
    return Tables(
        trad=traditional_table(), typos=dict(TYPOS), slang=slang, jieba_freq=freq, jieba_total=total
    )
