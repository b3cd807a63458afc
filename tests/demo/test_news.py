import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from demo.associations import create_demo_associations
from demo.news import FORUM_ITEMS, create_demo_news
from news.models import NewsItem

pytestmark = pytest.mark.django_db


def snapshot():
    return list(
        NewsItem.objects.order_by("slug").values_list("slug", "kind", "association__slug", "lead")
    )


def test_a_year_of_every_kind_some_scheduled_and_rerun_adds_nothing():
    create_demo_associations(count=30, seed=7, logos=False)
    now = timezone.now()
    result = create_demo_news(seed=7, now=now)
    assert result.created == NewsItem.objects.count() > FORUM_ITEMS
    assert set(NewsItem.objects.values_list("kind", flat=True)) == set(NewsItem.Kind.values)
    assert NewsItem.objects.filter(association__isnull=True).count() == FORUM_ITEMS
    assert NewsItem.objects.filter(publish_time__gt=now).exists()
    oldest = NewsItem.objects.order_by("publish_time").first().publish_time
    assert oldest >= now - datetime.timedelta(days=366)
    assert NewsItem.objects.published().count() < NewsItem.objects.count()
    assert NewsItem.objects.filter(themes__isnull=False).distinct().count() == result.created

    first = snapshot()
    assert create_demo_news(seed=7, now=now).created == 0
    NewsItem.objects.all().delete()
    create_demo_news(seed=7, now=now)
    assert snapshot() == first  # deterministic


def test_seed_demo_adds_news(settings):
    settings.DEBUG = True
    call_command("seed_demo", associations=5, seed=3, verbosity=0)
    assert NewsItem.objects.exists()
