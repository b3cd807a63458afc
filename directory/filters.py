"""The directory's filters and their facet counts.

Several values of one facet combine with OR, different facets with AND. Values are slugs; an
unknown value is ignored rather than failing the page. The facet terms of every vocabulary are
read in one query (`load_facet_terms`), so a list page runs the same number of queries whatever
is chosen. Facet counts, from which the result count follows too, are cached per directory
version (`directory.caching`).
"""

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property

import django_filters
from django import forms
from django.core.cache import cache
from django.db.models import CharField, Count, QuerySet, Value
from django.db.models.functions import Collate
from django.utils.translation import gettext_lazy as _

from directory.caching import FACET_CACHE_SECONDS, directory_version
from directory.models import Association
from directory.search import query_words, search_associations
from taxonomy.models import Field, Language, Municipality, Spearhead, TargetGroup, Theme

# query parameter -> (Association many-to-many field, term model)
TERM_FACETS = {
    "municipality": ("operating_municipalities", Municipality),
    "theme": ("themes", Theme),
    "spearhead": ("spearheads", Spearhead),
    "target_group": ("target_groups", TargetGroup),
    "field": ("fields", Field),
    "language": ("languages", Language),
}
FACET_LABELS = {
    "municipality": _("Municipality"),
    "theme": _("Wellbeing theme"),
    "spearhead": _("Strategy spearhead"),
    "target_group": _("Target group"),
    "field": _("Field of activity"),
    "language": _("Language"),
    "kind": _("Kind"),
}
FACET_ORDER = ["municipality", "theme", "target_group", "field", "language", "kind", "spearhead"]
MAX_VALUES = 50

SORT_RELEVANCE, SORT_NAME, SORT_UPDATED = "relevance", "name", "updated"
SORT_CHOICES = [
    (SORT_RELEVANCE, _("Relevance")),
    (SORT_NAME, _("Name")),
    (SORT_UPDATED, _("Recently updated")),
]


@dataclass
class FacetTerm:
    slug: str
    name: str
    pk: int | None = None


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list[FacetOption] = field(default_factory=list)

    @property
    def selected(self) -> list[FacetOption]:
        return [option for option in self.options if option.selected]


def load_facet_terms() -> dict[str, list[FacetTerm]]:
    """Every term of every facet vocabulary, in display order, in a single query."""
    columns = ["pk", "slug", "name_fi", "name_sv", "name_en", "position"]
    parts = [
        model.objects.annotate(facet=Value(facet, output_field=CharField()))
        .values("facet", *columns)
        .order_by()
        for facet, (_field, model) in TERM_FACETS.items()
    ]
    rows = parts[0].union(*parts[1:], all=True).order_by("facet", "position", "name_fi")
    terms: dict[str, list[FacetTerm]] = {facet: [] for facet in TERM_FACETS}
    for row in rows:
        model = TERM_FACETS[row["facet"]][1]
        # A model instance built from the row, so the label follows the active language.
        label = model(**{key: row[key] for key in ("name_fi", "name_sv", "name_en")}).name
        terms[row["facet"]].append(FacetTerm(slug=row["slug"], name=label, pk=row["pk"]))
    return terms


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the known values and drops the rest, so a stale or mistyped link still works."""

    def clean(self, value):
        values = value if isinstance(value, list | tuple) else []
        return super().clean([v for v in values[:MAX_VALUES] if self.valid_value(v)])


class LenientMultipleChoiceFilter(django_filters.MultipleChoiceFilter):
    field_class = LenientMultipleChoiceField


class TermFilter(LenientMultipleChoiceFilter):
    """Associations tagged with any of the chosen terms, as a semi-join (no DISTINCT needed)."""

    def __init__(self, *args, m2m: str, **kwargs):
        self.m2m = m2m
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        relation = Association._meta.get_field(self.m2m).remote_field
        through = relation.through
        term_column = relation.field.m2m_reverse_field_name()
        matching = through.objects.filter(**{f"{term_column}__slug__in": value})
        return qs.filter(pk__in=matching.values("association_id"))


class AssociationFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_search", label=_("Search"))
    municipality = TermFilter(m2m="operating_municipalities", label=FACET_LABELS["municipality"])
    theme = TermFilter(m2m="themes", label=FACET_LABELS["theme"])
    spearhead = TermFilter(m2m="spearheads", label=FACET_LABELS["spearhead"])
    target_group = TermFilter(m2m="target_groups", label=FACET_LABELS["target_group"])
    field = TermFilter(m2m="fields", label=FACET_LABELS["field"])
    language = TermFilter(m2m="languages", label=FACET_LABELS["language"])
    kind = LenientMultipleChoiceFilter(choices=Association.Kind.choices, label=_("Kind"))

    class Meta:
        model = Association
        fields = []

    def __init__(self, data=None, *args, terms: dict[str, list[FacetTerm]], **kwargs):
        self.terms = terms
        super().__init__(data, *args, **kwargs)
        for facet, facet_terms in terms.items():
            self.filters[facet].extra["choices"] = [(term.slug, term.name) for term in facet_terms]

    def filter_search(self, queryset, name, value):
        return search_associations(queryset, value)

    @property
    def values(self) -> dict:
        return self.form.cleaned_data if self.is_bound and self.form.is_valid() else {}

    def queryset_without(self, excluded: str) -> QuerySet:
        """The results with every active filter applied except `excluded` (for its counts)."""
        queryset = self.queryset
        for name, value in self.values.items():
            if name != excluded:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    @cached_property
    def facet_counts(self) -> dict[str, dict]:
        """{facet: {term pk or kind: results}}, each with the other active filters applied."""
        key = self.facet_cache_key()
        counts = cache.get(key)
        if counts is None:
            counts = {}
            for name, (m2m, _model) in TERM_FACETS.items():
                relation = Association._meta.get_field(m2m).remote_field
                term_id = f"{relation.field.m2m_reverse_field_name()}_id"
                rows = (
                    relation.through.objects.filter(
                        association_id__in=self.queryset_without(name).values("pk")
                    )
                    .values_list(term_id)
                    .annotate(n=Count("association_id"))
                )
                counts[name] = dict(rows)
            kinds = self.queryset_without("kind").order_by().values_list("kind")
            counts["kind"] = dict(kinds.annotate(n=Count("pk")))
            cache.set(key, counts, FACET_CACHE_SECONDS)
        return counts

    def facet_cache_key(self) -> str:
        chosen = {
            name: sorted(value) if isinstance(value, list) else query_words(value)
            for name, value in self.values.items()
            if value
        }
        digest = hashlib.sha256(json.dumps(chosen, sort_keys=True).encode()).hexdigest()
        return f"directory:facets:{directory_version()}:{digest}"

    @property
    def result_count(self) -> int:
        """Every result has exactly one kind, so the kind counts add up to the result count."""
        chosen = self.values.get("kind")
        kind_counts = self.facet_counts["kind"]
        return sum(n for kind, n in kind_counts.items() if not chosen or kind in chosen)

    def facets(self) -> list[Facet]:
        """Each facet's options with how many results each would give, other filters applied."""
        facets = {}
        for name in TERM_FACETS:
            counts = self.facet_counts[name]
            chosen = set(self.values.get(name) or [])
            facets[name] = Facet(
                name,
                FACET_LABELS[name],
                [
                    FacetOption(term.slug, term.name, counts.get(term.pk, 0), term.slug in chosen)
                    for term in self.terms[name]
                ],
            )
        kind_counts = self.facet_counts["kind"]
        chosen_kinds = set(self.values.get("kind") or [])
        facets["kind"] = Facet(
            "kind",
            FACET_LABELS["kind"],
            [
                FacetOption(value, str(label), kind_counts.get(value, 0), value in chosen_kinds)
                for value, label in Association.Kind.choices
            ],
        )
        return [facets[name] for name in FACET_ORDER]


def sort_associations(queryset: QuerySet, sort: str, searching: bool) -> QuerySet:
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
