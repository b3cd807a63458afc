"""Whole public pages from the shared cache, for readers who are not logged in.

A view opts in with `@reader_cached()` (or `@reader_cached(moves_with_clock=True)` when what it
shows changes with time: upcoming events, open grant calls, scheduled news). The key holds the
content version (`core.caching`: any saved change bumps it, so the change shows on the next
request), the language, the scheme and host, the path and the query string normalised (parameters
sorted, empty ones dropped), and for pages that move with the clock the current minute
(`core.clock`).

A page is served from the cache, and stored in it, only when nothing in it can belong to one
visitor:

- the request is a GET without a session cookie or a messages cookie (so nobody is logged in and
  no message waits to be shown);
- the response is a plain 200 that sets no cookie, used no CSRF token (a form), wrote nothing to
  the session and showed or queued no message.

Every response of these views says `Vary: Cookie` (a logged-in visitor may see more), hit or miss.

A hit costs two cache reads and no database query. Stored pages are also kept gzipped: they carry
no secret, so compressing them is safe from BREACH; nothing else is compressed (see
`compressed_body`).
"""

import gzip
import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers

from core.caching import content_version
from core.clock import current_minute

#: A page that moves with the clock is keyed by the minute, so it need not outlive it much.
#: Other pages live `settings.PAGE_CACHE_SECONDS` (they still show things that age slowly, such
#: as an association's "not confirmed for a year", hence not forever); 0 switches the cache off.
CLOCK_PAGE_SECONDS = 90
#: Query strings longer than this are not cached (no link on the site makes them).
MAX_QUERY_LENGTH = 1000
#: Headers kept with a stored page; the middleware outside this one adds the rest on every hit.
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary", "Link")
MIN_COMPRESS_BYTES = 200

CONTENT = "content"
CLOCK = "clock"


def reader_cached(*, moves_with_clock: bool = False):
    """Class decorator: serve the view's anonymous GETs from the page cache."""

    def decorate(view_class):
        view_class.reader_cache = CLOCK if moves_with_clock else CONTENT
        return view_class

    return decorate


def normalised_query(query) -> str:
    """The query string with its parameters sorted and empty values dropped."""
    pairs = sorted((key, value) for key, values in query.lists() for value in values if value)
    return urlencode(pairs)


def page_key(request, kind: str) -> str | None:
    query = normalised_query(request.GET)
    if len(query) > MAX_QUERY_LENGTH:
        return None
    moment = current_minute().isoformat() if kind == CLOCK else ""
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    digest = hashlib.sha256(f"{moment}|{address}".encode()).hexdigest()
    return f"page:{content_version()}:{translation.get_language()}:{digest}"


def accepts_gzip(request) -> bool:
    return "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "").lower()


def anonymous_request(request) -> bool:
    cookies = request.COOKIES
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in cookies
        and CookieStorage.cookie_name not in cookies
    )


def shareable_response(request, response) -> bool:
    """Nothing in the response belongs to one visitor (see the module's docstring)."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # a form's CSRF token was rendered
        return False
    # Without a session cookie the session is empty: reading it (is anyone logged in?) is
    # fine, writing to it would give the visitor a cookie.
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    messages = getattr(request, "_messages", None)
    if messages is not None and (
        messages._queued_messages or getattr(messages, "_loaded_data", None)
    ):
        return False
    return "no-store" not in response.get("Cache-Control", "")


def compressed_body(content: bytes) -> bytes | None:
    """The gzipped page, or None when compressing would not pay."""
    if len(content) < MIN_COMPRESS_BYTES:
        return None
    # mtime=0: the same page compresses to the same bytes on every server.
    compressed = gzip.compress(content, compresslevel=6, mtime=0)
    return compressed if len(compressed) < len(content) else None


def finish(request, response, entry: dict, state: str) -> HttpResponse:
    """The page's body (gzipped when the client accepts it) and the headers every cached page
    carries, hit or miss."""
    gzipped = entry["gzip"]
    patch_vary_headers(response, ("Cookie", "Accept-Encoding") if gzipped else ("Cookie",))
    if gzipped and accepts_gzip(request):
        response.content = gzipped
        response["Content-Encoding"] = "gzip"
    response["Content-Length"] = str(len(response.content))
    response["X-Page-Cache"] = state
    return response


def build_response(request, entry: dict) -> HttpResponse:
    """The stored page, as a hit."""
    response = HttpResponse(entry["body"])
    for header, value in entry["headers"].items():
        response[header] = value
    return finish(request, response, entry, "hit")


class ReaderCacheMiddleware:
    """Serves and stores the pages of views marked with `reader_cached` (module docstring).
    It sits last, so the middleware around it adds its headers (security, CSP, language) to a
    hit as it would to a fresh page, and it sees the view's response before them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_reader_cache_key", None)
        if key is None or not shareable_response(request, response):
            return response
        entry = {
            "body": response.content,
            "gzip": compressed_body(response.content),
            "headers": {name: response[name] for name in KEPT_HEADERS if name in response},
        }
        seconds = settings.PAGE_CACHE_SECONDS
        if request._reader_cache_kind == CLOCK:
            seconds = min(seconds, CLOCK_PAGE_SECONDS)
        cache.set(key, entry, seconds)
        return finish(request, response, entry, "miss")

    def process_view(self, request, view_func, view_args, view_kwargs):
        kind = getattr(getattr(view_func, "view_class", view_func), "reader_cache", None)
        if kind is None or settings.PAGE_CACHE_SECONDS <= 0 or not anonymous_request(request):
            return None
        key = page_key(request, kind)
        if key is None:
            return None
        entry = cache.get(key)
        if entry is not None:
            return build_response(request, entry)
        request._reader_cache_key = key
        request._reader_cache_kind = kind
        return None
