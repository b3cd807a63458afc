import datetime
from collections import Counter

import pytest
from django.utils import timezone

from demo.associations import create_demo_associations
from demo.events import DEFAULT_COUNT, create_demo_events
from events.models import Event

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 2, 12, tzinfo=timezone.get_default_timezone())


@pytest.fixture
def seeded():
    create_demo_associations(count=40, logos=False)
    result = create_demo_events(now=NOW)
    assert result.created == DEFAULT_COUNT
    return Event.objects.all()


def test_demo_events_are_spread_and_varied(seeded):
    starts = [timezone.localtime(event.start) for event in seeded]
    assert min(starts).date() >= NOW.date() - datetime.timedelta(days=92)
    assert max(starts).date() <= NOW.date() + datetime.timedelta(days=186)
    assert Event.objects.past(NOW).count() > 50 and Event.objects.upcoming(NOW).count() > 100
    assert len({start.weekday() for start in starts}) == 7
    assert (
        len(Counter(seeded.exclude(municipality=None).values_list("municipality", flat=True))) >= 8
    )
    assert seeded.filter(event_status=Event.EventStatus.CANCELLED).exists()
    assert seeded.filter(attendance_mode=Event.AttendanceMode.ONLINE).exists()
    assert any(event.is_multi_day for event in seeded.filter(all_day=True))
    assert seeded.filter(association=None).exists()
    assert Event.objects.published().count() > 150
    assert seeded.filter(themes__slug="mielen-hyvinvointi").exists()
    for event in seeded[:50]:
        event.full_clean()


def test_running_again_adds_nothing(seeded):
    again = create_demo_events(now=NOW)
    assert (again.created, again.skipped) == (0, DEFAULT_COUNT)


def test_seed_demo_adds_events(settings):
    from django.core.management import call_command

    settings.DEBUG = True
    call_command("seed_demo", "--associations", "20", stdout=__import__("io").StringIO())
    assert Event.objects.published().exists()
