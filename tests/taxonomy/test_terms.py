import re

import pytest
from django.utils import translation

from taxonomy.models import Field, Municipality, Spearhead, TargetGroup, Theme

pytestmark = pytest.mark.django_db

ASCII_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def test_migrations_create_the_strategy_vocabulary():
    assert Spearhead.objects.count() == 5
    assert Theme.objects.count() == 4
    assert Municipality.objects.count() == 10
    assert TargetGroup.objects.count() == 10
    assert Field.objects.count() == 10


def test_municipalities_have_their_official_codes():
    assert dict(Municipality.objects.values_list("name_fi", "code")) == {
        "Asikkala": "016", "Hartola": "081", "Heinola": "111", "Hollola": "098", "Iitti": "142",
        "Kärkölä": "316", "Lahti": "398", "Orimattila": "560", "Padasjoki": "576", "Sysmä": "781",
    }  # fmt: skip


def test_swedish_names_where_they_differ():
    names = dict(Municipality.objects.values_list("slug", "name_sv"))
    assert (names["hartola"], names["iitti"], names["lahti"]) == ("Gustav Adolfs", "Itis", "Lahtis")
    assert names["sysma"] == "Sysmä"


def test_every_slug_is_stable_ascii_and_every_label_is_translated():
    for model in (Spearhead, Theme, Municipality, TargetGroup, Field):
        for term in model.objects.all():
            assert ASCII_SLUG.match(term.slug), term.slug
            assert term.name_fi and term.name_sv and term.name_en, term.slug


def test_slugs_used_in_urls():
    assert list(Theme.objects.values_list("slug", flat=True)) == [
        "mielen-hyvinvointi",
        "osallisuus-ja-yhteisollisyys",
        "arjen-turvallisuus",
        "paihteettomyys-ja-terveelliset-elintavat",
    ]
    assert set(Municipality.objects.values_list("slug", flat=True)) >= {"karkola", "sysma"}


def test_spearheads_carry_the_strategys_goals_and_measures():
    spearheads = list(Spearhead.objects.all())
    assert [s.name_fi for s in spearheads] == [
        "Näkyvyys & tunnettuus",
        "Toimintaedellytykset",
        "Kumppanuus",
        "Vaikuttaminen & yhdessä kehittäminen",
        "Palvelutoiminta",
    ]
    advocacy = spearheads[3]
    assert advocacy.goal_fi.startswith("Päijät-Hämeen yhdistys- ja järjestökenttä on aktiivinen")
    assert "Kannanotot, lausunnot ja mielipidekirjoitukset" in advocacy.measures
    for spearhead in spearheads:
        for language in ("fi", "sv", "en"):
            with translation.override(language):
                assert spearhead.goal and spearhead.measures


def test_labels_follow_the_active_language_and_fall_back_to_finnish():
    lahti = Municipality.objects.get(slug="lahti")
    with translation.override("sv"):
        assert str(lahti) == "Lahtis"
    with translation.override("en"):
        assert str(lahti) == "Lahti"
    lahti.name_en = ""
    with translation.override("en"):
        assert lahti.name == "Lahti"
    with translation.override("fi"):
        assert Theme.objects.get(slug="arjen-turvallisuus").name == "Arjen turvallisuus"


def test_unused_term_is_not_in_use():
    assert not TargetGroup.objects.get(slug="kaikki").is_in_use()


def test_municipality_code_must_be_three_digits():
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Municipality.objects.create(slug="testi", name_fi="Testi", code="12a")
