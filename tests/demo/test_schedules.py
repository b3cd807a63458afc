"""Demo schedules: some demo events repeat weekly and many groups meet weekly, skipping the
school holidays; the repeating events' occurrences are stored for the calendar."""

import datetime

import pytest

from demo.events import DEFAULT_COUNT
from demo.schedules import school_holiday, season
from demo.seeding import create_demo_data
from events.models import Event, EventOccurrence
from services.models import Service

from .conftest import NOW

pytestmark = pytest.mark.django_db


def test_demo_events_and_services_get_weekly_schedules():
    create_demo_data(count=60, seed=2026, events=DEFAULT_COUNT, logos=False, now=NOW)
    repeating = list(Event.objects.exclude(repeat_rule=""))
    assert repeating
    for event in repeating:
        event.full_clean()
        dates = event.recurrence.dates()
        assert event.recurrence.errors() == {}
        assert timezone_date(event.start) == dates[0]
        assert not any(school_holiday(day) for day in dates)
        rows = EventOccurrence.objects.filter(event=event)
        assert [timezone_date(row.start) for row in rows] == dates
    services = list(Service.objects.exclude(repeat_rule=""))
    assert len(services) >= 5
    first, last = season(NOW.date())
    for service in services:
        schedule = service.recurrence
        assert schedule.first_day >= first and schedule.last_day == last
        assert schedule.exceptions and not any(school_holiday(d) for d in schedule.dates())
        assert service.schedule == ""
    assert Service.objects.filter(repeat_rule="").exclude(schedule="").exists()


def test_a_season_runs_from_september_to_may():
    assert season(datetime.date(2026, 12, 2)) == (
        datetime.date(2026, 9, 1),
        datetime.date(2027, 5, 31),
    )
    assert season(datetime.date(2027, 3, 1)) == (
        datetime.date(2026, 9, 1),
        datetime.date(2027, 5, 31),
    )
    assert season(datetime.date(2027, 6, 10)) == (
        datetime.date(2027, 9, 1),
        datetime.date(2028, 5, 31),
    )


def timezone_date(moment):
    from django.utils import timezone

    return timezone.localtime(moment).date()
