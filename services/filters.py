"""The service menu's filters and facets (the machinery is `core.facets`)."""

import re

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from core.facets import ChoiceFacetFilter, FacetedFilterSet, FlagFacetFilter, TermFilter
from services.models import MAX_AGE, Service

AGE_RE = re.compile(r"[0-9]{1,3}")


class LenientAgeField(forms.IntegerField):
    """An age in whole years, or nothing: `abc`, `-1`, `999` or `6.5` are ignored rather than
    failing the page."""

    def clean(self, value):
        text = value.strip() if isinstance(value, str) else ""
        if not AGE_RE.fullmatch(text) or int(text) > MAX_AGE:
            return None
        return int(text)


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
