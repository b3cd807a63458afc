"""A resident finds their way by theme and by municipality: the indexes with counts, a
municipality's page, and the strategy's spearheads leading to what is tagged with them."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import make_news_item


@pytest.fixture
def hollola(make_association, make_event):
    tags = {"themes": ["mielen-hyvinvointi"], "spearheads": ["palvelutoiminta"]}
    association = make_association("Hollolan Mielenterveysseura ry", municipality="hollola",
                                   operating_municipalities=["hollola"], **tags)  # fmt: skip
    make_association("Hollolan Kyläyhdistys ry", municipality="hollola",
                     operating_municipalities=["hollola"])  # fmt: skip
    make_event("Mielen hyvinvoinnin ilta", association=association, municipality="hollola", **tags)
    make_news_item("Syksyn ryhmät alkavat", association=association, municipalities=["hollola"],
                   **tags)  # fmt: skip
    return association


def test_from_the_menu_to_a_municipality_and_its_associations(
    live_server, page, hollola, assert_accessible
):
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Päävalikko").get_by_role("link", name="Kunnat").click()
    expect(page).to_have_url(live_server.url + "/kunnat/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Kunnat")
    card = page.locator("#hollola")
    expect(card.locator('[data-count="associations"]')).to_have_text("2 yhdistystä")
    expect(card.locator('[data-count="events"]')).to_have_text("1 tuleva tapahtuma")
    expect(card.locator('[data-count="news"]')).to_have_text("1 uutinen")
    expect(page.locator("#lahti [data-count='associations']")).to_have_text("0 yhdistystä")
    assert_accessible(page)

    card.get_by_role("link", name="Hollola").click()
    expect(page).to_have_url(live_server.url + "/kunnat/hollola/")
    expect(page.get_by_role("link", name="Mielen hyvinvoinnin ilta")).to_be_visible()
    expect(page.get_by_role("link", name="Syksyn ryhmät alkavat")).to_be_visible()
    assert_accessible(page)

    page.locator(".term-summary [data-count='associations']").click()
    expect(page).to_have_url(re.compile(r"/yhdistykset/\?municipality=hollola$"))
    expect(page.get_by_role("heading", name="2 yhdistystä")).to_be_visible()


def test_themes_index_and_the_strategy(live_server, page, hollola, assert_accessible):
    page.goto(live_server.url + "/sv/")
    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Teman").click()
    expect(page).to_have_url(live_server.url + "/sv/teemat/")
    counts = page.locator("#mielen-hyvinvointi")
    expect(counts.locator('[data-count="associations"]')).to_have_text("1 förening")
    expect(counts.locator('[data-count="events"]')).to_have_text("1 kommande evenemang")
    assert_accessible(page)

    page.goto(live_server.url + "/strategia/")
    spearhead = page.locator("#palvelutoiminta")
    expect(spearhead.locator('[data-count="news"]')).to_have_text("1 uutinen")
    spearhead.locator('[data-count="associations"]').click()
    expect(page).to_have_url(re.compile(r"/yhdistykset/\?spearhead=palvelutoiminta$"))
    expect(page.get_by_role("heading", name="1 yhdistys")).to_be_visible()
