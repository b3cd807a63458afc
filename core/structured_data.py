"""Pieces of schema.org JSON-LD that the detail pages share.

Each detail view builds its own block and passes it through `compact()`: an empty string, list or
object is a claim ("the street address is nothing") that search engines report as an error, so
a property without a value is left out. `tests/validators.py` checks every block against what its
type needs.
"""

import datetime
from collections.abc import Callable
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

SITE_NAME = "Päijäthämäläiset.fi"
FORUM_NAME = _("The association forum of Päijät-Häme")
REGION = "Päijät-Häme"
CURRENCY = "EUR"


def compact(value):
    """`value` without empty strings, lists or objects and without None, at any depth."""
    if isinstance(value, dict):
        cleaned = {key: compact(item) for key, item in value.items()}
        return {key: item for key, item in cleaned.items() if not _empty(item)}
    if isinstance(value, list | tuple):
        return [item for item in (compact(item) for item in value) if not _empty(item)]
    if isinstance(value, str):
        return value.strip()
    return value


def _empty(value) -> bool:
    # A dict holding nothing but its @type says nothing either.
    if isinstance(value, dict):
        return not (value.keys() - {"@type"})
    return value is None or value == "" or value == []


def seconds(moment: datetime.datetime) -> str:
    """An ISO 8601 date-time in Helsinki time, to the second, with its UTC offset."""
    return timezone.localtime(moment).isoformat(timespec="seconds")


def postal_address(*, street: str = "", postal_code: str = "", locality: str = "") -> dict | None:
    """A Finnish PostalAddress in Päijät-Häme, or None when neither street nor locality is known."""
    if not (street.strip() or locality.strip()):
        return None
    return {
        "@type": "PostalAddress",
        "streetAddress": street,
        "postalCode": postal_code,
        "addressLocality": locality,
        "addressRegion": REGION,
        "addressCountry": "FI",
    }


def price(amount: Decimal | int) -> str:
    """A schema.org price: digits and a decimal point, no currency ("10", "10.50")."""
    return f"{Decimal(amount):.2f}".removesuffix(".00")


def offer(*, is_free: bool, amount: Decimal | None, text: str, url: str) -> dict | None:
    """An Offer: price 0 when free, else the amount when there is one and the price in words;
    None when nothing is known of the price."""
    if is_free:
        return {"@type": "Offer", "price": "0", "priceCurrency": CURRENCY, "url": url}
    if amount is None and not text.strip():
        return None
    return {
        "@type": "Offer",
        "price": price(amount) if amount is not None else None,
        "priceCurrency": CURRENCY,
        "description": text,
        "url": url,
    }


def site_organization(absolute: Callable[[str], str]) -> dict:
    """The site itself, as publisher."""
    return {"@type": "Organization", "name": SITE_NAME, "url": absolute("/")}


def forum_organization(absolute: Callable[[str], str]) -> dict:
    """The association forum, author of its own news and organiser of its own events."""
    return {"@type": "Organization", "name": str(FORUM_NAME), "url": absolute("/")}


def owner_organization(association, absolute: Callable[[str], str]) -> dict:
    """Who stands behind a piece of content: its association, or the forum when it has none."""
    if association is None:
        return forum_organization(absolute)
    return {
        "@type": "Organization",
        "name": association.name,
        "url": absolute(association.get_absolute_url()),
    }
