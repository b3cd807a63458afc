from django.urls import path

from directory import views

app_name = "directory"

urlpatterns = [
    path("yhdistykset/", views.AssociationListView.as_view(), name="association-list"),
    path(
        "yhdistykset/<slug:slug>/",
        views.AssociationDetailView.as_view(),
        name="association-detail",
    ),
]
