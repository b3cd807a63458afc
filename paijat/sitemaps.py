"""The site's sitemap sections; `/sitemap.xml` is their index, each section paginated."""

from conditions.sitemaps import ConditionsPagesSitemap, GrantCallSitemap, PremisesSitemap
from directory.sitemaps import AssociationSitemap
from events.sitemaps import EventSitemap
from followup.sitemaps import MeasureSitemap
from news.sitemaps import NewsItemSitemap
from pages.sitemaps import GuideSitemap, PageSitemap
from partnership.sitemaps import (
    ConsultationSitemap,
    PartnerNoticeSitemap,
    PartnershipPagesSitemap,
)
from portal.sitemaps import StaticViewSitemap
from services.sitemaps import ServiceSitemap
from taxonomy.sitemaps import MunicipalitySitemap, ThemeSitemap

SITEMAPS = {
    "sivut": StaticViewSitemap,
    "teemat": ThemeSitemap,
    "kunnat": MunicipalitySitemap,
    "tietosivut": PageSitemap,
    "ohjeet": GuideSitemap,
    "yhdistykset": AssociationSitemap,
    "tapahtumat": EventSitemap,
    "palvelut": ServiceSitemap,
    "uutiset": NewsItemSitemap,
    "toimintaedellytykset": ConditionsPagesSitemap,
    "tilat": PremisesSitemap,
    "avustukset": GrantCallSitemap,
    "toimenpiteet": MeasureSitemap,
    "yhteistyo": PartnershipPagesSitemap,
    "yhteistyoilmoitukset": PartnerNoticeSitemap,
    "lausuntopyynnot": ConsultationSitemap,
}
