"""The service menu's filters and facets (the machinery is `core.facets`)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from core.facets import (
    ChoiceFacetFilter,
    FacetedFilterSet,
    FlagFacetFilter,
    LenientIntegerField,
    TermFilter,
)
from services.models import MAX_AGE, Service


class LenientAgeField(LenientIntegerField):
    """An age in whole years, or nothing: `abc`, `-1`, `999` or `6.5` are ignored rather than
    failing the page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=0, max_value=MAX_AGE, **kwargs)


class AgeFilter(django_filters.NumberFilter):
    field_class = LenientAgeField

    def filter(self, qs, value):
        return qs if value is None else qs.for_age(value)


class ServiceFilterSet(FacetedFilterSet):
    kind = ChoiceFacetFilter(choices=Service.Kind.choices, label=_("Kind"))
    municipality = TermFilter(m2m="municipalities", label=_("Municipality"))
    online = FlagFacetFilter(option_label=_("Online"), label=_("Place"))
    free = FlagFacetFilter(field_name="is_free", option_label=_("Free of charge"), label=_("Cost"))
    theme = TermFilter(m2m="themes", label=_("Wellbeing theme"))
    target_group = TermFilter(m2m="target_groups", label=_("Target group"))
    language = TermFilter(m2m="languages", label=_("Language"))
    spearhead = TermFilter(m2m="spearheads", label=_("Strategy spearhead"))
    age = AgeFilter(label=_("Age"))

    facet_order = ["kind", "municipality", "online", "free", "theme", "target_group", "language",
                   "spearhead"]  # fmt: skip
    total_facet = "kind"  # every service has exactly one kind
    cache_prefix = "services"

    class Meta:
        model = Service
        fields = []
