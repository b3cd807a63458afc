import datetime
from collections import Counter
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone
from PIL import Image

from demo.associations import DEFAULT_COUNT, create_demo_associations, generate_associations
from directory.models import Association
from directory.validators import validate_business_id
from taxonomy.models import Field, Municipality, TargetGroup, Theme


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Demo logos are files: keep them out of the real media folder."""
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def seeded(db):
    """The default demo set, written by the bulk path."""
    result = create_demo_associations(count=DEFAULT_COUNT)
    assert result.created == DEFAULT_COUNT
    return Association.objects.all()


def test_the_same_seed_gives_the_same_associations():
    first = list(generate_associations(300, seed=7))
    assert first == list(generate_associations(300, seed=7))
    # A shorter run is the beginning of a longer one, so seed_demo can add "the rest".
    assert first[:120] == list(generate_associations(120, seed=7))
    assert [a.name for a in generate_associations(30, seed=8)] != [a.name for a in first[:30]]


@pytest.mark.django_db
def test_two_fresh_databases_get_the_same_names():
    create_demo_associations(count=60, seed=11)
    first = list(Association.objects.order_by("slug").values_list("slug", "name", "business_id"))
    Association.objects.all().delete()
    create_demo_associations(count=60, seed=11)
    second = list(Association.objects.order_by("slug").values_list("slug", "name", "business_id"))
    assert first == second
    assert len(first) == 60


def test_generated_associations_fit_the_model_at_scale():
    records = list(generate_associations(5000, seed=3))
    assert len({r.slug for r in records}) == len(records)
    business_ids = [r.business_id for r in records if r.business_id]
    assert len(set(business_ids)) == len(business_ids) > 0.8 * len(records)
    for business_id in business_ids[:500]:
        validate_business_id(business_id)
    for record in records:
        assert 0 < len(record.short_description) < 200
        assert record.home_municipality in record.operating_municipalities
        blocks = record.description.split("\n\n")
        paragraphs = [block for block in blocks if not block.startswith("- ")]
        assert 2 <= len(paragraphs) <= 4, record.description
        assert record.themes and record.fields and record.target_groups and record.languages
    whole_region = [r for r in records if len(r.operating_municipalities) == 10]
    assert 0.02 * len(records) < len(whole_region) < 0.3 * len(records)
    assert Counter(r.home_municipality for r in records).most_common(1)[0][0] == "lahti"


def test_the_default_set_uses_every_municipality_theme_field_and_target_group(seeded):
    used_homes = set(seeded.values_list("home_municipality__slug", flat=True))
    assert used_homes == set(Municipality.objects.values_list("slug", flat=True))
    for model, relation in ((Theme, "themes"), (Field, "fields"), (TargetGroup, "target_groups")):
        used = set(seeded.exclude(**{relation: None}).values_list(f"{relation}__slug", flat=True))
        assert used == set(model.objects.values_list("slug", flat=True)), model


def test_the_default_set_is_mostly_published_with_some_of_each_status(seeded):
    statuses = Counter(seeded.values_list("status", flat=True))
    assert statuses[Association.Status.PUBLISHED] > 0.7 * DEFAULT_COUNT
    for status in Association.Status:
        assert statuses[status] > 0, status
    assert Counter(seeded.values_list("kind", flat=True)).keys() == set(Association.Kind)


def test_most_are_confirmed_within_18_months_some_long_ago_some_never(seeded):
    now = timezone.now()
    ages = [now - at if at else None for at in seeded.values_list("verified_at", flat=True)]
    recent = [age for age in ages if age is not None and age < datetime.timedelta(days=548)]
    assert len(recent) > DEFAULT_COUNT / 2
    assert any(age is not None and age > datetime.timedelta(days=365) for age in ages)
    assert None in ages


def test_a_sample_passes_full_clean_with_valid_business_ids(seeded):
    sample = list(seeded.order_by("pk"))[::4]
    for association in sample:
        association.full_clean()
    business_ids = [a.business_id for a in seeded if a.business_id]
    assert len(business_ids) > DEFAULT_COUNT / 2
    assert len(set(business_ids)) == len(business_ids)
    with pytest.raises(ValidationError):
        validate_business_id(business_ids[0][:-1] + str((int(business_ids[0][-1]) + 1) % 10))


def test_the_bulk_path_keeps_the_rules_the_signals_keep(seeded):
    associations = seeded.select_related("home_municipality").prefetch_related(
        "operating_municipalities", "themes", "spearheads", "target_groups", "fields", "languages"
    )
    for association in associations:
        assert association.home_municipality in association.operating_municipalities.all()
        assert association.search_terms
        assert association.search_terms == Association.search_index.terms_for(association)
    assert seeded.filter(search_terms__contains="Lahtis").exists()


def test_the_default_set_has_small_png_logos(seeded):
    with_logo = [a for a in seeded if a.logo]
    assert 0 < len(with_logo) < DEFAULT_COUNT
    for association in with_logo[:5]:
        assert association.logo.name.startswith("logos/")
        with association.logo.open("rb") as file, Image.open(file) as image:
            assert image.format == "PNG"
            assert image.size == (128, 128)


@pytest.mark.django_db
def test_seed_demo_creates_the_associations_asked_for_and_a_rerun_adds_nothing():
    call_command("seed_demo", force=True, associations=300, stdout=StringIO())
    assert Association.objects.count() == 300
    call_command("seed_demo", force=True, associations=300, stdout=StringIO())
    assert Association.objects.count() == 300
    call_command("seed_demo", force=True, associations=320, stdout=StringIO())
    assert Association.objects.count() == 320


@pytest.mark.django_db
def test_another_seed_adds_associations_without_clashing():
    call_command("seed_demo", force=True, associations=100, stdout=StringIO())
    call_command("seed_demo", force=True, associations=100, seed=5, stdout=StringIO())
    count = Association.objects.count()
    assert 100 < count <= 200
    business_ids = list(Association.objects.exclude(business_id="").values_list("business_id"))
    assert len(set(business_ids)) == len(business_ids)
