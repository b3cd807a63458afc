"""A version number for everything the public lists show, kept in the shared cache.

Facet counts are the expensive part of a list page (one aggregate per vocabulary), so they are
cached under keys that include this version. Any change that could alter a list or a count
bumps it: `directory.signals` does so when an association, its tags or a term's label change, and
the other content apps do the same for their own models (an event's visibility depends on its
association's, so one version serves all). Code that writes with `QuerySet.update()` or
`bulk_create()` bypasses signals and must call `content_changed()` itself.

Production runs several app servers, so the cache must be shared (REDIS_URL); a per-process
cache would still be right within `FACET_CACHE_SECONDS`, after which every entry expires anyway.
"""

import time

from django.core.cache import cache

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
