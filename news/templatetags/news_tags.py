from urllib.parse import urlencode

from django import template
from django.urls import reverse

from news.models import NewsItem

register = template.Library()

LATEST_COUNT = 3


def filter_query(association=None, theme=None, municipality=None) -> str:
    params = {}
    if association is not None:
        params["association"] = association.slug
    if theme is not None:
        params["theme"] = theme.slug
    if municipality is not None:
        params["municipality"] = municipality.slug
    return f"?{urlencode(params)}" if params else ""


@register.simple_tag
def news_feed_url(association=None, theme=None, municipality=None, feed="rss") -> str:
    """The RSS (or Atom) feed of an association's, a theme's or a municipality's news."""
    name = "news:feed-atom" if feed == "atom" else "news:feed-rss"
    return reverse(name) + filter_query(association, theme, municipality)


@register.inclusion_tag("news/_latest_news.html")
def latest_news(association=None, theme=None, municipality=None, count=LATEST_COUNT):
    """The newest public items of an association, a theme, a municipality or all; two queries."""
    items = NewsItem.objects.published()
    if association is not None:
        items = items.filter(association=association)
    if theme is not None:
        items = items.filter(themes=theme)
    if municipality is not None:
        items = items.filter(municipalities=municipality)
    query = filter_query(association, theme, municipality)
    return {
        "news_items": list(items.newest_first().select_related("association")[:count]),
        "list_url": reverse("news:newsitem-list") + query,
        "feed_url": reverse("news:feed-rss") + query,
        "scoped": bool(query),
    }
