from django.db.models.functions import Collate
from django.urls import reverse
from django.views.generic import DetailView, TemplateView

from directory.models import Association
from taxonomy.models import Municipality, Spearhead, Theme

PREVIEW_SIZE = 6


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
        return super().get_context_data(
            spearheads=Spearhead.objects.all(), themes=Theme.objects.all(), **kwargs
        )


class TermPageView(DetailView):
    """A term's own page: a preview of what is tagged with it and the way to the rest."""

    #: The directory's query parameter for this vocabulary, and the Association relation.
    facet: str
    relation: str

    def get_context_data(self, **kwargs):
        tagged = Association.objects.published().filter(**{self.relation: self.object})
        return super().get_context_data(
            associations=tagged.for_cards().order_by(Collate("name", "fi"), "pk")[:PREVIEW_SIZE],
            association_count=tagged.count(),
            directory_url=f"{reverse('directory:association-list')}?{self.facet}={self.object.slug}",
            others=self.model.objects.exclude(pk=self.object.pk),
            **kwargs,
        )


class ThemeDetailView(TermPageView):
    model = Theme
    template_name = "portal/theme_detail.html"
    context_object_name = "theme"
    facet = "theme"
    relation = "themes"


class MunicipalityDetailView(TermPageView):
    model = Municipality
    template_name = "portal/municipality_detail.html"
    context_object_name = "municipality"
    facet = "municipality"
    relation = "operating_municipalities"
