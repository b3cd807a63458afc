"""The contact's forms on a phone: how tall they are and how many fields they show (the numbers
in docs/usability.md come from `test_form_sizes`; run it with `-s` to print them)."""

import json

from tests.factories import PASSWORD, make_association, make_contact

# The visible controls a person fills: one per field name (a checkbox group counts once).
FIELDS_SHOWN = r"""() => {
  const names = new Set();
  for (const element of document.querySelectorAll(
      "#content-main form input, #content-main form select, #content-main form textarea")) {
    const type = (element.type || "").toLowerCase();
    if (["hidden", "submit", "button"].includes(type) || !element.name) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    names.add(element.name);
  }
  return names.size;
}"""


def log_in(page, live_server, email):
    page.goto(live_server.url + "/hallinta/login/")
    page.get_by_label("Sähköpostiosoite").fill(email)
    page.get_by_label("Salasana").fill(PASSWORD)
    page.get_by_role("button", name="Kirjaudu sisään").click()


def typical_association():
    return make_association(
        "Hollolan Omaishoitajat ry",
        municipality="hollola",
        short_description="Vertaistukea ja virkistystä omaishoitajille Hollolassa.",
        description="Tapaamme kuukausittain.\n\nKaikki omaishoitajat ovat tervetulleita.",
        themes=["mielen-hyvinvointi"],
        target_groups=["omaishoitajat"],
        email="info@omaishoitajat.example.fi",
        phone="040 123 4567",
    )


def measure(page, url, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(url)
    height = page.evaluate("() => document.documentElement.scrollHeight")
    return {"height": height, "fields": page.evaluate(FIELDS_SHOWN)}


def test_form_sizes(live_server, browser):
    association = typical_association()
    make_contact(association, email="yhteys@omaishoitajat.example.fi")
    page = browser.new_context().new_page()
    log_in(page, live_server, "yhteys@omaishoitajat.example.fi")
    forms = {
        "edit association": f"/hallinta/directory/association/{association.pk}/change/",
        "add event": "/hallinta/events/event/add/",
        "add news": "/hallinta/news/newsitem/add/",
        "add service": "/hallinta/services/service/add/",
    }
    sizes = {
        task: {width: measure(page, live_server.url + url, width) for width in (375, 1280)}
        for task, url in forms.items()
    }
    print(json.dumps(sizes, indent=1))
    assert sizes["edit association"][375]["height"] <= 7300 / 3


def test_screenshot_for_review(live_server, browser, tmp_path):
    association = typical_association()
    make_contact(association, email="yhteys@omaishoitajat.example.fi")
    page = browser.new_context(viewport={"width": 375, "height": 800}).new_page()
    log_in(page, live_server, "yhteys@omaishoitajat.example.fi")
    page.goto(live_server.url + f"/hallinta/directory/association/{association.pk}/change/")
    page.screenshot(path="/tmp/forms-association-375.png", full_page=True)
    page.goto(live_server.url + "/hallinta/events/event/add/")
    page.screenshot(path="/tmp/forms-event-375.png", full_page=True)
