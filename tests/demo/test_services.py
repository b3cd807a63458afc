"""Demo services: none to five an association, of the kinds that fit it and the people it serves."""

from collections import Counter

import pytest

from demo.seeding import create_demo_data
from demo.services import generate_services
from directory.models import Association
from services.models import Service

from .conftest import authors

PENSIONERS = ("Eläkeläiset", "Eläkkeensaajat", "Seniorit", "Senioriyhdistys")
HUNTERS = ("Metsästys", "Kalastus", "Riistanhoito", "Virkistyskalastajat")


def generated(count: int = 3000):
    return [(author, service) for author in authors(count) for service in generate_services(author)]


def test_generation_is_deterministic_per_association_and_seed():
    author = authors(40)[0]
    assert generate_services(author, seed=7) == generate_services(author, seed=7)
    assert [generate_services(a, seed=7) for a in authors(40)] != [
        generate_services(a, seed=8) for a in authors(40)
    ]


def test_each_service_serves_people_its_association_serves():
    for author, service in generated():
        assert set(service.target_groups) <= {*author.record.target_groups, "kaikki"}, (
            author.record.name,
            service.title,
        )
        assert author.record.home_municipality in service.municipalities
        assert service.is_free or service.cost
        assert service.spearheads and service.themes and service.target_groups
        assert "{" not in service.title + service.short_description + service.description


def test_pensioners_offer_nothing_for_juniors():
    pensioners = [(a, s) for a, s in generated() if any(w in a.record.name for w in PENSIONERS)]
    assert len(pensioners) > 50
    for _author, service in pensioners:
        assert {"ikaantyneet", "omaishoitajat"} & set(service.target_groups), service.title
        assert not any(w in service.title.lower() for w in ("junior", "lasten", "nuorten"))


def test_hunting_and_fishing_clubs_offer_no_choir_or_theatre():
    hunters = [(a, s) for a, s in generated() if any(w in a.record.name for w in HUNTERS)]
    assert hunters
    for _author, service in hunters:
        assert not any(w in service.title.lower() for w in ("kuoro", "teatteri", "tanssi"))


def test_choirs_are_run_by_cultural_associations():
    choirs = [(a, s) for a, s in generated() if "kuoro" in s.title.lower()]
    assert choirs
    for author, _service in choirs:
        assert "kulttuuri-ja-harrastukset" in author.record.fields


def test_a_sports_club_teaches_its_own_sport():
    clubs = [(a, s) for a, s in generated() if a.record.kind_key == "urheilu"]
    schools = [(a, s) for a, s in clubs if s.title.endswith("koulu")]
    assert schools
    for author, service in schools:
        assert service.title.lower() == author.record.context["koulu"]


def test_service_companies_sell_services_and_give_advice():
    companies = [s for a, s in generated() if a.record.kind == Association.Kind.PRIVATE]
    assert companies
    assert {s.kind for s in companies} <= {Service.Kind.SERVICE, Service.Kind.ADVICE}


def test_swedish_speaking_associations_describe_services_in_swedish():
    swedish = [s for a, s in generated() if a.kind.swedish]
    assert swedish
    for service in swedish:
        assert "avgift" in service.description or "Fråga" in service.cost


@pytest.mark.django_db
def test_most_associations_get_one_to_five_services_written_in_bulk():
    data = create_demo_data(count=60, seed=2026, events=0, logos=False)
    assert data.services.created == Service.objects.count() > 0
    per_association = Counter(Service.objects.values_list("association_id", flat=True))
    assert max(per_association.values()) <= 5
    assert len(per_association) >= 0.7 * Association.objects.count()
    assert Service.objects.filter(kind=Service.Kind.VOLUNTEERING).exists()
    assert Service.objects.published().exists()
    assert all(service.search_terms for service in Service.objects.all()[:20])
    assert not Service.objects.filter(municipalities=None, online=False).exists()
    for service in Service.objects.order_by("pk")[::10]:
        service.full_clean()
