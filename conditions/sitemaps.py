from django.urls import reverse

from conditions.models import GrantCall, Premises
from core.sitemaps import I18nSitemap


class ConditionsPagesSitemap(I18nSitemap):
    """The overview and the lists of the operating-conditions spearhead."""

    changefreq = "daily"

    def items(self):
        return [
            "conditions:overview",
            "conditions:premises-list",
            "conditions:grantcall-list",
            "conditions:grantcall-archive",
            "conditions:contactperson-list",
            "conditions:dialogue",
        ]

    def location(self, item):
        return reverse(item)


class PremisesSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Premises.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, premises):
        return premises.updated_at


class GrantCallSitemap(I18nSitemap):
    changefreq = "daily"

    def items(self):
        return GrantCall.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, call):
        return call.updated_at
