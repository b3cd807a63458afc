"""Demo premises, grant calls and contact people: realistic, repeatable, and never duplicated."""

import pytest

from conditions.models import ContactPerson, GrantCall, Premises
from demo.contact_people import create_demo_contact_people
from demo.grants import create_demo_grants
from demo.premises import create_demo_premises
from tests.factories import helsinki

pytestmark = pytest.mark.django_db


def test_premises_of_every_kind_and_of_the_villages(make_association):
    village = make_association("Herralan Kyläyhdistys ry", municipality="hollola")
    make_association("Piilossa Kyläyhdistys ry", status="hidden")
    first = create_demo_premises(seed=1)
    assert first.created > 10 and first.skipped == 0
    kinds = set(Premises.objects.values_list("owner_kind", flat=True))
    assert kinds == {"kunta", "seurakunta", "hyvinvointialue", "yritys", "yhdistys"}
    offered = Premises.objects.get(association=village)
    assert offered.name == "Herralan kylätalo" and offered.municipality.slug == "hollola"
    assert not Premises.objects.filter(association__name__startswith="Piilossa").exists()
    assert Premises.objects.published().count() == first.created
    again = create_demo_premises(seed=1)
    assert again.created == 0 and again.skipped == first.created


@pytest.mark.parametrize("month", range(1, 13))
def test_grant_calls_are_open_opening_and_archived_whenever_loaded(month):
    now = helsinki(2026, month, 10, 12, 0)
    result = create_demo_grants(now=now)
    calls = GrantCall.objects.published()
    assert calls.open_at(now).exists()
    assert calls.closed(now).exists()
    assert {"kunta", "hyvinvointialue", "valtio", "saatio"} <= set(
        calls.values_list("funder_kind", flat=True)
    )
    for call in calls:
        assert call.closes_at > call.opens_at
        assert call.call_url.startswith("https://") and ".example.fi" in call.call_url
    assert create_demo_grants(now=now).created == 0
    assert result.created == calls.count()


def test_contact_people_for_every_municipality_the_county_and_the_forum():
    result = create_demo_contact_people()
    people = ContactPerson.objects.published()
    assert result.created == people.count() == 14
    assert people.filter(organisation_kind="kunta").values("municipality").distinct().count() == 10
    assert people.filter(organisation_kind="hyvinvointialue").count() == 2
    assert people.filter(organisation_kind="yhdistysfoorumi").count() == 2
    assert all(person.email.endswith(".example.fi") for person in people)
    assert create_demo_contact_people().created == 0
