import datetime

import pytest

from events.models import Event
from tests.factories import helsinki

pytestmark = pytest.mark.django_db

URL = "/tapahtumat/"


@pytest.fixture(autouse=True)
def _render_every_page(settings):
    """These tests read the view's context and count its queries, so every page is rendered,
    not served whole from the page cache (tests/core/test_pagecache.py tests that)."""
    settings.PAGE_CACHE_SECONDS = 0


PAST_URL = "/tapahtumat/menneet/"
# A Wednesday; that weekend is 5–6 December.
NOW = helsinki(2026, 12, 2, 12, 0)


@pytest.fixture(autouse=True)
def _fixed_now(monkeypatch):
    monkeypatch.setattr("events.views.current_moment", lambda: NOW)


def titles(client, params=None, url=URL) -> list[str]:
    response = client.get(url, params or {})
    assert response.status_code == 200
    return [event.title for event in response.context["events"]]


def facet_counts(client, params, facet) -> dict[str, int]:
    facets = {f.name: f for f in client.get(URL, params).context["facets"]}
    return {option.value: option.count for option in facets[facet].options}


@pytest.fixture
def calendar(make_event, make_association):
    association = make_association("Lahden Mielenterveysseura ry")
    make_event(
        "Vertaistukiryhmä",
        association=association,
        start=helsinki(2026, 12, 2, 17),
        themes=["mielen-hyvinvointi"],
        target_groups=["tyoikaiset"],
    )
    make_event(
        "Joulumyyjäiset",
        municipality="hollola",
        start=helsinki(2026, 12, 5, 10),
        themes=["osallisuus-ja-yhteisollisyys"],
        is_free=False,
        price="2 €",
    )
    make_event(
        "Verkkoluento unesta",
        municipality=None,
        place_name="",
        attendance_mode=Event.AttendanceMode.ONLINE,
        online_url="https://meet.example.fi/uni",
        start=helsinki(2026, 12, 8, 18),
        themes=["mielen-hyvinvointi"],
        spearheads=["nakyvyys-ja-tunnettuus"],
    )
    make_event(
        "Kevätretki",
        municipality="orimattila",
        start=helsinki(2027, 4, 10, 9),
        target_groups=["ikaantyneet"],
    )
    make_event(
        "Syyskokous", start=helsinki(2026, 11, 20, 18), themes=["mielen-hyvinvointi"]
    )  # past
    make_event("Luonnos", start=helsinki(2026, 12, 3, 18), status="draft")


def test_upcoming_events_in_time_order_under_finnish_day_headings(client, calendar):
    assert titles(client) == [
        "Vertaistukiryhmä", "Joulumyyjäiset", "Verkkoluento unesta", "Kevätretki"
    ]  # fmt: skip
    page = client.get(URL).content.decode()
    assert "keskiviikko 2.12." in page
    assert "lauantai 5.12." in page
    assert "Syyskokous" not in page and "Luonnos" not in page


def test_day_headings_in_swedish_and_english(client, calendar):
    assert "lördag 5.12." in client.get("/sv" + URL).content.decode()
    assert "Saturday 5 December" in client.get("/en" + URL).content.decode()


def test_an_event_in_progress_is_listed_under_today(client, make_event):
    make_event("Näyttely", start=helsinki(2026, 11, 30, 10), end=helsinki(2026, 12, 6, 18))
    response = client.get(URL)
    assert [event.title for event in response.context["events"]] == ["Näyttely"]
    assert response.context["days"][0][0] == datetime.date(2026, 12, 2)


def test_past_events_newest_first(client, calendar, make_event):
    make_event("Vanhempi", start=helsinki(2026, 10, 1, 18))
    assert titles(client, url=PAST_URL) == ["Syyskokous", "Vanhempi"]


def test_cancelled_event_is_listed_and_marked(client, make_event):
    make_event("Peruttu konsertti", event_status=Event.EventStatus.CANCELLED,
               start=helsinki(2026, 12, 4, 18))  # fmt: skip
    page = client.get(URL).content.decode()
    assert "Peruttu konsertti" in page and "event-cancelled" in page


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"municipality": "hollola"}, ["Joulumyyjäiset"]),
        ({"municipality": ["hollola", "orimattila"]}, ["Joulumyyjäiset", "Kevätretki"]),
        ({"theme": "mielen-hyvinvointi"}, ["Vertaistukiryhmä", "Verkkoluento unesta"]),
        ({"spearhead": "nakyvyys-ja-tunnettuus"}, ["Verkkoluento unesta"]),
        ({"target_group": "ikaantyneet"}, ["Kevätretki"]),
        ({"free": "1"}, ["Vertaistukiryhmä", "Verkkoluento unesta", "Kevätretki"]),
        ({"online": "1"}, ["Verkkoluento unesta"]),
        ({"q": "luento"}, ["Verkkoluento unesta"]),
        ({"start": "2026-12-05"}, ["Joulumyyjäiset", "Verkkoluento unesta", "Kevätretki"]),
        ({"end": "2026-12-05"}, ["Vertaistukiryhmä", "Joulumyyjäiset"]),
        ({"start": "2026-12-05", "end": "2026-12-08"}, ["Joulumyyjäiset", "Verkkoluento unesta"]),
        ({"theme": "mielen-hyvinvointi", "municipality": "lahti"}, ["Vertaistukiryhmä"]),
    ],
)
def test_each_filter(client, calendar, params, expected):
    assert titles(client, params) == expected


def test_filters_apply_to_past_events_too(client, calendar):
    assert titles(client, {"theme": "mielen-hyvinvointi"}, url=PAST_URL) == ["Syyskokous"]
    assert titles(client, {"theme": "arjen-turvallisuus"}, url=PAST_URL) == []


def test_quick_choices_today_weekend_and_next_seven_days(client, calendar):
    choices = {c["key"]: c for c in client.get(URL).context["quick_choices"]}
    assert (choices["today"]["start"], choices["today"]["end"]) == ("2026-12-02", "2026-12-02")
    assert (choices["weekend"]["start"], choices["weekend"]["end"]) == ("2026-12-05", "2026-12-06")
    assert (choices["week"]["start"], choices["week"]["end"]) == ("2026-12-02", "2026-12-08")
    weekend = {"start": "2026-12-05", "end": "2026-12-06"}
    assert titles(client, weekend) == ["Joulumyyjäiset"]
    assert {c["key"]: c for c in client.get(URL, weekend).context["quick_choices"]}["weekend"][
        "selected"
    ]
    page = client.get(URL).content.decode()
    assert 'id="quick-weekend" href="?start=2026-12-05&amp;end=2026-12-06"' in page


@pytest.mark.parametrize(
    "params",
    [
        {"start": "5.12.2026"},
        {"end": "2026-13-40"},
        {"start": "tomorrow"},
        {"start": "2026-1-5"},
        {"start": "9" * 5000},
        {"start": "2026-02-30"},
        {"end": "9999-12-31"},
        {"start": "0001-01-01"},
    ],
)
def test_malformed_dates_give_a_normal_page_with_a_message(client, calendar, params):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert len(response.context["problems"]) == 1
    assert 'id="date-problems"' in response.content.decode()
    assert len(response.context["events"]) == 4  # the bad date is ignored


def test_reversed_range_gives_a_message_and_is_ignored(client, calendar):
    response = client.get(
        URL, {"start": "2026-12-08", "end": "2026-12-05", "theme": "mielen-hyvinvointi"}
    )
    assert response.status_code == 200
    assert response.context["problems"]
    assert [e.title for e in response.context["events"]] == [
        "Vertaistukiryhmä",
        "Verkkoluento unesta",
    ]


@pytest.mark.parametrize(
    "params",
    [
        {"municipality": "atlantis"},
        {"theme": ["", "x" * 300]},
        {"free": "yes"},
        {"online": ["1", "2"]},
        {"q": "x" * 10_000},
        {"page": "1", "association": "ei-ole"},
        {"q": "\x00"},
    ],
)
def test_bad_parameters_never_fail(client, calendar, params):
    assert client.get(URL, params).status_code == 200
    assert client.get("/tapahtumat/kalenteri.ics", params).status_code == 200


@pytest.mark.parametrize("page", ["0", "99", "x"])
def test_bad_page_numbers_are_404(client, calendar, page):
    assert client.get(URL, {"page": page}).status_code == 404


def test_facet_counts_apply_the_other_filters(client, calendar):
    assert facet_counts(client, {}, "theme")["mielen-hyvinvointi"] == 2
    assert facet_counts(client, {"municipality": "lahti"}, "theme")["mielen-hyvinvointi"] == 1
    counts = facet_counts(client, {"theme": "mielen-hyvinvointi"}, "municipality")
    assert counts["lahti"] == 1 and counts["hollola"] == 0
    # A facet's own choice does not narrow its own counts.
    assert facet_counts(client, {"municipality": "lahti"}, "municipality")["hollola"] == 1
    response = client.get(URL, {"theme": "mielen-hyvinvointi"})
    assert response.context["result_count"] == 2
    assert "2 tapahtumaa" in response.content.decode()


def test_counts_leave_out_past_drafts_and_unpublished_associations(client, calendar, make_event,
                                                                   make_association):  # fmt: skip
    hidden = make_association("Piilotettu ry", status="hidden")
    make_event("Piilossa", association=hidden, start=helsinki(2026, 12, 9, 10),
               themes=["mielen-hyvinvointi"])  # fmt: skip
    assert facet_counts(client, {}, "theme")["mielen-hyvinvointi"] == 2
    assert client.get(URL).context["result_count"] == 4


def test_active_filters_can_be_removed(client, calendar):
    page = client.get(URL, {"theme": "mielen-hyvinvointi", "free": "1", "start": "2026-12-02"})
    html = page.content.decode()
    assert 'href="?free=1&amp;start=2026-12-02"' in html  # without the theme
    assert 'href="?theme=mielen-hyvinvointi&amp;start=2026-12-02"' in html  # without free


def test_paginates_with_exact_counts(client, make_event):
    for number in range(25):
        make_event(f"Tapahtuma {number:02d}", start=NOW + datetime.timedelta(hours=number + 1))
    first = client.get(URL)
    assert len(first.context["events"]) == 20
    assert first.context["paginator"].count == 25
    second = client.get(URL, {"page": 2})
    assert second.context["events"][0].title == "Tapahtuma 20"


@pytest.mark.parametrize("size", [1, 30])
def test_list_runs_a_fixed_number_of_queries(client, make_event, make_association,
                                             django_assert_num_queries, size):  # fmt: skip
    association = make_association("Järjestäjä ry")
    for number in range(size):
        make_event(
            f"Tapahtuma {number:02d}",
            association=association,
            start=NOW + datetime.timedelta(days=number % 9, hours=1),
            themes=["mielen-hyvinvointi", "arjen-turvallisuus"],
            target_groups=["kaikki"],
        )
    make_event("Mennyt", association=association, start=NOW - datetime.timedelta(days=3))
    # terms, five facet counts (one statement), the page of events, their themes
    with django_assert_num_queries(4):
        client.get(URL)
    with django_assert_num_queries(3):  # the counts come from the cache
        client.get(URL)
    # A search adds the vocabulary (1) and the content's words (1), once per content version.
    with django_assert_num_queries(6):
        client.get(URL, {"q": "tapahtuma", "theme": "mielen-hyvinvointi", "municipality": "lahti",
                         "start": "2026-12-02", "end": "2026-12-31", "free": "1",
                         "page": 1})  # fmt: skip
    with django_assert_num_queries(4):
        client.get(PAST_URL)


def test_cached_counts_follow_changes_and_the_clock(client, make_event, monkeypatch):
    event = make_event("Pian ohi", start=NOW + datetime.timedelta(hours=1),
                       themes=["arjen-turvallisuus"])  # fmt: skip
    assert facet_counts(client, {}, "theme")["arjen-turvallisuus"] == 1
    event.themes.clear()
    assert facet_counts(client, {}, "theme").get("arjen-turvallisuus", 0) == 0
    event.themes.add(*__import__("taxonomy.models").models.Theme.objects.filter(
        slug="arjen-turvallisuus"))  # fmt: skip
    assert facet_counts(client, {}, "theme")["arjen-turvallisuus"] == 1
    later = NOW + datetime.timedelta(hours=4)
    monkeypatch.setattr("events.views.current_moment", lambda: later)
    assert facet_counts(client, {}, "theme").get("arjen-turvallisuus", 0) == 0
    assert client.get(URL).context["result_count"] == 0


def test_an_associations_events_say_whose_they_are(client, calendar):
    response = client.get(URL, {"association": "lahden-mielenterveysseura-ry"})
    assert [event.title for event in response.context["events"]] == ["Vertaistukiryhmä"]
    page = response.content.decode()
    assert "Lahden Mielenterveysseura ry" in page and 'class="chip chip-remove" href="?"' in page
