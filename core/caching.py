"""A version number for everything the public lists show, kept in the shared cache; and a cache
backend that keeps the site up when that cache is down.

Facet counts are the expensive part of a list page, so they are cached under keys that include
this version, and so are whole public pages for readers who are not logged in
(`core.pagecache`). Any change that could alter a list or a count bumps it: `directory.signals`
does so when an association, its tags or a term's label change, and the other content apps do
the same for their own models (an event's visibility depends on its association's, so one
version serves all). Code that writes with `QuerySet.update()` or
`bulk_create()` bypasses signals and must call `content_changed()` itself.

Production runs several app servers, so the cache must be shared (REDIS_URL; `check --deploy`
fails without it, `core.checks`).

**Redis down.** `ResilientRedisCache` (the backend whenever REDIS_URL is set) turns a failed
read into a miss and a failed write into a no-op, logs it, and then skips Redis for
`RETRY_SECONDS` so that pages do not wait on a dead server for every key. Pages are then
computed every time: slower, but served. `incr` is the exception: it raises, because the rate
limits (`core.ratelimit`) must know that they could not count and refuse rather than let
everything through. `/healthz` reports the cache's state (`cache_status()`).
"""

import functools
import logging
import threading
import time

from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

VERSION_KEY = "content:version"
FACET_CACHE_SECONDS = 300


def content_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY, 0)
    return version


def content_changed() -> None:
    cache.set(VERSION_KEY, time.time_ns(), None)


class CacheUnavailable(ConnectionError):
    """The shared cache did not answer (or failed a moment ago and is being left alone)."""


def cache_status() -> str:
    """ "ok", or "unavailable" when the shared cache does not answer."""
    ping = getattr(cache, "ping", None)
    if ping is None:  # a per-process cache is always there
        return "ok"
    try:
        ping()
    except Exception:
        return "unavailable"
    return "ok"


def _degrades(default_factory):
    """Run the Redis operation; on failure log, remember the outage and return the default."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if self._is_down():
                return default_factory(*args, **kwargs)
            try:
                return method(self, *args, **kwargs)
            except Exception as error:
                self._went_down(method.__name__, error)
                return default_factory(*args, **kwargs)

        return wrapper

    return decorate


class ResilientRedisCache(RedisCache):
    """Django's Redis cache that degrades to "no cache" instead of failing the request."""

    RETRY_SECONDS = 5.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._down_until = 0.0
        self._lock = threading.Lock()

    def _is_down(self) -> bool:
        return time.monotonic() < self._down_until

    def _went_down(self, operation: str, error: Exception) -> None:
        with self._lock:
            first = not self._is_down()
            self._down_until = time.monotonic() + self.RETRY_SECONDS
        if first:
            logger.error(
                "Cache unavailable (%s: %s); serving without it for %.0f s",
                operation,
                error,
                self.RETRY_SECONDS,
            )

    def ping(self) -> None:
        """Raise if Redis does not answer now (asks it even during an outage)."""
        try:
            self._cache.get_client().ping()
        except Exception as error:
            self._went_down("ping", error)
            raise CacheUnavailable(str(error)) from error
        self._down_until = 0.0

    def incr(self, key, delta=1, version=None):
        if self._is_down():
            raise CacheUnavailable("the cache failed a moment ago")
        try:
            return super().incr(key, delta, version)
        except ValueError:  # a missing key, not an outage
            raise
        except Exception as error:
            self._went_down("incr", error)
            raise CacheUnavailable(str(error)) from error

    @_degrades(lambda key, default=None, version=None: default)
    def get(self, key, default=None, version=None):
        return super().get(key, default, version)

    @_degrades(lambda *args, **kwargs: False)
    def add(self, key, value, *args, **kwargs):
        return super().add(key, value, *args, **kwargs)

    @_degrades(lambda *args, **kwargs: None)
    def set(self, key, value, *args, **kwargs):
        return super().set(key, value, *args, **kwargs)

    @_degrades(lambda *args, **kwargs: False)
    def touch(self, key, *args, **kwargs):
        return super().touch(key, *args, **kwargs)

    @_degrades(lambda *args, **kwargs: False)
    def delete(self, key, version=None):
        return super().delete(key, version)

    @_degrades(lambda *args, **kwargs: {})
    def get_many(self, keys, version=None):
        return super().get_many(keys, version)

    @_degrades(lambda *args, **kwargs: False)
    def has_key(self, key, version=None):
        return super().has_key(key, version)

    @_degrades(lambda data, *args, **kwargs: list(data))
    def set_many(self, data, *args, **kwargs):
        return super().set_many(data, *args, **kwargs)

    @_degrades(lambda *args, **kwargs: None)
    def delete_many(self, keys, version=None):
        return super().delete_many(keys, version)

    @_degrades(lambda *args, **kwargs: None)
    def clear(self):
        return super().clear()
