"""A version number for everything the directory's lists show, kept in the shared cache.

Facet counts are the expensive part of a directory page (one aggregate per vocabulary), so they
are cached under keys that include this version. Any change that could alter a list or a count
bumps it (see `directory.signals`): saving or deleting an association, changing its tags, or
renaming a term. Code that writes with `QuerySet.update()` or `bulk_create()` bypasses those
signals and must call `directory_changed()` itself.

Production runs several app servers, so the cache must be shared (REDIS_URL); a per-process
cache would still be right within `FACET_CACHE_SECONDS`, after which every entry expires anyway.
"""

import time

from django.core.cache import cache

VERSION_KEY = "directory:version"
FACET_CACHE_SECONDS = 300


def directory_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY, 0)
    return version


def directory_changed() -> None:
    cache.set(VERSION_KEY, time.time_ns(), None)
