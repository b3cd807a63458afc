import re
from collections import Counter

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from demo.associations import DEFAULT_COUNT, generate_associations
from demo.seeding import create_demo_data
from directory.models import Association
from directory.validators import validate_business_id

from .conftest import records

NUMBERED = re.compile(r" \d+( ry| rf| sr| Oy)?$")


def test_the_same_seed_gives_the_same_associations():
    first = list(generate_associations(300, seed=7))
    assert first == list(generate_associations(300, seed=7))
    # A shorter run is the beginning of a longer one, so seed_demo can add "the rest".
    assert first[:120] == list(generate_associations(120, seed=7))
    assert [a.name for a in generate_associations(30, seed=8)] != [a.name for a in first[:30]]


@pytest.mark.parametrize("count", [DEFAULT_COUNT, 5000])
def test_no_two_associations_share_a_name(count):
    """Our registration form refuses a second name in a municipality; the demo has none at all
    (case aside), and names run out and get a number only at load-test sizes."""
    generated = records(count)
    names = Counter((r.name.casefold(), r.home_municipality) for r in generated)
    assert [name for name, times in names.items() if times > 1] == []
    assert len({r.name.casefold() for r in generated}) == count
    numbered = [r.name for r in generated if NUMBERED.search(r.name)]
    assert len(numbered) <= count * 0.05, numbered[:10]
    if count == DEFAULT_COUNT:
        assert numbered == []


def test_generated_associations_fit_the_model_at_scale():
    generated = records(5000)
    assert len({r.slug for r in generated}) == len(generated)
    business_ids = [r.business_id for r in generated if r.business_id]
    assert len(set(business_ids)) == len(business_ids) > 0.8 * len(generated)
    for business_id in business_ids[:500]:
        validate_business_id(business_id)
    for record in generated:
        assert 0 < len(record.short_description) < 200
        assert record.home_municipality in record.operating_municipalities
        blocks = record.description.split("\n\n")
        paragraphs = [block for block in blocks if not block.startswith("- ")]
        assert 2 <= len(paragraphs) <= 4, record.description
        assert "{" not in record.description + record.short_description + record.name
        assert record.themes and record.fields and record.target_groups and record.languages
        assert record.spearheads
    whole_region = [r for r in generated if len(r.operating_municipalities) == 10]
    assert 0.02 * len(generated) < len(whole_region) < 0.3 * len(generated)
    assert Counter(r.home_municipality for r in generated).most_common(1)[0][0] == "lahti"


def test_swedish_speaking_associations_write_in_swedish():
    swedish = [r for r in records(2000) if r.kind_key == "svenska"]
    assert swedish
    for record in swedish:
        assert "sv" in record.languages
        assert " rf" in record.name or "Svenska" in record.name
        assert any(word in record.description for word in (" och ", " för ", " vi ", "Vi "))


def test_the_default_set_covers_every_kind_municipality_and_vocabulary():
    generated = records(DEFAULT_COUNT)
    assert {r.home_municipality for r in generated} >= {
        "asikkala", "hartola", "heinola", "hollola", "iitti", "karkola", "lahti", "orimattila",
        "padasjoki", "sysma",
    }  # fmt: skip
    statuses = Counter(r.status for r in generated)
    assert statuses["published"] > 0.7 * DEFAULT_COUNT
    assert set(statuses) == set(Association.Status.values)
    assert {r.kind for r in generated} == set(Association.Kind.values)


@pytest.mark.django_db
def test_the_bulk_path_keeps_the_rules_the_signals_keep():
    create_demo_data(count=40, seed=3, events=0, logos=False)
    associations = Association.objects.select_related("home_municipality").prefetch_related(
        "operating_municipalities", "themes", "spearheads", "target_groups", "fields", "languages"
    )
    assert associations.count() == 40
    for association in associations:
        assert association.home_municipality in association.operating_municipalities.all()
        assert association.search_terms == Association.search_index.terms_for(association)
    for association in associations.order_by("pk")[::5]:
        association.full_clean()


@pytest.mark.django_db
def test_most_are_confirmed_within_18_months_some_long_ago_some_never():
    create_demo_data(count=60, seed=4, events=0, logos=False)
    now = timezone.now()
    ages = [
        now - at if at else None for at in Association.objects.values_list("verified_at", flat=True)
    ]
    recent = [age for age in ages if age is not None and age.days < 548]
    assert len(recent) > 30
    assert any(age is not None and age.days > 365 for age in ages)
    assert None in ages


@pytest.mark.django_db
def test_a_rerun_adds_nothing_a_larger_count_adds_the_rest_another_seed_no_clash():
    first = create_demo_data(count=30, seed=5, events=10, logos=False)
    assert first.associations.created == 30
    again = create_demo_data(count=30, seed=5, events=10, logos=False)
    assert (again.associations.created, again.services.created, again.events.created) == (0, 0, 0)
    assert again.news.created == 0
    more = create_demo_data(count=45, seed=5, events=0, logos=False)
    assert (more.associations.created, more.associations.skipped) == (15, 30)
    create_demo_data(count=30, seed=6, events=0, logos=False)
    assert 45 < Association.objects.count() <= 75
    business_ids = list(Association.objects.exclude(business_id="").values_list("business_id"))
    assert len(set(business_ids)) == len(business_ids)


@pytest.mark.django_db
def test_small_png_logos_with_alt_text():
    from PIL import Image

    create_demo_data(count=20, seed=2026, events=0)
    with_logo = [a for a in Association.objects.all() if a.logo]
    assert 0 < len(with_logo) < 20
    for association in with_logo[:3]:
        assert association.logo.name.startswith("logos/")
        assert association.logo_alt.startswith("Logo: kirjaimet")
        with association.logo.open("rb") as file, Image.open(file) as image:
            assert (image.format, image.size) == ("PNG", (128, 128))


def test_business_ids_are_valid_and_a_changed_check_digit_is_not():
    business_id = next(r.business_id for r in records(DEFAULT_COUNT) if r.business_id)
    assert business_id.startswith("9")
    validate_business_id(business_id)
    with pytest.raises(ValidationError):
        validate_business_id(business_id[:-1] + str((int(business_id[-1]) + 1) % 10))
