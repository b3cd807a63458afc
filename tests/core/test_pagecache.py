"""Whole public pages from the shared cache for readers who are not logged in (core.pagecache)."""

import datetime
import gzip

import pytest
from django.contrib import messages
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.views import View

from core import pagecache
from core.pagecache import ReaderCacheMiddleware, normalised_query, reader_cached

pytestmark = pytest.mark.django_db

URL = "/yhdistykset/"


def cache_state(response) -> str | None:
    return response.headers.get("X-Page-Cache")


def test_a_hit_serves_the_same_bytes_without_a_query(client, make_association,
                                                     django_assert_num_queries):  # fmt: skip
    make_association("Lahden Lukijat ry")
    first = client.get(URL)
    assert cache_state(first) == "miss"
    with django_assert_num_queries(0):
        second = client.get(URL)
    assert cache_state(second) == "hit"
    assert second.status_code == 200
    assert second.content == first.content
    assert "Lahden Lukijat ry" in second.content.decode()
    # The middleware around the cache adds its headers to a hit as to a fresh page.
    for header in ("Content-Security-Policy", "X-Frame-Options", "Permissions-Policy"):
        assert second.headers[header] == first.headers[header]
    assert "Cookie" in second.headers["Vary"]


@pytest.mark.parametrize(
    "url",
    ["/", "/yhdistykset/lahden-lukijat-ry/", "/palvelut/", "/tapahtumat/", "/uutiset/",
     "/teemat/", "/teemat/mielen-hyvinvointi/", "/kunnat/lahti/", "/avustukset/", "/tilat/",
     "/yhteyshenkilot/"],
)  # fmt: skip
def test_every_public_page_is_served_from_the_cache(client, make_association, url,
                                                    django_assert_num_queries):  # fmt: skip
    make_association("Lahden Lukijat ry")
    first = client.get(url)
    assert first.status_code == 200
    assert cache_state(first) == "miss"
    with django_assert_num_queries(0):
        second = client.get(url)
    assert cache_state(second) == "hit"
    assert second.content == first.content


def test_a_saved_change_shows_on_the_next_request(client, make_association):
    association = make_association("Vanha Nimi ry")
    client.get(URL)
    client.get(f"{URL}{association.slug}/")
    association.name = "Uusi Nimi ry"
    association.save()
    page = client.get(URL)
    assert cache_state(page) == "miss"
    assert "Uusi Nimi ry" in page.content.decode()
    detail = client.get(f"{URL}{association.slug}/")
    assert cache_state(detail) == "miss"
    assert "Uusi Nimi ry" in detail.content.decode()


def test_each_language_has_its_own_page(client):
    finnish = client.get(URL)
    english = client.get(f"/en{URL}")
    assert cache_state(english) == "miss"
    assert finnish.headers["Content-Language"] == "fi"
    assert english.headers["Content-Language"] == "en"
    assert client.get(f"/en{URL}").content == english.content
    assert client.get(URL).content == finnish.content


def test_the_query_string_is_normalised(client, django_assert_num_queries):
    client.get(URL, {"theme": "mielen-hyvinvointi", "municipality": "lahti", "q": ""})
    with django_assert_num_queries(0):
        reordered = client.get(f"{URL}?municipality=lahti&page=&theme=mielen-hyvinvointi")
    assert cache_state(reordered) == "hit"
    assert cache_state(client.get(URL, {"theme": "mielen-hyvinvointi"})) == "miss"


def test_normalised_query_sorts_and_drops_empty_values():
    query = RequestFactory().get("/?b=2&a=&c=3&b=1&q=").GET
    assert normalised_query(query) == "b=1&b=2&c=3"


def test_logged_in_users_are_never_served_or_stored(client, coordinator, make_association):
    make_association("Lahden Lukijat ry")
    client.get(URL)  # an anonymous reader fills the cache
    client.force_login(coordinator)
    page = client.get(URL)
    assert cache_state(page) is None
    assert page.context is not None  # rendered for this user
    client.logout()
    client.cookies.clear()
    assert cache_state(client.get(URL)) == "hit"


def test_a_waiting_message_bypasses_the_cache(client):
    client.get(URL)
    client.cookies["messages"] = "anything"
    assert cache_state(client.get(URL)) is None


@pytest.mark.parametrize("url", ["/ilmoita-yhdistys/", "/toimintaedellytykset/"])
def test_pages_with_forms_are_not_cached_or_compressed(client, url):
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert cache_state(response) is None
    assert "Content-Encoding" not in response.headers


def test_a_missing_page_is_not_stored(client):
    assert client.get(f"{URL}ei-ole/").status_code == 404
    response = client.get(f"{URL}ei-ole/")
    assert response.status_code == 404
    assert cache_state(response) is None


def test_a_search_that_is_refused_is_not_stored(client, settings):
    settings.SEARCHES_PER_MINUTE = 1
    assert client.get(URL, {"q": "eka"}).status_code == 200
    assert client.get(URL, {"q": "toka"}).status_code == 429
    settings.SEARCHES_PER_MINUTE = 0
    assert cache_state(client.get(URL, {"q": "toka"})) == "miss"


def test_switched_off_with_zero_seconds(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(URL)
    assert cache_state(client.get(URL)) is None


def test_pages_that_move_with_the_clock_are_keyed_by_the_minute(client, monkeypatch):
    moment = datetime.datetime(2026, 12, 2, 10, 0, tzinfo=datetime.UTC)
    monkeypatch.setattr(pagecache, "current_minute", lambda: moment)
    client.get("/tapahtumat/")
    client.get(URL)
    assert cache_state(client.get("/tapahtumat/")) == "hit"
    moment += datetime.timedelta(minutes=1)
    assert cache_state(client.get("/tapahtumat/")) == "miss"
    assert cache_state(client.get(URL)) == "hit"  # the directory does not move with the clock


# The rules for what may be stored, on views made for the purpose.
@reader_cached()
class FormView(View):
    def get(self, request):
        return HttpResponse(f"<form>{get_token(request)}</form>")


@reader_cached()
class MessageView(View):
    def get(self, request):
        messages.info(request, "Tallennettu")
        return HttpResponse("<p>Tallennettu</p>")


@reader_cached()
class CookieView(View):
    def get(self, request):
        response = HttpResponse("<p>Hei</p>")
        response.set_cookie("seen", "1")
        return response


@reader_cached()
class PlainView(View):
    def get(self, request):
        return HttpResponse("<p>Hei</p>")


def run(view_class, request):
    """The request through the middleware and the view, as Django's handler would."""
    view = view_class.as_view()
    middleware = ReaderCacheMiddleware(lambda request: view(request))
    served = middleware.process_view(request, view, (), {})
    return served if served is not None else middleware(request)


def anonymous_request(rf):
    from django.contrib.messages.storage.fallback import FallbackStorage
    from django.contrib.sessions.backends.cache import SessionStore

    request = rf.get("/lomake/")
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    return request


@pytest.mark.parametrize("view_class", [FormView, MessageView, CookieView])
def test_responses_with_a_token_a_message_or_a_cookie_are_not_stored(rf, view_class):
    cache.clear()
    run(view_class, anonymous_request(rf))
    assert cache_state(run(view_class, anonymous_request(rf))) != "hit"


def test_a_plain_response_is_stored(rf):
    cache.clear()
    run(PlainView, anonymous_request(rf))
    assert cache_state(run(PlainView, anonymous_request(rf))) == "hit"


def test_cached_pages_are_gzipped_for_clients_that_accept_it(client, make_association):
    make_association("Lahden Lukijat ry")
    plain = client.get(URL)
    for _ in ("miss", "hit"):
        response = client.get(URL, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert response.headers["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in response.headers["Vary"]
        assert gzip.decompress(response.content) == plain.content
        assert int(response.headers["Content-Length"]) == len(response.content)
    assert "Content-Encoding" not in plain.headers
    cache.clear()
    first = client.get(URL, HTTP_ACCEPT_ENCODING="gzip")
    assert cache_state(first) == "miss"
    assert first.headers["Content-Encoding"] == "gzip"


def test_the_home_page_is_under_15_kb_transferred(client, make_association):
    for number in range(20):
        make_association(f"Yhdistys {number} ry")
    response = client.get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert response.headers["Content-Encoding"] == "gzip"
    assert len(response.content) < 15 * 1024
