"""`/teemat/`, `/kunnat/`, the theme and municipality pages and the strategy's spearheads: what
is tagged with each term, counted in a fixed number of queries."""

import datetime
import re

import pytest
from django.utils import timezone

from taxonomy.models import Spearhead
from tests.factories import make_news_item, make_partner_notice

pytestmark = pytest.mark.django_db


@pytest.fixture
def hollola(make_association, make_event, make_service):
    """In Hollola and about mental wellbeing: what the public sees, and what it must not."""
    tags = {"themes": ["mielen-hyvinvointi"], "spearheads": ["palvelutoiminta"]}
    association = make_association(
        "Hollolan Mielenterveysseura ry",
        municipality="hollola",
        operating_municipalities=["hollola"],
        **tags,
    )
    make_association(
        "Luonnos ry",
        municipality="hollola",
        status="draft",
        operating_municipalities=["hollola"],
        **tags,
    )
    make_service("Vertaistukiryhmä", association=association, municipalities=["hollola"], **tags)
    make_service(
        "Luonnosryhmä", association=association, municipalities=["hollola"], status="draft", **tags
    )
    make_event("Mielen hyvinvoinnin ilta", association=association, municipality="hollola", **tags)
    make_event(
        "Mennyt ilta",
        association=association,
        municipality="hollola",
        start=timezone.now() - datetime.timedelta(days=3),
        **tags,
    )
    make_news_item(
        "Syksyn ryhmät alkavat", association=association, municipalities=["hollola"], **tags
    )
    make_news_item(
        "Tuleva uutinen", association=association, municipalities=["hollola"], ago=-5, **tags
    )
    make_partner_notice("Etsimme puhujaa", association=association, municipalities=["hollola"],
                        **tags)  # fmt: skip
    make_partner_notice("Päättynyt ilmoitus", association=association,
                        municipalities=["hollola"],
                        valid_until=timezone.localdate() - datetime.timedelta(days=1),
                        **tags)  # fmt: skip
    return association


def counts_on(page: str, slug: str, parameter: str) -> dict[str, str]:
    """{list path: link text} of the count links to the lists filtered by `slug`."""
    links = re.findall(
        rf'<a href="(/[a-z/]+/)\?{parameter}={slug}" data-count="\w+">([^<]+)</a>', page
    )
    return dict(links)


def test_municipality_index_counts_what_the_public_sees(client, hollola):
    response = client.get("/kunnat/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "<h1>Kunnat</h1>" in page
    assert page.count('class="card term-card"') == 10
    assert counts_on(page, "hollola", "municipality") == {
        "/yhdistykset/": "1 yhdistys",
        "/palvelut/": "1 toiminta tai palvelu",
        "/tapahtumat/": "1 tuleva tapahtuma",
        "/uutiset/": "1 uutinen",
        "/yhteistyo/": "1 yhteistyöilmoitus",
    }
    assert counts_on(page, "lahti", "municipality") == {
        "/yhdistykset/": "0 yhdistystä",
        "/palvelut/": "0 toimintaa ja palvelua",
        "/tapahtumat/": "0 tulevaa tapahtumaa",
        "/uutiset/": "0 uutista",
        "/yhteistyo/": "0 yhteistyöilmoitusta",
    }


def test_theme_index_counts_in_swedish(client, hollola):
    page = client.get("/sv/teemat/").content.decode()
    assert "<h1>Välfärdsteman</h1>" in page
    assert page.count('class="card term-card"') == 4
    assert counts_on(page, "mielen-hyvinvointi", "theme") == {
        "/sv/yhdistykset/": "1 förening",
        "/sv/palvelut/": "1 verksamhet eller tjänst",
        "/sv/tapahtumat/": "1 kommande evenemang",
        "/sv/uutiset/": "1 nyhet",
        "/sv/yhteistyo/": "1 samarbetsannons",
    }


@pytest.mark.parametrize(
    ("path", "parameter", "slug"),
    [
        ("/kunnat/", "municipality", "lahti"),
        ("/teemat/", "theme", "arjen-turvallisuus"),
    ],
)
def test_indexes_count_in_one_query(
    client, django_assert_num_queries, hollola, path, parameter, slug, make_association
):
    with django_assert_num_queries(1):
        client.get(path)
    for number in range(5):
        make_association(
            f"Lisäyhdistys {number}",
            municipality="lahti",
            operating_municipalities=["lahti"],
            themes=["arjen-turvallisuus"],
        )
    with django_assert_num_queries(1):
        response = client.get(path)
    counts = counts_on(response.content.decode(), slug, parameter)
    assert counts["/yhdistykset/"] == "5 yhdistystä"


def test_municipality_page_has_what_a_resident_looks_for(client, hollola):
    page = client.get("/kunnat/hollola/").content.decode()
    assert "<h1>Hollola</h1>" in page
    for heading in [
        "Tulevat tapahtumat",
        "Toiminta ja palvelut",
        "Yhdistykset",
        "Tuoreimmat uutiset",
    ]:
        assert f">{heading}</h2>" in page, heading
    for shown in [
        "Mielen hyvinvoinnin ilta",
        "Vertaistukiryhmä",
        "Hollolan Mielenterveysseura ry",
        "Syksyn ryhmät alkavat",
    ]:
        assert shown in page, shown
    for hidden in ["Luonnos ry", "Luonnosryhmä", "Mennyt ilta", "Tuleva uutinen"]:
        assert hidden not in page, hidden
    assert counts_on(page, "hollola", "municipality")["/tapahtumat/"] == "1 tuleva tapahtuma"
    assert '<a href="/kunnat/">Kunnat</a>' in page  # the breadcrumb


def test_municipality_page_runs_a_fixed_number_of_queries(
    client, django_assert_num_queries, hollola, make_association
):
    # 10 for the portal's sections, 3 for the operating conditions' (contact people, counts).
    with django_assert_num_queries(13):
        client.get("/kunnat/hollola/")
    for number in range(4):
        make_association(
            f"Hollolan yhdistys {number}",
            municipality="hollola",
            operating_municipalities=["hollola"],
            themes=["arjen-turvallisuus"],
        )
    with django_assert_num_queries(13):
        response = client.get("/kunnat/hollola/")
    assert "Hollolan yhdistys 3" in response.content.decode()


def test_theme_page_shares_the_template(client, hollola):
    response = client.get("/teemat/mielen-hyvinvointi/")
    assert response.templates[0].name == "portal/term_detail.html"
    page = response.content.decode()
    assert "HYTE" in page
    assert counts_on(page, "mielen-hyvinvointi", "theme")["/palvelut/"] == "1 toiminta tai palvelu"


def test_strategy_links_every_spearhead_to_what_is_tagged_with_it(client, hollola):
    page = client.get("/strategia/").content.decode()
    for spearhead in Spearhead.objects.all():
        counts = counts_on(page, spearhead.slug, "spearhead")
        assert set(counts) == {"/yhdistykset/", "/palvelut/", "/tapahtumat/", "/uutiset/",
                               "/yhteistyo/"}, spearhead  # fmt: skip
    assert counts_on(page, "palvelutoiminta", "spearhead")["/yhdistykset/"] == "1 yhdistys"
    assert counts_on(page, "kumppanuus", "spearhead")["/uutiset/"] == "0 uutista"


def test_navigation_leads_to_the_indexes(client):
    page = client.get("/").content.decode()
    assert '<a href="/teemat/">Teemat</a>' in page
    assert '<a href="/kunnat/">Kunnat</a>' in page
    page = client.get("/kunnat/").content.decode()
    assert '<a href="/kunnat/" aria-current="page">Kunnat</a>' in page
