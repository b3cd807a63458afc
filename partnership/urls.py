from django.urls import path

from partnership import feeds, views

app_name = "partnership"

urlpatterns = [
    path("yhteistyo/", views.NoticeListView.as_view(), name="notice-list"),
    path("yhteistyo/syote/", feeds.PartnerNoticeFeed(), name="notice-feed"),
    path("yhteistyo/jatka/<str:token>/", views.NoticeExtendView.as_view(), name="notice-extend"),
    path("yhteistyo/<slug:slug>/", views.NoticeDetailView.as_view(), name="notice-detail"),
    path("yhteistyo/<slug:slug>/kiitos/", views.NoticeThanksView.as_view(), name="notice-thanks"),
]
