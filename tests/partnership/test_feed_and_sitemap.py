"""The RSS feed of new notices (parsed by feedparser), the sitemap sections, and the counts on
the theme, municipality and strategy pages."""

import datetime
from xml.etree import ElementTree

import pytest

from tests.partnership.conftest import NOW
from tests.validators import assert_valid_feed

pytestmark = pytest.mark.django_db

FEED = "/yhteistyo/syote/"
DAY = datetime.timedelta(days=1)
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def notices(make_association, make_partner_notice):
    village = make_association("Herralan Kyläyhdistys ry", municipality="hollola")
    make_partner_notice("Etsimme kokemusasiantuntijaa", association=village, kind="osaaminen",
                        themes=["mielen-hyvinvointi"], spearheads=["kumppanuus"],
                        municipalities=["hollola"], valid_until=NOW.date() + 20 * DAY)  # fmt: skip
    make_partner_notice("Tarjoamme peräkärryä", association=village, direction="tarjotaan",
                        kind="valineet", valid_until=NOW.date() + 60 * DAY)  # fmt: skip
    make_partner_notice("Vanha \x0bilmoitus", association=village, valid_until=NOW.date() - DAY)
    make_partner_notice("Luonnos", association=village, status="draft")
    return village


def test_feed_lists_current_notices_and_takes_the_filters(client, now, notices):
    response = client.get(FEED)
    assert response.status_code == 200
    feed = assert_valid_feed(response.content, "rss20")
    titles = [entry.title for entry in feed.entries]
    assert sorted(titles) == [
        "Etsitään: osaaminen, kokemusasiantuntija tai puhuja: Etsimme kokemusasiantuntijaa",
        "Tarjotaan: välineet: Tarjoamme peräkärryä",
    ]
    assert feed.entries[0].link.startswith("http://testserver/yhteistyo/")
    assert "Herralan Kyläyhdistys ry" in feed.entries[0].description
    filtered = assert_valid_feed(client.get(FEED, {"direction": "tarjotaan"}).content, "rss20")
    assert [entry.title for entry in filtered.entries] == [
        "Tarjotaan: välineet: Tarjoamme peräkärryä"]  # fmt: skip
    assert filtered.feed.title.endswith(": tarjotaan")
    assert filtered.feed.link.endswith("/yhteistyo/?direction=tarjotaan")


@pytest.mark.parametrize("params", [{"direction": "\x00"}, {"q": "x" * 3000}, {"kind": "?"}])
def test_feed_survives_bad_input(client, now, notices, params):
    response = client.get(FEED, params)
    assert response.status_code == 200
    assert_valid_feed(response.content, "rss20")


def test_the_list_links_its_feed(client, now, notices):
    page = client.get("/yhteistyo/", {"kind": "valineet"}).content.decode()
    assert 'href="/yhteistyo/syote/?kind=valineet"' in page


def section(client, name) -> set[str]:
    content = client.get(f"/sitemap-{name}.xml").content
    root = ElementTree.fromstring(content)
    return {loc.text for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)}


def test_sitemap_lists_the_list_and_current_notices_in_every_language(client, notices):
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-yhteistyo.xml" in index and "sitemap-yhteistyoilmoitukset.xml" in index
    assert section(client, "yhteistyo") == {
        f"http://testserver{prefix}/{path}/"
        for prefix in ("", "/sv", "/en")
        for path in ("yhteistyo", "vaikuttaminen", "vaikuttaminen/paattyneet")
    }
    locations = section(client, "yhteistyoilmoitukset")
    for slug in ("etsimme-kokemusasiantuntijaa", "tarjoamme-perakarrya"):
        for prefix in ("", "/sv", "/en"):
            assert f"http://testserver{prefix}/yhteistyo/{slug}/" in locations
    assert len(locations) == 6  # neither the expired notice nor the draft


def test_theme_municipality_and_strategy_pages_count_the_notices(client, now, notices):
    theme = client.get("/teemat/mielen-hyvinvointi/").content.decode()
    assert "1 yhteistyöilmoitus" in theme
    assert 'href="/yhteistyo/?theme=mielen-hyvinvointi"' in theme
    municipalities = client.get("/kunnat/").content.decode()
    assert 'href="/yhteistyo/?municipality=lahti"' in municipalities
    strategy = client.get("/strategia/").content.decode()
    assert 'href="/yhteistyo/?spearhead=kumppanuus"' in strategy
    assert 'id="partner-notices" href="/yhteistyo/"' in strategy
    now(datetime.datetime.combine(NOW.date() + 21 * DAY, datetime.time(), NOW.tzinfo))
    theme = client.get("/teemat/mielen-hyvinvointi/").content.decode()
    assert "0 yhteistyöilmoitusta" in theme
