"""Finnish-aware event search on PostgreSQL (the generated column of `events/0002_search`)."""

import os

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        wanted = os.environ.get("DATABASE_URL", "").startswith("postgres")
        if os.environ.get("CI") == "true" and wanted:
            pytest.fail("DATABASE_URL points at PostgreSQL but the connection is not PostgreSQL")
        pytest.skip("Finnish full-text search needs PostgreSQL (DATABASE_URL=postgres://…)")


@pytest.fixture
def events(make_event):
    make_event("Mielenterveysviikon avoimet ovet", summary="Tervetuloa tutustumaan.")
    make_event("Nuorisoseurojen kesäteatteri", summary="Esitys koko perheelle.")
    make_event("Kävelyretki", summary="Yhteislenkki Kärkölässä.", place_name="Järvelän koulu")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("mielenterveys", ["Mielenterveysviikon avoimet ovet"]),  # the first part of a compound
        ("nuorisoseura", ["Nuorisoseurojen kesäteatteri"]),  # another inflected form
        ("karkolassa", ["Kävelyretki"]),  # accents left out
        ("jarvela", ["Kävelyretki"]),  # the place
        ("kesäteatter", ["Nuorisoseurojen kesäteatteri"]),
        ("kavelyretiki", ["Kävelyretki"]),  # a typo in the title
    ],
)
def test_search_is_finnish_aware(client, events, query, expected):
    response = client.get("/tapahtumat/", {"q": query})
    assert [event.title for event in response.context["events"]] == expected
