import datetime
from collections import Counter

import pytest
from django.utils import timezone

from demo.bulk import Terms
from demo.news import create_demo_news, forum_items
from demo.seeding import create_demo_data
from news.models import NewsItem

from .conftest import NOW

# Words in a title and the months such an item may be published in.
SEASONS = {
    "syyskokoukseen": {9, 10, 11, 12},
    "höstmöte": {9, 10, 11, 12},
    "kevätkokoukseen": {3, 4, 5, 6},
    "vårmöte": {3, 4, 5, 6},
    "kevätkausi alkaa": {1, 2},
    "syyskausi alkaa": {8, 9},
    "kesäretken": {6, 7, 8},
    "joulukonsertti": {12, 1},
    "pilkkikisat": {3, 4},
}


def snapshot():
    return list(
        NewsItem.objects.order_by("slug").values_list("slug", "kind", "association__slug", "lead")
    )


@pytest.fixture
def seeded(db):
    data = create_demo_data(count=60, seed=7, events=0, logos=False, now=NOW)
    return data


def test_a_year_of_every_kind_some_scheduled_and_rerun_adds_nothing(seeded):
    assert seeded.news.created == NewsItem.objects.count() > forum_items() > 5
    assert set(NewsItem.objects.values_list("kind", flat=True)) == set(NewsItem.Kind.values)
    assert NewsItem.objects.filter(association__isnull=True).count() == forum_items()
    assert NewsItem.objects.filter(publish_time__gt=NOW).exists()
    oldest = NewsItem.objects.order_by("publish_time").first().publish_time
    assert oldest >= NOW - datetime.timedelta(days=366)
    assert NewsItem.objects.published(NOW).count() < NewsItem.objects.count()
    assert not NewsItem.objects.filter(themes=None).exists()
    assert not NewsItem.objects.filter(spearheads=None).exists()

    first = snapshot()
    assert create_demo_news(seeded.authors, seed=7, terms=Terms(), now=NOW).created == 0
    NewsItem.objects.all().delete()
    create_demo_news(seeded.authors, seed=7, terms=Terms(), now=NOW)
    assert snapshot() == first  # deterministic


def test_news_is_published_in_its_season(seeded):
    checked = Counter()
    for item in NewsItem.objects.select_related("association"):
        month = timezone.localtime(item.publish_time).month
        title = item.title.lower().replace(
            item.association.name.lower() if item.association else "", ""
        )
        for word, months in SEASONS.items():
            if word in title:
                assert month in months, (item.title, item.publish_time)
                checked[word] += 1
    assert checked


@pytest.mark.django_db
def test_a_year_of_news_by_many_associations_is_in_season_and_fits_them():
    data = create_demo_data(count=300, seed=11, events=0, logos=False, now=NOW)
    items = NewsItem.objects.select_related("association").prefetch_related("target_groups")
    records = {author.pk: author.record for author in data.authors}
    checked = Counter()
    for item in items:
        month = timezone.localtime(item.publish_time).month
        title = item.title.lower().replace(
            item.association.name.lower() if item.association else "", ""
        )
        for word, months in SEASONS.items():
            if word in title:
                assert month in months, (item.title, item.publish_time)
                checked[word] += 1
        if item.association_id:
            served = {*records[item.association_id].target_groups, "kaikki"}
            assert {g.slug for g in item.target_groups.all()} <= served
    assert {"syyskokoukseen", "kevätkokoukseen"} <= set(checked)
    forum = NewsItem.objects.filter(association=None)
    assert set(forum.values_list("spearheads__slug", flat=True)) == {
        "nakyvyys-ja-tunnettuus", "toimintaedellytykset", "kumppanuus",
        "vaikuttaminen-ja-yhdessa-kehittaminen", "palvelutoiminta",
    }  # fmt: skip
