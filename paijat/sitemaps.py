"""The site's sitemap sections; `/sitemap.xml` is their index, each section paginated."""

from directory.sitemaps import AssociationSitemap
from events.sitemaps import EventSitemap
from news.sitemaps import NewsItemSitemap
from pages.sitemaps import PageSitemap
from portal.sitemaps import StaticViewSitemap
from services.sitemaps import ServiceSitemap
from taxonomy.sitemaps import MunicipalitySitemap, ThemeSitemap

SITEMAPS = {
    "sivut": StaticViewSitemap,
    "teemat": ThemeSitemap,
    "kunnat": MunicipalitySitemap,
    "tietosivut": PageSitemap,
    "yhdistykset": AssociationSitemap,
    "tapahtumat": EventSitemap,
    "palvelut": ServiceSitemap,
    "uutiset": NewsItemSitemap,
}
