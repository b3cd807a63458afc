from django.urls import path

from services import exports, views

app_name = "services"

urlpatterns = [
    path("palvelut/", views.ServiceListView.as_view(), name="service-list"),
    path("palvelut/lataa.csv", exports.ServiceCSVView.as_view(), name="service-csv"),
    path("palvelut/<slug:slug>/", views.ServiceDetailView.as_view(), name="service-detail"),
    path(
        "palvelut/<slug:slug>/kalenteri.ics",
        views.service_calendar_file,
        name="service-calendar",
    ),
]
