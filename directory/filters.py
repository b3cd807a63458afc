"""The directory's filters, facets and sorting (the machinery is `core.facets`)."""

from django.utils.translation import gettext_lazy as _

from core.facets import ChoiceFacetFilter, FacetedFilterSet, TermFilter
from directory.models import Association


class AssociationFilterSet(FacetedFilterSet):
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
