from django.urls import path

from partnership import feeds, views

app_name = "partnership"

urlpatterns = [
    path("yhteistyo/", views.NoticeListView.as_view(), name="notice-list"),
    path("yhteistyo/syote/", feeds.PartnerNoticeFeed(), name="notice-feed"),
    path("yhteistyo/jatka/<str:token>/", views.NoticeExtendView.as_view(), name="notice-extend"),
    path("yhteistyo/<slug:slug>/", views.NoticeDetailView.as_view(), name="notice-detail"),
    path("yhteistyo/<slug:slug>/kiitos/", views.NoticeThanksView.as_view(), name="notice-thanks"),
    path("vaikuttaminen/", views.AdvocacyView.as_view(), name="advocacy"),
    path("vaikuttaminen/syote/", feeds.StatementFeed(), name="statement-feed"),
    path(
        "vaikuttaminen/kalenteri.ics",
        views.ConsultationCalendarView.as_view(),
        name="consultation-calendar",
    ),
    path(
        "vaikuttaminen/paattyneet/",
        views.ClosedConsultationListView.as_view(),
        name="consultation-closed",
    ),
    path(
        "vaikuttaminen/<slug:slug>/",
        views.ConsultationDetailView.as_view(),
        name="consultation-detail",
    ),
]
