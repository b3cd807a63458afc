"""`seed_demo` gives most demo associations one to five services of fitting kinds."""

from collections import Counter

import pytest
from django.core.management import call_command

from demo.associations import create_demo_associations
from demo.services import Provider, create_demo_services, generate_services
from directory.models import Association
from services.models import Service

pytestmark = pytest.mark.django_db

CARERS_PROVIDER = Provider(
    slug="orimattilan-omaishoitajat-ry",
    name="Orimattilan Omaishoitajat ry",
    kind="yhdistys",
    home_municipality="orimattila",
    operating_municipalities=("orimattila", "lahti"),
    fields=("ikaantyneet-ja-omaishoitajat",),
)


def test_generation_is_deterministic_and_fits_the_provider():
    first = generate_services(CARERS_PROVIDER, seed=7)
    assert first == generate_services(CARERS_PROVIDER, seed=7)
    titles = {
        "Omaishoitajien vertaistukiryhmä", "Senioritanssit", "Ystävätoiminnan vapaaehtoinen",
        "Omaishoitajien palveluneuvonta", "Kotiapu ikääntyneille",
    }  # fmt: skip
    assert {service.title for service in first} <= titles
    for seed in range(30):
        for service in generate_services(CARERS_PROVIDER, seed=seed):
            assert "orimattila" in service.municipalities
            assert service.is_free or service.cost


def test_public_and_private_partners_offer_services_and_guidance():
    provider = Provider(**{**CARERS_PROVIDER.__dict__, "slug": "kunta", "kind": "julkinen"})
    kinds = {s.kind for seed in range(30) for s in generate_services(provider, seed=seed)}
    assert kinds <= {"palvelu", "neuvonta-ja-ohjaus"}


def test_most_associations_get_one_to_five_services_and_a_rerun_adds_nothing(settings):
    create_demo_associations(count=60, seed=2026, logos=False)
    result = create_demo_services(seed=2026)
    assert result.created == Service.objects.count() > 0
    per_association = Counter(Service.objects.values_list("association_id", flat=True))
    assert max(per_association.values()) <= 5
    assert len(per_association) >= 0.7 * Association.objects.count()
    assert {kind for kind, _label in Service.Kind.choices} >= set(
        Service.objects.values_list("kind", flat=True)
    )
    assert Service.objects.filter(kind="vapaaehtoistehtava").exists()
    assert Service.objects.published().exists()
    assert all(service.search_terms for service in Service.objects.all()[:20])
    assert not Service.objects.filter(municipalities=None, online=False).exists()
    again = create_demo_services(seed=2026)
    assert again.created == 0 and again.skipped == result.created


def test_seed_demo_creates_services(settings):
    settings.DEBUG = True
    call_command("seed_demo", "--associations", "20", verbosity=0)
    assert Service.objects.exists()
    assert set(Service.objects.values_list("association__slug", flat=True)) <= set(
        Association.objects.values_list("slug", flat=True)
    )
