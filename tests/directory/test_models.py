import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from directory.models import Association
from directory.validators import business_id_check_digit, validate_business_id
from taxonomy.models import Municipality, Theme


@pytest.mark.parametrize("business_id", ["0737546-2", "1572860-0", "2617416-4", "0201256-6"])
def test_valid_business_ids(business_id):
    validate_business_id(business_id)


@pytest.mark.parametrize(
    ("business_id", "code"),
    [
        ("0737546-3", "business_id_check_digit"),
        ("1234567-8", "business_id_check_digit"),
        ("123456-7", "business_id_format"),
        ("12345678", "business_id_format"),
        ("FI07375462", "business_id_format"),
        ("", "business_id_format"),
    ],
)
def test_invalid_business_ids(business_id, code):
    with pytest.raises(ValidationError) as error:
        validate_business_id(business_id)
    assert error.value.code == code


def test_remainder_one_gives_no_valid_check_digit():
    # 0000010: weighted sum 2 ... find a base whose remainder is 1 and check it is refused.
    base = next(f"{n:07d}" for n in range(100) if business_id_check_digit(f"{n:07d}") is None)
    for digit in range(10):
        with pytest.raises(ValidationError):
            validate_business_id(f"{base}-{digit}")


@pytest.mark.django_db
def test_business_id_is_unique_but_may_be_empty_for_many(make_association):
    make_association("Ensimmäinen ry", business_id="0737546-2")
    make_association("Toinen ry")
    make_association("Kolmas ry")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_association("Neljäs ry", business_id="0737546-2")


@pytest.mark.django_db
def test_full_clean_checks_fields(make_association):
    association = make_association()
    association.business_id = "1234567-8"
    association.postal_code = "1510"
    association.social_media = "https://facebook.com/testi\nei osoite"
    association.founded_year = 2999
    with pytest.raises(ValidationError) as error:
        association.full_clean()
    assert set(error.value.message_dict) >= {
        "business_id", "postal_code", "social_media", "founded_year",
    }  # fmt: skip


@pytest.mark.django_db
def test_only_published_associations_are_public(make_association):
    for status in Association.Status.values:
        make_association(f"Yhdistys {status}", status=status)
    assert list(Association.objects.published().values_list("name", flat=True)) == [
        "Yhdistys published"
    ]


@pytest.mark.django_db
def test_home_municipality_is_always_an_operating_municipality(make_association):
    association = make_association(municipality="sysma", operating_municipalities=["hartola"])
    assert set(association.operating_municipalities.values_list("slug", flat=True)) == {
        "sysma", "hartola",
    }  # fmt: skip
    association.operating_municipalities.set(Municipality.objects.filter(slug="heinola"))
    assert "sysma" in association.operating_municipalities.values_list("slug", flat=True)
    association.operating_municipalities.clear()
    assert list(association.operating_municipalities.values_list("slug", flat=True)) == ["sysma"]
    association.home_municipality = Municipality.objects.get(slug="iitti")
    association.save()
    assert "iitti" in association.operating_municipalities.values_list("slug", flat=True)


@pytest.mark.django_db
def test_search_terms_follow_tagging_and_label_edits(make_association):
    association = make_association(municipality="karkola", themes=["arjen-turvallisuus"])
    assert "Kärkölä" in association.search_terms
    assert "Arjen turvallisuus" in association.search_terms
    assert "Trygghet i vardagen" in association.search_terms

    association.themes.add(Theme.objects.get(slug="mielen-hyvinvointi"))
    association.refresh_from_db()
    assert "Mielen hyvinvointi" in association.search_terms

    theme = Theme.objects.get(slug="arjen-turvallisuus")
    theme.name_fi = "Turvallinen arki"
    theme.save()
    association.refresh_from_db()
    assert "Turvallinen arki" in association.search_terms

    association.themes.remove(theme)
    association.refresh_from_db()
    assert "Turvallinen arki" not in association.search_terms


@pytest.mark.django_db
def test_a_term_in_use_cannot_be_deleted_in_the_admin(client, coordinator, make_association):
    from taxonomy.models import TargetGroup

    make_association(target_groups=["omaishoitajat"])
    group = TargetGroup.objects.get(slug="omaishoitajat")
    assert group.is_in_use()
    client.force_login(coordinator)
    response = client.post(f"/hallinta/taxonomy/targetgroup/{group.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    response = client.post(
        "/hallinta/taxonomy/targetgroup/",
        {"action": "delete_selected", "_selected_action": [group.pk], "post": "yes"},
    )
    assert TargetGroup.objects.filter(pk=group.pk).exists()
