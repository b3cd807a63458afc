"""On a phone (375 px), in Finnish: a contact adds a weekly activity with two exception dates
in the admin, and a weekly event; the public pages show the schedules in plain Finnish and the
calendar lists the event's occurrences. Every page passes axe (WCAG 2.1 A/AA) and none scrolls
sideways."""

import datetime
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.conftest import WCAG_TAGS
from tests.browser.test_reflow import OVERFLOW
from tests.factories import PASSWORD, make_contact

PHONE = {"width": 375, "height": 812}


def short(day: datetime.date) -> str:
    return f"{day.day}.{day.month}."


def assert_fits(page):
    result = page.evaluate(OVERFLOW)
    assert result["scrollWidth"] <= result["clientWidth"] and not result["wide"], (page.url, result)


def assert_schedule_fields_accessible(page):
    """axe on the admin form's schedule fieldset: the stock admin around it (its two-box
    pickers) is being replaced by the self-service forms and is checked there."""
    results = Axe().run(
        page,
        context={"include": [["fieldset.schedule-fields"]]},
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}},
    )
    assert results.violations_count == 0, results.generate_report()


@pytest.fixture
def contact(make_association):
    association = make_association("Hollolan Lukijat ry", municipality="hollola")
    return make_contact(association, email="lukija@example.fi")


def test_a_contact_schedules_a_weekly_activity_and_event_on_a_phone(
    live_server, browser, contact, assert_accessible
):
    from services.models import Service

    today = timezone.localdate()
    first = today + datetime.timedelta(days=(1 - today.weekday()) % 7 + 7)  # a Tuesday
    last = first + datetime.timedelta(weeks=10)
    skipped = [first + datetime.timedelta(weeks=2), first + datetime.timedelta(weeks=5)]
    page = browser.new_context(viewport=PHONE, locale="fi-FI").new_page()

    page.goto(live_server.url + "/hallinta/login/")
    page.get_by_label("Sähköpostiosoite").fill("lukija@example.fi")
    page.get_by_label("Salasana").fill(PASSWORD)
    page.get_by_role("button", name="Kirjaudu sisään").click()

    # The activity: every Tuesday 18–20, except two Tuesdays.
    page.goto(live_server.url + "/hallinta/services/service/add/")
    assert_schedule_fields_accessible(page)
    assert_fits(page)
    association_choice = page.locator("#id_association")
    if association_choice.is_visible():
        association_choice.select_option(label="Hollolan Lukijat ry")
    page.locator("#id_title").fill("Lukupiiri")
    page.locator("#id_kind").select_option("harrastus-ja-ryhmatoiminta")
    page.locator("#id_short_description").fill("Luemme ja keskustelemme kirjoista.")
    page.get_by_label("Joka viikko").check()
    page.get_by_label("tiistai", exact=True).check()
    page.get_by_label("Ensimmäinen päivä").fill(first.isoformat())
    page.get_by_label("Viimeinen päivä").fill(last.isoformat())
    page.get_by_label("Alkaa klo").fill("18:00")
    page.get_by_label("Päättyy klo").fill("20:00")
    page.get_by_label("Paitsi näinä päivinä").fill(
        ", ".join(f"{day.day}.{day.month}.{day.year}" for day in skipped)
    )
    page.locator("fieldset.schedule-fields").screenshot(path="/tmp/recurrence-admin-375.png")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    service = Service.objects.get(title="Lukupiiri")
    assert service.repeat_exceptions == [day.isoformat() for day in skipped]
    # A coordinator publishes the contact's new activity.
    service.status = Service.Status.PUBLISHED
    service.save()

    public = browser.new_context(viewport=PHONE, locale="fi-FI").new_page()
    public.goto(live_server.url + service.get_absolute_url())
    expect(public.locator("#service-schedule")).to_have_text(
        f"Tiistaisin klo 18.00–20.00, {short(first)}–{short(last)}"
    )
    expect(public.locator("#service-exceptions")).to_have_text(
        f"Paitsi {short(skipped[0])} ja {short(skipped[1])}"
    )
    expect(public.locator("#service-next-dates li")).to_have_count(5)
    assert_accessible(public)
    assert_fits(public)
    public.screenshot(path="/tmp/recurrence-service-375.png", full_page=True)

    # The event: the same, as an event; published at once for a published association.
    page.goto(live_server.url + "/hallinta/events/event/add/")
    assert_schedule_fields_accessible(page)
    assert_fits(page)
    if page.locator("#id_association").is_visible():
        page.locator("#id_association").select_option(label="Hollolan Lukijat ry")
    page.locator("#id_title").fill("Lukuilta")
    page.locator("#id_summary").fill("Lukuilta kirjastossa.")
    page.locator("#id_start_0").fill(f"{first.day}.{first.month}.{first.year}")
    page.locator("#id_start_1").fill("18:00")
    page.locator("#id_end_0").fill(f"{first.day}.{first.month}.{first.year}")
    page.locator("#id_end_1").fill("20:00")
    page.locator("#id_place_name").fill("Hollolan kirjasto")
    page.locator("#id_municipality").select_option(label="Hollola")
    page.get_by_label("Joka viikko").check()
    page.get_by_label("tiistai", exact=True).check()
    page.get_by_label("Viimeinen päivä").fill(last.isoformat())
    page.get_by_label("Paitsi näinä päivinä").fill(
        "\n".join(f"{day.day}.{day.month}.{day.year}" for day in skipped)
    )
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_be_visible()

    public.goto(live_server.url + "/tapahtumat/lukuilta/")
    expect(public.locator("#event-when")).to_contain_text(
        f"Tiistaisin klo 18.00–20.00, {short(first)}–{short(last)}"
    )
    expect(public.locator("#event-exceptions")).to_have_text(
        f"Paitsi {short(skipped[0])} ja {short(skipped[1])}"
    )
    assert_accessible(public)
    assert_fits(public)
    public.screenshot(path="/tmp/recurrence-event-375.png", full_page=True)

    end = first + datetime.timedelta(weeks=6)
    public.goto(f"{live_server.url}/tapahtumat/?start={first.isoformat()}&end={end.isoformat()}")
    for week in range(7):
        day = first + datetime.timedelta(weeks=week)
        heading = public.locator(f"#day-{day.isoformat()}")
        if day in skipped:
            expect(heading).to_have_count(0)
        else:
            expect(heading).to_be_visible()
            expect(heading.locator("+ ul").get_by_role("link", name="Lukuilta")).to_be_visible()
    expect(public.get_by_text(re.compile(r"^Toistuu: tiistaisin"))).to_have_count(1)
    assert_accessible(public)
    assert_fits(public)
    public.screenshot(path="/tmp/recurrence-list-375.png", full_page=True)
