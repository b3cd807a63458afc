from django.urls import path

from conditions import feeds, views

app_name = "conditions"

urlpatterns = [
    path("toimintaedellytykset/", views.OverviewView.as_view(), name="overview"),
    path("toimintaedellytykset/kysy/", views.DialogueView.as_view(), name="dialogue"),
    path(
        "toimintaedellytykset/kysy/kiitos/",
        views.DialogueThanksView.as_view(),
        name="dialogue-thanks",
    ),
    path("tilat/", views.PremisesListView.as_view(), name="premises-list"),
    path("tilat/<slug:slug>/", views.PremisesDetailView.as_view(), name="premises-detail"),
    path("avustukset/", views.GrantCallListView.as_view(), name="grantcall-list"),
    path("avustukset/arkisto/", views.GrantArchiveView.as_view(), name="grantcall-archive"),
    path("avustukset/kalenteri.ics", views.GrantCalendarView.as_view(), name="grant-calendar"),
    path("avustukset/syote/", feeds.GrantCallFeed(), name="grant-feed"),
    path("avustukset/<slug:slug>/", views.GrantCallDetailView.as_view(), name="grantcall-detail"),
    path("yhteyshenkilot/", views.ContactPersonListView.as_view(), name="contactperson-list"),
    path(
        "yhteyshenkilot/<slug:slug>/kysy/",
        views.ContactPersonDialogueView.as_view(),
        name="contactperson-dialogue",
    ),
]
