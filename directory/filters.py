"""The directory's filters, facets and sorting (the machinery is `core.facets`)."""

import django_filters
from django.db.models.functions import Collate
from django.utils.translation import gettext_lazy as _

from core.facets import ChoiceFacetFilter, FacetedFilterSet, TermFilter
from directory.models import Association
from directory.search import search_associations

SORT_RELEVANCE, SORT_NAME, SORT_UPDATED = "relevance", "name", "updated"
SORT_CHOICES = [
    (SORT_RELEVANCE, _("Relevance")),
    (SORT_NAME, _("Name")),
    (SORT_UPDATED, _("Recently updated")),
]


class AssociationFilterSet(FacetedFilterSet):
    q = django_filters.CharFilter(method="filter_search", label=_("Search"))
    municipality = TermFilter(m2m="operating_municipalities", label=_("Municipality"))
    theme = TermFilter(m2m="themes", label=_("Wellbeing theme"))
    spearhead = TermFilter(m2m="spearheads", label=_("Strategy spearhead"))
    target_group = TermFilter(m2m="target_groups", label=_("Target group"))
    field = TermFilter(m2m="fields", label=_("Field of activity"))
    language = TermFilter(m2m="languages", label=_("Language"))
    kind = ChoiceFacetFilter(choices=Association.Kind.choices, label=_("Kind"))

    facet_order = ["municipality", "theme", "target_group", "field", "language", "kind",
                   "spearhead"]  # fmt: skip
    total_facet = "kind"  # every association has exactly one kind
    cache_prefix = "directory"

    class Meta:
        model = Association
        fields = []

    def filter_search(self, queryset, name, value):
        return search_associations(queryset, value)


def sort_associations(queryset, sort: str, searching: bool):
    by_name = Collate("name", "fi")
    if sort == SORT_UPDATED:
        return queryset.order_by("-updated_at", "pk")
    if sort == SORT_RELEVANCE and searching:
        return queryset.order_by("-rank", by_name, "pk")
    return queryset.order_by(by_name, "pk")


def chosen_sort(requested: str | None, searching: bool) -> str:
    valid = {SORT_NAME, SORT_UPDATED} | ({SORT_RELEVANCE} if searching else set())
    if requested in valid:
        return requested
    return SORT_RELEVANCE if searching else SORT_NAME
