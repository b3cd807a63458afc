from django.urls import reverse
from django.utils import timezone

from core.sitemaps import I18nSitemap
from partnership.models import Consultation, PartnerNotice


class PartnershipPagesSitemap(I18nSitemap):
    """The lists of the partnership spearhead."""

    changefreq = "daily"

    def items(self):
        return [
            "partnership:notice-list",
            "partnership:advocacy",
            "partnership:consultation-closed",
        ]

    def location(self, item):
        return reverse(item)


class PartnerNoticeSitemap(I18nSitemap):
    """Current notices only: an expired one answers 410."""

    changefreq = "daily"

    def items(self):
        return (
            PartnerNotice.objects.public(timezone.now()).order_by("pk").only("slug", "updated_at")
        )

    def lastmod(self, notice):
        return notice.updated_at


class ConsultationSitemap(I18nSitemap):
    """Open and closed consultations: a closed one stays with its answers."""

    changefreq = "weekly"

    def items(self):
        return Consultation.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, consultation):
        return consultation.updated_at
