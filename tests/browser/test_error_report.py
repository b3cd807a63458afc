import re

import pytest
from playwright.sync_api import expect

from directory.models import ErrorReport


@pytest.fixture
def association(make_association):
    return make_association(
        "Asikkalan Eläkeläiset ry",
        municipality="asikkala",
        short_description="Kerhoja ja retkiä eläkeläisille Asikkalassa.",
        email="info@elakelaiset.example.fi",
    )


def test_report_outdated_information(live_server, page, association, assert_accessible):
    page.goto(live_server.url + association.get_absolute_url())
    page.locator('.report-error a[href$="/ilmoita-virheesta/"]').click()
    expect(page).to_have_url(
        re.compile(r"/yhdistykset/asikkalan-elakelaiset-ry/ilmoita-virheesta/$")
    )
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)

    # Sending it empty shows the error next to the field, and the form stays accessible.
    page.locator("#error-report-form button[type=submit]").click()
    expect(page.locator("#error-summary")).to_be_visible()
    expect(page.locator("#id_message")).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)

    page.locator("#id_message").fill("Kerho kokoontuu nykyään torstaisin, ei tiistaisin.")
    page.locator("#id_reporter_email").fill("asukas@example.fi")
    page.locator("#error-report-form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/ilmoita-virheesta/kiitos/$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator(f'main a[href="{association.get_absolute_url()}"]')).to_be_visible()
    assert_accessible(page)

    report = ErrorReport.objects.get()
    assert report.association == association and report.reporter_email == "asukas@example.fi"
