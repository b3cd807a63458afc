"""The news list's filters and facets (the machinery is `core.facets`); the feeds take the same."""

import datetime

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.facets import ChoiceFacetFilter, FacetedFilterSet, TermFilter
from news.models import NewsItem


class NewsItemFilterSet(FacetedFilterSet):
    kind = ChoiceFacetFilter(choices=NewsItem.Kind.choices, label=_("Kind"))
    theme = TermFilter(m2m="themes", label=_("Wellbeing theme"))
    municipality = TermFilter(m2m="municipalities", label=_("Municipality"))
    spearhead = TermFilter(m2m="spearheads", label=_("Strategy spearhead"))
    # By association: its profile links here and to its feed. Not a facet (there are thousands).
    association = django_filters.CharFilter(
        field_name="association__slug", max_length=220, label=_("Association")
    )

    facet_order = ["kind", "theme", "municipality", "spearhead"]
    total_facet = "kind"  # every item has exactly one kind
    cache_prefix = "news"

    class Meta:
        model = NewsItem
        fields = []

    def __init__(self, data=None, *args, now: datetime.datetime, **kwargs):
        self.now = now
        super().__init__(data, *args, **kwargs)

    @classmethod
    def public_queryset(cls, *, now: datetime.datetime):
        return NewsItem.objects.published(now)

    @classmethod
    def public(cls, data, now: datetime.datetime | None = None) -> "NewsItemFilterSet":
        """The filters applied to the public news as of `now`, taken to the minute.

        Scheduled items appear without any write that would bump the content version, so the
        cached counts are kept per minute, and the results are read for the same minute so that
        they and the counts agree.
        """
        now = (now or timezone.now()).replace(second=0, microsecond=0)
        return super().public(data, now=now)

    def facet_cache_key(self) -> str:
        return f"{super().facet_cache_key()}:{int(self.now.timestamp()) // 60}"
