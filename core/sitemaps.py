from django.contrib.sitemaps import Sitemap


class I18nSitemap(Sitemap):
    """Every public page exists in Finnish, Swedish and English; list all three as alternates."""

    i18n = True
    alternates = True
    x_default = True
