"""`/haku/`: one search box over every kind of content, in sections with counts and the way to
each full list with the query kept.

Each section is what its own list shows (`FacetedFilterSet.public_queryset`, the same moment in
time as the list would take) searched with the model's `search_index`, its first few results
and their total in one query (a window count), so the page runs a fixed number of queries:
one per section, plus the query's analysis (`core.search.analyse`) when not yet remembered."""

from dataclasses import dataclass, field

from django.db.models import Count, F, QuerySet, Window
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from conditions.filters import GrantCallFilterSet, PremisesFilterSet
from core.clock import current_minute
from core.facets import FacetedFilterSet, load_facet_terms
from core.search import analyse, nearest_facet_terms
from directory.filters import AssociationFilterSet
from events.filters import EventFilterSet
from news.filters import NewsItemFilterSet
from services.filters import ServiceFilterSet
from taxonomy.models import TargetGroup, Theme

SECTION_SIZE = 5


@dataclass
class Section:
    key: str
    heading: str
    filterset_class: type[FacetedFilterSet]
    list_url_name: str
    #: The field shown as each result's text (and its date, if any).
    text_field: str
    date_field: str = ""
    #: The list's moment in time, if it moves with the clock.
    timed: bool = False
    results: list = field(default_factory=list)
    count: int = 0
    #: The full list with the query kept.
    list_url: str = ""

    @property
    def model(self):
        return self.filterset_class._meta.model

    def queryset(self, moment) -> QuerySet:
        context = {"moment": moment} if self.timed else {}
        if self.filterset_class is NewsItemFilterSet:
            context = {"now": moment}
        return self.filterset_class.public_queryset(**context)


def sections() -> list[Section]:
    return [
        Section("associations", _("Associations"), AssociationFilterSet,
                "directory:association-list", "short_description"),
        Section("services", _("Activities and services"), ServiceFilterSet,
                "services:service-list", "short_description"),
        Section("events", _("Upcoming events"), EventFilterSet, "events:event-list", "summary",
                date_field="start", timed=True),
        Section("news", _("News"), NewsItemFilterSet, "news:newsitem-list", "lead",
                date_field="publish_time", timed=True),
        Section("premises", _("Premises"), PremisesFilterSet, "conditions:premises-list",
                "short_description"),
        Section("grants", _("Grant calls"), GrantCallFilterSet, "conditions:grantcall-list",
                "summary", date_field="closes_at", timed=True),
    ]  # fmt: skip


def search_everything(text: str) -> list[Section]:
    """Every section with its first results (best first) and their total."""
    moment = current_minute()
    found = []
    for section in sections():
        index = section.model.search_index
        results = list(
            index.search(section.queryset(moment), text)
            .annotate(total=Window(Count("pk")))
            .order_by(F("rank").desc(), index.title_field, "pk")[:SECTION_SIZE]
        )
        section.results = results
        section.count = results[0].total if results else 0
        section.list_url = f"{reverse(section.list_url_name)}?{urlencode({'q': text})}"
        found.append(section)
    return found


def suggestion(text: str) -> str:
    """The query with misspelt words corrected, or ""."""
    return analyse(text).suggestion


@dataclass
class NearestTerm:
    label: str
    url: str


def nearest_terms(text: str) -> list[NearestTerm]:
    """The wellbeing themes and target groups nearest to what was asked for (the themes when
    none is near), as links: a theme's page, the directory by target group. One query."""
    terms = load_facet_terms({"theme": Theme, "target_group": TargetGroup})
    near = nearest_facet_terms(text, terms) or [("theme", term) for term in terms["theme"]]
    return [NearestTerm(term.name, term_url(facet, term.slug)) for facet, term in near]


def term_url(facet: str, slug: str) -> str:
    if facet == "theme":
        return reverse("portal:theme-detail", kwargs={"slug": slug})
    return f"{reverse('directory:association-list')}?{urlencode({facet: slug})}"
