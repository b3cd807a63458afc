"""The HSDS 3.0 API: responses valid against the standard's schemas, only public data, the list
parameters, paging, errors as JSON 400s, CORS, throttling and query counts."""

import datetime
import uuid

import pytest
from django.db import transaction
from django.utils import timezone

from demo.seeding import create_demo_data
from directory.models import Association
from opendata import hsds
from services.models import Service
from taxonomy.models import Theme
from tests.opendata.conftest import assert_valid, load_schema, page_schema

pytestmark = pytest.mark.django_db

ROOT = "/api/hsds/"


def get(client, path, params=None, **extra):
    response = client.get(ROOT + path, params or {}, **extra)
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    return response


@pytest.fixture
def demo():
    with transaction.atomic():
        create_demo_data(count=25, seed=7, events=0, logos=True)


def test_root_gives_the_version_and_the_openapi_document(client):
    data = get(client, "").json()
    assert data["version"] == "3.0"
    assert data["openapi_url"] == "http://testserver/api/hsds/openapi.json"
    document = get(client, "openapi.json").json()
    assert document["openapi"].startswith("3.1")
    assert "/organizations" in document["paths"]
    assert document["servers"] == [{"url": "http://testserver/api/hsds/"}]


def test_demo_organizations_validate_against_the_standard(client, demo):
    response = get(client, "organizations", {"per_page": 100})
    assert response.status_code == 200
    data = response.json()
    assert_valid(data, page_schema("organization_list"))
    published = Association.objects.published()
    assert data["total_items"] == published.count() > 0
    schema = load_schema("organization")
    with_services = published.filter(services__status="published").distinct()[:5]
    for association in [*with_services, *published.exclude(logo="")[:2]]:
        detail = get(client, f"organizations/{association.uuid}").json()
        assert_valid(detail, schema)
        assert detail["name"] == association.name
    assert any(get(client, f"organizations/{a.uuid}").json().get("services")
               for a in with_services)  # fmt: skip


def test_demo_services_validate_against_the_standard(client, demo):
    data = get(client, "services", {"per_page": 100}).json()
    assert_valid(data, page_schema("service_list"))
    assert data["total_items"] == Service.objects.published().count() > 0
    schema = load_schema("service")
    for item in data["contents"][:15]:
        detail = get(client, f"services/{item['id']}").json()
        assert_valid(detail, schema)
        assert detail["organization"]["id"] == item["organization_id"]
    sal = get(client, "service_at_locations", {"per_page": 100}).json()
    assert_valid(sal, page_schema("service_at_location_list"))


def test_taxonomies_and_terms_validate(client):
    taxonomies = get(client, "taxonomies").json()
    assert_valid(taxonomies, page_schema("taxonomy"))
    assert taxonomies["total_items"] == 4
    terms = get(client, "taxonomy_terms", {"per_page": 100}).json()
    assert_valid(terms, page_schema("taxonomy_term"))
    assert {t["code"] for t in terms["contents"]} >= {"mielen-hyvinvointi", "ikaantyneet"}
    theme = hsds.BY_KEY["theme"]
    themes = get(client, "taxonomy_terms", {"taxonomy_id": str(theme.id)}).json()
    assert themes["total_items"] == Theme.objects.count() == 4
    one = themes["contents"][0]
    assert get(client, f"taxonomy_terms/{one['id']}").json() == one
    assert get(client, f"taxonomies/{theme.id}").json()["name"] == theme.name
    assert get(client, "taxonomy_terms/nope").status_code == 404


def test_service_detail_is_fully_nested(client, make_association, make_service):
    association = make_association(phone="03 123 4567", email="info@example.fi")
    service = make_service(
        "Muistikahvila",
        association=association,
        themes=["mielen-hyvinvointi"],
        target_groups=["ikaantyneet"],
        municipalities=["lahti"],
        languages=["fi"],
        place="Kylätalo",
        street_address="Kirkkokatu 1",
        postal_code="15100",
        schedule="Tiistaisin klo 10–12",
        is_free=True,
        contact_phone="044 123 4567",
        min_age=60,
        accessibility="Esteetön sisäänkäynti.",
    )
    data = get(client, f"services/{service.uuid}").json()
    assert_valid(data, load_schema("service"))
    assert data["fees_description"] == "Maksuton"
    assert data["cost_options"][0]["amount"] == 0
    assert data["minimum_age"] == 60
    assert data["schedules"][0]["description"] == "Tiistaisin klo 10–12"
    assert data["service_areas"][0]["name"] == "Lahti"
    location = data["service_at_locations"][0]["location"]
    assert location["addresses"][0]["address_1"] == "Kirkkokatu 1"
    assert location["addresses"][0]["city"] == "Lahti"
    names = {a["taxonomy_term"]["name"] for a in data["attributes"]}
    assert names == {"Mielen hyvinvointi", "Ikääntyneet"}
    # The same identifiers every time.
    assert get(client, f"services/{service.uuid}").json() == data


def test_only_published_content(client, make_association, make_service):
    public = make_association("Julkinen ry")
    draft = make_association("Luonnos ry", status="draft")
    hidden_service = make_service("Piilotettu", association=public, status="hidden")
    orphan = make_service("Luonnoksen palvelu", association=draft)
    shown = make_service("Näkyvä", association=public)
    organizations = get(client, "organizations").json()
    assert [o["name"] for o in organizations["contents"]] == ["Julkinen ry"]
    assert get(client, f"organizations/{draft.uuid}").status_code == 404
    services = get(client, "services").json()
    assert [s["id"] for s in services["contents"]] == [str(shown.uuid)]
    for hidden in (hidden_service, orphan):
        assert get(client, f"services/{hidden.uuid}").status_code == 404
    detail = get(client, f"organizations/{public.uuid}").json()
    assert [s["name"] for s in detail["services"]] == ["Näkyvä"]


def test_no_private_data(client, make_association):
    association = make_association(business_id="", email="info@example.fi")
    association.registration_contact = "not@public.fi"
    from directory.models import Registration

    Registration.objects.create(
        association=association,
        contact_name="Maija Yksityinen",
        contact_email="maija.yksityinen@example.fi",
        consent_at=timezone.now(),
    )
    body = get(client, f"organizations/{association.uuid}").content.decode()
    assert "info@example.fi" in body
    assert "maija" not in body.casefold()


def test_paging(client, make_association):
    for number in range(7):
        make_association(f"Yhdistys {number}")
    first = get(client, "organizations", {"per_page": 3}).json()
    assert (first["total_items"], first["total_pages"], first["size"]) == (7, 3, 3)
    assert first["first_page"] and not first["last_page"] and not first["empty"]
    last = get(client, "organizations", {"per_page": 3, "page": 3}).json()
    assert [o["name"] for o in last["contents"]] == ["Yhdistys 6"]
    assert last["last_page"] and not last["first_page"] and last["page_number"] == 3
    beyond = get(client, "organizations", {"per_page": 3, "page": 9}).json()
    assert beyond["empty"] and beyond["contents"] == []
    names = [
        o["name"]
        for page in (1, 2, 3)
        for o in get(client, "organizations", {"per_page": 3, "page": page}).json()["contents"]
    ]
    assert names == [f"Yhdistys {n}" for n in range(7)]


@pytest.mark.parametrize(
    "params",
    [
        {"per_page": "101"},
        {"per_page": "0"},
        {"per_page": "abc"},
        {"page": "-1"},
        {"page": "1.5"},
        {"page": "9" * 30},
        {"modified_after": "eilen"},
        {"modified_after": "2026-13-01"},
        {"taxonomy_term_id": "mielen-hyvinvointi"},
        {"organization_id": "123"},
        {"taxonomy_id": "x"},
    ],
)
@pytest.mark.parametrize("path", ["organizations", "services", "service_at_locations"])
def test_bad_parameters_are_a_json_400(client, path, params):
    response = get(client, path, params)
    assert response.status_code == 400
    assert response.json()["error"]["status"] == 400
    assert response["Access-Control-Allow-Origin"] == "*"


def test_bad_ids_are_a_json_404(client):
    for path in ("organizations/x", f"organizations/{uuid.uuid4()}", "services/%00",
                 f"services/{uuid.uuid4()}", "taxonomies/x"):  # fmt: skip
        response = get(client, path)
        assert response.status_code == 404
        assert "error" in response.json()


def test_modified_after(client, make_association, make_service):
    old = make_association("Vanha ry")
    new = make_association("Uusi ry")
    long_ago = timezone.now() - datetime.timedelta(days=30)
    Association.objects.filter(pk=old.pk).update(updated_at=long_ago)
    make_service("Vanha palvelu", association=old)
    Service.objects.filter(association=old).update(updated_at=long_ago)
    make_service("Uusi palvelu", association=new)
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    names = [o["name"] for o in get(client, "organizations", {"modified_after": since})
             .json()["contents"]]  # fmt: skip
    assert names == ["Uusi ry"]
    services = get(client, "services", {"modified_after": since}).json()["contents"]
    assert [s["name"] for s in services] == ["Uusi palvelu"]
    day = (timezone.localdate() - datetime.timedelta(days=40)).isoformat()
    assert get(client, "organizations", {"modified_after": day}).json()["total_items"] == 2


def test_search_taxonomy_and_organization_filters(client, make_association, make_service):
    choir = make_association("Lahden Kuoro ry", themes=["osallisuus-ja-yhteisollisyys"])
    make_association("Hollolan Martat ry", themes=["mielen-hyvinvointi"])
    make_service("Kuoroharjoitus", association=choir, themes=["osallisuus-ja-yhteisollisyys"])
    other = make_association("Toinen ry")
    make_service("Vertaisryhmä", association=other, themes=["mielen-hyvinvointi"])
    assert names(client, "organizations", search="kuoro") == ["Lahden Kuoro ry"]
    theme = Theme.objects.get(slug="mielen-hyvinvointi")
    term = hsds.term_id("theme", theme.pk)
    assert names(client, "organizations", taxonomy_term_id=term) == ["Hollolan Martat ry"]
    assert names(client, "services", taxonomy_term_id=term) == ["Vertaisryhmä"]
    assert names(client, "services", taxonomy_term_id=str(uuid.uuid4())) == []
    assert names(client, "services", organization_id=str(choir.uuid)) == ["Kuoroharjoitus"]
    assert names(client, "services", search="kuoro") == ["Kuoroharjoitus"]
    fields = str(hsds.BY_KEY["field"].id)
    assert names(client, "services", taxonomy_id=fields) == []  # services have no fields
    themes = str(hsds.BY_KEY["theme"].id)
    assert len(names(client, "organizations", taxonomy_id=themes)) == 2


def names(client, path, **params) -> list[str]:
    return [item["name"] for item in get(client, path, params).json()["contents"]]


def test_read_only_and_cors(client):
    response = get(client, "organizations")
    assert response["Access-Control-Allow-Origin"] == "*"
    for method in (client.post, client.put, client.delete, client.patch):
        refused = method(ROOT + "organizations")
        assert refused.status_code == 405
        assert "GET" in refused["Allow"]
    preflight = client.options(ROOT + "services", HTTP_ORIGIN="https://www.lahti.fi",
                               HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")  # fmt: skip
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight["Access-Control-Allow-Methods"]


def test_throttled_per_client(client, settings):
    settings.API_REQUESTS_PER_MINUTE = 3
    for _ in range(3):
        assert get(client, "taxonomies").status_code == 200
    refused = get(client, "taxonomies")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert refused["Access-Control-Allow-Origin"] == "*"
    # Another address has its own allowance.
    assert get(client, "taxonomies", REMOTE_ADDR="192.0.2.9").status_code == 200


def test_cached_until_the_content_changes(client, make_association, django_assert_num_queries):
    association = make_association("Ensimmäinen ry")
    assert names(client, "organizations") == ["Ensimmäinen ry"]
    with django_assert_num_queries(0):
        assert names(client, "organizations") == ["Ensimmäinen ry"]
    association.name = "Uusi nimi ry"
    association.save()
    assert names(client, "organizations") == ["Uusi nimi ry"]


@pytest.mark.parametrize("size", [3, 30])
def test_query_counts(client, make_association, make_service, django_assert_num_queries, size):
    for number in range(size):
        association = make_association(f"Yhdistys {number:02d}", themes=["mielen-hyvinvointi"])
        make_service(f"Palvelu {number:02d}", association=association,
                     themes=["mielen-hyvinvointi"], municipalities=["lahti"],
                     place="Kylätalo")  # fmt: skip
    term = hsds.term_id("theme", Theme.objects.get(slug="mielen-hyvinvointi").pk)
    service = Service.objects.first()
    cases = [
        ("organizations", {}, 2),  # count, page
        # + terms; the search's vocabulary and the content's words
        ("organizations", {"taxonomy_term_id": term, "search": "yhdistys"}, 5),
        ("services", {"per_page": 100}, 2),
        ("service_at_locations", {"per_page": 100}, 3),  # + municipalities
        (f"organizations/{service.association.uuid}", {}, 6),  # + 4 vocabularies, services
        (f"services/{service.uuid}", {}, 6),  # + 5 tags
        ("taxonomy_terms", {}, 1),
        ("taxonomies", {}, 0),
    ]
    for path, params, queries in cases:
        with django_assert_num_queries(queries):
            assert get(client, path, params).status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {"search": "kuoro\x00; DROP TABLE"},
        {"search": "ä" * 5000},
        {"search": "%_\\'\""},
        {"modified_after": "2026-01-01T00:00:00+99:00"},
        {"modified_after": "9999-12-31T23:59:59"},
        {"modified_after": "2026-01-01T12:00:00 02:00"},  # an unencoded "+"
        {"taxonomy_term_id": "\x00"},
        {"page": "999999999", "per_page": "100"},
    ],
)
def test_hostile_parameters_never_fail(client, make_association, params):
    make_association("Kuoro ry")
    for path in ("organizations", "services", "service_at_locations", "taxonomy_terms"):
        response = get(client, path, params)
        assert response.status_code in (200, 400), (path, params, response.status_code)
        if response.status_code == 200:
            assert "contents" in response.json()
