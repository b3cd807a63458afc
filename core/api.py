"""Read-only JSON endpoints for other sites: GET only, CORS open, throttled per client in the
shared cache, answers cached per content version, and every bad parameter a 400 with a JSON
message (never a 500).

A view is a function `(request, params) -> data` wrapped by `json_endpoint`; it raises
`BadRequest` for a parameter it cannot use and may give `Link` header targets (`LINKS`).
Paging (`page`, `per_page`) is the HSDS page envelope's, which the events list shares.
"""

import datetime
import functools
import hashlib
import json
import math
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import QuerySet
from django.http import HttpResponse
from django.utils import timezone, translation

from core.caching import FACET_CACHE_SECONDS, content_version
from core.ratelimit import RateLimitUnavailable, client_address, hit
from core.text import strip_control_characters

MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 20
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Max-Age": "86400",
}


# A view may return {rel: url} under this key: they become the `Link` header (next, prev).
LINKS = "_links"


class BadRequest(ValueError):
    """A parameter the endpoint cannot use; its message goes to the client with a 400."""


def json_response(data, *, status: int = 200, content_type="application/json") -> HttpResponse:
    body = data if isinstance(data, bytes) else encode(data)
    response = HttpResponse(body, status=status, content_type=f"{content_type}; charset=utf-8")
    for header, value in CORS_HEADERS.items():
        response[header] = value
    return response


def encode(data) -> bytes:
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).encode()


def error_response(status: int, message: str, **headers) -> HttpResponse:
    response = json_response({"error": {"status": status, "message": message}}, status=status)
    for header, value in headers.items():
        response[header.replace("_", "-")] = value
    return response


def throttled(request) -> bool:
    """True when this client has used up `API_REQUESTS_PER_MINUTE`. Without the shared cache
    the API stays open, like the public lists."""
    limit = settings.API_REQUESTS_PER_MINUTE
    if limit <= 0:
        return False
    try:
        return not hit("api", client_address(request), limit=limit, window_seconds=60)
    except RateLimitUnavailable:
        return False


def cache_key(request, extra: str = "") -> str:
    """The answer's key: content version, host (links are absolute), path and the query."""
    query = sorted(request.GET.lists())
    raw = json.dumps([request.get_host(), request.path, query, extra])
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"api:{content_version()}:{digest}"


def json_endpoint(view=None, *, content_type="application/json", cache_extra=None):
    """Make `view(request, params)` a public JSON endpoint (see the module's docstring).

    `cache_extra(request)` adds to the cache key what else the answer depends on (the minute,
    for lists that move with the clock). Answers are in Finnish whatever the request's language.
    """

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "OPTIONS":
                response = HttpResponse(status=204)
                for header, value in CORS_HEADERS.items():
                    response[header] = value
                return response
            if request.method not in ("GET", "HEAD"):
                response = error_response(405, "Only GET is allowed.")
                response["Allow"] = "GET, HEAD, OPTIONS"
                return response
            if throttled(request):
                return error_response(429, "Too many requests; try again in a minute.",
                                      Retry_After="60")  # fmt: skip
            key = cache_key(request, cache_extra(request) if cache_extra else "")
            cached = cache.get(key)
            if cached is None:
                try:
                    with translation.override(settings.LANGUAGE_CODE):
                        data = view(request, clean_params(request), *args, **kwargs)
                except BadRequest as error:
                    return error_response(400, str(error))
                if isinstance(data, HttpResponse):  # a 404, say
                    return data
                links = data.pop(LINKS, {}) if isinstance(data, dict) else {}
                cached = (encode(data), links)
                cache.set(key, cached, FACET_CACHE_SECONDS)
            body, links = cached
            response = json_response(body, content_type=content_type)
            response["Cache-Control"] = "public, max-age=60"
            if links:
                response["Link"] = ", ".join(f'<{url}>; rel="{rel}"' for rel, url in links.items())
            return response

        wrapper.csrf_exempt = True  # nothing is written; a POST gets its 405, not a 403
        return wrapper

    return decorate(view) if view else decorate


def clean_params(request) -> dict[str, list[str]]:
    """The query without control characters, as {name: [values]}."""
    return {
        strip_control_characters(key, multiline=False): [
            strip_control_characters(value, multiline=False).strip() for value in values
        ]
        for key, values in request.GET.lists()
    }


def single(params: dict, name: str) -> str:
    """The last value given for `name`, or ""."""
    values = params.get(name) or [""]
    return values[-1]


def positive_int(params: dict, name: str, *, default: int, maximum: int | None = None) -> int:
    text = single(params, name)
    if not text:
        return default
    if not text.isascii() or not text.isdigit() or len(text) > 9 or int(text) < 1:
        raise BadRequest(f"{name} must be a whole number of 1 or more.")
    if maximum is not None and int(text) > maximum:
        raise BadRequest(f"{name} must be at most {maximum}.")
    return int(text)


def uuid_param(params: dict, name: str) -> uuid.UUID | None:
    text = single(params, name)
    if not text:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        raise BadRequest(f"{name} must be a UUID.") from None


def datetime_param(params: dict, name: str) -> datetime.datetime | None:
    """An ISO 8601 date or date-time; without an offset it is Helsinki time."""
    text = single(params, name)
    if not text:
        return None
    try:
        if "T" in text:  # an unencoded "+" of the offset arrives as a space
            text = text.replace(" ", "+")
        moment = datetime.datetime.fromisoformat(text)
        if not 1900 <= moment.year <= 2200:
            raise ValueError(text)
    except ValueError:
        raise BadRequest(
            f"{name} must be an ISO 8601 date or date-time, e.g. 2026-01-31T12:00:00+02:00."
        ) from None
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, timezone.get_default_timezone())
    return moment


@dataclass
class Page:
    items: list
    number: int
    per_page: int
    total: int

    def envelope(self, contents: list) -> dict:
        """The HSDS page envelope around `contents`."""
        total_pages = max(1, math.ceil(self.total / self.per_page))
        return {
            "total_items": self.total,
            "total_pages": total_pages,
            "page_number": self.number,
            "size": len(contents),
            "first_page": self.number == 1,
            "last_page": self.number >= total_pages,
            "empty": not contents,
            "contents": contents,
        }


def paginate(queryset: QuerySet, params: dict) -> Page:
    """`page` and `per_page` (at most 100) of `queryset`: one count and one fetch."""
    number = positive_int(params, "page", default=1)
    per_page = positive_int(params, "per_page", default=DEFAULT_PER_PAGE, maximum=MAX_PER_PAGE)
    total = queryset.count()
    offset = (number - 1) * per_page
    items = list(queryset[offset : offset + per_page]) if offset < total else []
    return Page(items, number, per_page, total)
