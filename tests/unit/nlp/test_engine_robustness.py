"""The engine never raises on any str and bounds its work on huge messages."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import INTENTS
from app.nlp.engine import Engine
from app.nlp.normalize import HEAD_CHARS, TAIL_CHARS

_HOSTILE = [
    "",
    " ",
    "\x00\x01\x02\x1b[31m",
    "😡😡😡🤬" * 50,
    "مرحبا كيف حالك \u202e卡密无效\u202c",
    "<script>alert('卡密')</script><b>退款</b>",
    "\ud800\udfff 孤立代理",
    "卡" * 200_000,
    "1" * 100_000,
    "KM" + "2" * 30,
    "𠀀𪚥" * 1000,
    "\u0301\u0301\u0301",
]


def _check(engine: Engine, text: str) -> None:
    a = engine.analyze(text)
    assert a.intent in INTENTS
    assert 0.0 <= a.anger <= 1.0
    assert 0.0 <= a.confidence <= 1.0
    if a.entities.order_no is not None:
        assert a.entities.order_no in text


def test_hostile_inputs_are_labelled(engine: Engine) -> None:
    for text in _HOSTILE:
        _check(engine, text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_string_is_labelled(engine: Engine, text: str) -> None:
    _check(engine, text)


@settings(max_examples=100, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("卡密没到账退款KM0123456789元块¥一百五毛kr，。！？ 😡\n"), max_size=400)
)
def test_shop_alphabet_strings_are_labelled(engine: Engine, text: str) -> None:
    _check(engine, text)


def test_one_megabyte_message_is_read_in_bounded_pieces(engine: Engine) -> None:
    """The features of a 1 MB paste are those of its head and tail only (its timing is in `bench`)."""
    text = ("我的卡密用不了，订单KM2026112300001234，充了100元！" * 40_000)[:1_000_000]
    a = engine.analyze(text)
    assert a.entities.order_no == "KM2026112300001234"
    assert a.intent in INTENTS
    features = engine.pipeline.prepare(text).features
    assert len(features) <= 4 * (HEAD_CHARS + TAIL_CHARS)
