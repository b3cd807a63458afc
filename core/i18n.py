from django.conf import settings
from django.utils.translation import get_language


def current_language() -> str:
    """The active language's code among the site's languages, falling back to Finnish."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    codes = {code for code, _name in settings.LANGUAGES}
    return language if language in codes else settings.LANGUAGE_CODE


def localized(obj, field: str) -> str:
    """`obj.<field>_<language>` for the active language, or the Finnish text when it is empty."""
    value = getattr(obj, f"{field}_{current_language()}", "")
    return value or getattr(obj, f"{field}_{settings.LANGUAGE_CODE}")
