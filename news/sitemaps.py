from core.sitemaps import I18nSitemap
from news.models import NewsItem


class NewsItemSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return NewsItem.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at
