"""`/tilat/`: premises by URL, filters and facets, visibility, query counts, the profile page."""

import json
import re

import pytest
from django.core.exceptions import ValidationError

from conditions.models import Premises

pytestmark = pytest.mark.django_db

URL = "/tilat/"


@pytest.fixture
def premises(make_association, make_premises):
    village = make_association("Herralan Kyläyhdistys ry", municipality="hollola")
    make_premises(
        "Herralan kylätalo",
        association=village,
        municipality="hollola",
        capacity=80,
        is_free=False,
        price="30 € ilta",
        step_free=True,
        sauna=True,
        kitchen=True,
    )
    make_premises(
        "Kansalaistalon sali",
        owner_name="Lahden kaupunki",
        capacity=120,
        step_free=True,
        accessible_toilet=True,
        induction_loop=True,
        themes=["osallisuus-ja-yhteisollisyys"],
    )
    make_premises(
        "Seurakuntakodin kerhohuone",
        owner_kind="seurakunta",
        owner_name="Lahden seurakuntayhtymä",
        capacity=25,
        step_free=True,
        accessible_toilet=True,
    )
    make_premises("Luonnos", status="draft")
    make_premises("Piilotettu", status="hidden")
    make_premises("Odottaa", status="pending")
    hidden_association = make_association("Piilossa ry", status="hidden")
    make_premises("Piilossa olevan seurantalo", association=hidden_association)
    return village


def names(client, params=None):
    response = client.get(URL, params or {})
    assert response.status_code == 200
    return [item.name for item in response.context["premises_list"]]


def facet_counts(client, params, name):
    facets = {facet.name: facet for facet in client.get(URL, params).context["facets"]}
    return {option.value: option.count for option in facets[name].options}


def test_lists_only_published_premises_by_name(client, premises):
    assert names(client) == ["Herralan kylätalo", "Kansalaistalon sali",
                             "Seurakuntakodin kerhohuone"]  # fmt: skip
    page = client.get(URL).content.decode()
    for hidden in ("Luonnos", "Piilotettu", "Odottaa", "Piilossa olevan"):
        assert hidden not in page
    assert "Herralan Kyläyhdistys ry" in page  # the owner on the card


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"municipality": "hollola"}, ["Herralan kylätalo"]),
        ({"owner": "seurakunta"}, ["Seurakuntakodin kerhohuone"]),
        ({"owner": ["seurakunta", "yhdistys"]},
         ["Herralan kylätalo", "Seurakuntakodin kerhohuone"]),
        ({"free": "1"}, ["Kansalaistalon sali", "Seurakuntakodin kerhohuone"]),
        ({"capacity": "50"}, ["Herralan kylätalo", "Kansalaistalon sali"]),
        ({"capacity": "100", "municipality": "lahti"}, ["Kansalaistalon sali"]),
        # Accessibility features combine with AND: whoever needs both needs both.
        ({"accessibility": "esteeton-wc"}, ["Kansalaistalon sali", "Seurakuntakodin kerhohuone"]),
        ({"accessibility": ["esteeton-wc", "induktiosilmukka"]}, ["Kansalaistalon sali"]),
        ({"q": "kylätalo"}, ["Herralan kylätalo"]),
        ({"q": "seurakuntayhtymä"}, ["Seurakuntakodin kerhohuone"]),
    ],
)  # fmt: skip
def test_filters(client, premises, params, expected):
    assert names(client, params) == expected


def test_accessibility_counts_stay_within_the_chosen_features(client, premises):
    counts = facet_counts(client, {"accessibility": "esteeton-wc"}, "accessibility")
    assert counts == {"esteeton-kulku": 2, "esteeton-wc": 2, "induktiosilmukka": 1,
                      "invapysakointi": 0}  # fmt: skip
    assert facet_counts(client, {}, "owner") == {"kunta": 1, "hyvinvointialue": 0,
                                                 "seurakunta": 1, "yhdistys": 1, "yritys": 0,
                                                 "muu": 0}  # fmt: skip


@pytest.mark.parametrize(
    "params",
    [
        {"capacity": "abc"}, {"capacity": "-5"}, {"capacity": "9999999999"},
        {"accessibility": "hissi"}, {"owner": "kuningas"}, {"municipality": "tukholma"},
        {"free": "yes"}, {"page": "999"}, {"sort": "sideways"}, {"q": "x" * 5000},
        {"q": "\x00"},
    ],
)  # fmt: skip
def test_bad_input_never_fails(client, premises, params):
    assert client.get(URL, params).status_code in {200, 404}


def test_capacity_chip_removes_the_filter(client, premises):
    response = client.get(URL, {"capacity": "50"})
    assert [chip.label for chip in response.context["chips"]] == ["Tilaa vähintään 50 hengelle"]
    assert response.context["chips"][0].remove_url == "?"


@pytest.mark.parametrize("size", [3, 30])
def test_list_runs_a_fixed_number_of_queries(client, settings, make_premises, make_association,
                                             django_assert_num_queries, size):  # fmt: skip
    association = make_association()
    # The miss path: pages rendered, not served whole (that is tests/core/test_pagecache.py).
    settings.PAGE_CACHE_SECONDS = 0
    for number in range(size):
        make_premises(f"Tila {number:02d}", association=association if number % 2 else None,
                      municipality="lahti" if number % 3 else "hollola", step_free=True,
                      themes=["mielen-hyvinvointi"])  # fmt: skip
    # Terms (1), facet counts (one statement for municipalities, owners and free, one for the
    # accessibility flags), the page with
    # its municipalities and associations (1); with the counts cached, the terms and the page.
    with django_assert_num_queries(4):
        client.get(URL)
    with django_assert_num_queries(2):
        client.get(URL)
    # A search adds the vocabulary (1) and the content's words (1), once per content version.
    with django_assert_num_queries(6):
        client.get(URL, {"q": "tila", "municipality": "lahti", "accessibility": "esteeton-kulku",
                         "capacity": "10", "free": "1", "sort": "updated", "page": 1})  # fmt: skip


def test_detail_page_has_the_facts_and_place_json_ld(client, premises):
    response = client.get("/tilat/herralan-kylatalo/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "30 € ilta" in page and "Herralan Kyläyhdistys ry" in page
    assert "varaukset@example.fi" in page
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page,
                                re.S).group(1))  # fmt: skip
    assert data["@type"] == "Place"
    assert data["maximumAttendeeCapacity"] == 80
    assert data["address"]["addressLocality"] == "Hollola"
    features = {feature["name"] for feature in data["amenityFeature"]}
    assert {"Esteetön kulku", "Sauna", "Keittiö"} <= features
    assert data["isAccessibleForFree"] is False


@pytest.mark.parametrize(
    "slug", ["luonnos", "piilotettu", "odottaa", "piilossa-olevan-seurantalo", "ei-ole"]
)
def test_unpublished_premises_are_not_found(client, premises, slug):
    assert client.get(f"/tilat/{slug}/").status_code == 404


def test_association_profile_lists_the_premises_it_offers(client, premises):
    page = client.get(premises.get_absolute_url()).content.decode()
    assert "Tilat, joita tarjoamme" in page
    assert "/tilat/herralan-kylatalo/" in page


def test_profile_without_premises_has_no_premises_section(client, make_association):
    other = make_association("Tilaton ry")
    assert "Tilat, joita tarjoamme" not in client.get(other.get_absolute_url()).content.decode()


def test_owner_rules(make_association, make_premises):
    association = make_association()
    municipal = Premises(owner_kind="kunta", association=association, owner_name="")
    with pytest.raises(ValidationError) as error:
        municipal.clean()
    assert {"owner_kind", "owner_name", "price", "booking_url"} <= set(error.value.message_dict)
    orphan = Premises(owner_kind="yhdistys", is_free=True, booking_phone="040 123 4567")
    with pytest.raises(ValidationError) as error:
        orphan.clean()
    assert set(error.value.message_dict) == {"association"}
