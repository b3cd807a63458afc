from django.urls import path

from pages.views import GuideDetailView, GuideListView, PageDetailView

app_name = "pages"

# The slug doubles as the URL name so that Page.get_absolute_url can reverse it.
FIXED_PAGES = ["saavutettavuus", "tietosuoja"]

urlpatterns = [
    path(f"{slug}/", PageDetailView.as_view(), {"page_slug": slug}, name=slug)
    for slug in FIXED_PAGES
] + [
    path("ohjeet/", GuideListView.as_view(), name="guide-list"),
    path("ohjeet/<slug:slug>/", GuideDetailView.as_view(), name="guide-detail"),
]
