"""Every table of the dashboard downloads as CSV: parsed back, it holds the page's numbers, and a
spreadsheet never reads a cell as a formula."""

import csv
import io

import pytest

from followup.exports import safe_cell
from followup.tables import TABLES

pytestmark = pytest.mark.django_db

URL = "/seuranta/"
MENTAL = "mielen-hyvinvointi"


def parse(response) -> list[list[str]]:
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


@pytest.fixture
def content(make_association, make_service):
    association = make_association("Heinolan Mieli ry", municipality="heinola", themes=[MENTAL],
                                   spearheads=["kumppanuus"])  # fmt: skip
    make_association("=HYPERLINK(\"http://evil.example\",\"klikkaa\")", municipality="lahti",
                     slug="evil")  # fmt: skip
    make_association("+358 Ry", municipality="lahti", slug="plus")
    make_service("Ryhmä", association=association, municipalities=["heinola"], themes=[MENTAL])
    return association


@pytest.mark.parametrize("spec", TABLES, ids=lambda spec: spec.slug)
def test_every_table_downloads(client, content, spec):
    rows = parse(client.get(f"{URL}{spec.slug}.csv"))
    assert len(rows) > 1
    assert len({len(row) for row in rows}) == 1


def test_coverage_round_trips(client, content):
    page = client.get(URL, {"theme": MENTAL})
    rows = parse(client.get(f"{URL}kattavuus-yhdistykset.csv", {"theme": MENTAL}))
    header, *body = rows
    assert header == ["Kunta", "Kuntanumero", "Väkiluku", "Teema", "Määrä",
                      "1 000 asukasta kohden", "Merkintä"]  # fmt: skip
    by_key = {(row[0], row[3]): row for row in body}
    table = page.context["coverage"][0]
    for item in table["rows"]:
        municipality = item["row"].municipality
        cell = item["cells"][0]
        row = by_key[(municipality.name, "Mielen hyvinvointi")]
        assert row[1] == municipality.code
        assert int(row[2]) == item["row"].population
        assert int(row[4]) == cell.count
        assert float(row[5]) == pytest.approx(cell.rate, abs=0.005)
        assert row[6] == {"empty": "tyhjä", "thin": "ohut", "": ""}[cell.state]
    assert by_key[("Heinola", "Mielen hyvinvointi")][4] == "1"
    assert by_key[("Sysmä", "Mielen hyvinvointi")][6] == "tyhjä"
    assert by_key[("Päijät-Häme yhteensä", "Kaikki teemat")][4] == "3"
    # Only the theme asked for, and all themes.
    assert {row[3] for row in body} == {"Mielen hyvinvointi", "Kaikki teemat"}


def test_filters_apply_to_the_download(client, content):
    rows = parse(client.get(f"{URL}ajantasaisuus.csv", {"municipality": "heinola"}))
    assert [row[0] for row in rows[1:]] == ["Heinola", "Päijät-Häme yhteensä"]
    assert rows[1][1:] == ["1", "1", "100.00"]


def test_formulas_are_defused(client, content):
    rows = parse(client.get(f"{URL}vanhimmat.csv"))
    names = {row[0] for row in rows[1:]}
    assert '\'=HYPERLINK("http://evil.example","klikkaa")' in names
    assert "'+358 Ry" in names
    assert all(row[4].startswith("http://testserver/yhdistykset/") for row in rows[1:])


@pytest.mark.parametrize(
    "value, expected",
    [("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"),
     ("\tx", "'\tx"), ("Lahti", "Lahti"), (None, ""), (0.125, "0.12"), (3, "3")],
)  # fmt: skip
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected
