from core.sitemaps import I18nSitemap
from events.models import Event


class EventSitemap(I18nSitemap):
    changefreq = "daily"

    def items(self):
        return Event.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, event):
        return event.updated_at
