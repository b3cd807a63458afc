"""Issue #15: proxies, outages of the cache and the database, request size, headers, the
admin's view-on-site redirect and paged sitemaps."""

from unittest import mock
from xml.etree import ElementTree

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import OperationalError
from django.test import Client, RequestFactory

from accounts.roles import CONTACTS
from core.ratelimit import client_address
from core.sitemaps import I18nSitemap
from directory.models import Association, Membership
from taxonomy.models import Municipality, Theme

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


# --- Client address behind proxies (finding 8) --------------------------------------------------


def address(settings, proxies, remote, forwarded=None):
    settings.TRUSTED_PROXIES = proxies
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_address(RequestFactory().get("/", **meta))


def test_without_proxies_x_forwarded_for_is_ignored(settings):
    assert address(settings, 0, "203.0.113.5", "198.51.100.1") == "203.0.113.5"


def test_behind_one_proxy_the_last_forwarded_hop_is_the_client(settings):
    assert address(settings, 1, "127.0.0.1", "203.0.113.5") == "203.0.113.5"
    # Whatever a client puts in front of the header is not believed.
    assert address(settings, 1, "127.0.0.1", "1.2.3.4, 203.0.113.5") == "203.0.113.5"
    assert address(settings, 1, "127.0.0.1", "") == "127.0.0.1"
    assert address(settings, 1, "127.0.0.1", "not-an-address") == "127.0.0.1"
    assert address(settings, 1, "127.0.0.1", " 2001:db8::1 ") == "2001:db8::1"


def test_behind_two_proxies_the_second_last_hop_is_the_client(settings):
    assert address(settings, 2, "10.0.0.2", "1.2.3.4, 203.0.113.5, 10.0.0.1") == "203.0.113.5"


@pytest.fixture
def registration(db):
    return {
        "home_municipality": Municipality.objects.get(slug="padasjoki").pk,
        "themes": [Theme.objects.get(slug="osallisuus-ja-yhteisollisyys").pk],
        "short_description": "Kansanmusiikkia ja tansseja Padasjoella.",
        "contact_name": "Maija Meikäläinen",
        "contact_email": "maija@example.fi",
        "consent": "on",
    }


def register(client, data, number, **meta):
    return client.post("/ilmoita-yhdistys/", {**data, "name": f"Yhdistys {number} ry"}, **meta)


def test_behind_a_proxy_each_visitor_has_their_own_rate_limit(client, settings, registration):
    settings.TRUSTED_PROXIES = 1
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    for number in range(5):
        register(client, registration, number, HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy)
    assert (
        register(client, registration, 6, HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy).status_code
        == 429
    )
    # A spoofed first hop does not get the spammer a fresh count.
    spoofed = "9.9.9.9, 203.0.113.5"
    assert (
        register(client, registration, 7, HTTP_X_FORWARDED_FOR=spoofed, **proxy).status_code == 429
    )
    # Another visitor behind the same proxy is not limited.
    assert (
        register(client, registration, 8, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy).status_code
        == 302
    )


def test_without_a_proxy_spoofed_headers_do_not_bypass_the_limit(client, settings, registration):
    settings.TRUSTED_PROXIES = 0
    for number in range(5):
        register(client, registration, number, HTTP_X_FORWARDED_FOR=f"10.1.1.{number}")
    assert register(client, registration, 6, HTTP_X_FORWARDED_FOR="10.9.9.9").status_code == 429


def test_behind_a_proxy_a_lockout_is_per_visitor(client, settings, coordinator):
    settings.TRUSTED_PROXIES = 1

    def login(password, visitor):
        return client.post(
            "/hallinta/login/?next=/hallinta/",
            {"username": "coordinator@example.fi", "password": password},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=visitor,
        )

    for _ in range(5):
        login("väärä", "203.0.113.5")
    assert login("correct horse battery", "203.0.113.5").status_code == 429
    # The same proxy, another visitor: the attacker has not locked the owner out.
    assert login("correct horse battery", "198.51.100.7").status_code == 302


# --- The shared cache down (finding 7) ---------------------------------------------------------


@pytest.fixture
def dead_redis(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "core.caching.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"


@pytest.mark.django_db
def test_public_pages_work_with_the_cache_down(dead_redis, make_association):
    make_association("Lahden Latu ry")
    client = Client(raise_request_exception=False)
    for path in ["/", "/yhdistykset/", "/yhdistykset/?q=latu", "/palvelut/", "/tapahtumat/",
                 "/uutiset/", "/uutiset/syote/", "/sitemap.xml", "/yhdistykset/lahden-latu-ry/",
                 "/ilmoita-yhdistys/", "/en/yhdistykset/"]:  # fmt: skip
        assert client.get(path).status_code == 200, path


@pytest.mark.django_db
def test_admin_login_works_with_the_cache_down(dead_redis, coordinator):
    client = Client(raise_request_exception=False)
    response = client.post(
        "/hallinta/login/?next=/hallinta/",
        {"username": "coordinator@example.fi", "password": "correct horse battery"},
    )
    assert response.status_code == 302
    assert client.get("/hallinta/").status_code == 200


@pytest.mark.django_db
def test_rate_limited_forms_refuse_clearly_with_the_cache_down(dead_redis, registration):
    client = Client(raise_request_exception=False)
    response = register(client, registration, 1)
    assert response.status_code == 503
    assert response["Retry-After"]
    assert "Palvelu ei ole juuri nyt käytettävissä" in response.content.decode()
    assert not Association.objects.exists()  # refused, not let through uncounted


@pytest.mark.django_db
def test_health_check_reports_the_cache(dead_redis):
    response = Client().get("/healthz")
    # Every app server shares the one Redis: the site keeps serving, monitoring is told.
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "unavailable"}


@pytest.mark.django_db
def test_health_check_with_a_live_redis(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "core.caching.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:6379/3",
        }
    }
    response = Client().get("/healthz")
    if response.json()["cache"] != "ok":
        pytest.skip("no Redis on 127.0.0.1:6379")
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


# --- The database down (finding 15) ------------------------------------------------------------


@pytest.mark.django_db
def test_database_down_in_a_view_is_a_503_with_retry_after():
    client = Client(raise_request_exception=False)
    with mock.patch(
        "directory.views.AssociationListView.get", side_effect=OperationalError("down")
    ):
        response = client.get("/yhdistykset/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Palvelu ei ole juuri nyt käytettävissä" in response.content.decode()


@pytest.mark.django_db
def test_database_down_in_a_middleware_is_a_503_too(coordinator):
    client = Client(raise_request_exception=False)
    client.force_login(coordinator)
    with mock.patch(
        "django.contrib.sessions.backends.db.SessionStore.load",
        side_effect=OperationalError("down"),
    ):
        response = client.get("/hallinta/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"


# --- Request size and headers (findings 13, 16) -----------------------------------------------


@pytest.mark.django_db
def test_a_huge_request_body_is_refused(client, settings):
    settings.MAX_REQUEST_BYTES = 8 * 1024 * 1024
    response = client.post(
        "/ilmoita-yhdistys/", data=b"x" * (9 * 1024 * 1024), content_type="text/plain"
    )
    assert response.status_code == 413
    response = client.post(
        "/ilmoita-yhdistys/", data=b"x", content_type="text/plain", CONTENT_LENGTH="100000000"
    )
    assert response.status_code == 413


@pytest.mark.django_db
def test_permissions_policy_turns_off_unused_features(client):
    for path in ["/", "/yhdistykset/", "/healthz", "/hallinta/login/"]:
        policy = client.get(path)["Permissions-Policy"]
        assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy


def test_gunicorn_does_not_name_itself():
    import importlib.util
    from pathlib import Path

    import gunicorn.http.wsgi

    path = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"
    spec = importlib.util.spec_from_file_location("gunicorn_conf", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert "gunicorn" not in gunicorn.http.wsgi.SERVER.lower()
    assert module.bind == "127.0.0.1:8001"


# --- The admin's view-on-site redirect (finding 9) ---------------------------------------------


@pytest.fixture
def contact_client(client, make_user, make_association):
    own = make_association("Oma ry", status="hidden")
    user = make_user(email="yhteys@example.fi", is_staff=True)
    user.groups.add(Group.objects.get(name=CONTACTS))
    Membership.objects.create(user=user, association=own)
    client.force_login(user)
    return client


def view_on_site(association, language=""):
    content_type = ContentType.objects.get_for_model(Association)
    return f"{language}/hallinta/r/{content_type.pk}/{association.pk}/"


@pytest.mark.django_db
@pytest.mark.parametrize("status", ["hidden", "draft", "pending"])
def test_view_on_site_reveals_no_hidden_association(contact_client, make_association, status):
    secret = make_association("Salainen ry", slug="salainen-ry", status=status)
    for language in ["", "/sv"]:
        response = contact_client.get(view_on_site(secret, language))
        assert response.status_code == 404
        assert "salainen" not in response.get("Location", "")


@pytest.mark.django_db
def test_view_on_site_leads_to_public_and_own_content(contact_client, make_association):
    public = make_association("Julkinen ry", slug="julkinen-ry")
    response = contact_client.get(view_on_site(public))
    assert response.status_code == 302 and "/yhdistykset/julkinen-ry/" in response["Location"]
    own = Association.objects.get(slug="oma-ry")
    assert contact_client.get(view_on_site(own)).status_code == 302
    assert contact_client.get("/hallinta/r/999999/1/").status_code == 404
    assert (
        contact_client.get(view_on_site(public).replace(f"/{public.pk}/", "/abc/")).status_code
        == 404
    )


@pytest.mark.django_db
def test_view_on_site_needs_a_staff_login(client, make_association):
    public = make_association("Julkinen ry", slug="julkinen-ry")
    assert client.get(view_on_site(public)).status_code == 302
    assert "/hallinta/login/" in client.get(view_on_site(public))["Location"]


# --- Sitemaps (finding 2) ----------------------------------------------------------------------


def sitemap_pages(client, section):
    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    return [
        loc.text.removeprefix("http://testserver")
        for loc in index.findall("sm:sitemap/sm:loc", SITEMAP_NS)
        if f"sitemap-{section}.xml" in loc.text
    ]


@pytest.mark.django_db
def test_sitemap_sections_are_paged_and_read_a_page_at_a_time(
    client, make_association, monkeypatch, django_assert_max_num_queries
):
    monkeypatch.setattr(I18nSitemap, "limit", 6)  # two associations in three languages a page
    associations = [
        make_association(f"Yhdistys {number} ry", slug=f"yhdistys-{number}") for number in range(5)
    ]
    make_association("Piilotettu ry", slug="piilotettu", status="hidden")
    pages = sitemap_pages(client, "yhdistykset")
    assert len(pages) >= 3 and pages[0] == "/sitemap-yhdistykset.xml"
    assert pages[1] == "/sitemap-yhdistykset.xml?p=2"
    seen = []
    for page in pages:
        with django_assert_max_num_queries(2):  # the id range, one range of rows
            response = client.get(page)
        assert response.status_code == 200
        urls = ElementTree.fromstring(response.content).findall("sm:url/sm:loc", SITEMAP_NS)
        assert len(urls) <= 6
        seen += [url.text for url in urls]
    assert len(seen) == len(set(seen)) == 15
    assert {f"http://testserver{a.get_absolute_url()}" for a in associations} <= set(seen)
    assert not any("piilotettu" in url for url in seen)
    assert client.get(f"/sitemap-yhdistykset.xml?p={len(pages) + 1}").status_code == 404
    assert client.get("/sitemap-yhdistykset.xml?p=-1").status_code == 404
    assert client.get("/sitemap-yhdistykset.xml?p=abc").status_code == 404


@pytest.mark.django_db
def test_sitemap_pages_are_cached_until_the_content_changes(
    client, make_association, django_assert_num_queries
):
    make_association("Eka ry", slug="eka")
    client.get("/sitemap-yhdistykset.xml")
    with django_assert_num_queries(0):
        cached = client.get("/sitemap-yhdistykset.xml")
    assert cached.status_code == 200 and b"/yhdistykset/eka/" in cached.content
    assert cached["Content-Type"].startswith("application/xml")
    make_association("Toka ry", slug="toka")
    assert b"/yhdistykset/toka/" in client.get("/sitemap-yhdistykset.xml").content


# --- Searches (finding 11) ---------------------------------------------------------------------


@pytest.mark.django_db
def test_searches_are_rate_limited_per_address(client, settings):
    settings.SEARCHES_PER_MINUTE = 3
    for word in ["latu", "kuoro", "martta"]:
        assert client.get("/yhdistykset/", {"q": word}).status_code == 200
    response = client.get("/palvelut/", {"q": "kerho"})
    assert response.status_code == 429
    assert 'href="/palvelut/"' in response.content.decode()
    # Browsing without a search, and other visitors, are not limited.
    assert client.get("/yhdistykset/", {"theme": "mielen-hyvinvointi"}).status_code == 200
    assert client.get("/yhdistykset/", {"q": "latu"}, REMOTE_ADDR="192.0.2.1").status_code == 200


@pytest.mark.django_db
def test_a_sitemap_page_holds_at_most_600_addresses(client, make_association):
    """The protocol's 50,000 URLs are a ceiling, not a target: 4,000 associations made one
    6 MB page that took seconds of CPU."""
    home = make_association("Koti ry").home_municipality
    Association.objects.bulk_create(
        Association(
            name=f"Yhdistys {number} ry",
            slug=f"yhdistys-{number}",
            short_description="Kuvaus.",
            home_municipality=home,
            status="published",
        )
        for number in range(210)
    )
    pages = sitemap_pages(client, "yhdistykset")
    assert len(pages) >= 2
    seen = set()
    for page in pages:
        urls = ElementTree.fromstring(client.get(page).content).findall("sm:url/sm:loc", SITEMAP_NS)
        assert len(urls) <= 600
        seen |= {url.text for url in urls}
    assert len(seen) == 3 * 211
