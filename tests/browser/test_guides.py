"""A contact follows the "Ohje" link of an admin form to the guide, on a phone."""

import re

from playwright.sync_api import expect

from tests.factories import PASSWORD, make_association, make_contact


def test_a_contact_follows_the_guide_link_from_the_event_form(live_server, browser,
                                                              assert_accessible):  # fmt: skip
    make_contact(make_association("Heinolan Omaiset ry"), email="kaija@omaiset.example.fi")
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(live_server.url + "/hallinta/login/")
    page.get_by_label("Sähköpostiosoite").fill("kaija@omaiset.example.fi")
    page.get_by_label("Salasana").fill(PASSWORD)
    page.get_by_role("button", name="Kirjaudu sisään").click()
    page.goto(live_server.url + "/hallinta/events/event/add/")
    link = page.locator(".admin-guides").get_by_role("link", name=re.compile("Näin lisäät"))
    expect(page.locator(".admin-guides")).to_contain_text("Ohje:")
    page.screenshot(path="/tmp/guides-admin-375.png")
    with context.expect_page() as opened:
        link.click()
    guide = opened.value
    guide.wait_for_load_state()
    expect(guide).to_have_url(re.compile(r"/ohjeet/tapahtuman-lisaaminen/$"))
    expect(guide.get_by_role("heading", level=1)).to_have_text("Näin lisäät tapahtuman")
    assert_accessible(guide)
    guide.screenshot(path="/tmp/guides-detail-375.png", full_page=True)

    guide.get_by_role("link", name="Kaikki ohjeet yhdistyksille").click()
    guide.get_by_label("Hae ohjeista").fill("avustus")
    guide.get_by_role("button", name="Hae", exact=True).click()
    expect(guide.get_by_role("heading", name="1 ohje löytyi")).to_be_visible()
    expect(guide.get_by_role("link", name="Tilojen ja avustusten hakeminen")).to_be_visible()
    assert_accessible(guide)
    guide.goto(live_server.url + "/ohjeet/")
    guide.screenshot(path="/tmp/guides-list-375.png", full_page=True)
    # A guide not written in Swedish is shown in Finnish, marked as Finnish.
    guide.goto(live_server.url + "/sv/ohjeet/lausunnon-kirjoittaminen/")
    expect(guide.locator("article[lang=fi] h1")).to_have_text(
        "Näin kirjoitat lausunnon tai kannanoton"
    )
    assert_accessible(guide)
