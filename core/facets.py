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
import re
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

import django_filters
from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import CharField, Count, Q, QuerySet, Value
from django.db.models.functions import Cast
from django.http import QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView

from core.caching import FACET_CACHE_SECONDS, content_version
from core.ratelimit import RateLimitUnavailable, client_address, hit
from core.search import analyse, nearest_facet_terms, query_words
from core.sorting import chosen_sort, sort_choices, sort_queryset
from core.text import strip_control_characters

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
    #: Whether several chosen values combine with AND (else OR, the usual).
    conjunctive = False

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("distinct", False)  # a single-valued field never repeats a row
        super().__init__(*args, **kwargs)

    def counts(self, queryset: QuerySet) -> dict:
        rows = queryset.order_by().values_list(self.field_name).annotate(n=Count("pk"))
        return dict(rows)

    def count_rows(self, queryset: QuerySet, name: str) -> QuerySet | None:
        """The counts as rows (facet, key as text, n), so that the facets of a list are counted
        in one UNION ALL statement; None for a facet counted on its own (`counts`)."""
        return facet_rows(queryset, name, self.field_name, "pk")

    def parse_key(self, key: str):
        """A key of `count_rows` as `counts` gives it."""
        return key

    def options(self, counts: dict, chosen: set) -> list[FacetOption]:
        return [
            FacetOption(value, str(label), counts.get(value, 0), value in chosen)
            for value, label in self.extra["choices"]
        ]


def facet_rows(queryset: QuerySet, name: str, key: str, counted: str) -> QuerySet:
    return (
        queryset.order_by()
        .annotate(facet=Value(name, output_field=CharField()), key=Cast(key, CharField()))
        .values("facet", "key")
        .annotate(n=Count(counted))
    )


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

    def count_rows(self, queryset: QuerySet, name: str) -> QuerySet:
        through, source, term = self.join_table()
        tags = through.objects.filter(**{f"{source}__in": queryset.values("pk")})
        return facet_rows(tags, name, f"{term}_id", source)

    def parse_key(self, key: str) -> int:
        return int(key)

    def options(self, counts: dict, chosen: set) -> list[FacetOption]:
        return [
            FacetOption(term.slug, term.name, counts.get(term.pk, 0), term.slug in chosen)
            for term in self.terms
        ]


class ForeignTermFilter(TermFilter):
    """A facet over a foreign key to a term (an event has one municipality), so the terms come
    from `load_facet_terms` like the tags' but filtering and counting need no join table."""

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(**{f"{self.m2m}__slug__in": value})

    def counts(self, queryset: QuerySet) -> dict:
        rows = queryset.order_by().values_list(f"{self.m2m}_id").annotate(n=Count("pk"))
        return dict(rows)

    def count_rows(self, queryset: QuerySet, name: str) -> QuerySet:
        return facet_rows(queryset.exclude(**{f"{self.m2m}__isnull": True}), name,
                          f"{self.m2m}_id", "pk")  # fmt: skip


class FlagFacetFilter(ChoiceFacetFilter):
    """A yes/no facet over a boolean field (`free=1`, `online=1`), counted like the others."""

    def __init__(self, *args, option_label, **kwargs):
        kwargs["choices"] = [("1", option_label)]
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        return qs.filter(**{self.field_name: True}) if "1" in (value or []) else qs

    def counts(self, queryset: QuerySet) -> dict:
        flagged = Count("pk", filter=Q(**{self.field_name: True}))
        return {"1": queryset.order_by().aggregate(n=flagged)["n"]}

    def count_rows(self, queryset: QuerySet, name: str) -> QuerySet:
        return facet_rows(queryset.filter(**{self.field_name: True}), name, Value("1"), "pk")

    def options(self, counts: dict, chosen: set) -> list[FacetOption]:
        label = self.extra["choices"][0][1]
        return [FacetOption("1", str(label), counts.get("1", 0), "1" in chosen)]


class FlagSetFacetFilter(ChoiceFacetFilter):
    """One facet over several boolean fields, e.g. a venue's accessibility features
    (`flags={"esteeton": ("step_free", _("Step-free access")), …}`). Choosing several asks for
    all of them, because whoever needs step-free access and a hearing loop needs both; so each
    option counts the results it would leave with the facet's other choices kept."""

    conjunctive = True

    def __init__(self, *args, flags: dict[str, tuple[str, str]], **kwargs):
        self.flags = flags
        kwargs["choices"] = [(value, label) for value, (_field, label) in flags.items()]
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        return qs.filter(**{self.flags[chosen][0]: True for chosen in value or []})

    def counts(self, queryset: QuerySet) -> dict:
        aliases = {f"flag_{number}": value for number, value in enumerate(self.flags)}
        # One aggregate row, not a row per key: counted on its own.
        totals = queryset.order_by().aggregate(
            **{
                alias: Count("pk", filter=Q(**{self.flags[value][0]: True}))
                for alias, value in aliases.items()
            }
        )
        return {value: totals[alias] for alias, value in aliases.items()}

    def count_rows(self, queryset: QuerySet, name: str) -> None:
        return None


INTEGER_RE = re.compile(r"[0-9]{1,9}")


class LenientIntegerField(forms.IntegerField):
    """A whole number within `min_value`–`max_value`, or nothing: `abc`, `-1`, `6.5` or a value
    out of bounds are ignored rather than failing the page."""

    def clean(self, value):
        text = value.strip() if isinstance(value, str) else ""
        if not INTEGER_RE.fullmatch(text):
            return None
        number = int(text)
        too_small = self.min_value is not None and number < self.min_value
        too_large = self.max_value is not None and number > self.max_value
        return None if too_small or too_large else number


class MinimumFilter(django_filters.NumberFilter):
    """ "At least N" on a number field (`capacity=30`: room for 30 or more); a malformed value
    is ignored. Give `max_value` to bound what is accepted."""

    field_class = LenientIntegerField

    def filter(self, qs, value):
        return qs if value is None else qs.filter(**{f"{self.field_name}__gte": value})


class SearchFilter(django_filters.CharFilter):
    """The search box: the model's `search_index` (`core.content`) over the words typed."""

    def filter(self, qs, value):
        return qs.model.search_index.search(qs, value) if value else qs


class FacetedFilterSet(django_filters.FilterSet):
    q = SearchFilter(label=_("Search"))

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
    def public_queryset(cls, **context) -> QuerySet:
        """What the public may see, before any filter; `context` is what the list adds (a
        moment in time, say)."""
        return cls._meta.model.objects.published()

    @classmethod
    def public(cls, data, **context) -> "FacetedFilterSet":
        """The filters applied to the public content: what lists, feeds and calendars use."""
        return cls(
            data,
            queryset=cls.public_queryset(**context),
            terms=load_facet_terms(cls.term_models()),
            **context,
        )

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
            counts = self.count_facets()
            cache.set(key, counts, FACET_CACHE_SECONDS)
        return counts

    def count_facets(self) -> dict[str, dict]:
        """Every facet's counts in one UNION ALL statement (plus one for each facet that counts
        on its own, such as a set of flags)."""
        counts: dict[str, dict] = {}
        parts = []
        for name in self.facet_order:
            filter_ = self.filters[name]
            # A facet whose choices combine with AND counts within its own choices.
            queryset = self.queryset_without("" if filter_.conjunctive else name)
            rows = filter_.count_rows(queryset, name)
            if rows is None:
                counts[name] = filter_.counts(queryset)
            else:
                counts[name] = {}
                parts.append(rows)
        if parts:
            for row in parts[0].union(*parts[1:], all=True):
                name = row["facet"]
                counts[name][self.filters[name].parse_key(row["key"])] = row["n"]
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

    def chosen_labels(self) -> list[str]:
        """The labels of the chosen facet options, without counting anything (feed titles)."""
        return [
            str(label)
            for name in self.facet_order
            for value, label in self.filters[name].extra["choices"]
            if value in (self.values.get(name) or [])
        ]

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
    """The query string without control characters, which no field accepts and no slug contains
    (and which a feed or calendar that echoes a value could not carry)."""
    cleaned = QueryDict(mutable=True)
    for key, values in query.lists():
        cleaned.setlist(
            strip_control_characters(key, multiline=False),
            [strip_control_characters(value, multiline=False) for value in values],
        )
    return cleaned


class KnownCountPaginator(Paginator):
    """A paginator told the number of results, which the facet counts already give."""

    def __init__(self, *args, count: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.count = count


@dataclass
class Chip:
    """An active filter shown above the results, with the link that removes it."""

    label: str
    remove_url: str


@dataclass
class Relaxation:
    """Removing one active filter from a list that found nothing, and what it would find."""

    label: str
    url: str
    count: int


@dataclass
class NearTerm:
    label: str
    url: str


#: The facets whose terms a list that found nothing suggests, nearest to the query first.
SUGGESTED_FACETS = ("theme", "target_group")


def query_without(query: QueryDict, *keys: str, value: str | None = None) -> str:
    """`query` as a query string without `keys` (or only without their `value`), from page
    one."""
    query = query.copy()
    query.pop("page", None)
    for key in keys:
        if value is None:
            query.pop(key, None)
        else:
            query.setlist(key, [v for v in query.getlist(key) if v != value])
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def feed_query(query: QueryDict) -> str:
    """A list's filters as the query string of its feed or calendar (without the page)."""
    query = query.copy()
    query.pop("page", None)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else ""


def search_allowed(request) -> bool:
    """A search that misses the facet cache costs real database time, so one address may make
    `SEARCHES_PER_MINUTE` of them a minute. Without the shared cache searches are let through:
    a public page must work without it."""
    limit = settings.SEARCHES_PER_MINUTE
    if limit <= 0:
        return True
    try:
        return hit("search", client_address(request), limit=limit, window_seconds=60)
    except RateLimitUnavailable:
        return True


class FacetedListView(ListView):
    """A public list with search, facets, sorting and pages, declared by its `filterset_class`
    (whose model's `published()` and `for_cards()` say what is shown and how it is fetched),
    `title_field` (sorting by name; empty for a list in a fixed order, see `order`),
    `paginate_by` and `template_name` (extending `includes/faceted_list.html`).

    Pages are counted from the facet counts, so a page runs the same queries whatever is
    chosen."""

    filterset_class: type[FacetedFilterSet]
    paginate_by = 20
    title_field = ""
    #: The URL name of the list as CSV (`core.exports.CSVExportView`), for its "Lataa CSV" link.
    export_url_name = ""

    def get(self, request, *args, **kwargs):
        if query_words(request.GET.get("q", "")) and not search_allowed(request):
            return render(request, "includes/search_rate_limited.html", status=429)
        return super().get(request, *args, **kwargs)

    def get_query(self) -> QueryDict:
        return clean_query(self.request.GET)

    def filterset_context(self) -> dict:
        """Keyword arguments for the filterset beyond the query (e.g. a moment in time)."""
        return {}

    def get_queryset(self):
        self.query = self.get_query()
        self.filterset = self.filterset_class.public(self.query, **self.filterset_context())
        self.searching = bool(query_words(self.filterset.values.get("q", "")))
        self.sort = chosen_sort(self.query.get("sort"), self.searching)
        return self.order(self.filterset.qs).for_cards()

    def order(self, queryset: QuerySet) -> QuerySet:
        return sort_queryset(
            queryset, self.sort, title_field=self.title_field, searching=self.searching
        )

    def get_paginator(self, queryset, per_page, **kwargs):
        return KnownCountPaginator(queryset, per_page, count=self.filterset.result_count, **kwargs)

    def paginate_queryset(self, queryset, page_size):
        """The page's rows fetched here, not lazily by the template (`{% if object_list %}`),
        so a profile shows the query in the view and the template only renders."""
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = list(object_list)
        return paginator, page, page.object_list, is_paginated

    def extra_chips(self) -> list[Chip]:
        """Chips for the list's own filters beyond the facets (dates, an age, an organiser)."""
        return []

    def no_results_help(self, facets: list[Facet], query: str) -> dict:
        """When nothing is found: each active facet and the search removed in turn, with the
        results that would give (one count each), and the nearest themes and target groups."""
        relaxations = []
        if query:
            count = self.filterset.queryset_without("q").count()
            relaxations.append(Relaxation(query, query_without(self.query, "q"), count))
        for facet in facets:
            if facet.selected:
                label = ", ".join(option.label for option in facet.selected)
                count = self.filterset.queryset_without(facet.name).count()
                relaxations.append(
                    Relaxation(
                        f"{facet.label}: {label}", query_without(self.query, facet.name), count
                    )
                )
        terms = {
            name: self.filterset.filters[name].terms
            for name in SUGGESTED_FACETS
            if isinstance(self.filterset.filters.get(name), TermFilter)
        }
        near = nearest_facet_terms(query, terms) if query else []
        return {
            "no_results_help": True,
            "relaxations": relaxations,
            "nearest_terms": [
                NearTerm(term.name, f"{self.request.path}?{urlencode({name: term.slug})}")
                for name, term in near
            ],
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        facets = self.filterset.facets()
        chips = [
            Chip(
                f"{facet.label}: {option.label}",
                query_without(self.query, facet.name, value=option.value),
            )
            for facet in facets
            for option in facet.selected
        ]
        query = self.filterset.values.get("q", "")
        suggestion = analyse(query).suggestion if query else ""
        if suggestion:
            corrected = self.query.copy()
            corrected["q"] = suggestion
            corrected.pop("page", None)
            context.update(suggestion=suggestion, suggestion_url=f"?{corrected.urlencode()}")
        if not self.filterset.result_count and (query or chips):
            context.update(self.no_results_help(facets, query))
        context.update(
            filterset=self.filterset,
            facets=facets,
            chips=[*self.extra_chips(), *chips],
            query=query,
            result_count=self.filterset.result_count,
            sort=self.sort,
            sort_choices=sort_choices(self.searching) if self.title_field else [],
            clear_url=self.request.path + (f"?{urlencode({'q': query})}" if query else ""),
            export_url=reverse(self.export_url_name) + feed_query(self.query)
            if self.export_url_name
            else "",
        )
        return context
