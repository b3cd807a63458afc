"""The cost as a number beside the cost in words, and what the structured data says of it."""

import importlib
import json
import re
from decimal import Decimal

import pytest
from django.apps import apps as django_apps

from services.models import Service

pytestmark = pytest.mark.django_db


def structured_data(client, service) -> dict:
    page = client.get(service.get_absolute_url()).content.decode()
    return json.loads(re.search(r'type="application/ld\+json">(.*?)</script>', page, re.S)[1])


@pytest.mark.parametrize(("cost", "amount"), [("25 € lukukaudelta", Decimal(25)),
                                             ("Kysy hintaa", None)])  # fmt: skip
def test_the_cost_amount_is_read_from_a_single_amount(make_association, make_service, cost, amount):
    service = make_service(association=make_association(), is_free=False, cost=cost)
    service.full_clean()
    assert service.cost_amount == amount


def test_the_data_migration_reads_amounts_from_existing_costs(make_association, make_service):
    migration = importlib.import_module("services.migrations.0004_cost_amount_from_text")
    association = make_association()
    make_service("Yksi", association=association, is_free=False, cost="10,50 € kerta")
    make_service("Kaksi", association=association, is_free=False, cost="Kysy hintaa")
    migration.amounts_from_text(django_apps, None)
    amounts = dict(Service.objects.values_list("title", "cost_amount"))
    assert amounts == {"Yksi": Decimal("10.50"), "Kaksi": None}


def test_a_paid_service_offers_a_machine_readable_price(client, make_association, make_service):
    service = make_service(association=make_association(), is_free=False,
                           cost="10,50 € kerta", cost_amount=Decimal("10.50"))  # fmt: skip
    assert structured_data(client, service)["offers"] == {
        "@type": "Offer",
        "price": "10.50",
        "priceCurrency": "EUR",
        "description": "10,50 € kerta",
        "url": f"http://testserver{service.get_absolute_url()}",
    }


def test_a_price_in_words_only_stays_words(client, make_association, make_service):
    service = make_service(association=make_association(), is_free=False, cost="Kysy hintaa")
    offer = structured_data(client, service)["offers"]
    assert "price" not in offer and offer["description"] == "Kysy hintaa"


def test_empty_address_fields_are_left_out(client, make_association, make_service):
    service = make_service(association=make_association(), place="Kirjasto",
                           municipalities=["lahti"])  # fmt: skip
    location = structured_data(client, service)["availableChannel"]["serviceLocation"]
    assert location == {
        "@type": "Place",
        "name": "Kirjasto",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Lahti",
            "addressRegion": "Päijät-Häme",
            "addressCountry": "FI",
        },
    }
