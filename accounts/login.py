"""How logins are counted and limited: one spelling of an address, one client address.

The admin login looks a user up by e-mail without regard to case (`UserManager.get_by_natural_key`),
so django-axes must count failures the same way, or `Contact@Example.org` gets five fresh
attempts after `contact@example.org` is locked out.
"""

from django.conf import settings


def normalize_username(username: str | None) -> str:
    """The form every address is stored in: stripped and lower-case (see `UserManager`)."""
    return (username or "").strip().lower()


def lockout_username(request, credentials: dict | None = None) -> str:
    """`AXES_USERNAME_CALLABLE`: the attempted address, normalised like stored addresses."""
    field = settings.AXES_USERNAME_FORM_FIELD
    if credentials:
        username = credentials.get(field) or credentials.get("email")
    else:
        data = getattr(request, "data", None) or getattr(request, "POST", {})
        username = data.get(field)
    return normalize_username(username)
