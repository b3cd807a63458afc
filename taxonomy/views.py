from django.views.generic import DetailView, TemplateView

from taxonomy.models import Municipality, Spearhead, Theme


class StrategyView(TemplateView):
    template_name = "taxonomy/strategy.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            spearheads=Spearhead.objects.all(), themes=Theme.objects.all(), **kwargs
        )


class ThemeDetailView(DetailView):
    model = Theme
    context_object_name = "theme"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            other_themes=Theme.objects.exclude(pk=self.object.pk), **kwargs
        )


class MunicipalityDetailView(DetailView):
    model = Municipality
    context_object_name = "municipality"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            other_municipalities=Municipality.objects.exclude(pk=self.object.pk), **kwargs
        )
