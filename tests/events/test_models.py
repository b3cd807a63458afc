"""Visibility: `Event.objects.published().upcoming()` / `.past()` are the only rules."""

import datetime
import importlib
from decimal import Decimal

import pytest
from django.apps import apps as django_apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from events.models import Event
from tests.factories import helsinki

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("status", "public"),
    [("draft", False), ("pending", False), ("published", True), ("hidden", False)],
)
def test_only_published_events_are_public(make_event, status, public):
    event = make_event(status=status)
    assert Event.objects.published().filter(pk=event.pk).exists() is public
    assert event.is_published() is public


@pytest.mark.parametrize(
    ("association_status", "public"),
    [("draft", False), ("pending", False), ("published", True), ("hidden", False)],
)
def test_an_event_is_public_only_while_its_association_is(
    make_event, make_association, association_status, public
):
    association = make_association("Järjestäjä ry", status=association_status)
    event = make_event(association=association)
    assert Event.objects.published().filter(pk=event.pk).exists() is public


def test_the_forums_own_events_need_no_association(make_event):
    event = make_event(association=None)
    assert list(Event.objects.published()) == [event]


def test_cancelled_and_postponed_events_stay_public(make_event):
    cancelled = make_event("Peruttu", event_status=Event.EventStatus.CANCELLED)
    postponed = make_event("Siirretty", event_status=Event.EventStatus.POSTPONED)
    assert set(Event.objects.published().upcoming()) == {cancelled, postponed}


def test_upcoming_includes_events_in_progress(make_event):
    now = helsinki(2026, 12, 5, 12, 0)
    running = make_event(
        "Käynnissä", start=helsinki(2026, 12, 5, 10), end=helsinki(2026, 12, 5, 14)
    )
    over = make_event("Ohi", start=helsinki(2026, 12, 5, 8), end=helsinki(2026, 12, 5, 11, 59))
    later = make_event("Myöhemmin", start=helsinki(2026, 12, 6, 10))
    assert set(Event.objects.upcoming(now)) == {running, later}
    assert set(Event.objects.past(now)) == {over}


def test_all_day_event_is_upcoming_all_its_last_day_and_past_at_midnight(make_event):
    event = make_event(
        "Koko päivän", start=helsinki(2026, 12, 5, 15), end=helsinki(2026, 12, 6, 9), all_day=True
    )
    assert event.start == helsinki(2026, 12, 5, 0, 0)
    assert event.end == helsinki(2026, 12, 6, 23, 59, 59)
    assert Event.objects.upcoming(helsinki(2026, 12, 6, 23, 59)).filter(pk=event.pk).exists()
    assert Event.objects.past(helsinki(2026, 12, 7, 0, 0)).filter(pk=event.pk).exists()
    assert not Event.objects.upcoming(helsinki(2026, 12, 7, 0, 0)).filter(pk=event.pk).exists()


def test_midnight_boundary_is_helsinki_time_across_a_daylight_saving_change(make_event):
    # Summer time ends on 25 October 2026 at 04:00 EEST: the day has 25 hours.
    event = make_event(
        "Syyspäivä", start=helsinki(2026, 10, 25, 0), end=helsinki(2026, 10, 25, 0), all_day=True
    )
    assert event.start.utcoffset() == datetime.timedelta(hours=3)
    assert event.end.utcoffset() == datetime.timedelta(hours=2)
    utc = datetime.UTC
    elapsed = event.end.astimezone(utc) - event.start.astimezone(utc)
    assert elapsed == datetime.timedelta(hours=24, minutes=59, seconds=59)
    assert not Event.objects.past(helsinki(2026, 10, 25, 23, 30)).filter(pk=event.pk).exists()
    assert Event.objects.past(helsinki(2026, 10, 26, 0, 0)).filter(pk=event.pk).exists()


def test_end_before_start_is_refused_by_clean_and_the_database(make_event):
    event = Event(
        title="Väärin päin",
        slug="vaarin-pain",
        summary="x",
        start=helsinki(2026, 12, 5, 12),
        end=helsinki(2026, 12, 5, 11),
        place_name="Talo",
    )
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "end" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        event.save()


def test_clean_asks_for_place_link_price_and_image_alt(make_event):
    event = Event(
        title="Puutteellinen",
        slug="puutteellinen",
        summary="x",
        start=helsinki(2026, 12, 5, 12),
        end=helsinki(2026, 12, 5, 13),
        attendance_mode=Event.AttendanceMode.BOTH,
        is_free=False,
        image="events/2026/kuva.png",
    )
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert {"place_name", "municipality", "online_url", "price", "image_alt"} <= set(
        error.value.message_dict
    )


def test_sequence_rises_when_the_schedule_changes_only(make_event):
    event = make_event()
    assert event.sequence == 0
    event.summary = "Uusi kuvaus"
    event.save()
    assert event.sequence == 0
    event.start += datetime.timedelta(hours=1)
    event.end += datetime.timedelta(hours=1)
    event.save()
    event.event_status = Event.EventStatus.CANCELLED
    event.save()
    event.refresh_from_db()
    assert event.sequence == 2


@pytest.mark.parametrize(
    ("price", "amount"), [("10,50 €", Decimal("10.50")), ("10 €, jäsenet 5 €", None)]
)
def test_the_price_amount_is_read_from_a_single_amount(make_event, price, amount):
    event = make_event(is_free=False, price=price)
    event.full_clean()
    assert event.price_amount == amount


def test_a_given_price_amount_is_kept(make_event):
    event = make_event(is_free=False, price="10 €, jäsenet 5 €", price_amount=Decimal(10))
    event.price = "12 €"
    event.full_clean()
    assert event.price_amount == Decimal(10)


def test_the_data_migration_reads_amounts_from_existing_prices(make_event):
    migration = importlib.import_module("events.migrations.0004_price_amount_from_text")
    one = make_event("Yksi", is_free=False, price="10,50 €")
    two = make_event("Kaksi", is_free=False, price="10 €, jäsenet 5 €")
    free = make_event("Ilmainen", is_free=True, price="10 €")
    migration.amounts_from_text(django_apps, None)
    amounts = dict(Event.objects.values_list("title", "price_amount"))
    assert amounts == {one.title: Decimal("10.50"), two.title: None, free.title: None}
