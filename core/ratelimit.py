"""Counting requests per client in the shared cache, for the public forms; and who the client is.

The counts live in Django's cache, which is Redis in production (REDIS_URL), so every app server
sees the same numbers; a per-process dictionary would let a spammer multiply the limit by the
number of workers.

When the cache cannot be reached, `hit` raises `RateLimitUnavailable` rather than letting every
request through: the forms then answer with a "try again shortly" page (fail safe).

`client_address` is the one answer to "which address is this?", used by every rate limit and by
django-axes (`AXES_CLIENT_IP_CALLABLE`), so lockouts and limits always agree.
"""

import hashlib
import ipaddress
import logging

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)


class RateLimitUnavailable(Exception):
    """The shared cache that holds the counts cannot be reached."""


def _valid(address: str) -> str | None:
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_address(request, credentials=None) -> str:
    """The visitor's address, behind `TRUSTED_PROXIES` reverse proxies.

    Without proxies this is the connection's address (`REMOTE_ADDR`); `X-Forwarded-For` is then
    ignored, because anyone can send it. With N trusted proxies, each appends the address it
    received the request from to `X-Forwarded-For`, and the nearest one is `REMOTE_ADDR`: the
    client is the entry just before the last N-1 of the header, whatever a client put in front.
    """
    remote = _valid(request.META.get("REMOTE_ADDR", "")) or "unknown"
    proxies = settings.TRUSTED_PROXIES
    if proxies <= 0:
        return remote
    forwarded = [
        entry.strip()
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    if len(forwarded) < proxies:
        # Fewer hops than proxies: the request did not come through all of them.
        return _valid(forwarded[0]) or remote if forwarded else remote
    return _valid(forwarded[-proxies]) or remote


def client_ip(request) -> str | None:
    """`AXES_CLIENT_IP_CALLABLE`: `client_address`, or None when there is no address at all
    (e.g. `Client.login()` in tests), which axes stores as an empty IP address field."""
    address = client_address(request)
    return None if address == "unknown" else address


def hit(scope: str, key: str, *, limit: int, window_seconds: int) -> bool:
    """Count one attempt of `key` in `scope`; False once it is over `limit` in the window.

    The window starts at the first attempt (a fixed window, not a sliding one). Raises
    `RateLimitUnavailable` when the shared cache is down.
    """
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]  # addresses stay out of the cache
    cache_key = f"ratelimit:{scope}:{digest}"
    try:
        cache.add(cache_key, 0, window_seconds)
        try:
            count = cache.incr(cache_key)
        except ValueError:  # expired between add and incr
            cache.set(cache_key, 1, window_seconds)
            count = 1
    except Exception as error:
        logger.error("Rate limit %s not counted, the cache is unavailable: %s", scope, error)
        raise RateLimitUnavailable from error
    return count <= limit
