from core.sitemaps import I18nSitemap
from directory.models import Association


class AssociationSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Association.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, association):
        return association.updated_at
