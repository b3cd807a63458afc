import re

import pytest
from playwright.sync_api import expect

from tests.factories import make_news_item as make_news


@pytest.fixture
def news(make_association):
    association = make_association(
        "Heinolan Kyläyhdistys ry", municipality="heinola", themes=["osallisuus-ja-yhteisollisyys"]
    )
    make_news(
        "Kannanotto kyläkoulun puolesta",
        association=association,
        kind="kannanotto",
        lead="Kyläkoulu on kylän sydän.",
        body="## Perustelut\n\n- Lyhyet koulumatkat\n- Yhteisö pysyy elinvoimaisena",
        themes=["osallisuus-ja-yhteisollisyys"],
        municipalities=["heinola"],
    )
    make_news("Kesäjuhlat Heinolassa", association=association, kind="uutinen", ago=3)
    make_news("Foorumin tiedote", kind="tiedote", ago=5)
    make_news("Ajastettu kannanotto", association=association, kind="kannanotto", ago=-5)


def test_open_the_news_filter_to_statements_and_read_one(
    live_server, page, news, assert_accessible
):
    page.goto(live_server.url + "/")
    page.locator(".main-nav a[href='/uutiset/']").click()
    expect(page).to_have_url(re.compile(r"/uutiset/$"))
    expect(page.locator("#news-results > li")).to_have_count(3)
    assert_accessible(page)

    # With JavaScript, ticking a box applies the filter at once.
    page.locator(".filters > summary").click()
    page.locator("#f-kind-kannanotto").check()
    expect(page).to_have_url(re.compile(r"kind=kannanotto"))
    expect(page.locator("#news-results > li")).to_have_count(1)
    expect(page.locator("#f-kind-kannanotto")).to_be_checked()
    assert_accessible(page)

    page.locator("#news-results a", has_text="Kannanotto kyläkoulun puolesta").click()
    expect(page).to_have_url(re.compile(r"/uutiset/kannanotto-kylakoulun-puolesta-\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Kannanotto kyläkoulun puolesta")
    expect(page.locator("#news-body h2")).to_have_text("Perustelut")
    expect(page.locator("#news-author a")).to_have_text("Heinolan Kyläyhdistys ry")
    assert_accessible(page)


def test_statements_from_the_strategy_without_javascript(live_server, browser, news):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/strategia/")
    page.locator("#advocacy-news").click()
    expect(page).to_have_url(re.compile(r"kind=kannanotto&kind=lausunto"))
    expect(page.locator("#news-results > li")).to_have_count(1)
    context.close()
