import datetime
import re

import icalendar
import pytest
from django.utils import timezone
from playwright.sync_api import expect

from events.views import quick_ranges
from tests.factories import helsinki


@pytest.fixture
def weekend_calendar(make_event, make_association):
    association = make_association("Orimattilan Kyläyhdistys ry", municipality="orimattila")
    today = timezone.localdate()
    _key, _label, _saturday, sunday = quick_ranges(today)[1]
    # All day on the weekend's Sunday, so it is upcoming whenever this test runs.
    make_event(
        "Kylän joulutori",
        association=association,
        municipality="orimattila",
        start=helsinki(sunday.year, sunday.month, sunday.day),
        end=helsinki(sunday.year, sunday.month, sunday.day),
        all_day=True,
        street_address="Kirkkotie 3",
        themes=["osallisuus-ja-yhteisollisyys"],
    )
    make_event(
        "Lahden luento", municipality="lahti", start=timezone.now() + datetime.timedelta(days=1)
    )
    make_event("Orimattilan kevätretki", municipality="orimattila",
               start=timezone.now() + datetime.timedelta(days=60))  # fmt: skip


def test_filter_to_a_municipality_and_this_weekend_then_add_to_calendar(
    live_server, page, weekend_calendar, assert_accessible
):
    page.goto(live_server.url + "/tapahtumat/")
    expect(page.locator("#results-heading")).to_contain_text("3")
    assert_accessible(page)

    page.locator("details.filters > summary").click()
    page.locator("#f-municipality-orimattila").check()
    expect(page).to_have_url(re.compile(r"municipality=orimattila"))
    expect(page.locator("#results-heading")).to_contain_text("2")
    page.locator("#quick-weekend").click()
    expect(page).to_have_url(re.compile(r"start=\d{4}-\d\d-\d\d&end=\d{4}-\d\d-\d\d"))
    expect(page).to_have_url(re.compile(r"municipality=orimattila"))
    expect(page.locator("#results-heading")).to_contain_text("1")
    expect(page.locator("h3.event-day")).to_have_count(1)
    assert_accessible(page)

    page.get_by_role("link", name="Kylän joulutori").click()
    expect(page).to_have_url(re.compile(r"/tapahtumat/kylan-joulutori/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Kylän joulutori")
    expect(page.locator("#event-map")).to_have_attribute(
        "href", re.compile(r"^https://www\.openstreetmap\.org/search\?query=.*Orimattila")
    )
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.locator("#add-to-calendar").click()
    download = download_info.value
    assert download.suggested_filename == "kylan-joulutori.ics"
    with open(download.path(), "rb") as file:
        (vevent,) = icalendar.Calendar.from_ical(file.read()).walk("VEVENT")
    assert vevent["summary"] == "Kylän joulutori"


def test_past_events_page_is_accessible(live_server, page, make_event, assert_accessible):
    make_event("Syysretki", start=timezone.now() - datetime.timedelta(days=10),
               event_status="cancelled")  # fmt: skip
    page.goto(live_server.url + "/tapahtumat/menneet/")
    expect(page.get_by_role("link", name="Syysretki")).to_be_visible()
    assert_accessible(page)
