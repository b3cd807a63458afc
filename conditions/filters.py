"""Filters and facets of the premises, grant calls and contact people (the machinery is
`core.facets`)."""

import datetime

from django.utils.translation import gettext_lazy as _

from conditions.models import (
    ACCESSIBILITY_FEATURES,
    MAX_CAPACITY,
    ContactPerson,
    GrantCall,
    Premises,
)
from core.facets import (
    ChoiceFacetFilter,
    FacetedFilterSet,
    FlagFacetFilter,
    FlagSetFacetFilter,
    ForeignTermFilter,
    MinimumFilter,
    TermFilter,
)

CURRENT, ARCHIVE, CALENDAR, UNCLOSED = "current", "archive", "calendar", "unclosed"
# A subscribed deadline calendar keeps the calls that closed within the last month too.
CALENDAR_PAST = datetime.timedelta(days=30)


class PremisesFilterSet(FacetedFilterSet):
    municipality = ForeignTermFilter(m2m="municipality", label=_("Municipality"))
    owner = ChoiceFacetFilter(
        field_name="owner_kind", choices=Premises.OwnerKind.choices, label=_("Owner")
    )
    accessibility = FlagSetFacetFilter(flags=ACCESSIBILITY_FEATURES, label=_("Accessibility"))
    free = FlagFacetFilter(
        field_name="is_free", option_label=_("Free of charge"), label=_("Price for associations")
    )
    capacity = MinimumFilter(
        field_name="capacity", min_value=1, max_value=MAX_CAPACITY, label=_("Room for at least")
    )

    facet_order = ["municipality", "owner", "accessibility", "free"]
    total_facet = "owner"  # every premises has exactly one kind of owner
    cache_prefix = "premises"

    class Meta:
        model = Premises
        fields = []


class GrantCallFilterSet(FacetedFilterSet):
    """Grant calls as of a `moment` (the view's current minute) in a `scope`: the current list
    (open now or opening soon), the archive (closed), the deadline calendar (not closed, or
    closed within a month) or the feed (not closed)."""

    funder = ChoiceFacetFilter(
        field_name="funder_kind", choices=GrantCall.FunderKind.choices, label=_("Funder")
    )
    municipality = TermFilter(m2m="municipalities", label=_("Municipality"))
    theme = TermFilter(m2m="themes", label=_("Wellbeing theme"))
    open = FlagFacetFilter(
        field_name="is_open", option_label=_("Open now"), label=_("Application period")
    )

    total_facet = "funder"  # every call has exactly one kind of funder

    class Meta:
        model = GrantCall
        fields = []

    def __init__(self, data=None, *args, scope: str = CURRENT, moment: datetime.datetime,
                 **kwargs):  # fmt: skip
        self.scope = scope
        self.moment = moment
        super().__init__(data, *args, **kwargs)
        # In the archive every call is closed, so "open now" would only ever count nothing.
        self.facet_order = ["funder", "municipality", "theme"]
        if scope == CURRENT:
            self.facet_order.append("open")

    @classmethod
    def public_queryset(cls, *, scope: str = CURRENT, moment: datetime.datetime):
        calls = GrantCall.objects.published().with_state(moment)
        if scope == ARCHIVE:
            return calls.closed(moment)
        if scope == CALENDAR:
            return calls.filter(closes_at__gt=moment - CALENDAR_PAST)
        if scope == UNCLOSED:  # the feed: every call not closed yet, however far off
            return calls.filter(closes_at__gt=moment)
        return calls.current(moment)

    @property
    def cache_prefix(self) -> str:
        return f"grants-{self.scope}"

    def facet_cache_key(self) -> str:
        # Open, opening soon and closed move with the clock: the counts belong to the minute.
        return f"{super().facet_cache_key()}:{self.moment.isoformat()}"


class ContactPersonFilterSet(FacetedFilterSet):
    organisation = ChoiceFacetFilter(
        field_name="organisation_kind",
        choices=ContactPerson.OrganisationKind.choices,
        label=_("Organisation"),
    )
    municipality = ForeignTermFilter(m2m="municipality", label=_("Municipality"))

    facet_order = ["organisation", "municipality"]
    total_facet = "organisation"
    cache_prefix = "contact-people"

    class Meta:
        model = ContactPerson
        fields = []
