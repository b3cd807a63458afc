from django.urls import path

from portal import printing, views

app_name = "portal"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("strategia/", views.StrategyView.as_view(), name="strategy"),
    path("haku/", views.SearchView.as_view(), name="search"),
    path("teemat/", views.ThemeListView.as_view(), name="theme-list"),
    path("teemat/<slug:slug>/", views.ThemeDetailView.as_view(), name="theme-detail"),
    path("teemat/<slug:slug>/tulosta/", printing.ThemePrintView.as_view(), name="theme-print"),
    path("kunnat/", views.MunicipalityListView.as_view(), name="municipality-list"),
    path("kunnat/<slug:slug>/", views.MunicipalityDetailView.as_view(), name="municipality-detail"),
    path(
        "kunnat/<slug:slug>/tulosta/",
        printing.MunicipalityPrintView.as_view(),
        name="municipality-print",
    ),
]
