from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from pages.models import Page
from taxonomy.models import Municipality, Theme


class I18nSitemap(Sitemap):
    """Every public page exists in Finnish, Swedish and English; list all three as alternates."""

    i18n = True
    alternates = True
    x_default = True


class StaticViewSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return ["core:home", "taxonomy:strategy"]

    def location(self, item):
        return reverse(item)


class ThemeSitemap(I18nSitemap):
    def items(self):
        return Theme.objects.all()


class MunicipalitySitemap(I18nSitemap):
    def items(self):
        return Municipality.objects.all()


class PageSitemap(I18nSitemap):
    changefreq = "yearly"

    def items(self):
        return Page.objects.all()

    def lastmod(self, page):
        return page.updated_at


sitemaps = {
    "static": StaticViewSitemap,
    "themes": ThemeSitemap,
    "municipalities": MunicipalitySitemap,
    "pages": PageSitemap,
}
