"""Prices in words read as a number only when they clearly hold one amount."""

from decimal import Decimal

import pytest

from core.prices import euro_amount
from core.structured_data import price


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("10 €", "10.00"),
        ("10,50 €", "10.50"),
        ("10.5€", "10.50"),
        ("1 200 €", "1200.00"),
        ("€ 8", "8.00"),
        ("EUR 10,50", "10.50"),
        ("10 euroa", "10.00"),
        ("5 € kerta", "5.00"),
        ("25 €/h, kotitalousvähennyskelpoinen", "25.00"),
        ("5 €, lapset ilmaiseksi", "5.00"),
        ("0 €", "0.00"),
        ("10 €, jäsenet 5 €", None),  # two amounts: which is the price?
        ("5–10 €", None),
        ("2 x 5 €", None),
        ("Alkaen 60 € päivä", None),  # a bound, not the price
        ("n. 10 €", None),
        ("Kysy hintaa", None),
        ("Hyvinvointialueen palvelusetelillä tai oma maksu", None),
        ("", None),
    ],
)
def test_one_clear_euro_amount_or_none(text, amount):
    assert euro_amount(text) == (Decimal(amount) if amount else None)


@pytest.mark.parametrize(
    ("amount", "text"), [(Decimal("10.00"), "10"), (Decimal("10.5"), "10.50"), (0, "0")]
)
def test_schema_org_price_is_digits_and_a_point(amount, text):
    assert price(amount) == text
