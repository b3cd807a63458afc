"""Repeating events: their occurrences on their days in the calendar and its date filters
(exceptions skipped), upcoming and past, the detail page, RRULE/EXDATE in iCalendar (read back
with icalendar, expanded with dateutil), the admin form of a contact, and copying."""

import datetime

import pytest
from dateutil import rrule
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.text import capfirst

from accounts.roles import CONTACTS
from core.schedules import WEEKLY, Schedule
from directory.models import Membership
from events.models import Event, EventOccurrence
from tests.events.test_admin import admin_url, form_data
from tests.factories import helsinki
from tests.validators import assert_valid_calendar

pytestmark = pytest.mark.django_db

URL = "/tapahtumat/"
NOW = helsinki(2026, 12, 2, 12, 0)  # a Wednesday
EXCEPTIONS = (datetime.date(2026, 12, 8), datetime.date(2026, 12, 22))


@pytest.fixture(autouse=True)
def _render_every_page(settings):
    """These tests count the view's queries, so every page is rendered, not served whole from
    the page cache (tests/core/test_pagecache.py tests that)."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture(autouse=True)
def _fixed_now(monkeypatch):
    monkeypatch.setattr("events.views.current_moment", lambda: NOW)


def tuesdays(**changes) -> Schedule:
    fields = {
        "frequency": WEEKLY,
        "weekdays": (1,),
        "first_day": datetime.date(2026, 9, 1),
        "last_day": datetime.date(2027, 5, 31),
        "starts": datetime.time(18),
        "ends": datetime.time(20),
        "exceptions": EXCEPTIONS,
    }
    return Schedule(**{**fields, **changes})


def make_series(make_event, title="Tiistaikerho", schedule=None, **fields) -> Event:
    event = make_event(title, start=helsinki(2026, 9, 1, 18), end=helsinki(2026, 9, 1, 20),
                       **fields)  # fmt: skip
    event.set_schedule(schedule or tuesdays())
    event.save()
    return event


def days_of(response, title) -> list[str]:
    return [
        day.isoformat()
        for day, entries in response.context["days"]
        if any(entry.event.title == title for entry in entries)
    ]


def test_saving_keeps_the_occurrence_rows(make_event):
    event = make_series(make_event)
    rows = list(event.occurrence_rows.values_list("start", flat=True))
    assert len(rows) == 39 - 2
    assert helsinki(2026, 12, 8, 18) not in rows and helsinki(2026, 12, 15, 18) in rows
    event.set_schedule(tuesdays(last_day=datetime.date(2026, 12, 31), exceptions=()))
    event.save()
    assert event.occurrence_rows.count() == 18
    event.set_schedule(None)
    event.save()
    assert not EventOccurrence.objects.exists()
    assert event.start == helsinki(2026, 9, 1, 18)  # a one-off event on the first day again


def test_the_sequence_rises_when_the_schedule_changes(make_event):
    event = make_series(make_event)
    sequence = event.sequence
    event.set_schedule(tuesdays(exceptions=EXCEPTIONS[:1]))
    event.save()
    assert event.sequence == sequence + 1


def test_a_series_is_upcoming_until_its_last_occurrence_ends(make_event):
    series = make_series(make_event)
    ended = make_series(make_event, "Syyskerho", tuesdays(last_day=datetime.date(2026, 10, 31)))
    assert list(Event.objects.upcoming(NOW)) == [series]
    assert list(Event.objects.past(NOW)) == [ended]
    assert list(Event.objects.upcoming(helsinki(2027, 5, 25, 19, 59))) == [series]
    assert not Event.objects.upcoming(helsinki(2027, 5, 25, 20, 1)).exists()


def test_the_list_shows_each_occurrence_on_its_day_without_the_exceptions(client, make_event):
    series = make_series(make_event)
    make_event("Joulumyyjäiset", start=helsinki(2026, 12, 10, 12))
    response = client.get(URL)
    # No end date and one page: the next four weeks of occurrences.
    assert days_of(response, "Tiistaikerho") == ["2026-12-15", "2026-12-29"]
    assert days_of(response, "Joulumyyjäiset") == ["2026-12-10"]
    html = response.content.decode()
    assert 'id="day-2026-12-08"' not in html
    assert html.count(f'href="{series.get_absolute_url()}"') == 2  # each occurrence links to it
    assert "Toistuu: tiistaisin klo 18.00–20.00, 1.9.–31.5." in html
    entries = dict(response.context["days"])[datetime.date(2026, 12, 29)]
    assert entries[0].occurrence.start == helsinki(2026, 12, 29, 18)
    assert entries[0].repeated  # shown in full under its first day of the list only


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        ("2026-12-15", "2026-12-15", ["2026-12-15"]),
        ("2026-12-08", "2026-12-08", []),  # an exception
        ("2026-12-16", "2026-12-21", []),  # no Tuesday
        ("2026-12-07", "2026-12-31", ["2026-12-15", "2026-12-29"]),
        ("2027-05-25", "", ["2027-05-25"]),  # the last one
        ("", "2026-12-20", ["2026-12-15"]),
    ],
)
def test_date_filters_find_the_occurrences(client, make_event, start, end, shown):
    make_series(make_event)
    params = {key: value for key, value in (("start", start), ("end", end)) if value}
    response = client.get(URL, params)
    assert days_of(response, "Tiistaikerho") == shown
    assert response.context["result_count"] == (1 if shown else 0)


def test_the_list_runs_the_same_queries_with_repeating_events(
    client, make_event, django_assert_num_queries
):
    wednesdays = tuesdays(weekdays=(2,), exceptions=())
    for number in range(3):
        make_series(make_event, f"Kerho {number}", wednesdays, themes=["mielen-hyvinvointi"])
    for number in range(25):
        make_event(f"Tapahtuma {number:02d}", start=NOW + datetime.timedelta(days=number % 9,
                                                                            hours=1))  # fmt: skip
    # terms, the facet counts, the page of events, their themes (as without repeating events)
    with django_assert_num_queries(4):
        response = client.get(URL)
    assert days_of(response, "Kerho 2") == ["2026-12-02"]  # the page ends on 7.12.
    with django_assert_num_queries(4):
        client.get(URL, {"start": "2026-12-01", "end": "2026-12-31", "theme": "mielen-hyvinvointi"})
    # A later page adds the previous page's end, the earlier pages' repeating events and their
    # themes, so they go on into its days (from 8.12. on, where the first page stopped); its
    # counts are the first page's, from the cache (terms, page, themes + those three).
    with django_assert_num_queries(6):
        response = client.get(URL, {"page": 2})
    # The last page: four weeks from today.
    assert days_of(response, "Kerho 2") == ["2026-12-09", "2026-12-16", "2026-12-23"]
    entries = dict(response.context["days"])[datetime.date(2026, 12, 9)]
    assert not next(entry for entry in entries if entry.event.title == "Kerho 2").repeated


def test_a_later_page_without_repeating_events_runs_fixed_queries(
    client, make_event, django_assert_num_queries
):
    for number in range(25):
        make_event(f"Tapahtuma {number:02d}", start=NOW + datetime.timedelta(hours=number + 1))
    # the first page's four, the previous page's end, the earlier pages' repeating events
    with django_assert_num_queries(6):
        client.get(URL, {"page": 2})


def test_the_detail_page_shows_the_schedule_and_the_next_dates(client, make_event):
    today = timezone.localdate()
    first = today - datetime.timedelta(days=today.weekday()) + datetime.timedelta(days=1)
    skipped = first + datetime.timedelta(days=14)
    schedule = tuesdays(first_day=first, last_day=first + datetime.timedelta(days=120),
                        exceptions=(skipped,))  # fmt: skip
    event = make_series(make_event, schedule=schedule)
    html = client.get(event.get_absolute_url()).content.decode()
    assert event.recurrence.describe().startswith("tiistaisin klo 18.00–20.00, ")
    assert f'<dd id="event-when">{capfirst(event.recurrence.describe())}' in html
    assert f'<span id="event-exceptions">Paitsi {skipped.day}.{skipped.month}.</span>' in html
    assert 'id="event-next-dates"' in html and html.count("klo 18.00–20.00</li>") == 5
    assert 'id="event-past"' not in html


def test_the_calendar_exports_rrule_and_exdate_that_expand_to_the_same_dates(client, make_event):
    event = make_series(make_event)
    response = client.get(URL + "kalenteri.ics")
    calendar = assert_valid_calendar(response.content)
    (vevent,) = calendar.walk("VEVENT")
    assert vevent["RRULE"].to_ical().decode() == "FREQ=WEEKLY;UNTIL=20270531T205959Z;BYDAY=TU"
    exdates = [value.dt for value in vevent["EXDATE"].dts]
    assert exdates == [helsinki(2026, 12, 8, 18), helsinki(2026, 12, 22, 18)]
    assert vevent["EXDATE"].params["TZID"] == "Europe/Helsinki"
    start = vevent.decoded("DTSTART")
    assert start == helsinki(2026, 9, 1, 18)
    rules = rrule.rruleset()
    rules.rrule(rrule.rrulestr(vevent["RRULE"].to_ical().decode(), dtstart=start))
    for moment in exdates:
        rules.exdate(moment)
    expanded = list(rules)
    assert [moment.date() for moment in expanded] == event.recurrence.dates()
    # 18.00 in Helsinki both sides of the change to winter time on 25.10.
    assert {(moment.hour, moment.minute) for moment in expanded} == {(18, 0)}
    assert {moment.utcoffset() for moment in expanded} == {
        datetime.timedelta(hours=3),
        datetime.timedelta(hours=2),
    }
    # The time zone block covers the rule's last year, with the spring 2027 change.
    (zone,) = calendar.walk("VTIMEZONE")
    assert "20270328T030000" in zone.to_ical().decode()


def test_copying_a_series_copies_its_schedule(make_event, client, coordinator):
    event = make_series(make_event)
    client.force_login(coordinator)
    client.post(admin_url("changelist"), {"action": "copy_events", "_selected_action": [event.pk]})
    copy = Event.objects.exclude(pk=event.pk).get()
    assert copy.repeat_rule == event.repeat_rule
    assert copy.start == event.start + datetime.timedelta(days=7)
    assert copy.occurrence_rows.count() == event.occurrence_rows.count() - 1


@pytest.fixture
def contact_client(client, make_user, make_association):
    own = make_association("Oma Yhdistys ry")
    user = make_user(email="yhteys@oma.example.fi", is_staff=True)
    user.groups.add(Group.objects.get(name=CONTACTS))
    Membership.objects.create(user=user, association=own)
    client.force_login(user)
    client.association = own
    return client


def schedule_data(association, **changes):
    data = form_data(
        association,
        start_0="2027-01-04",  # a Monday: the first Tuesday is the 5th
        start_1="18:00",
        end_0="2027-01-04",
        end_1="20:00",
        repeat="weekly",
        repeat_weekdays=["1"],
        repeat_week="",
        repeat_until="2027-05-25",
        repeat_except="2.3.2027, 6.4.2027",
    )
    data.update(changes)
    return data


def test_a_contact_adds_a_weekly_event_with_two_exception_dates(contact_client, client):
    response = contact_client.post(admin_url("add"), schedule_data(contact_client.association))
    assert response.status_code == 302, response.context["adminform"].form.errors
    event = Event.objects.get()
    assert event.repeat_rule == "FREQ=WEEKLY;UNTIL=20270525T205959Z;BYDAY=TU"
    assert event.repeat_exceptions == ["2027-03-02", "2027-04-06"]
    assert event.start == helsinki(2027, 1, 5, 18) and event.end == helsinki(2027, 1, 5, 20)
    assert event.occurrence_rows.count() == 21 - 2
    form = contact_client.get(admin_url("change", event.pk)).context["adminform"].form
    assert form["repeat"].value() == "weekly" and form["repeat_weekdays"].value() == [1]
    assert 'value="2.3.2027, 6.4.2027"' not in str(form["repeat_except"])  # a textarea
    assert "2.3.2027, 6.4.2027" in str(form["repeat_except"])
    page = client.get(event.get_absolute_url()).content.decode()
    assert "Tiistaisin klo 18.00–20.00, 5.1.–25.5." in page
    assert "Paitsi 2.3. ja 6.4." in page


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"repeat_except": "2.3.2027, 3.3.2027"}, "repeat_except",
         "Nämä päivät eivät ole aikataulun kokoontumispäiviä: 3.3.2027."),
        ({"repeat_except": "2.3.2027, 1.6.2027"}, "repeat_except",
         "Nämä päivät eivät ole aikataulun kokoontumispäiviä: 1.6.2027."),
        ({"repeat_except": "toukokuussa"}, "repeat_except",
         "Ei päivämäärä: toukokuussa. Kirjoita päivät muodossa 20.10.2026."),
        ({"repeat_until": "2026-12-01"}, "repeat_until",
         "Viimeinen päivä ei voi olla ennen ensimmäistä päivää."),
        ({"repeat_until": "2030-01-01"}, "repeat_until",
         "Aikataulu voi kattaa enintään kaksi vuotta: viimeinen päivä voi olla enintään "
         "5.1.2029."),
        ({"repeat_until": ""}, "repeat_until", "Anna viimeinen päivä."),
        ({"repeat_until": "31.5."}, "repeat_until", None),
        ({"repeat_weekdays": []}, "repeat_weekdays", "Valitse vähintään yksi viikonpäivä."),
        ({"start_0": "9999-12-27", "end_0": "9999-12-27", "repeat_until": "9999-12-31"},
         "repeat_until", "Anna viimeinen päivä kahden vuoden sisällä."),
        ({"repeat_weekdays": ["9"]}, "repeat_weekdays", None),
        ({"repeat": "daily"}, "repeat", None),
        ({"end_0": "2027-01-05"}, "repeat",
         "Toistuva tapahtuma alkaa ja päättyy samana päivänä."),
    ],
)  # fmt: skip
def test_a_bad_schedule_is_a_field_error_not_a_crash(contact_client, changes, field, message):
    data = schedule_data(contact_client.association, **changes)
    response = contact_client.post(admin_url("add"), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert field in errors, errors
    if message:
        assert errors[field] == [message]
    assert not Event.objects.exists()


def test_an_event_stops_repeating(contact_client):
    contact_client.post(admin_url("add"), schedule_data(contact_client.association))
    event = Event.objects.get()
    data = schedule_data(contact_client.association, repeat="", start_0="2027-01-05",
                         end_0="2027-01-05")  # fmt: skip
    response = contact_client.post(admin_url("change", event.pk), data)
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.repeat_rule == "" and event.repeat_exceptions == []
    assert not event.occurrence_rows.exists()


def test_search_engines_get_the_next_occurrence_and_the_schedule(client, make_event):
    today = timezone.localdate()
    first = today - datetime.timedelta(weeks=3)
    schedule = tuesdays(weekdays=(first.weekday(),), first_day=first,
                        last_day=first + datetime.timedelta(weeks=10), exceptions=())  # fmt: skip
    event = make_series(make_event, schedule=schedule)
    data = client.get(event.get_absolute_url()).context["structured_data"]
    coming = event.occurrences(since=timezone.now())[0]
    assert data["startDate"] == coming.start.isoformat(timespec="seconds")
    assert data["eventSchedule"] == {
        "@type": "Schedule",
        "repeatFrequency": "P1W",
        "byDay": [f"https://schema.org/{first:%A}"],
        "startDate": first.isoformat(),
        "endDate": (first + datetime.timedelta(weeks=10)).isoformat(),
        "startTime": "18:00",
        "endTime": "20:00",
        "scheduleTimezone": "Europe/Helsinki",
    }


def test_an_all_day_event_cannot_repeat(contact_client):
    data = schedule_data(contact_client.association, all_day="on")
    response = contact_client.post(admin_url("add"), data)
    assert response.context["adminform"].form.errors["repeat"] == [
        "Koko päivän tapahtumaa ei voi toistaa; anna sille kellonajat."
    ]


def test_a_contact_cannot_schedule_another_associations_event(contact_client, make_association,
                                                              make_event):  # fmt: skip
    other = make_association("Toinen Yhdistys ry")
    event = make_event("Toisen tapahtuma", association=other)
    response = contact_client.post(admin_url("change", event.pk), schedule_data(other))
    assert response.status_code in (302, 403, 404)
    event.refresh_from_db()
    assert event.repeat_rule == "" and not event.occurrence_rows.exists()
