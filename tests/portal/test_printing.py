"""The printable lists `/kunnat/<slug>/tulosta/` and `/teemat/<slug>/tulosta/`."""

import re

import pytest

from portal.printing import qr_codes

pytestmark = pytest.mark.django_db


def group_names(page: str) -> list[str]:
    return re.findall(r'<h2 id="group-\d+">([^<]+)</h2>', page)


def test_municipality_list_is_grouped_by_theme(client, make_association, make_service):
    chess = make_association("Shakkikerho ry", operating_municipalities=["heinola"],
                             themes=["osallisuus-ja-yhteisollisyys"], phone="03 111 2222",
                             email="info@shakki.example.fi")  # fmt: skip
    make_association("Mielenterveysseura ry", operating_municipalities=["heinola"],
                     themes=["mielen-hyvinvointi", "osallisuus-ja-yhteisollisyys"])  # fmt: skip
    make_association("Ilman teemaa ry", operating_municipalities=["heinola"])
    make_association("Lahden seura ry", operating_municipalities=["lahti"])
    make_association("Luonnos ry", status="draft", operating_municipalities=["heinola"])
    make_service("Shakkiilta", association=chess, municipalities=["heinola"], is_free=True,
                 themes=["osallisuus-ja-yhteisollisyys"], schedule="Tiistaisin")  # fmt: skip
    response = client.get("/kunnat/heinola/tulosta/")
    assert response.status_code == 200
    page = response.content.decode()
    assert group_names(page) == ["Mielen hyvinvointi", "Osallisuus ja yhteisöllisyys", "Muut"]
    for shown in ("Shakkikerho ry", "Mielenterveysseura ry", "Ilman teemaa ry", "Shakkiilta",
                  "03 111 2222", "info@shakki.example.fi", "Tiistaisin", "Maksuton"):  # fmt: skip
        assert shown in page
    assert "Lahden seura" not in page and "Luonnos ry" not in page
    assert page.count('class="qr" src="data:image/svg+xml') == 4
    assert 'alt="QR-koodi, joka avaa sivun Shakkikerho ry"' in page
    assert "<nav" not in page  # no navigation on paper


def test_theme_list_is_grouped_by_municipality(client, make_association):
    make_association("Hollolan seura ry", municipality="hollola", themes=["arjen-turvallisuus"])
    make_association("Asikkalan seura ry", municipality="asikkala", themes=["arjen-turvallisuus"])
    make_association("Muu ry", municipality="lahti", themes=["mielen-hyvinvointi"])
    page = client.get("/teemat/arjen-turvallisuus/tulosta/").content.decode()
    assert group_names(page) == ["Asikkala", "Hollola"]
    assert "Muu ry" not in page


def test_unknown_term_is_404(client):
    assert client.get("/kunnat/atlantis/tulosta/").status_code == 404
    assert client.get("/teemat/kunnat/tulosta/").status_code == 404


def test_term_pages_link_to_their_print_list(client):
    assert 'href="/kunnat/lahti/tulosta/"' in client.get("/kunnat/lahti/").content.decode()
    page = client.get("/teemat/mielen-hyvinvointi/").content.decode()
    assert 'href="/teemat/mielen-hyvinvointi/tulosta/"' in page


def test_qr_codes_are_drawn_once_per_address(monkeypatch):
    from portal import printing

    drawn = []
    real_make = printing.segno.make
    monkeypatch.setattr(
        printing.segno, "make", lambda *a, **k: drawn.append(a) or real_make(*a, **k)
    )
    first = qr_codes(["https://example.fi/a/"])
    assert first["https://example.fi/a/"].startswith("data:image/svg+xml")
    assert (
        qr_codes(["https://example.fi/a/", "https://example.fi/b/"])["https://example.fi/a/"]
        == (first["https://example.fi/a/"])
    )
    assert drawn == [("https://example.fi/a/",), ("https://example.fi/b/",)]


@pytest.mark.parametrize("size", [2, 20])
def test_query_count(client, make_association, make_service, django_assert_num_queries, size):
    for number in range(size):
        association = make_association(f"Yhdistys {number}", operating_municipalities=["lahti"],
                                       themes=["mielen-hyvinvointi"])  # fmt: skip
        make_service(f"Palvelu {number}", association=association, municipalities=["lahti"],
                     themes=["arjen-turvallisuus"])  # fmt: skip
    # The municipality, associations and their themes, services and their themes.
    with django_assert_num_queries(5):
        assert client.get("/kunnat/lahti/tulosta/").status_code == 200
