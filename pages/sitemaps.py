from core.sitemaps import I18nSitemap
from pages.models import Guide, Page


class PageSitemap(I18nSitemap):
    changefreq = "yearly"

    def items(self):
        return Page.objects.all()

    def lastmod(self, page):
        return page.updated_at


class GuideSitemap(I18nSitemap):
    """The published guides (their index is among the static views)."""

    changefreq = "monthly"

    def items(self):
        return Guide.objects.published().order_by("pk")

    def lastmod(self, guide):
        return guide.updated_at
