"""Faceted filtering for the public lists (associations, and the other content types alike).

Several values of one facet combine with OR, different facets with AND. Values are slugs or
choice values; an unknown value is ignored rather than failing the page. A facet shows, for each
option, how many results it would give with the other active filters applied.

A list declares a `FacetedFilterSet` with `TermFilter`s (many-to-many tags to taxonomy terms) and
`ChoiceFacetFilter`s (a field with choices). The terms of every vocabulary are read in one query
(`load_facet_terms`), facet counts take one query per facet and are cached per content version
(`core.caching`), and the result count follows from the counts of a single-valued choice facet,
so a list page runs the same number of queries whatever is chosen.
"""

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property

import django_filters
from django import forms
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import CharField, Count, QuerySet, Value
from django.http import QueryDict

from core.caching import FACET_CACHE_SECONDS, content_version

MAX_VALUES = 50


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


def load_facet_terms(term_models: dict) -> dict[str, list[FacetTerm]]:
    """Every term of the given vocabularies ({parameter: term model}), in one query."""
    columns = ["pk", "slug", "name_fi", "name_sv", "name_en", "position"]
    parts = [
        model.objects.annotate(facet=Value(name, output_field=CharField()))
        .values("facet", *columns)
        .order_by()
        for name, model in term_models.items()
    ]
    rows = parts[0].union(*parts[1:], all=True).order_by("facet", "position", "name_fi")
    terms: dict[str, list[FacetTerm]] = {name: [] for name in term_models}
    for row in rows:
        model = term_models[row["facet"]]
        # A model instance built from the row, so the label follows the active language.
        label = model(**{key: row[key] for key in ("name_fi", "name_sv", "name_en")}).name
        terms[row["facet"]].append(FacetTerm(slug=row["slug"], name=label, pk=row["pk"]))
    return terms


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the known values and drops the rest, so a stale or mistyped link still works."""

    def clean(self, value):
        values = value if isinstance(value, list | tuple) else []
        return super().clean([v for v in values[:MAX_VALUES] if self.valid_value(v)])


class ChoiceFacetFilter(django_filters.MultipleChoiceFilter):
    """A facet over a field with choices, e.g. an association's kind."""

    field_class = LenientMultipleChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("distinct", False)  # a single-valued field never repeats a row
        super().__init__(*args, **kwargs)

    def counts(self, queryset: QuerySet) -> dict:
        rows = queryset.order_by().values_list(self.field_name).annotate(n=Count("pk"))
        return dict(rows)

    def options(self, counts: dict, chosen: set) -> list[FacetOption]:
        return [
            FacetOption(value, str(label), counts.get(value, 0), value in chosen)
            for value, label in self.extra["choices"]
        ]


class TermFilter(ChoiceFacetFilter):
    """A facet over a many-to-many tag; matches by slug through the join table (a semi-join,
    so no DISTINCT is needed)."""

    def __init__(self, *args, m2m: str, **kwargs):
        self.m2m = m2m
        self.terms: list[FacetTerm] = []
        super().__init__(*args, **kwargs)

    def join_table(self) -> tuple:
        """(through model, its column for the tagged object, its column for the term)."""
        relation = self.model._meta.get_field(self.m2m).remote_field
        return (
            relation.through,
            relation.field.m2m_field_name(),
            relation.field.m2m_reverse_field_name(),
        )

    def filter(self, qs, value):
        if not value:
            return qs
        through, source, term = self.join_table()
        matching = through.objects.filter(**{f"{term}__slug__in": value})
        return qs.filter(pk__in=matching.values(source))

    def counts(self, queryset: QuerySet) -> dict:
        through, source, term = self.join_table()
        rows = (
            through.objects.filter(**{f"{source}__in": queryset.values("pk")})
            .values_list(f"{term}_id")
            .annotate(n=Count(source))
        )
        return dict(rows)

    def options(self, counts: dict, chosen: set) -> list[FacetOption]:
        return [
            FacetOption(term.slug, term.name, counts.get(term.pk, 0), term.slug in chosen)
            for term in self.terms
        ]


class FacetedFilterSet(django_filters.FilterSet):
    #: The facets in the order a page shows them (parameter names).
    facet_order: list[str] = []
    #: A choice facet on a single-valued, required field: its counts add up to the result count.
    total_facet: str = ""
    #: Distinguishes this list's cached counts from other lists'.
    cache_prefix: str = ""

    def __init__(self, data=None, *args, terms: dict[str, list[FacetTerm]], **kwargs):
        super().__init__(data, *args, **kwargs)
        for name, facet_terms in terms.items():
            self.filters[name].terms = facet_terms
            self.filters[name].extra["choices"] = [(term.slug, term.name) for term in facet_terms]

    @classmethod
    def term_models(cls) -> dict:
        """{parameter: term model} for every TermFilter, to pass to `load_facet_terms`."""
        model = cls._meta.model
        return {
            name: model._meta.get_field(filter_.m2m).related_model
            for name, filter_ in cls.base_filters.items()
            if isinstance(filter_, TermFilter)
        }

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
        """{facet: {term pk or choice value: results}}, other active filters applied."""
        key = self.facet_cache_key()
        counts = cache.get(key)
        if counts is None:
            counts = {
                name: self.filters[name].counts(self.queryset_without(name))
                for name in self.facet_order
            }
            cache.set(key, counts, FACET_CACHE_SECONDS)
        return counts

    def facet_cache_key(self) -> str:
        chosen = {
            name: sorted(value) if isinstance(value, list) else " ".join(str(value).split())
            for name, value in self.values.items()
            if value
        }
        digest = hashlib.sha256(json.dumps(chosen, sort_keys=True).encode()).hexdigest()
        return f"{self.cache_prefix}:facets:{content_version()}:{digest}"

    @property
    def result_count(self) -> int:
        chosen = self.values.get(self.total_facet)
        counts = self.facet_counts[self.total_facet]
        return sum(n for value, n in counts.items() if not chosen or value in chosen)

    def facets(self) -> list[Facet]:
        """Each facet with its options and their counts, in `facet_order`."""
        return [
            Facet(
                name,
                self.filters[name].label,
                self.filters[name].options(
                    self.facet_counts[name], set(self.values.get(name) or [])
                ),
            )
            for name in self.facet_order
        ]


def clean_query(query: QueryDict) -> QueryDict:
    """The query string without NUL characters, which no field accepts and no slug contains."""
    cleaned = QueryDict(mutable=True)
    for key, values in query.lists():
        cleaned.setlist(key.replace("\x00", ""), [value.replace("\x00", "") for value in values])
    return cleaned


class KnownCountPaginator(Paginator):
    """A paginator told the number of results, which the facet counts already give."""

    def __init__(self, *args, count: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.count = count


class FacetedListMixin:
    """For a ListView whose `get_queryset` sets `self.filterset` (a FacetedFilterSet): pages
    counted from the facets, and the context every faceted list template uses."""

    def get_paginator(self, queryset, per_page, **kwargs):
        return KnownCountPaginator(queryset, per_page, count=self.filterset.result_count, **kwargs)

    def faceted_context(self) -> dict:
        facets = self.filterset.facets()
        return {
            "filterset": self.filterset,
            "facets": facets,
            "active_filters": [
                (facet, option) for facet in facets for option in facet.options if option.selected
            ],
            "query": self.filterset.values.get("q", ""),
            "result_count": self.filterset.result_count,
        }
