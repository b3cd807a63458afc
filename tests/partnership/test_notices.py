"""`/yhteistyo/`: partner notices by URL, facets, visibility (expired at their minute, hidden
associations), exact query counts, the notice page and the rules of the last day."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from partnership.models import PartnerNotice, add_months
from tests.factories import helsinki
from tests.partnership.conftest import NOW

pytestmark = pytest.mark.django_db

URL = "/yhteistyo/"
TODAY = NOW.date()
DAY = datetime.timedelta(days=1)


@pytest.fixture
def notices(make_association, make_partner_notice):
    village = make_association("Herralan Kyläyhdistys ry", municipality="hollola")
    mental = make_association("Lahden Mielenterveysyhdistys ry")
    make_partner_notice("Etsimme kokemusasiantuntijaa", association=mental, kind="osaaminen",
                        municipalities=["lahti"], themes=["mielen-hyvinvointi"],
                        spearheads=["kumppanuus"], valid_until=TODAY + 40 * DAY)  # fmt: skip
    make_partner_notice("Tarjoamme kylätalon iltakäyttöön", association=village,
                        direction="tarjotaan", kind="tilat", municipalities=["hollola"],
                        valid_until=TODAY + 10 * DAY)  # fmt: skip
    make_partner_notice("Hakukumppani STEA-hakuun", association=village, kind="hakukumppani",
                        municipalities=["hollola", "lahti"], valid_until=TODAY)  # fmt: skip
    make_partner_notice("Vanhentunut", association=village, valid_until=TODAY - DAY)
    make_partner_notice("Luonnos", association=village, status="draft")
    make_partner_notice("Piilotettu", association=village, status="hidden")
    make_partner_notice("Odottaa", association=village, status="pending")
    hidden = make_association("Piilossa ry", status="hidden")
    make_partner_notice("Piilossa olevan ilmoitus", association=hidden)
    return village


def titles(client, params=None):
    response = client.get(URL, params or {})
    assert response.status_code == 200
    return [notice.title for notice in response.context["notices"]]


def facet_counts(client, params, name):
    facets = {facet.name: facet for facet in client.get(URL, params).context["facets"]}
    return {option.value: option.count for option in facets[name].options if option.count}


def test_lists_current_published_notices_newest_first(client, now, notices):
    assert titles(client) == ["Hakukumppani STEA-hakuun", "Tarjoamme kylätalon iltakäyttöön",
                              "Etsimme kokemusasiantuntijaa"]  # fmt: skip
    page = client.get(URL).content.decode()
    for hidden in ("Vanhentunut", "Luonnos", "Piilotettu", "Odottaa", "Piilossa olevan"):
        assert hidden not in page
    assert "Herralan Kyläyhdistys ry" in page and "3 ilmoitusta" in page


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"direction": "tarjotaan"}, ["Tarjoamme kylätalon iltakäyttöön"]),
        ({"kind": ["osaaminen", "tilat"]},
         ["Tarjoamme kylätalon iltakäyttöön", "Etsimme kokemusasiantuntijaa"]),
        ({"municipality": "lahti"}, ["Hakukumppani STEA-hakuun", "Etsimme kokemusasiantuntijaa"]),
        ({"municipality": "lahti", "direction": "etsitaan", "kind": "hakukumppani"},
         ["Hakukumppani STEA-hakuun"]),
        ({"theme": "mielen-hyvinvointi"}, ["Etsimme kokemusasiantuntijaa"]),
        ({"spearhead": "kumppanuus"}, ["Etsimme kokemusasiantuntijaa"]),
        ({"q": "kokemusasiantuntija"}, ["Etsimme kokemusasiantuntijaa"]),
        ({"q": "Herralan"}, ["Hakukumppani STEA-hakuun", "Tarjoamme kylätalon iltakäyttöön"]),
        ({"sort": "name"}, ["Etsimme kokemusasiantuntijaa", "Hakukumppani STEA-hakuun",
                            "Tarjoamme kylätalon iltakäyttöön"]),
    ],
)  # fmt: skip
def test_filters(client, now, notices, params, expected):
    assert sorted(titles(client, params)) == sorted(expected)
    if "q" not in params:
        assert titles(client, params) == expected


def test_facet_counts_apply_the_other_filters(client, now, notices):
    assert facet_counts(client, {}, "direction") == {"etsitaan": 2, "tarjotaan": 1}
    assert facet_counts(client, {"municipality": "hollola"}, "kind") == {
        "hakukumppani": 1, "tilat": 1}  # fmt: skip
    assert facet_counts(client, {"direction": "etsitaan"}, "municipality") == {
        PartnerNotice.municipalities.field.related_model.objects.get(slug="lahti").slug: 2,
        "hollola": 1,
    }


@pytest.mark.parametrize(
    "params",
    [{"direction": "kumpikin"}, {"kind": "x"}, {"municipality": "tukholma"}, {"page": "999"},
     {"sort": "sideways"}, {"q": "x" * 5000}, {"q": "\x00"}, {"theme": ["a"] * 100}],
)  # fmt: skip
def test_bad_input_never_fails(client, now, notices, params):
    assert client.get(URL, params).status_code in {200, 404}


def test_a_notice_leaves_the_list_and_its_page_at_midnight_after_the_last_day(client, now, notices):
    last_day = "Hakukumppani STEA-hakuun"
    now(helsinki(2026, 12, 2, 23, 59))
    assert last_day in titles(client)
    assert facet_counts(client, {}, "direction") == {"etsitaan": 2, "tarjotaan": 1}
    assert client.get("/yhteistyo/hakukumppani-stea-hakuun/").status_code == 200
    now(helsinki(2026, 12, 3, 0, 0))  # the counts of the minute before are cached: not used
    assert last_day not in titles(client)
    assert facet_counts(client, {}, "direction") == {"etsitaan": 1, "tarjotaan": 1}
    response = client.get("/yhteistyo/hakukumppani-stea-hakuun/")
    assert response.status_code == 410
    page = response.content.decode()
    assert "Ilmoitus on vanhentunut" in page and 'name="message"' not in page


@pytest.mark.parametrize("slug", ["luonnos", "piilotettu", "odottaa", "piilossa-olevan-ilmoitus",
                                  "ei-ole"])  # fmt: skip
def test_unpublished_notices_are_not_found(client, now, notices, slug):
    assert client.get(f"/yhteistyo/{slug}/").status_code == 404


def test_hiding_the_association_hides_its_notices(client, now, notices):
    notices.status = "hidden"
    notices.save()
    assert titles(client) == ["Etsimme kokemusasiantuntijaa"]
    assert client.get("/yhteistyo/tarjoamme-kylatalon-iltakayttoon/").status_code == 404


@pytest.mark.parametrize("size", [3, 30])
def test_list_runs_a_fixed_number_of_queries(client, now, make_association, make_partner_notice,
                                             django_assert_num_queries, size):  # fmt: skip
    association = make_association()
    for number in range(size):
        make_partner_notice(f"Ilmoitus {number:02d}", association=association,
                            direction="tarjotaan" if number % 2 else "etsitaan",
                            municipalities=["lahti", "hollola"], themes=["mielen-hyvinvointi"],
                            valid_until=TODAY + DAY)  # fmt: skip
    # Terms (1), the facet counts in one statement (direction, kind, municipality, theme,
    # spearhead), the page (1) and its municipalities (1); with the counts cached, the terms and
    # the page. A search adds the vocabulary (1) and the content's words (1).
    with django_assert_num_queries(4):
        client.get(URL)
    with django_assert_num_queries(3):
        client.get(URL)
    with django_assert_num_queries(6):
        client.get(URL, {"q": "ilmoitus", "municipality": "lahti", "direction": "tarjotaan",
                         "kind": "vapaaehtoiset", "theme": "mielen-hyvinvointi",
                         "sort": "updated", "page": 1})  # fmt: skip


def test_notice_page_shows_the_notice_and_no_address(client, now, notices, make_contact_person):
    from tests.factories import make_contact

    make_contact(notices, email="sihteeri.salainen@herrala.example.fi")
    response = client.get("/yhteistyo/tarjoamme-kylatalon-iltakayttoon/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Tarjotaan" in page and "Herralan Kyläyhdistys ry" in page
    assert 'name="message"' in page and 'name="sender_email"' in page
    assert "salainen" not in page and "mailto:" not in page.split("<footer")[0]


# --- The last day ------------------------------------------------------------------------------


def notice_with(valid_until, association) -> PartnerNotice:
    return PartnerNotice(title="Testi", summary="Testi.", description="Testi.",
                         direction="etsitaan", kind="muu", association=association,
                         valid_until=valid_until)  # fmt: skip


@pytest.mark.parametrize(
    ("offset", "error"),
    [(-1, "menneisyydessä"), (0, None), (1, None), ("six-months", None),
     ("six-months-and-a-day", "kuusi kuukautta")],
)  # fmt: skip
def test_the_last_day_is_today_at_earliest_and_six_months_ahead_at_most(make_association,
                                                                        offset, error):  # fmt: skip
    today = timezone.localdate()
    limit = add_months(today, 6)
    day = {"six-months": limit, "six-months-and-a-day": limit + DAY}.get(offset)
    day = day or today + offset * DAY
    notice = notice_with(day, make_association())
    if error is None:
        notice.full_clean(exclude=["slug"])
        return
    with pytest.raises(ValidationError) as raised:
        notice.full_clean(exclude=["slug"])
    assert list(raised.value.message_dict) == ["valid_until"]
    assert error in raised.value.message_dict["valid_until"][0]


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [((2026, 8, 31), 6, (2027, 2, 28)), ((2026, 12, 2), 6, (2027, 6, 2)),
     ((2027, 8, 31), 6, (2028, 2, 29)), ((2026, 1, 15), 1, (2026, 2, 15))],
)  # fmt: skip
def test_add_months(day, months, expected):
    assert add_months(datetime.date(*day), months) == datetime.date(*expected)


@pytest.mark.parametrize(("title", "slug"), [("Syöte", "syote-2"), ("Jatka", "jatka-2")])
def test_slug_never_takes_the_feed_or_extend_address(make_association, title, slug):
    notice = notice_with(TODAY, make_association())
    notice.title = title
    notice.save()
    assert notice.slug == slug


def test_the_profile_shows_the_associations_current_notices(client, now, notices):
    page = client.get(notices.get_absolute_url()).content.decode()
    assert "Etsimme ja tarjoamme" in page
    assert "/yhteistyo/tarjoamme-kylatalon-iltakayttoon/" in page
    assert "Vanhentunut" not in page and "Luonnos" not in page


def test_the_home_page_leads_to_the_notices(client):
    assert 'href="/yhteistyo/" id="home-partner-notices"' in client.get("/").content.decode()


@pytest.mark.parametrize("themes", [[], ["mielen-hyvinvointi", "arjen-turvallisuus"]])
def test_notice_page_runs_a_fixed_number_of_queries(client, now, make_association,
                                                    make_partner_notice,
                                                    django_assert_num_queries, themes):  # fmt: skip
    notice = make_partner_notice("Kysely", association=make_association(), themes=themes,
                                 municipalities=["lahti", "hollola", "orimattila"])  # fmt: skip
    # The notice with its association (1) and its four kinds of tags (4).
    with django_assert_num_queries(5):
        assert client.get(notice.get_absolute_url()).status_code == 200
