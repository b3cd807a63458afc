from core.sitemaps import I18nSitemap
from followup.models import Measure


class MeasureSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Measure.objects.order_by("pk").only("slug", "updated_at")

    def lastmod(self, measure):
        return measure.updated_at
