from django.urls import path

from events import exports, views

app_name = "events"

urlpatterns = [
    path("tapahtumat/", views.EventListView.as_view(), name="event-list"),
    path("tapahtumat/menneet/", views.PastEventListView.as_view(), name="past-event-list"),
    path("tapahtumat/lataa.csv", exports.EventCSVView.as_view(), name="event-csv"),
    path(
        "tapahtumat/menneet/lataa.csv",
        exports.PastEventCSVView.as_view(),
        name="past-event-csv",
    ),
    path("tapahtumat/kalenteri.ics", views.EventCalendarView.as_view(), name="calendar"),
    path("tapahtumat/<slug:slug>/", views.EventDetailView.as_view(), name="event-detail"),
    path(
        "tapahtumat/<slug:slug>/kalenteri.ics",
        views.event_calendar_file,
        name="event-calendar",
    ),
]
