"""Sitemaps that stay cheap at any size: paged, read a page at a time, cached per content version.

Django's i18n sitemap builds an (item, language) pair for *every* item before taking one page
of them, and its index asks every item for its `lastmod`; at 4,000 associations a section took
seconds of CPU and megabytes per request. Here a section whose `items()` is a queryset is read
one page at a time (`PagedItems`), its latest `lastmod` is one aggregate, a page holds `limit`
addresses (a small fraction of the protocol's 50,000), and `cached_sitemap` keeps each rendered
page in the shared cache until the content changes (`core.caching.content_version`).
"""

import logging
import math
from collections.abc import Sequence

from django.contrib.sitemaps import Sitemap
from django.core.cache import cache
from django.db.models import Max, QuerySet
from django.http import HttpResponse

from core.caching import content_version

logger = logging.getLogger(__name__)

# Addresses per sitemap page: 200 items in three languages, each with its alternates.
PAGE_SIZE = 600
# Scheduled news appear with the clock, not with a change, so pages also expire.
CACHE_SECONDS = 10 * 60
CACHED_HEADERS = ("Content-Type", "Last-Modified", "X-Robots-Tag")


class PagedItems(Sequence):
    """(item, language) pairs of a queryset, counted and sliced in the database."""

    def __init__(self, queryset: QuerySet, languages: list[str]):
        self.queryset = queryset
        self.languages = languages

    def count(self) -> int:
        return self.queryset.count() * len(self.languages)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        per_item = len(self.languages)
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start, stop = index.start or 0, index.stop
        first = start // per_item
        last = math.ceil(stop / per_item) if stop is not None else None
        pairs = [
            (item, language) for item in self.queryset[first:last] for language in self.languages
        ]
        offset = first * per_item
        return pairs[start - offset : None if stop is None else stop - offset]


class I18nSitemap(Sitemap):
    """Every public page exists in Finnish, Swedish and English; list all three as alternates."""

    i18n = True
    alternates = True
    x_default = True
    limit = PAGE_SIZE
    # The field `lastmod` reads, for the section's latest date in one query.
    lastmod_field = "updated_at"

    def _items(self):
        items = self.items()
        if isinstance(items, QuerySet):
            return PagedItems(items, self._languages())
        return super()._items()

    def get_latest_lastmod(self):
        items = self.items()
        if callable(getattr(self, "lastmod", None)) and isinstance(items, QuerySet):
            field_names = {field.name for field in items.model._meta.get_fields()}
            if self.lastmod_field in field_names:
                return items.order_by().aggregate(latest=Max(self.lastmod_field))["latest"]
        return super().get_latest_lastmod()


def cached_sitemap(view):
    """Keep each rendered sitemap page in the shared cache until the content changes."""

    def cached_view(request, *args, **kwargs):
        # Only the page number counts, so junk parameters cannot fill the cache.
        page = request.GET.get("p", "1")[:12]
        site = f"{request.scheme}://{request.get_host()}"
        key = f"sitemap:{content_version()}:{site}{request.path}:{page}"
        cached = cache.get(key)
        if cached is not None:
            content, headers = cached
            return HttpResponse(content, headers=headers)
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            response.render()
            headers = {name: response[name] for name in CACHED_HEADERS if name in response}
            cache.set(key, (response.content, headers), CACHE_SECONDS)
        return response

    return cached_view
