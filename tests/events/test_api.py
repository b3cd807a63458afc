"""`/api/events/`: upcoming published events as schema.org JSON-LD, with the calendar's filters,
paging, JSON 400s, CORS and fixed query counts."""

import datetime
import json

import pytest
from django.utils import timezone

from events.models import Event
from tests.validators import structured_data_problems

pytestmark = pytest.mark.django_db

URL = "/api/events/"


@pytest.fixture(autouse=True)
def _no_api_limit(settings):
    settings.API_REQUESTS_PER_MINUTE = 0


def get(client, params=None):
    response = client.get(URL, params or {})
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    return response


def titles(client, params=None) -> list[str]:
    data = get(client, params).json()
    return [element["item"]["name"] for element in data.get("itemListElement", [])]


def test_events_are_valid_schema_org(client, make_association, make_event):
    association = make_association()
    make_event("Kevätkonsertti", association=association, is_free=True,
               street_address="Kirkkokatu 1")  # fmt: skip
    make_event("Verkkoluento", association=None, municipality=None,
               attendance_mode=Event.AttendanceMode.ONLINE,
               online_url="https://meet.example.fi/luento", is_free=False, price="5 €")  # fmt: skip
    data = get(client).json()
    assert data["@type"] == "ItemList"
    assert data["numberOfItems"] == 2
    page = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    assert structured_data_problems(page) == []
    first = data["itemListElement"][0]
    assert first["position"] == 1
    assert first["item"]["@type"] == "Event"
    assert first["item"]["organizer"]["name"] == association.name
    assert first["item"]["url"].startswith("http://testserver/tapahtumat/")


def test_only_upcoming_published_events(client, make_association, make_event):
    public = make_association()
    draft = make_association("Luonnos ry", status="draft")
    make_event("Tuleva", association=public)
    make_event("Luonnoksen", association=draft)
    make_event("Piilotettu", association=public, status="hidden")
    past = timezone.now() - datetime.timedelta(days=3)
    make_event("Mennyt", association=public, start=past)
    assert titles(client) == ["Tuleva"]


def test_calendar_filters(client, make_association, make_event):
    association = make_association()
    soon = timezone.now() + datetime.timedelta(days=2)
    later = timezone.now() + datetime.timedelta(days=20)
    make_event("Heinolan ilta", association=association, municipality="heinola",
               themes=["mielen-hyvinvointi"], start=soon, is_free=True)  # fmt: skip
    make_event("Lahden kuoro", association=association, municipality="lahti", start=later,
               is_free=False, price="10 €")  # fmt: skip
    assert titles(client, {"municipality": "heinola"}) == ["Heinolan ilta"]
    assert titles(client, {"theme": "mielen-hyvinvointi"}) == ["Heinolan ilta"]
    assert titles(client, {"free": "1"}) == ["Heinolan ilta"]
    assert titles(client, {"q": "kuoro"}) == ["Lahden kuoro"]
    day = timezone.localdate(later).isoformat()
    assert titles(client, {"start": day, "end": day}) == ["Lahden kuoro"]
    assert titles(client, {"association": association.slug}) == ["Heinolan ilta", "Lahden kuoro"]
    assert titles(client, {"municipality": "tuntematon"}) == ["Heinolan ilta", "Lahden kuoro"]


def test_paging_with_link_headers(client, make_event):
    start = timezone.now() + datetime.timedelta(days=1)
    for number in range(5):
        make_event(f"Tapahtuma {number}", start=start + datetime.timedelta(hours=number))
    first = get(client, {"per_page": 2})
    assert [e["position"] for e in first.json()["itemListElement"]] == [1, 2]
    assert first.json()["numberOfItems"] == 5
    assert first["Link"] == '<http://testserver/api/events/?page=2&per_page=2>; rel="next"'
    last = get(client, {"per_page": 2, "page": 3})
    assert [e["item"]["name"] for e in last.json()["itemListElement"]] == ["Tapahtuma 4"]
    assert last.json()["itemListElement"][0]["position"] == 5
    assert last["Link"] == '<http://testserver/api/events/?page=2&per_page=2>; rel="prev"'


@pytest.mark.parametrize(
    "params",
    [{"per_page": "500"}, {"page": "0"}, {"start": "2026-02-30"}, {"start": "eilen"},
     {"start": "2026-05-10", "end": "2026-05-01"}],
)  # fmt: skip
def test_bad_parameters_are_a_json_400(client, params):
    response = client.get(URL, params)
    assert response.status_code == 400
    assert response.json()["error"]["message"]


def test_read_only(client):
    assert client.post(URL).status_code == 405


@pytest.mark.parametrize("size", [3, 30])
def test_query_count(client, make_association, make_event, django_assert_num_queries, size):
    association = make_association()
    for number in range(size):
        make_event(f"Tapahtuma {number}", association=association,
                   themes=["mielen-hyvinvointi"])  # fmt: skip
    # The vocabularies, the count and the page.
    with django_assert_num_queries(3):
        response = get(client, {"per_page": 100, "theme": "mielen-hyvinvointi"})
    assert response.json()["numberOfItems"] == size
    with django_assert_num_queries(0):  # cached for the minute, until the content changes
        get(client, {"per_page": 100, "theme": "mielen-hyvinvointi"})
