from django.urls import reverse

from core.sitemaps import I18nSitemap


class StaticViewSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return [
            "portal:home",
            "portal:strategy",
            "followup:dashboard",
            "followup:measure-list",
            "portal:theme-list",
            "portal:municipality-list",
            "directory:association-list",
            "directory:register",
            "services:service-list",
            "events:event-list",
            "news:newsitem-list",
            "pages:guide-list",
        ]

    def location(self, item):
        return reverse(item)
