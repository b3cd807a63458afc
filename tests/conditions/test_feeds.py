"""The deadline calendar and the RSS feed of new calls, parsed back with icalendar and
feedparser."""

import datetime

import feedparser
import icalendar
import pytest

from conditions.models import GrantCall
from tests.conditions.conftest import NOW
from tests.factories import helsinki

pytestmark = pytest.mark.django_db

CALENDAR = "/avustukset/kalenteri.ics"
FEED = "/avustukset/syote/"
DAY = datetime.timedelta(days=1)


@pytest.fixture
def calls(make_grant_call):
    make_grant_call("Kesäinen haku", opens_at=NOW - DAY, closes_at=helsinki(2027, 6, 15, 16, 0),
                    municipalities=["hollola"], themes=["mielen-hyvinvointi"])  # fmt: skip
    make_grant_call("Talvinen haku", opens_at=NOW - DAY, closes_at=helsinki(2027, 1, 15, 15, 0),
                    funder_kind="saatio", funder_name="Yhteisörahasto")  # fmt: skip
    make_grant_call("Tuleva haku", opens_at=NOW + 200 * DAY, closes_at=NOW + 230 * DAY)
    make_grant_call("Äsken päättynyt", opens_at=NOW - 40 * DAY, closes_at=NOW - 10 * DAY)
    make_grant_call("Kauan sitten", opens_at=NOW - 400 * DAY, closes_at=NOW - 300 * DAY)
    make_grant_call("Luonnos", status="draft", closes_at=NOW + 5 * DAY)


def parse_calendar(client, params=None) -> icalendar.Calendar:
    response = client.get(CALENDAR, params or {})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def summaries(calendar) -> list[str]:
    return [str(event["summary"]) for event in calendar.walk("VEVENT")]


def test_calendar_has_each_deadline_as_an_event(client, now, calls):
    calendar = parse_calendar(client)
    assert summaries(calendar) == [
        "Haku päättyy: Äsken päättynyt",  # closed within the last 30 days
        "Haku päättyy: Talvinen haku",
        "Haku päättyy: Kesäinen haku",
        "Haku päättyy: Tuleva haku",  # not open yet, but its deadline is known
    ]
    summer = next(e for e in calendar.walk("VEVENT") if "Kesäinen" in str(e["summary"]))
    start = summer.decoded("dtstart")
    assert start == helsinki(2027, 6, 15, 16, 0)
    assert start.utcoffset() == datetime.timedelta(hours=3)  # summer time
    assert summer["dtstart"].params["TZID"] == "Europe/Helsinki"
    assert "dtend" not in summer  # a deadline is a moment
    assert str(summer["transp"]) == "TRANSPARENT"
    call = GrantCall.objects.get(title="Kesäinen haku")
    assert str(summer["uid"]) == f"grant-{call.pk}-deadline@avustukset.paijathamalaiset.fi"
    assert str(summer["url"]) == f"http://testserver{call.get_absolute_url()}"
    winter = next(e for e in calendar.walk("VEVENT") if "Talvinen" in str(e["summary"]))
    assert winter.decoded("dtstart").utcoffset() == datetime.timedelta(hours=2)
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Helsinki"]


def test_calendar_takes_the_lists_filters(client, now, calls):
    assert summaries(parse_calendar(client, {"municipality": "hollola"})) == [
        "Haku päättyy: Kesäinen haku"
    ]
    calendar = parse_calendar(client, {"funder": "saatio"})
    assert summaries(calendar) == ["Haku päättyy: Talvinen haku"]
    assert "säätiö tai rahasto" in str(calendar["x-wr-calname"])


def test_moving_a_deadline_keeps_the_uid_and_raises_the_sequence(client, now, calls):
    call = GrantCall.objects.get(title="Kesäinen haku")
    before = next(
        e for e in parse_calendar(client).walk("VEVENT") if "Kesäinen" in str(e["summary"])
    )
    GrantCall.objects.filter(pk=call.pk).update(
        updated_at=call.updated_at + datetime.timedelta(hours=1)
    )
    after = next(
        e for e in parse_calendar(client).walk("VEVENT") if "Kesäinen" in str(e["summary"])
    )
    assert after["uid"] == before["uid"]
    assert int(after["sequence"]) > int(before["sequence"])


def test_bad_calendar_input_never_fails(client, now, calls):
    for params in ({"municipality": "\x00"}, {"open": "kyllä"}, {"theme": "x" * 500}):
        assert client.get(CALENDAR, params).status_code == 200


def test_rss_has_new_calls_newest_first_with_the_filters(client, now, calls):
    response = client.get(FEED)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    # Calls not closed yet, newest first; closed ones and drafts are not news.
    assert [entry.title for entry in feed.entries] == ["Tuleva haku", "Talvinen haku",
                                                       "Kesäinen haku"]  # fmt: skip
    entry = feed.entries[2]
    call = GrantCall.objects.get(title="Kesäinen haku")
    assert entry.link == f"http://testserver{call.get_absolute_url()}"
    assert "Hakuaika" in entry.summary
    filtered = feedparser.parse(client.get(FEED, {"funder": "saatio"}).content)
    assert [entry.title for entry in filtered.entries] == ["Talvinen haku"]
    assert filtered.feed.title.endswith("säätiö tai rahasto")


def test_list_advertises_its_feed_and_calendar_with_its_filters(client, now, calls):
    page = client.get("/avustukset/", {"municipality": "hollola"}).content.decode()
    assert 'href="/avustukset/kalenteri.ics?municipality=hollola"' in page
    assert 'type="application/rss+xml"' in page
