from django.urls import path

from news import feeds, views

app_name = "news"

urlpatterns = [
    path("uutiset/", views.NewsItemListView.as_view(), name="newsitem-list"),
    path("uutiset/syote/", feeds.NewsFeed(), name="feed-rss"),
    path("uutiset/atom/", feeds.NewsAtomFeed(), name="feed-atom"),
    path("uutiset/<slug:slug>/", views.NewsItemDetailView.as_view(), name="newsitem-detail"),
]
