"""`/haku/` in a browser: from the home page's box to the sections and on to a full list, on a
phone-sized screen, with axe."""

import re

import pytest
from playwright.sync_api import expect

from tests import factories

PHONE = {"width": 375, "height": 800}


@pytest.fixture
def region(db):
    carers = factories.make_association(
        "Orimattilan Omaishoitajat ry",
        municipality="orimattila",
        short_description="Vertaistukea omaishoitajille Orimattilassa.",
        target_groups=["omaishoitajat"],
    )
    factories.make_association(
        "Lahden Mielenterveysyhdistys ry",
        short_description="Mielenterveys ja arki: kohtaamispaikka ja vertaistukea.",
    )
    factories.make_service("Omaishoitajien vertaistukiryhmä", association=carers)
    factories.make_event("Vertaistuki-ilta omaishoitajille", association=carers)
    factories.make_news_item("Vertaistukiryhmä alkaa taas", association=carers)


def test_search_everything_from_the_home_page(live_server, browser, region, assert_accessible):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.get_by_label("Hae yhdistyksiä, toimintaa, tapahtumia ja uutisia").fill("vertaistuki")
    page.get_by_role("button", name="Hae", exact=True).click()
    expect(page).to_have_url(re.compile(r"/haku/\?q=vertaistuki"))
    expect(page.get_by_role("heading", name=re.compile(r"^Yhdistykset"))).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"^Toiminta ja palvelut"))).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"^Tulevat tapahtumat"))).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"^Uutiset"))).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert_accessible(page)
    page.screenshot(path="/tmp/search-haku-375.png", full_page=True)

    page.get_by_role("link", name="Näytä kaikki 2 tulosta: yhdistykset").click()
    expect(page).to_have_url(re.compile(r"/yhdistykset/\?q=vertaistuki$"))
    expect(page.get_by_role("heading", name="2 yhdistystä")).to_be_visible()
    context.close()


def test_a_misspelt_search_offers_the_correction(live_server, browser, region, assert_accessible):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + "/haku/?q=mielenteveys")
    expect(page.get_by_role("link", name="Lahden Mielenterveysyhdistys ry")).to_be_visible()
    page.get_by_role("link", name="mielenterveys", exact=True).click()
    expect(page).to_have_url(re.compile(r"/haku/\?q=mielenterveys$"))
    assert_accessible(page)

    # Nothing at all: the nearest target groups instead of a dead end.
    page.goto(live_server.url + "/haku/?q=omaishoitajille+purjelento")
    expect(page.get_by_role("link", name="Omaishoitajat")).to_be_visible()
    assert_accessible(page)
    page.screenshot(path="/tmp/search-empty-375.png", full_page=True)
    context.close()
