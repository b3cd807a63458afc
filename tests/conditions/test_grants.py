"""`/avustukset/`: open now, opening soon and the archive by the clock (also across the Helsinki
daylight-saving changes), filters, query counts, the detail page and copying to next year."""

import datetime

import pytest
from django.urls import reverse

from conditions.models import GrantCall
from tests.conditions.conftest import NOW
from tests.factories import helsinki

pytestmark = pytest.mark.django_db

URL = "/avustukset/"
ARCHIVE = "/avustukset/arkisto/"
DAY = datetime.timedelta(days=1)
UTC = datetime.UTC


@pytest.fixture
def calls(make_grant_call):
    make_grant_call("Kohdeavustus", opens_at=NOW - 60 * DAY, closes_at=NOW + 10 * DAY,
                    themes=["osallisuus-ja-yhteisollisyys"])  # fmt: skip
    make_grant_call("Pienavustus", opens_at=NOW - 30 * DAY, closes_at=NOW + 40 * DAY,
                    funder_kind="hyvinvointialue", funder_name="Päijät-Hämeen hyvinvointialue",
                    municipalities=["lahti", "hollola"], themes=["mielen-hyvinvointi"])  # fmt: skip
    make_grant_call("Yleisavustus", opens_at=NOW + 20 * DAY, closes_at=NOW + 50 * DAY,
                    municipalities=["hollola"])  # fmt: skip
    make_grant_call("STEA-haku", opens_at=NOW + 90 * DAY, closes_at=NOW + 120 * DAY,
                    funder_kind="valtio")  # fmt: skip
    make_grant_call("Viime vuoden avustus", opens_at=NOW - 300 * DAY, closes_at=NOW - 270 * DAY)
    make_grant_call("Juuri päättynyt", opens_at=NOW - 30 * DAY, closes_at=NOW - DAY)
    make_grant_call("Luonnos", status="draft")
    make_grant_call("Piilotettu", status="hidden")


def context(client, url=URL, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    return response.context


def titles(calls):
    return [call.title for call in calls]


def test_open_calls_closing_soonest_first_then_those_opening_within_60_days(client, now, calls):
    page = context(client)
    assert titles(page["open_calls"]) == ["Kohdeavustus", "Pienavustus"]
    assert titles(page["upcoming_calls"]) == ["Yleisavustus"]  # STEA opens in 90 days
    html = client.get(URL).content.decode()
    assert "Luonnos" not in html and "Piilotettu" not in html
    assert html.index("Haku auki") < html.index("Kohdeavustus") < html.index("Avautuu pian")


def test_a_call_closing_within_14_days_is_marked(client, now, calls):
    marked = {call.title: call.closing_soon for call in context(client)["open_calls"]}
    assert marked == {"Kohdeavustus": True, "Pienavustus": False}
    html = client.get(URL).content.decode()
    assert html.count("Sulkeutuu kahden viikon sisällä") == 1


def test_archive_lists_closed_calls_latest_first(client, now, calls):
    assert titles(context(client, ARCHIVE)["calls"]) == ["Juuri päättynyt",
                                                         "Viime vuoden avustus"]  # fmt: skip


@pytest.mark.parametrize(
    ("params", "expected_open", "expected_upcoming"),
    [
        ({"funder": "hyvinvointialue"}, ["Pienavustus"], []),
        ({"municipality": "hollola"}, ["Pienavustus"], ["Yleisavustus"]),
        ({"theme": "mielen-hyvinvointi"}, ["Pienavustus"], []),
        ({"open": "1"}, ["Kohdeavustus", "Pienavustus"], []),
        ({"q": "yleisavustus"}, [], ["Yleisavustus"]),
    ],
)
def test_filters(client, now, calls, params, expected_open, expected_upcoming):
    page = context(client, URL, params)
    assert titles(page["open_calls"]) == expected_open
    assert titles(page["upcoming_calls"]) == expected_upcoming


def test_open_now_facet_counts(client, now, calls):
    facets = {facet.name: facet for facet in context(client)["facets"]}
    assert [(option.value, option.count) for option in facets["open"].options] == [("1", 2)]
    assert "open" not in {facet.name for facet in context(client, ARCHIVE)["facets"]}


@pytest.mark.parametrize(
    "params",
    [{"open": "2"}, {"funder": "kuningas"}, {"municipality": "x" * 300}, {"page": "-1"},
     {"q": "\x00"}, {"theme": ["a", "b"]}],
)  # fmt: skip
def test_bad_input_never_fails(client, now, calls, params):
    assert client.get(URL, params).status_code in {200, 404}
    assert client.get(ARCHIVE, params).status_code in {200, 404}


# Helsinki goes to summer time on 28 March 2027 at 03:00 (UTC+2 → UTC+3) and back to winter time
# on 25 October 2026 at 04:00 (UTC+3 → UTC+2).
@pytest.mark.parametrize(
    ("closes_at", "last_open_minute_utc"),
    [
        # The night of the spring change: 04:00 summer time is 01:00 UTC, an hour after 03:00.
        (helsinki(2027, 3, 28, 4, 0), datetime.datetime(2027, 3, 28, 0, 59, tzinfo=UTC)),
        # The afternoon after the spring change: 16:00 is 13:00 UTC, not 14:00.
        (helsinki(2027, 3, 28, 16, 0), datetime.datetime(2027, 3, 28, 12, 59, tzinfo=UTC)),
        # The afternoon after the autumn change: 16:00 is 14:00 UTC, not 13:00.
        (helsinki(2026, 10, 25, 16, 0), datetime.datetime(2026, 10, 25, 13, 59, tzinfo=UTC)),
        # The day before the autumn change, still summer time.
        (helsinki(2026, 10, 24, 16, 0), datetime.datetime(2026, 10, 24, 12, 59, tzinfo=UTC)),
    ],
)
def test_a_call_leaves_open_now_at_its_closing_minute_across_daylight_saving(
    client, now, make_grant_call, closes_at, last_open_minute_utc
):
    call = make_grant_call("Määräaikainen", opens_at=closes_at - 20 * DAY, closes_at=closes_at)
    minute = datetime.timedelta(minutes=1)
    assert (last_open_minute_utc + minute).astimezone(closes_at.tzinfo) == closes_at

    now(last_open_minute_utc)
    assert titles(context(client)["open_calls"]) == ["Määräaikainen"]
    assert titles(context(client, ARCHIVE)["calls"]) == []
    assert "Haku auki" in client.get(call.get_absolute_url()).content.decode()
    assert list(GrantCall.objects.open_at(last_open_minute_utc)) == [call]

    now(last_open_minute_utc + minute)
    assert titles(context(client)["open_calls"]) == []
    assert titles(context(client, ARCHIVE)["calls"]) == ["Määräaikainen"]
    assert "Haku päättynyt" in client.get(call.get_absolute_url()).content.decode()
    assert not GrantCall.objects.open_at(last_open_minute_utc + minute).exists()


def test_a_call_opens_at_its_opening_minute(client, now, make_grant_call):
    make_grant_call("Avautuva", opens_at=NOW + datetime.timedelta(minutes=1))
    assert titles(context(client)["upcoming_calls"]) == ["Avautuva"]
    now(NOW + datetime.timedelta(minutes=1))
    assert titles(context(client)["open_calls"]) == ["Avautuva"]


@pytest.mark.parametrize("size", [3, 30])
def test_list_runs_a_fixed_number_of_queries(client, settings, now, make_grant_call,
                                             django_assert_num_queries, size):  # fmt: skip
    # The miss path: pages rendered, not served whole (that is tests/core/test_pagecache.py).
    settings.PAGE_CACHE_SECONDS = 0
    for number in range(size):
        make_grant_call(
            f"Avustus {number:02d}",
            opens_at=NOW - DAY * (number % 5 - 2),
            themes=["mielen-hyvinvointi"],
            municipalities=["lahti", "hollola"],
        )
    make_grant_call("Päättynyt", opens_at=NOW - 60 * DAY, closes_at=NOW - 30 * DAY)
    # Terms (1), facet counts (funders, municipalities, themes, open now: one statement), the
    # page and its
    # calls' municipalities (2); with the counts cached, the terms and the last two.
    with django_assert_num_queries(4):
        client.get(URL)
    with django_assert_num_queries(3):
        client.get(URL)
    # A search adds the vocabulary (1); "avustus" is in it, so it is not a word to correct.
    with django_assert_num_queries(5):
        client.get(URL, {"q": "avustus", "municipality": "lahti", "theme": "mielen-hyvinvointi",
                         "open": "1", "funder": "kunta", "page": 1})  # fmt: skip
    with django_assert_num_queries(4):  # the archive has no "open now" facet
        client.get(ARCHIVE)


def test_cached_counts_follow_the_clock(client, now, make_grant_call):
    closes_at = NOW + datetime.timedelta(minutes=5)
    make_grant_call("Pian kiinni", opens_at=NOW - DAY, closes_at=closes_at)
    assert context(client)["result_count"] == 1
    now(NOW + datetime.timedelta(minutes=5))
    assert context(client)["result_count"] == 0


def test_detail_page(client, now, calls):
    call = GrantCall.objects.get(title="Kohdeavustus")
    call.amount_min, call.amount_max, call.form_url = 500, 5000, "https://example.fi/lomake"
    call.save()
    page = client.get(call.get_absolute_url()).content.decode()
    assert "Haku auki" in page and "Sulkeutuu kahden viikon sisällä" in page
    assert "500–5\xa0000 €" in page or "500–5 000 €" in page
    assert "https://example.fi/lomake" in page and "Lahden kaupunki" in page
    assert client.get("/avustukset/luonnos/").status_code == 404
    assert client.get("/avustukset/piilotettu/").status_code == 404


def test_reserved_slugs_are_not_given(make_grant_call):
    call = make_grant_call("Arkisto")
    call.slug = ""
    call.save()
    assert call.slug == "arkisto-2"  # /avustukset/arkisto/ is the archive


def test_copy_to_next_year_keeps_the_wall_clock_time_and_tags(client, coordinator, make_grant_call):
    call = make_grant_call(
        "Yleisavustus 2026",
        opens_at=helsinki(2026, 3, 1, 8, 0),
        # Winter time on 28 March 2026 (the change is on the 29th), summer time on 28 March 2027.
        closes_at=helsinki(2026, 3, 28, 16, 0),
        municipalities=["lahti", "hollola"],
        themes=["mielen-hyvinvointi"],
    )
    client.force_login(coordinator)
    response = client.post(
        reverse("admin:conditions_grantcall_changelist"),
        {"action": "copy_to_next_year", "_selected_action": [call.pk]},
    )
    assert response.status_code == 302
    copy = GrantCall.objects.get(title="Yleisavustus 2027")
    assert copy.slug == "yleisavustus-2027"
    assert copy.status == "draft"
    assert copy.local_opens_at.replace(tzinfo=None) == datetime.datetime(2027, 3, 1, 8, 0)
    # 16:00 stays 16:00 although the offset moved from +2 to +3 (adding 365 days would not do).
    assert copy.local_closes_at.replace(tzinfo=None) == datetime.datetime(2027, 3, 28, 16, 0)
    assert copy.closes_at == datetime.datetime(2027, 3, 28, 13, 0, tzinfo=UTC)
    assert {m.slug for m in copy.municipalities.all()} == {"lahti", "hollola"}
    assert [t.slug for t in copy.themes.all()] == ["mielen-hyvinvointi"]
