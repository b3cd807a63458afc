from core.sitemaps import I18nSitemap
from taxonomy.models import Municipality, Theme


class ThemeSitemap(I18nSitemap):
    def items(self):
        return Theme.objects.all()


class MunicipalitySitemap(I18nSitemap):
    def items(self):
        return Municipality.objects.all()
