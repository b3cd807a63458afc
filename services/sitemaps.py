from core.sitemaps import I18nSitemap
from services.models import Service


class ServiceSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Service.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, service):
        return service.updated_at
