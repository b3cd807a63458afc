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

    expect(page.locator("details.filters")).to_have_attribute("open", "")
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


def test_a_multi_day_event_is_under_each_of_its_days(
    live_server,
    page,
    make_event,
    make_association,
    assert_accessible,
):
    association = make_association("Hartolan Nuorisoseura ry", municipality="hartola")
    first = timezone.localdate() + datetime.timedelta(days=1)
    last = first + datetime.timedelta(days=2)
    make_event("Talvileiri", association=association, municipality="hartola", all_day=True,
               start=helsinki(first.year, first.month, first.day),
               end=helsinki(last.year, last.month, last.day))  # fmt: skip
    page.goto(live_server.url + "/tapahtumat/")
    for offset in range(3):
        day = first + datetime.timedelta(days=offset)
        under_day = page.locator(f"#day-{day.isoformat()} + ul")
        expect(under_day.get_by_role("link", name="Talvileiri")).to_be_visible()
        if offset:
            expect(under_day.locator(".ongoing-badge")).to_have_text("käynnissä")
    expect(page.locator("section.results")).not_to_contain_text("koko päivän")
    assert_accessible(page)


def test_subscribe_to_the_events_of_a_municipality(
    live_server,
    browser,
    make_event,
    assert_accessible,
):
    make_event("Kylätapahtuma", municipality="hartola")
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(live_server.url + "/kunnat/hartola/")
    address = f"{live_server.url}/tapahtumat/kalenteri.ics?municipality=hartola"
    webcal = address.replace("http://", "webcal://")
    expect(page.locator("#events-subscribe")).to_have_attribute("href", webcal)
    expect(page.locator("#events-subscribe")).to_have_text("Tilaa nämä tapahtumat kalenteriisi")
    expect(page.locator("main")).not_to_contain_text("iCalendar")

    page.get_by_role("button", name="Kopioi osoite").click()
    expect(page.get_by_role("status").filter(has_text="Osoite on kopioitu")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == address

    page.get_by_text("Näin tilaat tapahtumat puhelimeen tai tietokoneelle").click()
    expect(page.get_by_role("heading", name="iPhone ja iPad")).to_be_visible()
    expect(page.get_by_role("heading", name="Android ja Google-kalenteri")).to_be_visible()
    expect(page.get_by_role("heading", name="Outlook")).to_be_visible()
    assert_accessible(page)

    # Without JavaScript there is no button, and the address is there to copy by hand.
    still = browser.new_context(java_script_enabled=False).new_page()
    still.goto(live_server.url + "/tapahtumat/?municipality=hartola")
    expect(still.get_by_role("button", name="Kopioi osoite")).to_be_hidden()
    expect(still.get_by_label("Kalenterin osoite")).to_have_value(address)
    expect(still.locator("#calendar-subscribe")).to_have_attribute("href", webcal)
    still.context.close()
    context.close()
