from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.templatetags.static import static as static_url
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView

from core import views as core_views
from core.sitemaps import cached_sitemap
from core.view_on_site import view_on_site
from events import api as event_api
from opendata import embeds
from paijat.sitemaps import SITEMAPS

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("robots.txt", core_views.robots_txt, name="robots-txt"),
    # Open data for other sites: not language-prefixed (content is served as written).
    path("api/hsds/", include("opendata.urls")),
    path("api/events/", event_api.event_list, name="event-api"),
    # Pages without a <link rel="icon">, such as the admin's, make browsers ask for this.
    path(
        "favicon.ico",
        RedirectView.as_view(url=lazy(static_url, str)("img/favicon.svg"), permanent=True),
    ),
    path(
        "sitemap.xml",
        cached_sitemap(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        cached_sitemap(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
]

urlpatterns += i18n_patterns(
    path("", include("portal.urls")),
    path("", include("pages.urls")),
    path("", include("directory.urls")),
    path("", include("events.urls")),
    path("", include("news.urls")),
    path("", include("services.urls")),
    path("", include("conditions.urls")),
    path("", include("followup.urls")),
    path("upotus/", embeds.EmbedGeneratorView.as_view(), name="embed-generator"),
    path("upotus/<slug:kind>/", embeds.WidgetView.as_view(), name="embed-widget"),
    path("", include("partnership.urls")),
    path("hallinta/", include("accounts.urls")),
    # Ahead of the admin's own view of the same address, which checks no visibility.
    path(
        "hallinta/r/<int:content_type_id>/<path:object_id>/",
        admin.site.admin_view(view_on_site),
    ),
    path("hallinta/", admin.site.urls),
    prefix_default_language=False,
)

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler500 = "core.views.server_error"
