"""Prices written in words ("10 €", "10,50 € kerta") read as a number, when they clearly hold one.

Events and services keep the price as the association wrote it, and beside it an optional amount
in euros that search engines read from the structured data. The data migrations that filled the
amounts in use this too, so it stays conservative: one euro amount and no other number, else None.
"""

import re
from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models

# 10 € · 10,50 € · 1 200 € · 10 e · 10 euroa · 10 EUR · € 10 · EUR 10,50
_NUMBER = r"(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[,.](\d{1,2}))?"
EURO_AMOUNT = re.compile(
    rf"(?<![\d,.]){_NUMBER}\s*(?:€|e\b|eur\b|euroa?\b)|(?:€|\beur\b)\s*{_NUMBER}(?![\d,.])",
    re.IGNORECASE,
)
# Words that make the amount a bound or a guess rather than the price.
NOT_EXACT = re.compile(
    r"(?<!\w)(alkaen|alk\.|from|från|noin|n\.|ca\.?|about|yli|alle|enintään|vähintään|max|min)(?!\w)",
    re.IGNORECASE,
)
DIGIT = re.compile(r"\d")
NOT_DIGIT = re.compile(r"\D")


def euro_amount(text: str) -> Decimal | None:
    """The one euro amount in `text`, or None when there is none, more than one, or any other
    number beside it ("5–10 €", "10 €, members 5 €", "2 x 5 €", "ask for the price"), or when it
    is only a bound or a guess ("alkaen 60 €", "noin 10 €")."""
    if NOT_EXACT.search(text or ""):
        return None
    matches = list(EURO_AMOUNT.finditer(text or ""))
    if len(matches) != 1:
        return None
    match = matches[0]
    if DIGIT.search(text[: match.start()] + text[match.end() :]):
        return None
    whole, cents = (match[1], match[2]) if match[1] is not None else (match[3], match[4])
    euros = NOT_DIGIT.sub("", whole)
    return Decimal(f"{euros}.{cents or '0'}").quantize(Decimal("0.01"))


def euro_amount_field(verbose_name, help_text) -> models.DecimalField:
    """The optional amount in euros beside a price written in words."""
    return models.DecimalField(
        verbose_name,
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=help_text,
    )
