"""Sitemaps that stay cheap at any size: paged by id range, cached per content version.

Django's i18n sitemap builds an (item, language) pair for *every* item before taking one page
of them, and its index asks every item for its `lastmod`; at 4,000 associations a section took
seconds of CPU and megabytes per request. Counting and OFFSET-paging the published rows is no
cure at 100,000 associations either (each is a join over the whole table, seconds on a busy
server). So a section whose `items()` is a queryset is paged by **id range**:
page *n* holds the published items with ids in `[m + (n-1)·k, m + n·k)`, where `m` is the
table's smallest id and `k = limit / languages`. A page is one index range scan whatever the
table's size; the number of pages comes from the table's smallest and largest id (instant);
pages of hidden or deleted rows are short or empty, which the protocol allows. The index's
`lastmod` is the table's latest change (one aggregate, an over-estimate at worst).
`cached_sitemap` keeps each rendered page in the shared cache until the content changes
(`core.caching.content_version`).
"""

import logging
import math
from functools import cached_property
from types import SimpleNamespace

from django.contrib.sitemaps import Sitemap
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import Max, Min, QuerySet
from django.http import HttpResponse

from core.caching import content_version

logger = logging.getLogger(__name__)

# Addresses per sitemap page: 200 items in three languages, each with its alternates.
PAGE_SIZE = 600
# Scheduled news appear with the clock, not with a change, so pages also expire.
CACHE_SECONDS = 10 * 60
CACHED_HEADERS = ("Content-Type", "Last-Modified", "X-Robots-Tag")


class IdRangePaginator:
    """What Django's sitemap views ask of a paginator (`num_pages`, `page(n).object_list`),
    with pages as id ranges of `queryset`, each item repeated for every language."""

    def __init__(self, queryset: QuerySet, languages: list[str], items_per_page: int):
        self.queryset = queryset
        self.languages = languages
        self.items_per_page = max(1, items_per_page)

    @cached_property
    def id_range(self) -> tuple[int, int]:
        """The table's smallest and largest id (both from the primary key index)."""
        ids = self.queryset.model._base_manager.aggregate(low=Min("pk"), top=Max("pk"))
        return ids["low"] or 1, ids["top"] or 0

    @cached_property
    def num_pages(self) -> int:
        low, top = self.id_range
        return max(1, math.ceil((top - low + 1) / self.items_per_page))

    def validate_number(self, number) -> int:
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger("That page number is not an integer") from None
        if number < 1 or number > self.num_pages:
            raise EmptyPage("That page contains no results")
        return number

    def page(self, number):
        number = self.validate_number(number)
        start = self.id_range[0] + (number - 1) * self.items_per_page
        items = self.queryset.filter(pk__gte=start, pk__lt=start + self.items_per_page)
        return SimpleNamespace(
            number=number,
            object_list=[(item, language) for item in items for language in self.languages],
        )


class I18nSitemap(Sitemap):
    """Every public page exists in Finnish, Swedish and English; list all three as alternates."""

    i18n = True
    alternates = True
    x_default = True
    limit = PAGE_SIZE
    # The field `lastmod` reads, for the section's latest date in one query.
    lastmod_field = "updated_at"

    @property
    def paginator(self):
        items = self.items()
        if isinstance(items, QuerySet):
            languages = self._languages()
            return IdRangePaginator(items, languages, self.limit // len(languages))
        return super().paginator

    def get_latest_lastmod(self):
        items = self.items()
        if callable(getattr(self, "lastmod", None)) and isinstance(items, QuerySet):
            model = items.model
            if self.lastmod_field in {field.name for field in model._meta.get_fields()}:
                return model._base_manager.aggregate(latest=Max(self.lastmod_field))["latest"]
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
