from decimal import Decimal

import pytest

from loaders.numbers import parse_number, parse_percent_words, to_plain


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1590.05", Decimal("1590.05")),
        ("15,354,504", Decimal("15354504")),
        ("八", Decimal(8)),
        ("十二", Decimal(12)),
        ("两", Decimal(2)),
        ("一百零五", Decimal(105)),
        ("三点五", Decimal("3.5")),
    ],
)
def test_numbers_as_written(written: str, value: Decimal) -> None:
    assert parse_number(written) == value


def test_values_stay_decimal() -> None:
    value = parse_number("0.1")
    assert isinstance(value, Decimal) and value + parse_number("0.2") == Decimal("0.3")


@pytest.mark.parametrize("junk", ["", "xx", "X个", "abc"])
def test_not_numbers(junk: str) -> None:
    assert parse_number(junk) is None


def test_percent_in_words() -> None:
    assert parse_percent_words("百分之十二点五") == Decimal("12.5")


def test_plain_decimals() -> None:
    assert str(to_plain(Decimal("19.000"))) == "19"
    assert str(to_plain(Decimal("1.50"))) == "1.5"
