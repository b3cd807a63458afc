from django.urls import path

from directory import exports, views

app_name = "directory"

urlpatterns = [
    path("ilmoita-yhdistys/", views.AssociationRegisterView.as_view(), name="register"),
    path(
        "ilmoita-yhdistys/kiitos/",
        views.RegistrationThanksView.as_view(),
        name="registration-thanks",
    ),
    path("yhdistykset/", views.AssociationListView.as_view(), name="association-list"),
    path("yhdistykset/lataa.csv", exports.AssociationCSVView.as_view(), name="association-csv"),
    path(
        "yhdistykset/<slug:slug>/",
        views.AssociationDetailView.as_view(),
        name="association-detail",
    ),
    path(
        "yhdistykset/<slug:slug>/ilmoita-virheesta/",
        views.ErrorReportView.as_view(),
        name="error-report",
    ),
    path(
        "yhdistykset/<slug:slug>/ilmoita-virheesta/kiitos/",
        views.ErrorReportThanksView.as_view(),
        name="error-report-thanks",
    ),
]
