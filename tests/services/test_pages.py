"""Services on other pages: the association profile, theme and municipality pages, home, nav."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_profile_lists_the_associations_published_services(client, make_association, make_service):
    association = make_association("Lahden Martat ry", description="Kursseja ja neuvontaa.")
    make_service("Ruokakurssi", association=association, kind="koulutus")
    make_service("Kotitalousneuvonta", association=association, kind="neuvonta-ja-ohjaus")
    make_service("Luonnos", association=association, status="draft")
    make_service("Muiden ryhmä", association=make_association("Toinen ry"))
    page = client.get(association.get_absolute_url()).content.decode()
    assert page.index("Kotitalousneuvonta") < page.index("Ruokakurssi")
    assert 'href="/palvelut/ruokakurssi/"' in page
    assert "Luonnos" not in page and "Muiden ryhmä" not in page
    # After "What we do".
    assert page.index("Kursseja ja neuvontaa.") < page.index("Kotitalousneuvonta")


def test_profile_without_services_has_no_empty_section(client, make_association):
    page = client.get(make_association().get_absolute_url()).content.decode()
    assert 'id="services-heading"' not in page


@pytest.mark.parametrize(
    ("url_name", "slug", "param"),
    [
        ("portal:theme-detail", "mielen-hyvinvointi", "theme"),
        ("portal:municipality-detail", "hollola", "municipality"),
    ],
)
def test_term_pages_preview_their_services(
    client, make_association, make_service, url_name, slug, param
):
    association = make_association()
    for number in range(8):
        make_service(f"Ryhmä {number}", association=association, themes=["mielen-hyvinvointi"],
                     municipalities=["hollola"])  # fmt: skip
    make_service("Muu", association=association, themes=["arjen-turvallisuus"],
                 municipalities=["lahti"])  # fmt: skip
    page = client.get(reverse(url_name, args=[slug])).content.decode()
    assert page.count('class="card service-card"') == 6
    assert f'href="/palvelut/?{param}={slug}"' in page
    assert "Muu<" not in page


def test_term_page_query_count_does_not_grow(
    client, make_association, make_service, django_assert_max_num_queries
):
    association = make_association()
    for number in range(8):
        make_service(f"Ryhmä {number}", association=association, municipalities=["hollola"])
    with django_assert_max_num_queries(12):
        client.get(reverse("portal:municipality-detail", args=["hollola"]))


def test_home_and_navigation_lead_to_the_menu(client, db):
    page = client.get(reverse("portal:home")).content.decode()
    assert 'href="/palvelut/" id="home-services"' in page
    assert 'href="/palvelut/?kind=vapaaehtoistehtava"' in page
    menu = client.get("/palvelut/").content.decode()
    assert 'href="/palvelut/" aria-current="page"' in menu
