"""The iCalendar files, parsed back with the icalendar library (and their VTIMEZONE with
dateutil's, which reads nothing but the file)."""

import datetime
import io
import zoneinfo

import icalendar
import pytest
from dateutil import tz as dateutil_tz

from events.models import Event
from tests.factories import helsinki
from tests.validators import assert_valid_calendar

pytestmark = pytest.mark.django_db

FEED = "/tapahtumat/kalenteri.ics"


def parse(response) -> icalendar.Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return assert_valid_calendar(response.content)


def vevents(calendar) -> dict[str, icalendar.Event]:
    return {str(event["summary"]): event for event in calendar.walk("VEVENT")}


def test_one_event_adds_to_a_calendar(client, make_event):
    event = make_event("Konsertti", start=helsinki(2026, 12, 5, 18), end=helsinki(2026, 12, 5, 20),
                       street_address="Kirkkokatu 5")  # fmt: skip
    response = client.get(f"/tapahtumat/{event.slug}/kalenteri.ics")
    assert response["Content-Disposition"] == 'attachment; filename="konsertti.ics"'
    calendar = parse(response)
    (vevent,) = calendar.walk("VEVENT")
    assert vevent["summary"] == "Konsertti"
    start = vevent.decoded("dtstart")
    assert start == helsinki(2026, 12, 5, 18)
    assert start.utcoffset() == datetime.timedelta(hours=2)
    assert vevent["dtstart"].params["TZID"] == "Europe/Helsinki"
    assert vevent.decoded("dtend") == helsinki(2026, 12, 5, 20)
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Helsinki"]
    assert vevent["location"] == "Kansalaisopisto, Kirkkokatu 5, Lahti"
    assert vevent["status"] == "CONFIRMED"
    assert vevent["url"] == f"http://testserver/tapahtumat/{event.slug}/"


def test_summer_time_is_right(client, make_event):
    event = make_event("Juhannus", start=helsinki(2026, 6, 19, 18), end=helsinki(2026, 6, 19, 23))
    (vevent,) = parse(client.get(f"/tapahtumat/{event.slug}/kalenteri.ics")).walk("VEVENT")
    start = vevent.decoded("dtstart")
    assert start.astimezone(zoneinfo.ZoneInfo("UTC")) == datetime.datetime(
        2026, 6, 19, 15, tzinfo=zoneinfo.ZoneInfo("UTC")
    )


UTC = datetime.UTC


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # Spring: at 01:00 UTC the clocks go from 03:00 EET to 04:00 EEST.
        (datetime.datetime(2026, 3, 29, 0, 59, 59), datetime.datetime(2026, 3, 29, 1)),
        # Autumn: at 01:00 UTC they go back from 04:00 EEST to 03:00 EET.
        (datetime.datetime(2026, 10, 25, 0, 59, 59), datetime.datetime(2026, 10, 25, 1)),
    ],
)
def test_the_time_zone_block_changes_the_clocks_at_the_right_moment(
    client, make_event, before, after
):
    """A client without its own time zone data reads Helsinki time from the file's VTIMEZONE."""
    event = make_event("Kevät", start=helsinki(2026, 3, 28, 18), end=helsinki(2026, 3, 29, 18))
    content = client.get(f"/tapahtumat/{event.slug}/kalenteri.ics").content
    from_file = dateutil_tz.tzical(io.StringIO(content.decode())).get("Europe/Helsinki")
    (vtimezone,) = icalendar.Calendar.from_ical(content).walk("VTIMEZONE")
    also_from_file = vtimezone.to_tz(lookup_tzid=False)
    helsinki_zone = zoneinfo.ZoneInfo("Europe/Helsinki")
    for moment in (before, after):
        moment = moment.replace(tzinfo=UTC)
        expected = moment.astimezone(helsinki_zone)
        for zone in (from_file, also_from_file):
            local = moment.astimezone(zone)
            assert (local.replace(tzinfo=None), local.utcoffset()) == (
                expected.replace(tzinfo=None),
                expected.utcoffset(),
            ), f"{moment} UTC"


def test_all_day_events_are_dates_with_an_exclusive_end(client, make_event):
    event = make_event("Leiri", start=helsinki(2026, 12, 5, 0), end=helsinki(2026, 12, 6, 0),
                       all_day=True)  # fmt: skip
    (vevent,) = parse(client.get(f"/tapahtumat/{event.slug}/kalenteri.ics")).walk("VEVENT")
    assert vevent.decoded("dtstart") == datetime.date(2026, 12, 5)
    assert vevent.decoded("dtend") == datetime.date(2026, 12, 7)


def test_uid_is_stable_and_sequence_and_last_modified_follow_changes(client, make_event):
    event = make_event("Kerho", start=helsinki(2026, 12, 5, 18))
    url = f"/tapahtumat/{event.slug}/kalenteri.ics"
    (before,) = parse(client.get(url)).walk("VEVENT")
    event.start += datetime.timedelta(days=1)
    event.end += datetime.timedelta(days=1)
    event.save()
    (after,) = parse(client.get(url)).walk("VEVENT")
    assert before["uid"] == after["uid"] == f"event-{event.pk}@tapahtumat.paijathamalaiset.fi"
    assert before.decoded("sequence") == 0 and after.decoded("sequence") == 1
    assert after.decoded("last-modified") >= before.decoded("last-modified")
    (in_feed,) = parse(client.get(FEED)).walk("VEVENT")
    assert in_feed["uid"] == after["uid"]


def test_cancelled_events_say_so(client, make_event):
    make_event("Tanssit", event_status=Event.EventStatus.CANCELLED)
    (vevent,) = parse(client.get(FEED)).walk("VEVENT")
    assert vevent["status"] == "CANCELLED"
    assert "Tanssit" in vevent["summary"]


def test_subscription_takes_the_lists_filters(client, make_event, make_association):
    association = make_association("Lahden Seura ry")
    make_event("Lahti mieli", themes=["mielen-hyvinvointi"], association=association)
    make_event("Hollola mieli", municipality="hollola", themes=["mielen-hyvinvointi"])
    make_event("Lahti liikunta", themes=["paihteettomyys-ja-terveelliset-elintavat"])
    make_event("Luonnos", status="draft", themes=["mielen-hyvinvointi"])
    calendar = parse(client.get(FEED, {"municipality": "lahti", "theme": "mielen-hyvinvointi"}))
    assert set(vevents(calendar)) == {"Lahti mieli"}
    assert "Lahti" in str(calendar["x-wr-calname"])
    assert set(vevents(parse(client.get(FEED)))) == {
        "Lahti mieli",
        "Hollola mieli",
        "Lahti liikunta",
    }
    by_association = parse(client.get(FEED, {"association": association.slug}))
    assert set(vevents(by_association)) == {"Lahti mieli"}


def test_subscription_keeps_last_months_events_but_not_older(client, make_event):
    from django.utils import timezone

    now = timezone.now()
    make_event("Viime viikolla", start=now - datetime.timedelta(days=7))
    make_event("Viime vuonna", start=now - datetime.timedelta(days=365))
    assert set(vevents(parse(client.get(FEED)))) == {"Viime viikolla"}
