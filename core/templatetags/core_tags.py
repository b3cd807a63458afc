import datetime
import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import timezone
from django.utils.safestring import mark_safe

from core.markdown import render_markdown

register = template.Library()

# Each language is offered in its own words, so a reader finds theirs whatever page they are on.
NATIVE_NAMES = {"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}


@register.filter
def markdown(text: str) -> str:
    return mark_safe(render_markdown(text))


@register.filter
def iso_datetime(moment: datetime.datetime | None) -> str:
    """`moment` in local time to the second, with its UTC offset: `|date:'c'` writes
    microseconds, which HTML's datetime attribute does not allow (at most three digits)."""
    if not moment:
        return ""
    return timezone.localtime(moment).isoformat(timespec="seconds")


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """The current page in each of the site's languages, keeping the query string."""
    request = context.get("request")
    current = context.get("LANGUAGE_CODE") or settings.LANGUAGE_CODE
    path = request.get_full_path() if request else "/"
    return [
        {
            "code": code,
            "name": NATIVE_NAMES.get(code, name),
            "url": translate_url(path, code),
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


# Characters that could end the <script> element or start markup, escaped inside JSON strings.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld(data: dict) -> str:
    """`data` as JSON that is safe inside <script type="application/ld+json">."""
    text = json.dumps(data, ensure_ascii=False, default=str).translate(JSON_SCRIPT_ESCAPES)
    return mark_safe(text)


@register.simple_tag(takes_context=True)
def query_replace(context, **changes) -> str:
    """The current query string with some parameters replaced (None removes one); `page` resets
    unless given, because a changed filter starts from the first page."""
    query = context["request"].GET.copy()
    query.pop("page", None)
    for key, value in changes.items():
        if value is None or value == "":
            query.pop(key, None)
        else:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def query_without(context, key: str, value: str) -> str:
    """The current query string without one value of a repeatable parameter."""
    query = context["request"].GET.copy()
    query.pop("page", None)
    query.setlist(key, [v for v in query.getlist(key) if v != value])
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"
