"""Entity rules as INTENTS.md defines them."""

from __future__ import annotations

import pytest

from app.nlp.entities import find_amount, find_card_type, find_game, find_order_no, find_phone, find_qq
from app.nlp.normalize import Normaliser

_norm = Normaliser(trad={"帳": "账", "塊": "块"}, typos={}, slang={})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我的订单KM2026112300001234还没到", "KM2026112300001234"),
        ("202611230000567812 这单帮我看下", "202611230000567812"),
        ("单号：JY20261125000000000001", "JY20261125000000000001"),
        ("手机号13812345678充话费没到", None),
        ("QQ 1234567890 被盗了", None),
        ("卡号2026112312345678 密码123456789012 用不了", None),
        ("微信交易单号4200001234202611251234567890 扣了两次", None),
        ("支付宝交易号 2026112522001400001234567890", None),
        ("订单号ABCDE2026112300001234", None),  # five letters is not an order number
        ("卡号1234567812345678密码 和订单KM2026112300001234", "KM2026112300001234"),
    ],
)
def test_order_no(text: str, expected: str | None) -> None:
    assert find_order_no(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("充了100元", 100),
        ("¥50的卡", 50),
        ("一百块还没到", 100),
        ("50块钱的话费", 50),
        ("就十块", 10),
        ("充了一百五", 150),
        ("9块9的会员", 9.9),
        ("五毛都不值", 0.5),
        ("花了1k", 1000),
        ("30r的点卡", 30),
        ("100面值的q币", 100),
        ("等了3天", None),
        ("等了2小时", None),
        ("买了10张", None),
        ("第2次了", None),
        ("我是V8", None),
        ("打9折吗", None),
        ("充了100只到账50", 100),
        ("一塊五", 1.5),
    ],
)
def test_amount(text: str, expected: float | None) -> None:
    assert find_amount(_norm.base(text)) == expected


def test_phone_qq_game_card_type() -> None:
    assert find_phone("号码13812345678") == "13812345678"
    assert find_phone("订单202611230000567812") is None
    assert find_qq("我qq是12345678") == "12345678"
    assert find_game(_norm.base("王者荣耀点券")) == "王者荣耀"
    assert find_game(_norm.base("ys月卡")) == "原神"
    assert find_game(_norm.base("keys")) is None  # ascii aliases need word boundaries
    assert find_card_type(_norm.base("Steam钱包码")) == "Steam"
    assert find_card_type(_norm.base("骏网一卡通")) == "骏网一卡通"
