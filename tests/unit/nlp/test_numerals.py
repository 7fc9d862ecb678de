"""Number words customers use for money."""

import pytest

from app.nlp.numerals import parse_number


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("一百五", 150),
        ("十五", 15),
        ("两百", 200),
        ("一百零五", 105),
        ("两万三", 23000),
        ("一千二", 1200),
        ("九十九", 99),
        ("1k", 1000),
        ("2w", 20000),
        ("3.5", 3.5),
        ("壹佰", 100),
    ],
)
def test_parses(word: str, value: float) -> None:
    assert parse_number(word) == value


@pytest.mark.parametrize("word", ["", "一二", "百", "abc", "k"])
def test_rejects(word: str) -> None:
    assert parse_number(word) is None
