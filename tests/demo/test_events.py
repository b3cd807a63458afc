"""Demo events: spread over nine months, in season, held by associations they fit."""

import datetime
import functools
import random
from collections import Counter

import pytest
from django.utils import timezone

from demo.events import DEFAULT_COUNT, choose_template, plan_event
from demo.seeding import create_demo_data
from events.models import Event

from .conftest import NOW, authors

# Words in a title and the months such an event may start in.
SEASONS = {
    "syyskokous": {9, 10, 11},
    "höstmöte": {9, 10, 11},
    "kevätkokous": {3, 4, 5},
    "vårmöte": {3, 4, 5},
    "kesäjuhla": {6, 7, 8},
    "kesäleiri": {6, 7, 8},
    "kesäteatteri": {6, 7, 8},
    "kesäretki": {6, 7, 8},
    "kesäkonsertti": {6, 7, 8},
    "kesäkisat": {6, 7, 8},
    "sommarutflykt": {6, 7, 8},
    "joulu": {11, 12},
    "julfest": {12},
    "pilkki": {1, 2, 3, 4},
    "latujen": {12, 1, 2, 3},
    "hiihtokoulu": {12, 1, 2, 3},
    "luistelukoulu": {11, 12, 1, 2, 3},
    "pesäpallokoulu": {5, 6, 7, 8},
    "jalkapallokoulu": {5, 6, 7, 8, 9},
}


@functools.cache
def year_of_events():
    """Every day of a year, events by randomly chosen demo associations and by the forum."""
    rng = random.Random(1)
    organisers = authors(2000)
    once: set = set()
    planned = []
    for offset in range(365):
        day = datetime.date(2026, 1, 1) + datetime.timedelta(days=offset)
        for number, organiser in enumerate([*rng.sample(organisers, 6), None]):
            organiser, template = choose_template(rng, organiser, day, once)
            planned.append((organiser, plan_event(rng, organiser, template, day, number)))
    return planned


def test_events_take_place_in_their_season():
    checked = Counter()
    for organiser, planned in year_of_events():
        # What the event is, without its organiser's name ("Kevätkokous – X:n Kesäteatteri ry").
        title = planned.event.title.lower().replace(
            organiser.record.name.lower() if organiser else "", ""
        )
        month = timezone.localtime(planned.event.start).month
        for word, months in SEASONS.items():
            if word in title:
                assert month in months, (planned.event.title, month)
                checked[word] += 1
    assert {"syyskokous", "kevätkokous", "joulu", "kesäretki", "pilkki"} <= set(checked)


def test_fairs_competitions_and_flea_markets_are_at_weekends():
    weekend_words = ("kirppis", "kirpputori", "kisat", "kilpailut", "markkina", "kyläjuhla")
    checked = 0
    for _organiser, planned in year_of_events():
        if any(word in planned.event.title.lower() for word in weekend_words):
            assert timezone.localtime(planned.event.start).weekday() >= 5, planned.event.title
            checked += 1
    assert checked > 20


def test_events_fit_their_organiser():
    for organiser, planned in year_of_events():
        event, title = planned.event, planned.event.title.lower()
        if organiser is None:
            assert event.association_id is None
            continue
        record = organiser.record
        assert set(planned.tags["target_groups"]) <= {*record.target_groups, "kaikki"}, title
        if "kuoro" in title or "konsertti" in title:
            assert "kulttuuri-ja-harrastukset" in record.fields, (record.name, title)
        if any(word in record.name for word in ("Metsästys", "Kalastus", "Riistanhoito")):
            assert not any(word in title for word in ("kuoro", "konsertti", "teatteri")), title
        if any(word in record.name for word in ("Eläkeläiset", "Seniorit", "Eläkkeensaajat")):
            assert not any(word in title for word in ("lasten", "nuorten", "junior")), title


def test_the_forum_holds_its_own_network_meetings():
    meetings = [(o, p) for o, p in year_of_events() if "verkostotapaaminen" in p.event.title]
    assert meetings
    assert all(organiser is None for organiser, _planned in meetings)
    association_titles = {p.event.title for o, p in year_of_events() if o is not None}
    assert not any("Yhdistysfoorumi" in title for title in association_titles)


def test_every_event_carries_a_spearhead_a_theme_and_an_audience():
    spearheads = Counter()
    for _organiser, planned in year_of_events():
        assert planned.tags["spearheads"] and planned.tags["themes"]
        assert planned.tags["target_groups"]
        spearheads.update(planned.tags["spearheads"])
    assert len(spearheads) == 5


@pytest.fixture
def seeded():
    data = create_demo_data(count=40, seed=2026, events=DEFAULT_COUNT, logos=False, now=NOW)
    assert data.events.created == DEFAULT_COUNT
    return Event.objects.all()


@pytest.mark.django_db
def test_demo_events_are_spread_and_varied(seeded):
    starts = [timezone.localtime(event.start) for event in seeded]
    # Three months back and six ahead, give or take the days to the nearest weekend.
    assert min(starts).date() >= NOW.date() - datetime.timedelta(days=98)
    assert max(starts).date() <= NOW.date() + datetime.timedelta(days=192)
    assert Event.objects.past(NOW).count() > 50 and Event.objects.upcoming(NOW).count() > 100
    assert len({start.weekday() for start in starts}) == 7
    assert len(set(seeded.exclude(municipality=None).values_list("municipality", flat=True))) >= 8
    assert seeded.filter(event_status=Event.EventStatus.CANCELLED).exists()
    assert seeded.filter(attendance_mode=Event.AttendanceMode.ONLINE).exists()
    assert seeded.filter(all_day=True).exists()
    assert seeded.filter(association=None).exists()
    assert Event.objects.published().count() > 150
    assert not seeded.filter(spearheads=None).exists()
    for event in seeded[:50]:
        event.full_clean()


@pytest.mark.django_db
def test_running_again_the_same_day_adds_nothing(seeded):
    again = create_demo_data(count=40, seed=2026, events=DEFAULT_COUNT, logos=False, now=NOW)
    assert (again.events.created, again.events.skipped) == (0, DEFAULT_COUNT)
