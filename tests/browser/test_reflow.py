"""Reflow (WCAG 2.1 1.4.10): every kind of public page fits a 320 px screen in every language,
with the long Finnish compounds real associations write in names, titles and body text.

A new kind of page is one line in `PAGE_KINDS` (and, if it needs content, a few lines in
`long_words`).
"""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from core.schedules import WEEKLY, Schedule
from followup.models import Measure
from news.models import NewsItem
from pages.models import Page
from services.models import Service
from taxonomy.models import Municipality
from tests.factories import make_consultation, make_news_item, make_partner_notice

WIDTH = 320
LANGUAGES = ["", "/sv", "/en"]
COMPOUND = "liikenneturvallisuussuunnitelmasta"
LONG_BODY = (
    "## Kokemusasiantuntijakoulutuksen kehittämistyöryhmä\n\n"
    f"Keskustelimme {COMPOUND} ja vertaistukiryhmätoimintaympäristöistä. "
    "Lue lisää: https://www.example.fi/yhdistykset/kokemusasiantuntijakoulutus/"
    "liikenneturvallisuussuunnitelma-2026-luonnos-kommentit.pdf\n\n"
    "| Toimintaympäristö | Vastuuhenkilöyhteystiedot |\n|---|---|\n"
    "| Liikenneturvallisuussuunnitelmatyöryhmä | "
    "kokemusasiantuntijakoulutuskoordinaattori@example.fi |\n"
)

# (name, path from the test data): every kind of public page, each checked in every language.
PAGE_KINDS = [
    ("home", lambda site: "/"),
    ("search", lambda site: f"/haku/?q={COMPOUND}+vertaistuki"),
    ("search, nothing found", lambda site: "/haku/?q=omaishoitajille+xyzzy"),
    ("association list", lambda site: f"/yhdistykset/?q={COMPOUND}&theme=mielen-hyvinvointi"),
    ("association profile", lambda site: site.association.get_absolute_url()),
    ("error report form", lambda site: f"{site.association.get_absolute_url()}ilmoita-virheesta/"),
    ("registration form", lambda site: "/ilmoita-yhdistys/"),
    ("service list", lambda site: "/palvelut/?municipality=hollola"),
    ("service", lambda site: site.service.get_absolute_url()),
    ("event list", lambda site: "/tapahtumat/"),
    ("past events", lambda site: "/tapahtumat/menneet/"),
    ("event", lambda site: site.event.get_absolute_url()),
    ("news list", lambda site: "/uutiset/"),
    ("news item", lambda site: site.news_item.get_absolute_url()),
    ("partner notice list", lambda site: "/yhteistyo/?theme=mielen-hyvinvointi"),
    ("partner notice", lambda site: site.notice.get_absolute_url()),
    ("advocacy", lambda site: "/vaikuttaminen/"),
    ("closed consultations", lambda site: "/vaikuttaminen/paattyneet/"),
    ("consultation", lambda site: site.consultation.get_absolute_url()),
    ("theme index", lambda site: "/teemat/"),
    ("theme", lambda site: "/teemat/mielen-hyvinvointi/"),
    ("municipality index", lambda site: "/kunnat/"),
    ("municipality", lambda site: "/kunnat/hollola/"),
    ("municipality print list", lambda site: "/kunnat/hollola/tulosta/"),
    ("theme print list", lambda site: "/teemat/mielen-hyvinvointi/tulosta/"),
    ("embed generator", lambda site: "/upotus/?kind=palvelut&municipality=hollola"),
    ("event widget", lambda site: "/upotus/tapahtumat/?municipality=hollola"),
    ("association widget", lambda site: "/upotus/yhdistykset/"),
    ("service widget", lambda site: "/upotus/palvelut/?municipality=hollola"),
    ("strategy", lambda site: "/strategia/"),
    ("evaluation dashboard", lambda site: "/seuranta/?theme=mielen-hyvinvointi"),
    ("measures", lambda site: "/strategia/toimenpiteet/?status=kaynnissa"),
    ("measure", lambda site: site.measure.get_absolute_url()),
    ("page", lambda site: "/saavutettavuus/"),
    ("guide list", lambda site: "/ohjeet/?q=tapahtuma"),
    ("guide (Finnish only)", lambda site: "/ohjeet/lausunnon-kirjoittaminen/"),
    ("not found", lambda site: "/ei-tallaista-sivua/"),
    ("admin login", lambda site: "/hallinta/login/"),
    ("e-mail login link", lambda site: "/hallinta/kirjautumislinkki/"),
]

# Horizontal overflow: the page scrolls sideways, or an element reaches past either edge of
# the screen (unless an ancestor clips it, as a scrolling table does, or it is hidden text).
OVERFLOW = r"""() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const clipped = (element) => {
    let node = element.parentElement;
    for (; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.overflowX !== "visible" || style.clip !== "auto") return true;
    }
    return false;
  };
  const wide = [];
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || box.bottom < -100) continue;
    if ((box.right > width + 0.5 || box.left < -0.5) && !clipped(element)) {
      const name = element.tagName.toLowerCase()
        + (element.className ? "." + element.className : "");
      wide.push(`${name} (${Math.round(box.left)}–${Math.round(box.right)} px): `
        + element.textContent.replace(/\s+/g, " ").trim().slice(0, 50));
    }
  }
  return {scrollWidth: root.scrollWidth, clientWidth: width, wide: wide.slice(0, 5)};
}"""


@pytest.fixture
def long_words(make_association, make_event):
    """Content of the kind that broke the layout: long compounds, addresses and links."""
    association = make_association(
        "Päijät-Hämeen Kokemusasiantuntijakoulutusyhdistys ry",
        municipality="hollola",
        short_description=f"Kokemusasiantuntijakoulutus ja lausunto {COMPOUND}.",
        description=LONG_BODY,
        email="kokemusasiantuntijakoulutus.hyvinvointialue@example.fi",
        website="https://www.kokemusasiantuntijakoulutusyhdistys.example.fi/yhteystiedot/",
        phone="040 123 4567",
        street_address="Liikenneturvallisuussuunnittelijankatu 123",
        postal_code="15870",
        themes=["mielen-hyvinvointi"],
        spearheads=["vaikuttaminen-ja-yhdessa-kehittaminen"],
        target_groups=["pitkaaikaissairaat"],
        operating_municipalities=["hollola", "lahti"],
    )
    service = Service.objects.create(
        association=association,
        title="Kokemusasiantuntijakoulutus mielenterveyskuntoutujille",
        slug="kokemusasiantuntijakoulutus",
        kind=Service.Kind.TRAINING,
        short_description=f"Vertaistukiryhmätoimintaa ja {COMPOUND} keskustelua.",
        description=LONG_BODY,
        schedule="Torstaisin klo 17.30–19.00 Liikenneturvallisuuskeskuksessa",
        place="Liikenneturvallisuuskeskuksen kokoushuone",
        online=True,
        status="published",
    )
    service.municipalities.add(*Municipality.objects.filter(slug__in=["hollola", "lahti"]))
    today = timezone.localdate()  # meets on Thursdays for half a year, but not in two weeks
    first = today + datetime.timedelta(days=(3 - today.weekday()) % 7)
    service.set_schedule(Schedule(frequency=WEEKLY, weekdays=(3,), first_day=first,
                                  last_day=first + datetime.timedelta(weeks=26),
                                  starts=datetime.time(17, 30), ends=datetime.time(19),
                                  exceptions=(first + datetime.timedelta(weeks=2),)))  # fmt: skip
    service.save()
    service.themes.add(*association.themes.all())
    start = timezone.now() + datetime.timedelta(days=2)
    event = make_event(
        f"Keskustelutilaisuus {COMPOUND}",
        association=association,
        municipality="hollola",
        start=start,
        end=start + datetime.timedelta(days=2),
        all_day=True,
        summary="Kokemusasiantuntijakoulutuksen vertaistukiryhmätoimintaympäristöt.",
        place_name="Liikenneturvallisuuskeskuksen monitoimitila",
        description=LONG_BODY,
        themes=["mielen-hyvinvointi"],
        spearheads=["vaikuttaminen-ja-yhdessa-kehittaminen"],
    )
    make_event(f"Menneisyyden {COMPOUND}", association=association, municipality="hollola",
               start=timezone.now() - datetime.timedelta(days=5))  # fmt: skip
    news_item = make_news_item(
        f"Lausunto {COMPOUND}",
        association=association,
        kind=NewsItem.Kind.CONSULTATION_RESPONSE,
        lead=f"Kokemusasiantuntijakoulutusyhdistys lausui {COMPOUND}.",
        body=LONG_BODY,
        themes=["mielen-hyvinvointi"],
        municipalities=["hollola"],
        spearheads=["vaikuttaminen-ja-yhdessa-kehittaminen"],
    )
    measure = Measure.objects.get(title="Järjestöneuvottelukunta yhteistyöelimenä")
    measure.status = Measure.Status.UNDER_WAY
    measure.other_parties = "Päijät-Hämeen hyvinvointialueen järjestöneuvottelukuntatyöryhmä"
    measure.target = f"Kokemusasiantuntijakoulutuksen {COMPOUND} tavoitteet."
    measure.save()
    measure.associations.add(association)
    measure.municipalities.add(*Municipality.objects.filter(slug__in=["hollola", "lahti"]))
    for month in (1, 6):
        measure.notes.create(date=datetime.date(2026, month, 1), text=f"{LONG_BODY} {COMPOUND}")
    notice = make_partner_notice(
        f"Etsimme kokemusasiantuntijaa {COMPOUND}",
        association=association,
        kind="osaaminen",
        summary=f"Kokemusasiantuntijakoulutuksen käynyt puhuja {COMPOUND}.",
        description=LONG_BODY,
        municipalities=["hollola", "lahti"],
        themes=["mielen-hyvinvointi"],
        spearheads=["kumppanuus"],
    )
    consultation = make_consultation(
        f"Lausuntopyyntö {COMPOUND}",
        asker_kind="hyvinvointialue",
        asker_name="Päijät-Hämeen hyvinvointialueen liikenneturvallisuustyöryhmä",
        summary=f"Lausuntopyyntö {COMPOUND} yhdistyksille.",
        description=LONG_BODY,
        url="https://www.lausuntopalvelu.fi/FI/Proposal/Participation?proposalId=0123456789abcdef",
        themes=["mielen-hyvinvointi"],
        municipalities=["hollola"],
    )
    make_consultation(f"Päättynyt {COMPOUND}", deadline=timezone.now() - datetime.timedelta(days=3))
    news_item.answers = consultation
    news_item.save()
    news_item.co_signers.add(association)
    page = Page.objects.get(slug="saavutettavuus")
    for field in ("body_fi", "body_sv", "body_en"):
        setattr(page, field, f"{getattr(page, field)}\n\n{LONG_BODY}")
    page.save()
    return SimpleNamespace(association=association, service=service, event=event,
                           news_item=news_item, notice=notice, measure=measure,
                           consultation=consultation)  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES, ids=["fi", "sv", "en"])
def test_every_kind_of_page_fits_a_320_px_screen(
    live_server, page, long_words, language, assert_accessible
):
    """…and, in Finnish, passes axe-core's WCAG 2.1 A and AA checks at that width."""
    page.set_viewport_size({"width": WIDTH, "height": 640})
    problems = []
    for name, path_of in PAGE_KINDS:
        path = language + path_of(long_words)
        response = page.goto(live_server.url + path)
        assert response.status < 500, f"{name}: {path} answered {response.status}"
        result = page.evaluate(OVERFLOW)
        if result["scrollWidth"] > result["clientWidth"] or result["wide"]:
            problems.append(
                f"{name} {path}: scrolls {result['scrollWidth']} px wide; "
                + "; ".join(result["wide"])
            )
        if not language:
            assert_accessible(page)
    assert not problems, "\n".join(problems)
