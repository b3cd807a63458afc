"""`/vaikuttaminen/`: open consultations by deadline (closing at their minute, also across the
Helsinki daylight-saving changes), closed ones with their answers, statements that answer a
consultation and joint statements, the deadline calendar, the statement feed, the sitemap, the
admin, and exact query counts."""

import datetime
from xml.etree import ElementTree

import pytest
from django.core.exceptions import ValidationError

from news.models import NewsItem
from partnership.models import Consultation
from tests.factories import helsinki, make_association, make_contact, make_coordinator
from tests.partnership.conftest import NOW
from tests.validators import assert_valid_calendar, assert_valid_feed

pytestmark = pytest.mark.django_db

URL = "/vaikuttaminen/"
CLOSED = "/vaikuttaminen/paattyneet/"
CALENDAR = "/vaikuttaminen/kalenteri.ics"
FEED = "/vaikuttaminen/syote/"
DAY = datetime.timedelta(days=1)
MINUTE = datetime.timedelta(minutes=1)
UTC = datetime.UTC
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def titles(items) -> list[str]:
    return [item.title for item in items]


def context(client, url=URL, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200
    return response.context


@pytest.fixture
def field(make_consultation, make_news):
    """Two open consultations, a closed one, invisible ones, and statements answering them."""
    village = make_association("Herralan Kyläyhdistys ry", municipality="hollola")
    sport = make_association("Lahden Liikuntaseura ry")
    hidden_association = make_association("Piilotettu ry", status="hidden")
    later = make_consultation("Liikuntaohjelma", deadline=NOW + 20 * DAY,
                              themes=["paihteettomyys-ja-terveelliset-elintavat"],
                              municipalities=["lahti"])  # fmt: skip
    sooner = make_consultation("Hyvinvointisuunnitelma", deadline=NOW + 3 * DAY,
                               asker_kind="hyvinvointialue",
                               asker_name="Päijät-Hämeen hyvinvointialue")  # fmt: skip
    closed = make_consultation("Kyläohjelma", deadline=NOW - 10 * DAY, asker_kind="ministerio")
    make_consultation("Luonnos", status="draft")
    make_consultation("Piilotettu", status="hidden")
    make_consultation("Odottaa", status="pending")
    make_news("Lausunto liikuntaohjelmasta", association=sport, kind="lausunto", answers=later)
    joint = make_news("Yhteinen kannanotto", association=village, kind="kannanotto",
                      answers=closed, ago=2)  # fmt: skip
    joint.co_signers.add(sport, hidden_association)
    make_news("Mielipide kylistä", association=village, kind="mielipidekirjoitus", ago=3)
    make_news("Tavallinen uutinen", association=village)
    make_news("Luonnoslausunto", association=village, kind="lausunto", answers=later,
              status="draft")  # fmt: skip
    make_news("Ajastettu lausunto", association=village, kind="lausunto", answers=later, ago=-5)
    make_news("Piilotetun lausunto", association=hidden_association, kind="lausunto",
              answers=later)  # fmt: skip
    return {"later": later, "sooner": sooner, "closed": closed, "joint": joint}


def test_page_lists_open_consultations_by_deadline_then_statements(client, now, field):
    page = context(client)
    assert titles(page["open_consultations"]) == ["Hyvinvointisuunnitelma", "Liikuntaohjelma"]
    assert [c.answer_count for c in page["open_consultations"]] == [0, 1]
    assert page["closed_count"] == 1
    assert titles(page["statements"]) == [
        "Lausunto liikuntaohjelmasta", "Yhteinen kannanotto", "Mielipide kylistä"]  # fmt: skip
    html = client.get(URL).content.decode()
    assert 'href="/vaikuttaminen/hyvinvointisuunnitelma/"' in html
    assert 'href="/vaikuttaminen/paattyneet/"' in html
    assert "Lahden Liikuntaseura ry" in html and "Piilotettu ry" not in html


def test_closed_list_and_page_keep_the_closed_consultation_with_its_answers(client, now, field):
    assert titles(context(client, CLOSED)["consultations"]) == ["Kyläohjelma"]
    page = context(client, field["closed"].get_absolute_url())
    assert page["is_open"] is False
    assert titles(page["answers"]) == ["Yhteinen kannanotto"]
    html = client.get(field["closed"].get_absolute_url()).content.decode()
    assert 'id="answer-list"' in html and "Lahden Liikuntaseura ry" in html
    assert "Piilotettu ry" not in html


def test_detail_lists_only_published_answers(client, now, field):
    page = context(client, field["later"].get_absolute_url())
    assert page["is_open"] is True
    assert titles(page["answers"]) == ["Lausunto liikuntaohjelmasta"]
    html = client.get(field["later"].get_absolute_url()).content.decode()
    assert 'href="https://www.lausuntopalvelu.fi/pyynto"' in html
    assert "<strong>lausuntopalvelussa</strong>" in html


@pytest.mark.parametrize("slug", ["luonnos", "piilotettu", "odottaa", "ei-ole"])
def test_unpublished_consultations_are_not_found(client, now, field, slug):
    assert client.get(f"/vaikuttaminen/{slug}/").status_code == 404


def test_statement_page_shows_what_it_answers_and_its_co_signers(client, now, field):
    html = client.get(field["joint"].get_absolute_url()).content.decode()
    assert 'id="news-answers"' in html and 'href="/vaikuttaminen/kylaohjelma/"' in html
    assert 'id="news-co-signers"' in html and "Lahden Liikuntaseura ry" in html
    assert "Piilotettu ry" not in html
    field["closed"].status = Consultation.Status.HIDDEN
    field["closed"].save()
    html = client.get(field["joint"].get_absolute_url()).content.decode()
    assert 'id="news-answers"' not in html


def test_only_statement_kinds_may_answer_a_consultation(make_news, make_consultation):
    consultation = make_consultation("Kysely")
    item = make_news("Uutinen", kind="uutinen")
    item.answers = consultation
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "answers" in error.value.message_dict
    item.kind = "lausunto"
    item.full_clean()


# Helsinki goes to summer time on 28 March 2027 at 03:00 (UTC+2 → UTC+3) and back to winter time
# on 25 October 2026 at 04:00 (UTC+3 → UTC+2).
@pytest.mark.parametrize(
    ("deadline", "last_open_minute_utc"),
    [
        (helsinki(2027, 3, 28, 4, 0), datetime.datetime(2027, 3, 28, 0, 59, tzinfo=UTC)),
        (helsinki(2027, 3, 28, 16, 0), datetime.datetime(2027, 3, 28, 12, 59, tzinfo=UTC)),
        (helsinki(2026, 10, 25, 16, 0), datetime.datetime(2026, 10, 25, 13, 59, tzinfo=UTC)),
        (helsinki(2026, 10, 24, 16, 0), datetime.datetime(2026, 10, 24, 12, 59, tzinfo=UTC)),
    ],
)
def test_a_consultation_closes_at_its_deadline_minute_across_daylight_saving(
    client, now, make_consultation, deadline, last_open_minute_utc
):
    consultation = make_consultation("Määräaikainen", deadline=deadline)
    assert (last_open_minute_utc + MINUTE).astimezone(deadline.tzinfo) == deadline

    now(last_open_minute_utc)
    assert titles(context(client)["open_consultations"]) == ["Määräaikainen"]
    assert titles(context(client, CLOSED)["consultations"]) == []
    assert context(client, consultation.get_absolute_url())["is_open"] is True

    now(last_open_minute_utc + MINUTE)
    assert titles(context(client)["open_consultations"]) == []
    assert titles(context(client, CLOSED)["consultations"]) == ["Määräaikainen"]
    assert context(client, consultation.get_absolute_url())["is_open"] is False


@pytest.mark.parametrize("size", [2, 12])
def test_pages_run_a_fixed_number_of_queries(client, now, make_consultation, make_news,
                                             django_assert_num_queries, size):  # fmt: skip
    village = make_association("Kyläyhdistys ry")
    partner = make_association("Kumppani ry")
    for number in range(size):
        open_one = make_consultation(f"Avoin {number:02d}", deadline=NOW + (number + 1) * DAY)
        closed_one = make_consultation(f"Päättynyt {number:02d}", deadline=NOW - (number + 1) * DAY)
        for target in (open_one, closed_one):
            item = make_news(association=village, kind="lausunto", answers=target)
            item.co_signers.add(partner)
    # The spearhead, the open consultations, the closed count, the statements and co-signers.
    with django_assert_num_queries(5):
        client.get(URL)
    # The count and the page.
    with django_assert_num_queries(2):
        client.get(CLOSED)
    # The consultation, its four kinds of tags, its answers and their co-signers.
    with django_assert_num_queries(7):
        client.get("/vaikuttaminen/avoin-00/")


def test_calendar_has_the_deadlines_of_open_and_recently_closed(client, now, field,
                                                                make_consultation):  # fmt: skip
    make_consultation("Kauan sitten", deadline=NOW - 40 * DAY)
    response = client.get(CALENDAR)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = assert_valid_calendar(response.content)
    events = {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}
    assert sorted(events) == [
        "Lausuntopyynnön määräaika: Hyvinvointisuunnitelma",
        "Lausuntopyynnön määräaika: Kyläohjelma",
        "Lausuntopyynnön määräaika: Liikuntaohjelma",
    ]
    start = events["Lausuntopyynnön määräaika: Liikuntaohjelma"]["DTSTART"].dt
    assert start == NOW + 20 * DAY
    assert str(start.tzinfo) == "Europe/Helsinki"


def test_feed_lists_statements_and_opinion_pieces(client, now, field):
    response = client.get(FEED)
    assert response.status_code == 200
    feed = assert_valid_feed(response.content, "rss20")
    assert [entry.title for entry in feed.entries] == [
        "Lausunto: Lausunto liikuntaohjelmasta",
        "Kannanotto: Yhteinen kannanotto",
        "Mielipidekirjoitus: Mielipide kylistä",
    ]
    assert "Lahden Liikuntaseura ry" in feed.entries[1].description
    assert "Kyläohjelma" in feed.entries[1].description
    assert "Piilotettu ry" not in feed.entries[1].description
    assert feed.entries[0].link.startswith("http://testserver/uutiset/")


def sitemap(client, name) -> set[str]:
    root = ElementTree.fromstring(client.get(f"/sitemap-{name}.xml").content)
    return {loc.text for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)}


def test_sitemap_lists_the_pages_and_published_consultations(client, now, field):
    assert "sitemap-lausuntopyynnot.xml" in client.get("/sitemap.xml").content.decode()
    pages = sitemap(client, "yhteistyo")
    for prefix in ("", "/sv", "/en"):
        assert f"http://testserver{prefix}/vaikuttaminen/" in pages
        assert f"http://testserver{prefix}/vaikuttaminen/paattyneet/" in pages
    consultations = sitemap(client, "lausuntopyynnot")
    assert "http://testserver/vaikuttaminen/kylaohjelma/" in consultations
    assert "http://testserver/en/vaikuttaminen/liikuntaohjelma/" in consultations
    assert len(consultations) == 9  # three published (open and closed), in three languages


def test_strategy_links_the_advocacy_page(client, now):
    strategy = client.get("/strategia/").content.decode()
    assert 'id="advocacy" href="/vaikuttaminen/"' in strategy


@pytest.mark.parametrize("language", ["sv", "en"])
def test_pages_answer_in_every_language(client, now, field, language):
    for url in (URL, CLOSED, field["later"].get_absolute_url().removeprefix("/")):
        path = f"/{language}/{url.removeprefix('/')}"
        assert client.get(path).status_code == 200


def test_coordinators_keep_consultations_contacts_do_not(client, now, field):
    client.force_login(make_coordinator())
    assert client.get("/hallinta/partnership/consultation/").status_code == 200
    response = client.post("/hallinta/partnership/consultation/add/", {
        "title": "Uusi kysely", "slug": "", "summary": "Kysytään.", "description": "",
        "asker_kind": "kunta", "asker_name": "Hollolan kunta",
        "url": "https://www.hollola.fi/kysely", "deadline_0": "10.12.2026",
        "deadline_1": "16:00", "status": "published"})  # fmt: skip
    assert response.status_code == 302, response.context["adminform"].errors
    created = Consultation.objects.get(title="Uusi kysely")
    assert created.deadline == helsinki(2026, 12, 10, 16, 0)
    client.logout()
    village = make_association("Kontaktin yhdistys ry")
    client.force_login(make_contact(village, email="kontakti@example.fi"))
    assert client.get("/hallinta/partnership/consultation/").status_code == 403
    form = client.get("/hallinta/news/newsitem/add/").context["adminform"].form
    offered = set(form.fields["answers"].queryset.values_list("title", flat=True))
    assert offered == {"Liikuntaohjelma", "Hyvinvointisuunnitelma", "Kyläohjelma", "Uusi kysely"}


def test_demo_has_open_and_closed_consultations_with_answers(make_association):
    from demo.consultations import create_demo_consultations

    for number in range(4):
        make_association(f"Demoyhdistys {number} ry")
    first = create_demo_consultations(seed=1, now=NOW)
    assert first.created == 7 and first.skipped == 0
    published = Consultation.objects.published()
    assert published.open_at(NOW).count() == 4
    closed = published.closed_at(NOW)
    assert closed.count() == 3
    assert all(consultation.answers.exists() for consultation in closed)
    assert NewsItem.objects.exclude(co_signers=None).exists()
    again = create_demo_consultations(seed=1, now=NOW)
    assert again.created == 0 and again.skipped == 7
