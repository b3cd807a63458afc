import re

import pytest
from playwright.sync_api import expect


@pytest.fixture
def region(make_association):
    make_association(
        "Orimattilan Omaishoitajat ry",
        municipality="orimattila",
        short_description="Vertaistukea omaishoitajille Orimattilassa.",
        themes=["mielen-hyvinvointi"],
        target_groups=["omaishoitajat"],
        email="info@omaishoitajat.example.fi",
    )
    make_association(
        "Lahden Omaishoitajat ry",
        municipality="lahti",
        short_description="Omaishoitajien yhdistys Lahdessa.",
        themes=["mielen-hyvinvointi"],
        target_groups=["omaishoitajat"],
    )
    make_association(
        "Orimattilan Urheilijat ry",
        municipality="orimattila",
        short_description="Liikuntaa kaikenikäisille.",
        themes=["paihteettomyys-ja-terveelliset-elintavat"],
    )


def test_search_narrow_and_open_a_profile(live_server, page, region, assert_accessible):
    page.goto(live_server.url + "/")
    page.get_by_label("Hae yhdistyksiä").fill("omaishoitajat")
    page.get_by_role("button", name="Hae", exact=True).click()
    expect(page).to_have_url(re.compile(r"/yhdistykset/\?q=omaishoitajat"))
    expect(page.get_by_role("heading", name="2 yhdistystä")).to_be_visible()
    assert_accessible(page)

    # With JavaScript, ticking a box applies the filter at once.
    page.get_by_text("Rajaa hakua").click()
    page.get_by_label(re.compile(r"^Mielen hyvinvointi")).check()
    expect(page).to_have_url(re.compile(r"theme=mielen-hyvinvointi"))
    page.get_by_label(re.compile(r"^Orimattila")).check()
    expect(page).to_have_url(re.compile(r"municipality=orimattila"))
    expect(page.get_by_role("heading", name="1 yhdistys")).to_be_visible()
    expect(page.get_by_label(re.compile(r"^Orimattila"))).to_be_focused()
    assert_accessible(page)

    page.get_by_role("link", name="Orimattilan Omaishoitajat ry").click()
    expect(page).to_have_url(re.compile(r"/yhdistykset/orimattilan-omaishoitajat-ry/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Orimattilan Omaishoitajat ry")
    expect(page.get_by_role("link", name="info@omaishoitajat.example.fi")).to_be_visible()
    assert_accessible(page)


def test_filters_work_without_javascript(live_server, browser, region):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/yhdistykset/")
    page.get_by_text("Rajaa hakua").click()
    page.get_by_label(re.compile(r"^Lahti")).check()
    page.get_by_role("button", name="Näytä tulokset").click()
    expect(page).to_have_url(re.compile(r"municipality=lahti"))
    expect(page.get_by_role("heading", name="1 yhdistys")).to_be_visible()
    page.get_by_role("link", name=re.compile("Poista rajaus")).click()
    expect(page.get_by_role("heading", name="3 yhdistystä")).to_be_visible()
    context.close()
