from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class I18nSitemap(Sitemap):
    """Every public page exists in Finnish, Swedish and English; list all three as alternates."""

    i18n = True
    alternates = True
    x_default = True


class StaticViewSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return [
            "core:home",
            "taxonomy:strategy",
            "directory:association-list",
            "directory:register",
            "services:service-list",
            "events:event-list",
            "news:newsitem-list",
        ]

    def location(self, item):
        return reverse(item)
