"""Counting requests per client in the shared cache, for the public forms.

The counts live in Django's cache, which is Redis in production (REDIS_URL), so every app server
sees the same numbers; a per-process dictionary would let a spammer multiply the limit by the
number of workers.
"""

import hashlib

from django.core.cache import cache


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def hit(scope: str, key: str, *, limit: int, window_seconds: int) -> bool:
    """Count one attempt of `key` in `scope`; False once it is over `limit` in the window.

    The window starts at the first attempt (a fixed window, not a sliding one).
    """
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]  # addresses stay out of the cache
    cache_key = f"ratelimit:{scope}:{digest}"
    cache.add(cache_key, 0, window_seconds)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, window_seconds)
        count = 1
    return count <= limit
