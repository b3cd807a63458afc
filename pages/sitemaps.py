from core.sitemaps import I18nSitemap
from pages.models import Page


class PageSitemap(I18nSitemap):
    changefreq = "yearly"

    def items(self):
        return Page.objects.all()

    def lastmod(self, page):
        return page.updated_at
