"""`make_news_item`, shared by tests/news (as the `make_news` fixture) and the browser tests."""

import datetime
import itertools

from django.utils import timezone
from django.utils.text import slugify

from taxonomy.models import Municipality, Spearhead, TargetGroup, Theme

TAGGING = {
    "themes": Theme,
    "spearheads": Spearhead,
    "target_groups": TargetGroup,
    "municipalities": Municipality,
}
_numbers = itertools.count(1)


def make_news_item(title=None, *, association=None, kind="uutinen", ago=1, **fields):
    """A news item, published `ago` hours ago (negative: scheduled); taxonomy given by slug."""
    from news.models import NewsItem

    number = next(_numbers)
    title = title or f"Uutinen {number}"
    tags = {key: fields.pop(key) for key in list(fields) if key in TAGGING}
    item = NewsItem.objects.create(
        title=title,
        slug=fields.pop("slug", None) or f"{slugify(title)}-{number}",
        lead=fields.pop("lead", f"{title}: lyhyesti."),
        kind=kind,
        association=association,
        publish_time=timezone.now() - datetime.timedelta(hours=ago),
        **fields,
    )
    for key, slugs in tags.items():
        getattr(item, key).add(*TAGGING[key].objects.filter(slug__in=slugs))
    return item
