from django.db.models.functions import Collate
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView

from core.facets import search_allowed
from core.pagecache import reader_cached
from core.search import MAX_QUERY_LENGTH, query_words
from core.text import strip_control_characters
from directory.models import Association
from followup.models import Measure
from news.models import NewsItem
from portal.search import nearest_terms, search_everything, suggestion
from portal.tagged import PARAMETERS, tagged_counts, with_counts
from taxonomy.models import Municipality, Spearhead, Theme

PREVIEW_SIZE = 6


@reader_cached(moves_with_clock=True)
class HomeView(TemplateView):
    template_name = "portal/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            themes=Theme.objects.all(),
            municipalities=Municipality.objects.all(),
            association_count=Association.objects.published().count(),
            **kwargs,
        )


class StrategyView(TemplateView):
    template_name = "portal/strategy.html"

    def get_context_data(self, **kwargs):
        spearheads = list(with_counts(Spearhead.objects.all()))
        measures = {spearhead.pk: [] for spearhead in spearheads}
        for measure in Measure.objects.with_latest_note().order_by("position", "title"):
            measures[measure.spearhead_id].append(measure)
        for spearhead in spearheads:
            spearhead.tagged = tagged_counts(spearhead)
            spearhead.measure_list = measures[spearhead.pk]
        # The advocacy spearhead asks for statements and consultation responses.
        advocacy_url = "{}?{}".format(
            reverse("news:newsitem-list"),
            urlencode([("kind", kind) for kind in NewsItem.ADVOCACY_KINDS]),
        )
        return super().get_context_data(
            spearheads=spearheads,
            themes=Theme.objects.all(),
            advocacy_url=advocacy_url,
            **kwargs,
        )


class TermListView(ListView):
    """`/teemat/`, `/kunnat/`: every term of a vocabulary with what is tagged with it, counted
    in one query."""

    template_name = "portal/term_list.html"
    context_object_name = "terms"
    title: str
    intro: str

    def get_queryset(self):
        terms = list(with_counts(self.model.objects.all()))
        for term in terms:
            term.tagged = tagged_counts(term)
        return terms

    def get_context_data(self, **kwargs):
        return super().get_context_data(title=self.title, intro=self.intro, **kwargs)


@reader_cached(moves_with_clock=True)
class ThemeListView(TermListView):
    model = Theme
    title = _("Wellbeing themes")
    intro = _(
        "The four wellbeing and health (HYTE) themes of Päijät-Häme guide the work of the "
        "associations and the wellbeing services county alike. Choose a theme to see its "
        "associations, activities, events and news."
    )


@reader_cached(moves_with_clock=True)
class MunicipalityListView(TermListView):
    model = Municipality
    title = _("Municipalities")
    intro = _(
        "The ten municipalities of Päijät-Häme. Choose yours to see the associations, "
        "activities, events and news near you."
    )


class TermPageView(DetailView):
    """A theme's or a municipality's page (one template): counts of everything tagged with the
    term, upcoming events, activities, associations and news, each with the way to the rest."""

    template_name = "portal/term_detail.html"
    context_object_name = "term"
    #: The Association relation to the term, and the term's index page.
    relation: str
    index_url_name: str
    index_title: str

    def get_queryset(self):
        return with_counts(self.model.objects.all())

    def get_context_data(self, **kwargs):
        term = self.object
        facet = PARAMETERS[self.model]
        tagged = Association.objects.published().filter(**{self.relation: term})
        return super().get_context_data(
            # The preview tags take the term as `theme` or as `municipality`.
            theme=term if self.model is Theme else None,
            municipality=term if self.model is Municipality else None,
            tagged=tagged_counts(term),
            associations=tagged.for_cards().order_by(Collate("name", "fi"), "pk")[:PREVIEW_SIZE],
            association_count=term.associations_count,
            directory_url=f"{reverse('directory:association-list')}?{facet}={term.slug}",
            index_url=reverse(self.index_url_name),
            index_title=self.index_title,
            others=self.model.objects.exclude(pk=term.pk),
            **kwargs,
        )


@reader_cached(moves_with_clock=True)
class ThemeDetailView(TermPageView):
    model = Theme
    relation = "themes"
    index_url_name = "portal:theme-list"
    index_title = _("Wellbeing themes")


@reader_cached(moves_with_clock=True)
class MunicipalityDetailView(TermPageView):
    model = Municipality
    relation = "operating_municipalities"
    index_url_name = "portal:municipality-list"
    index_title = _("Municipalities")


class SearchView(TemplateView):
    """`/haku/?q=…`: associations, activities and services, upcoming events, news, premises and
    grant calls found by one search, each section with its count and the way to its list."""

    template_name = "portal/search.html"

    def get(self, request, *args, **kwargs):
        self.query = strip_control_characters(request.GET.get("q", ""), multiline=False)[
            :MAX_QUERY_LENGTH
        ]
        self.searching = bool(query_words(self.query))
        if self.searching and not search_allowed(request):
            return render(request, "includes/search_rate_limited.html", status=429)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        found = search_everything(self.query) if self.searching else []
        total = sum(section.count for section in found)
        corrected = suggestion(self.query) if self.searching else ""
        return super().get_context_data(
            query=self.query,
            searching=self.searching,
            sections=found,
            total=total,
            suggestion=corrected,
            suggestion_url=f"?{urlencode({'q': corrected})}" if corrected else "",
            nearest_terms=nearest_terms(self.query) if self.searching and not total else [],
            **kwargs,
        )
