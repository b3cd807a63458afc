from django.urls import path

from followup import views

app_name = "followup"

urlpatterns = [
    path("seuranta/", views.DashboardView.as_view(), name="dashboard"),
    path("seuranta/<slug:table>.csv", views.TableDownloadView.as_view(), name="table-download"),
    path("strategia/toimenpiteet/", views.MeasureListView.as_view(), name="measure-list"),
    path(
        "strategia/toimenpiteet/<slug:slug>/",
        views.MeasureDetailView.as_view(),
        name="measure-detail",
    ),
]
