from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.safestring import mark_safe

from core.markdown import render_markdown

register = template.Library()

# Each language is offered in its own words, so a reader finds theirs whatever page they are on.
NATIVE_NAMES = {"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}


@register.filter
def markdown(text: str) -> str:
    return mark_safe(render_markdown(text))


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


@register.filter
def verbose_name(obj) -> str:
    return obj._meta.verbose_name
