"""The widgets under /upotus/: their filters, links for the embedding page, framing allowed on
them only, fixed query counts; and the generator page's snippet."""

import html

import pytest

pytestmark = pytest.mark.django_db


def test_event_widget_takes_the_filters(client, make_association, make_event):
    association = make_association()
    make_event("Heinolan ilta", association=association, municipality="heinola",
               themes=["mielen-hyvinvointi"])  # fmt: skip
    make_event("Lahden konsertti", association=association, municipality="lahti")
    page = client.get("/upotus/tapahtumat/", {"municipality": "heinola"}).content.decode()
    assert "Heinolan ilta" in page and "Lahden konsertti" not in page
    assert 'href="http://testserver/tapahtumat/heinolan-ilta/" target="_parent"' in page
    assert 'href="http://testserver/tapahtumat/?municipality=heinola" target="_parent"' in page
    assert "<nav" not in page


def test_association_and_service_widgets(client, make_association, make_service):
    chess = make_association("Shakkikerho ry", themes=["osallisuus-ja-yhteisollisyys"])
    make_association("Luonnos ry", status="draft", themes=["osallisuus-ja-yhteisollisyys"])
    make_association("Muu ry")
    make_service("Shakki-ilta", association=chess, municipalities=["lahti"])
    page = client.get("/upotus/yhdistykset/", {"theme": "osallisuus-ja-yhteisollisyys"})
    text = page.content.decode()
    assert "Shakkikerho ry" in text and "Luonnos" not in text and "Muu ry" not in text
    services = client.get("/upotus/palvelut/", {"municipality": "lahti"}).content.decode()
    assert "Shakki-ilta" in services and 'target="_parent"' in services


def test_limit(client, make_association):
    for number in range(8):
        make_association(f"Yhdistys {number}")

    def count(params) -> int:
        page = client.get("/upotus/yhdistykset/", params).content.decode()
        return page.count('target="_parent">Yhdistys')

    assert count({}) == 5
    assert count({"limit": "2"}) == 2
    for bad in ("0", "-1", "abc", "999", "2.5"):
        assert count({"limit": bad}) == 5


def test_only_widgets_may_be_framed(client):
    widget = client.get("/upotus/tapahtumat/")
    assert widget.status_code == 200
    assert "X-Frame-Options" not in widget
    assert "frame-ancestors *" in widget["Content-Security-Policy"]
    for path in ("/tapahtumat/", "/upotus/", "/yhdistykset/"):
        response = client.get(path)
        assert response["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert client.get("/upotus/tuntematon/").status_code == 404


@pytest.mark.parametrize("kind", ["tapahtumat", "yhdistykset", "palvelut"])
def test_query_counts(client, make_association, make_service, make_event, kind,
                      django_assert_num_queries):  # fmt: skip
    for number in range(6):
        association = make_association(f"Yhdistys {number}", operating_municipalities=["lahti"])
        make_service(f"Palvelu {number}", association=association, municipalities=["lahti"])
        make_event(f"Tapahtuma {number}", association=association)
    with django_assert_num_queries(2):  # the vocabularies and the items
        assert (
            client.get(f"/upotus/{kind}/", {"municipality": "lahti", "limit": 20}).status_code
            == 200
        )


def test_generator_writes_the_snippet(client):
    page = client.get("/upotus/", {"kind": "palvelut", "municipality": "heinola",
                                   "theme": "keksitty", "limit": "8"}).content.decode()  # fmt: skip
    snippet = html.unescape(page.split('id="embed-code"')[1].split("</textarea>")[0])
    assert 'src="http://testserver/upotus/palvelut/?municipality=heinola&limit=8"' in snippet
    assert '<script src="http://testserver/static/js/upotus.js" async></script>' in snippet
    assert 'src="http://testserver/upotus/palvelut/?municipality=heinola&amp;limit=8"' in page
    assert client.get("/upotus/", {"kind": "<script>", "limit": "x"}).status_code == 200


def test_widgets_take_no_search(client, make_association):
    make_association("Kuoro ry")
    make_association("Martat ry")
    page = client.get("/upotus/yhdistykset/", {"q": "kuoro"}).content.decode()
    assert "Kuoro ry" in page and "Martat ry" in page
