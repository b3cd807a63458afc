from xml.etree import ElementTree

import pytest

from core.views import server_error

pytestmark = pytest.mark.django_db

SITEMAP_NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def html(response) -> str:
    return response.content.decode()


def test_home_page_offers_search_themes_and_municipalities(client):
    response = client.get("/")
    assert response.status_code == 200
    page = html(response)
    assert '<html lang="fi">' in page
    assert 'role="search"' in page
    for path in ["/teemat/mielen-hyvinvointi/", "/teemat/arjen-turvallisuus/", "/kunnat/sysma/"]:
        assert f'href="{path}"' in page
    assert page.count('href="/kunnat/') == 12  # ten, the index in the menu and below the ten
    assert page.count('href="/teemat/') == 6


def test_home_search_box_searches_everything(client):
    page = html(client.get("/"))
    form = page.split('role="search"')[0].rsplit("<form", 1)[1] + page.split('role="search"')[1]
    assert 'action="/haku/"' in form and 'name="q"' in form


def test_swedish_and_english_live_under_their_prefixes(client):
    swedish = html(client.get("/sv/"))
    assert '<html lang="sv">' in swedish
    assert "Välfärdsteman" in swedish
    assert 'href="/sv/kunnat/lahti/">Lahtis<' in swedish
    english = html(client.get("/en/strategia/"))
    assert '<html lang="en">' in english
    assert "The spearheads of the strategy" in english


def test_language_switcher_links_the_same_page_keeping_the_query(client):
    page = html(client.get("/kunnat/lahti/?q=x"))
    assert 'href="/sv/kunnat/lahti/?q=x"' in page
    assert 'href="/en/kunnat/lahti/?q=x"' in page
    swedish = html(client.get("/sv/kunnat/lahti/"))
    assert 'href="/kunnat/lahti/" lang="fi"' in swedish


def test_every_page_has_the_footer_links_and_meta_description(client, settings):
    for path in ["/", "/strategia/", "/teemat/arjen-turvallisuus/", "/tietosuoja/"]:
        page = html(client.get(path))
        assert '<meta name="description" content="' in page
        assert 'href="#main-content"' in page and 'id="main-content"' in page
        assert 'href="/saavutettavuus/"' in page and 'href="/tietosuoja/"' in page
        assert f'href="mailto:{settings.CONTACT_EMAIL}"' in page
        assert 'rel="icon"' in page


def test_robots_txt_points_at_the_sitemap_and_keeps_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Disallow: /hallinta/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def sitemap_locations(client) -> tuple[set[str], list]:
    """Every URL of every section listed by the sitemap index, and the sections' <url> elements."""
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    locations, urls = set(), []
    for section in index.findall("sm:sitemap/sm:loc", SITEMAP_NS):
        response = client.get(section.text.removeprefix("http://testserver"))
        assert response.status_code == 200
        for url in ElementTree.fromstring(response.content).findall("sm:url", SITEMAP_NS):
            urls.append(url)
            locations.add(url.findtext("sm:loc", namespaces=SITEMAP_NS))
    return locations, urls


def test_sitemap_lists_every_public_page_in_every_language(client):
    locations, urls = sitemap_locations(client)
    for path in [
        "/",
        "/strategia/",
        "/yhdistykset/",
        "/ilmoita-yhdistys/",
        "/palvelut/",
        "/tapahtumat/",
        "/uutiset/",
        "/teemat/",
        "/teemat/mielen-hyvinvointi/",
        "/kunnat/",
        "/kunnat/karkola/",
        "/saavutettavuus/",
        "/tietosuoja/",
        "/toimintaedellytykset/",
        "/tilat/",
        "/avustukset/",
        "/yhteyshenkilot/",
        "/seuranta/",
        "/strategia/toimenpiteet/",
        "/strategia/toimenpiteet/jarjestoneuvottelukunta-yhteistyoelimena/",
        "/yhteistyo/",
        "/vaikuttaminen/",
        "/vaikuttaminen/paattyneet/",
        "/ohjeet/",
        "/ohjeet/tapahtuman-lisaaminen/",
    ]:
        assert f"http://testserver{path}" in locations
        assert f"http://testserver/sv{path}" in locations
        assert f"http://testserver/en{path}" in locations
    # The portal's pages, themes, municipalities, fixed pages, operating conditions' six, the
    # evaluation dashboard, the partner notices' list, the advocacy page and its closed
    # consultations, the measures page and the strategy's 13 measures, the guides' index and the
    # six guides.
    assert len(locations) == 3 * (9 + 4 + 10 + 2 + 6 + 1 + 1 + 2 + 1 + 13 + 1 + 6)
    alternates = urls[0].findall("xhtml:link", SITEMAP_NS)
    assert {link.get("hreflang") for link in alternates} == {"fi", "sv", "en", "x-default"}


def test_not_found_page_is_friendly_and_needs_no_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/ei-tallaista-sivua/")
    assert response.status_code == 404
    assert "Sivua ei löytynyt" in html(response)


def test_server_error_page_needs_no_database(rf, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    page = response.content.decode()
    assert "Jokin meni vikaan" in page and "mailto:" in page


def test_favicon_ico_leads_to_the_site_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.svg"
