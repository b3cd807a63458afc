"""Filters and facets of the partner notices (the machinery is `core.facets`)."""

import datetime

from django.utils.translation import gettext_lazy as _

from core.facets import ChoiceFacetFilter, FacetedFilterSet, TermFilter
from partnership.models import PartnerNotice


class PartnerNoticeFilterSet(FacetedFilterSet):
    """The notices current at a `moment` (the view's minute): a notice leaves the list, its
    counts and its feed at midnight after its last day."""

    direction = ChoiceFacetFilter(choices=PartnerNotice.Direction.choices, label=_("Seek or offer"))
    kind = ChoiceFacetFilter(choices=PartnerNotice.Kind.choices, label=_("What"))
    municipality = TermFilter(m2m="municipalities", label=_("Municipality"))
    theme = TermFilter(m2m="themes", label=_("Wellbeing theme"))
    spearhead = TermFilter(m2m="spearheads", label=_("Spearhead"))

    facet_order = ["direction", "kind", "municipality", "theme", "spearhead"]
    total_facet = "direction"  # every notice either seeks or offers
    cache_prefix = "partner-notices"

    class Meta:
        model = PartnerNotice
        fields = []

    def __init__(self, data=None, *args, moment: datetime.datetime, **kwargs):
        self.moment = moment
        super().__init__(data, *args, **kwargs)

    @classmethod
    def public_queryset(cls, *, moment: datetime.datetime):
        return PartnerNotice.objects.public(moment)

    def facet_cache_key(self) -> str:
        # Notices expire with the clock: the counts belong to the minute.
        return f"{super().facet_cache_key()}:{self.moment.isoformat()}"
