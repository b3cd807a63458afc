"""The calendar by day: events that run several days are listed under each of their days, and
dates and times read the same way everywhere, in each language."""

import re

import pytest

from tests.factories import helsinki

pytestmark = pytest.mark.django_db

URL = "/tapahtumat/"
NOW = helsinki(2026, 12, 2, 12, 0)  # a Wednesday


@pytest.fixture(autouse=True)
def _fixed_now(monkeypatch):
    monkeypatch.setattr("events.views.current_moment", lambda: NOW)
    monkeypatch.setattr("django.utils.timezone.now", lambda: NOW)


def days(page: str) -> dict[str, list[str]]:
    """{day heading id: [the text of each card under it]}, in page order."""
    sections = re.split(r'<h3 class="event-day" id="day-([\d-]+)">', page)[1:]
    result = {}
    for day, html in zip(sections[::2], sections[1::2], strict=True):
        cards = re.findall(r'<li class="card event-card[^"]*">(.*?)</li>', html, re.S)
        result[day] = [" ".join(re.sub(r"<[^>]+>", " ", card).split()) for card in cards]
    return result


def test_a_multi_day_event_is_under_each_of_its_days_as_a_range(client, make_event):
    make_event("Joululeiri", start=helsinki(2026, 12, 3), end=helsinki(2026, 12, 5),
               all_day=True, summary="Leiri nuorille.")  # fmt: skip
    make_event("Lauantain luento", start=helsinki(2026, 12, 5, 18), end=helsinki(2026, 12, 5, 20))
    listed = days(client.get(URL).content.decode())
    assert list(listed) == ["2026-12-03", "2026-12-04", "2026-12-05"]
    assert listed["2026-12-03"] == [
        "Joululeiri 3.–5.12. Leiri nuorille. Kansalaisopisto, Lahti Maksuton"
    ]
    assert listed["2026-12-04"] == ["Joululeiri käynnissä 3.–5.12."]
    assert listed["2026-12-05"][0] == "Joululeiri käynnissä 3.–5.12."
    assert listed["2026-12-05"][1].startswith("Lauantain luento klo 18.00–20.00")
    assert "koko päivän" not in str(listed)


def test_an_event_in_progress_is_under_today_as_ongoing(client, make_event):
    make_event("Syysnäyttely", start=helsinki(2026, 11, 30, 10), end=helsinki(2026, 12, 3, 18))
    listed = days(client.get(URL).content.decode())
    assert list(listed) == ["2026-12-02", "2026-12-03"]
    assert listed["2026-12-02"][0].startswith(
        "Syysnäyttely käynnissä 30.11. klo 10.00 – 3.12. klo 18.00"
    )
    assert listed["2026-12-03"] == ["Syysnäyttely käynnissä 30.11. klo 10.00 – 3.12. klo 18.00"]


def test_an_event_of_a_week_or_more_is_listed_once(client, make_event):
    make_event("Taidenäyttely", start=helsinki(2026, 12, 4), end=helsinki(2026, 12, 20),
               all_day=True)  # fmt: skip
    assert list(days(client.get(URL).content.decode())) == ["2026-12-04"]


def test_the_days_stay_within_the_chosen_dates(client, make_event):
    make_event("Joululeiri", start=helsinki(2026, 12, 3), end=helsinki(2026, 12, 6), all_day=True)
    page = client.get(URL, {"start": "2026-12-04", "end": "2026-12-05"}).content.decode()
    assert list(days(page)) == ["2026-12-04", "2026-12-05"]


def test_the_days_stop_where_the_page_does(client, make_event, monkeypatch):
    monkeypatch.setattr("events.views.EventListView.paginate_by", 2)
    make_event("Joululeiri", start=helsinki(2026, 12, 3), end=helsinki(2026, 12, 6), all_day=True)
    make_event("Torstain kerho", start=helsinki(2026, 12, 4, 18))
    make_event("Lauantain luento", start=helsinki(2026, 12, 5, 18))
    first = days(client.get(URL).content.decode())
    assert list(first) == ["2026-12-03", "2026-12-04"]
    second = days(client.get(URL, {"page": 2}).content.decode())
    assert list(second) == ["2026-12-05"]


def test_times_in_swedish_and_english(client, make_event):
    make_event("Joululeiri", start=helsinki(2026, 12, 3), end=helsinki(2026, 12, 5), all_day=True)
    make_event("Luento", start=helsinki(2026, 12, 5, 18), end=helsinki(2026, 12, 5, 20))
    swedish = days(client.get("/sv" + URL).content.decode())
    assert swedish["2026-12-04"] == ["Joululeiri pågår 3.–5.12."]
    assert "kl. 18.00–20.00" in swedish["2026-12-05"][1]
    english = days(client.get("/en" + URL).content.decode())
    assert english["2026-12-04"] == ["Joululeiri ongoing 3–5 December"]
    assert "18:00–20:00" in english["2026-12-05"][1]


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("", "lauantai 5.12.2026 klo 18.00–20.30"),
        ("/sv", "lördag 5.12.2026 kl. 18.00–20.30"),
        ("/en", "Saturday 5 December 2026 at 18:00–20:30"),
    ],
)
def test_an_event_page_says_when_in_the_pages_language(client, make_event, prefix, expected):
    event = make_event("Luento", start=helsinki(2026, 12, 5, 18), end=helsinki(2026, 12, 5, 20, 30))
    page = client.get(prefix + event.get_absolute_url()).content.decode()
    assert f'<dd id="event-when">{expected}</dd>' in page


def test_an_event_page_shows_its_themes_and_spearheads(client, make_event):
    event = make_event("Vaikuttamisilta", themes=["osallisuus-ja-yhteisollisyys"],
                       spearheads=["vaikuttaminen-ja-yhdessa-kehittaminen"])  # fmt: skip
    page = client.get(event.get_absolute_url()).content.decode()
    assert (
        '<a class="chip" href="/tapahtumat/?theme=osallisuus-ja-yhteisollisyys">'
        "Osallisuus ja yhteisöllisyys</a>"
    ) in page
    assert (
        '<a class="chip" href="/tapahtumat/?spearhead=vaikuttaminen-ja-yhdessa-kehittaminen">'
        in page
    )
