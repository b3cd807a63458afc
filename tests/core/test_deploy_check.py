"""`check --deploy` refuses production settings without the shared cache."""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from core.checks import shared_cache

REDIS = {"default": {"BACKEND": "core.caching.ResilientRedisCache", "LOCATION": "redis://x:1/0"}}
LOCAL = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def test_without_redis_url_and_debug_off_the_check_fails(settings):
    settings.DEBUG = False
    settings.REDIS_URL = ""
    settings.CACHES = LOCAL
    assert [error.id for error in shared_cache(None)] == ["core.E001"]


def test_a_local_cache_fails_even_with_redis_url(settings):
    settings.DEBUG = False
    settings.REDIS_URL = "redis://127.0.0.1:6379/0"
    settings.CACHES = LOCAL
    assert [error.id for error in shared_cache(None)] == ["core.E001"]


def test_with_redis_the_check_passes(settings):
    settings.DEBUG = False
    settings.REDIS_URL = "redis://127.0.0.1:6379/0"
    settings.CACHES = REDIS
    assert shared_cache(None) == []


def test_development_needs_no_redis(settings):
    settings.DEBUG = True
    settings.REDIS_URL = ""
    settings.CACHES = LOCAL
    assert shared_cache(None) == []


def test_check_deploy_runs_it(settings):
    settings.DEBUG = False
    settings.REDIS_URL = ""
    settings.CACHES = LOCAL
    with pytest.raises(SystemCheckError, match=r"core\.E001"):
        call_command("check", "--deploy", "--tag", "caches")
