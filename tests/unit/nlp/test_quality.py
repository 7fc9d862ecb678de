"""The shipped engine keeps its accuracy budgets on the held-out dev set (a regression guard)."""

from __future__ import annotations

from app.config import resource_path
from app.nlp.dataset import load_dir
from app.nlp.engine import Engine
from app.nlp.evaluate import evaluate


def test_dev_set_figures_meet_the_budgets(engine: Engine) -> None:
    report = evaluate(engine, load_dir(resource_path("nlp", "data", "dev")))
    assert report.n >= 600
    assert report.intent_accuracy >= 0.92, report.summary()
    assert report.angry_f1 >= 0.90, report.summary()
    assert report.order_no_accuracy >= 0.98, report.summary()
    assert report.amount_accuracy >= 0.95, report.summary()


def test_hard_cases_from_the_issue(engine: Engine) -> None:
    cases = {
        "卡密废了": ("card_invalid", None),
        "钱白花了，卡密根本用不了": ("card_invalid", None),
        "不是要退款，我问进度": ("aftersale_progress", None),
        "转人工": ("human_agent", None),
        "有券吗": ("promotion", False),
        "怎么开分站": ("reseller", False),
        "账号被人登了": ("account_security", None),
        "我充的钱没到账": ("not_received", None),
        "扣了两次钱": ("payment_issue", None),
        "效率真高啊，三天了还没到": ("not_received", True),
        "卧槽终于到了谢谢": ("thanks_bye", False),
        "麻烦快点哈": (None, False),
        "我记住你们了": (None, True),
        "cnm 骗子店": (None, True),
    }
    for text, (intent, angry) in cases.items():
        a = engine.analyze(text)
        if intent is not None:
            assert str(a.intent) == intent, (text, a)
        if angry is not None:
            assert a.angry is angry, (text, a)
