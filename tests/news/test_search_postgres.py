"""Finnish-aware news search (PostgreSQL only; on SQLite a substring search is enough)."""

import pytest
from django.db import connection
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("Finnish full-text search needs PostgreSQL (DATABASE_URL=postgres://…)")


@pytest.fixture
def news(make_news):
    make_news("Mielenterveysyhdistyksen kannanotto", body="Palvelut on turvattava.")
    make_news("Nuorisoseurojen kesäleiri", lead="Leiri järjestetään Kärkölässä.")
    make_news("Liikuntaa ikääntyneille")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("mielenterveys", ["Mielenterveysyhdistyksen kannanotto"]),  # a compound's first part
        ("nuorisoseura", ["Nuorisoseurojen kesäleiri"]),  # another inflected form
        ("karkola", ["Nuorisoseurojen kesäleiri"]),  # without the dots
        ("palveluita", ["Mielenterveysyhdistyksen kannanotto"]),  # the body counts too
        ("liikuntaa ikaantyneille", ["Liikuntaa ikääntyneille"]),
    ],
)
def test_finnish_search(client, news, query, expected):
    response = client.get(reverse("news:newsitem-list"), {"q": query})
    assert [item.title for item in response.context["news_items"]] == expected
