"""Chinese and Arabic number words as customers write money: 一百五, 两千, 9块9, 1k, 3.5."""

from __future__ import annotations

DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "幺": 1,
    "二": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壹": 1,
    "贰": 2,
    "叁": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10000}
CHINESE_NUMBER_CHARS = "".join(DIGITS) + "".join(UNITS)


def parse_chinese(word: str) -> float | None:
    """Value of a Chinese numeral (一百五 → 150, 十五 → 15, 两万三 → 23000); None if not one."""
    if not word or any(ch not in DIGITS and ch not in UNITS for ch in word):
        return None
    total = 0
    section = 0  # value below 万
    digit: int | None = None
    last_unit = 0
    for ch in word:
        if ch in DIGITS:
            if digit is not None and DIGITS[ch] != 0 and digit != 0:
                return None  # 一二: a digit string, not a numeral
            digit = DIGITS[ch]
            continue
        unit = UNITS[ch]
        if unit == 10000:
            section += digit or 0
            total += (section or 1) * 10000
            section, digit, last_unit = 0, None, 10000
            continue
        if digit is None:
            if unit == 10 and section == 0:
                digit = 1  # 十五 = 15
            else:
                return None
        section += digit * unit
        digit, last_unit = None, unit
    if digit is not None:
        # 一百五 = 150, 两千三 = 2300: a trailing digit takes the unit below the last one.
        if last_unit >= 100 and digit != 0 and word[-2] in UNITS:
            section += digit * (last_unit // 10)
        elif last_unit == 10000 and word[-2] in UNITS:
            section += digit * 1000
        else:
            section += digit
    return float(total + section)


def parse_number(word: str) -> float | None:
    """Arabic (3, 3.5, 1k, 2w) or Chinese numerals; None if the word is not a number."""
    w = word.strip().lower()
    if not w:
        return None
    scale = 1.0
    if w[-1] in "kw千万" and len(w) > 1 and w[-2].isdigit():
        scale = 1000.0 if w[-1] in "k千" else 10000.0
        w = w[:-1]
    try:
        return float(w) * scale
    except ValueError:
        pass
    if scale != 1.0:
        return None
    return parse_chinese(w)
