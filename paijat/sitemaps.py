"""The site's sitemap sections; `/sitemap.xml` is their index, each section paginated."""

from core.sitemaps import StaticViewSitemap
from directory.sitemaps import AssociationSitemap
from pages.sitemaps import PageSitemap
from taxonomy.sitemaps import MunicipalitySitemap, ThemeSitemap

SITEMAPS = {
    "sivut": StaticViewSitemap,
    "teemat": ThemeSitemap,
    "kunnat": MunicipalitySitemap,
    "tietosivut": PageSitemap,
    "yhdistykset": AssociationSitemap,
}
