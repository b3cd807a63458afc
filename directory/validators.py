import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

BUSINESS_ID_RE = re.compile(r"^(\d{7})-(\d)$")
BUSINESS_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def business_id_check_digit(first_seven: str) -> int | None:
    """The check digit of a Finnish business ID (Y-tunnus), or None if no valid one exists.

    The weighted sum's remainder mod 11 gives it: 0 gives 0, 1 is never issued, otherwise 11 - r.
    """
    remainder = sum(int(d) * w for d, w in zip(first_seven, BUSINESS_ID_WEIGHTS, strict=True)) % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None
    return 11 - remainder


def validate_business_id(value: str) -> None:
    match = BUSINESS_ID_RE.match(value or "")
    if not match:
        raise ValidationError(
            _("Enter a business ID in the form 1234567-8."), code="business_id_format"
        )
    if business_id_check_digit(match.group(1)) != int(match.group(2)):
        raise ValidationError(
            _("The check digit of this business ID is not right; check the number."),
            code="business_id_check_digit",
        )
