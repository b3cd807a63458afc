from django.db.models.functions import Collate
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView, TemplateView

from core.pagecache import reader_cached
from directory.models import Association
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
        for spearhead in spearheads:
            spearhead.tagged = tagged_counts(spearhead)
        return super().get_context_data(spearheads=spearheads, themes=Theme.objects.all(), **kwargs)


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
