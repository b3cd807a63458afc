import re

from playwright.sync_api import expect


def test_home_language_switch_strategy_and_theme(live_server, page, assert_accessible):
    page.goto(live_server.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Päijät-Hämeen yhdistykset")
    assert_accessible(page)

    page.get_by_role("navigation", name="Kieli").get_by_role("link", name="På svenska").click()
    expect(page).to_have_url(live_server.url + "/sv/")
    expect(page.locator("html")).to_have_attribute("lang", "sv")
    expect(page.get_by_role("heading", name="Välfärdsteman")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("navigation", name="Språk").get_by_role("link", name="Suomeksi").click()
    expect(page).to_have_url(live_server.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "fi")

    page.get_by_role("navigation", name="Päävalikko").get_by_role("link", name="Strategia").click()
    expect(page).to_have_url(re.compile(r"/strategia/$"))
    expect(page.get_by_role("heading", name="1. Näkyvyys & tunnettuus")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Mielen hyvinvointi").click()
    expect(page).to_have_url(re.compile(r"/teemat/mielen-hyvinvointi/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Mielen hyvinvointi")
    assert_accessible(page)


def test_skip_link_moves_focus_to_main_content(live_server, page):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Siirry sisältöön")
    expect(skip_link).to_be_focused()
    skip_link.press("Enter")
    expect(page.locator("#main-content")).to_be_focused()


def test_no_content_security_policy_violations(live_server, page):
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.goto(live_server.url + "/strategia/")
    page.goto(live_server.url + "/hallinta/login/")
    assert violations == []
