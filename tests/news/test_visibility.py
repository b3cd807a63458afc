"""`NewsItem.objects.published()` is the one visibility rule: the item's status, its author's
status and its publish time together; every public page, feed and sitemap follows it."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from news.models import NewsItem

pytestmark = pytest.mark.django_db


def visible(item, now=None) -> bool:
    return NewsItem.objects.published(now).filter(pk=item.pk).exists()


@pytest.mark.parametrize(
    ("status", "shown"),
    [("published", True), ("draft", False), ("pending", False), ("hidden", False)],
)
def test_the_items_own_status(make_news, make_association, status, shown):
    item = make_news(association=make_association(), status=status)
    assert visible(item) is shown
    assert item.is_published() is shown


@pytest.mark.parametrize(
    ("status", "shown"),
    [("published", True), ("draft", False), ("pending", False), ("hidden", False)],
)
def test_the_author_associations_status(make_news, make_association, status, shown):
    item = make_news(association=make_association(status=status))
    assert visible(item) is shown


def test_the_forums_own_news_has_no_association(make_news):
    assert visible(make_news(association=None))


def test_a_scheduled_item_appears_at_its_publish_time(make_news, make_association):
    item = make_news(association=make_association(), ago=-2)  # two hours ahead
    assert not visible(item)
    assert visible(item, now=item.publish_time)
    assert not visible(item, now=item.publish_time - datetime.timedelta(seconds=1))
    assert visible(item, now=timezone.now() + datetime.timedelta(hours=3))


def test_hidden_and_scheduled_items_are_nowhere_in_public(client, make_news, make_association):
    published = make_association("Julkinen ry")
    shown = make_news("Näkyvä uutinen", association=published)
    hidden_author = make_news(
        "Piilotetun yhdistyksen uutinen", association=make_association("Luonnos ry", status="draft")
    )
    scheduled = make_news("Ajastettu uutinen", association=published, ago=-5)
    hidden = make_news("Piilotettu uutinen", association=published, status="hidden")
    pages = [
        client.get(reverse("news:newsitem-list")).content.decode(),
        client.get(reverse("news:feed-rss")).content.decode(),
        client.get(reverse("news:feed-atom")).content.decode(),
        client.get(published.get_absolute_url()).content.decode(),
        client.get(reverse("portal:home")).content.decode(),
        client.get("/sitemap-uutiset.xml").content.decode(),
    ]
    for page in pages:
        assert shown.slug in page or shown.title in page
        for item in (hidden_author, scheduled, hidden):
            assert item.slug not in page and item.title not in page
    for item in (hidden_author, scheduled, hidden):
        assert client.get(item.get_absolute_url()).status_code == 404
    assert client.get(shown.get_absolute_url()).status_code == 200
