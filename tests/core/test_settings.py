"""Settings are read once at import, so each case imports them in a fresh interpreter."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-like-key-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "paijathamalaiset.fi",
    "CSRF_TRUSTED_ORIGINS": "https://paijathamalaiset.fi",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


# What the test run sets for itself, and a fresh production process would not have.
TEST_ONLY_ENV = {"DEBUG", "SECRET_KEY", "SECURE_SSL_REDIRECT", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean_env = {key: value for key, value in os.environ.items() if key not in TEST_ONLY_ENV}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**clean_env, "DJANGO_SETTINGS_MODULE": "paijat.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def run_python(code: str, **env: str) -> subprocess.CompletedProcess:
    return run("-c", code, **env)


def test_debug_off_without_secret_key_refuses_to_start():
    result = run_python("import django; django.setup()")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_debug_is_off_unless_asked_for():
    result = run_python(
        "from django.conf import settings; print(settings.DEBUG, settings.SESSION_COOKIE_SECURE)",
        SECRET_KEY="x" * 60,
    )
    assert result.stdout.split() == ["False", "True"]


def test_development_settings_need_no_secret_key():
    result = run_python(
        "from django.conf import settings; print(settings.DEBUG, settings.EMAIL_BACKEND)",
        DEBUG="true",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "django.core.mail.backends.console.EmailBackend"]


@pytest.mark.parametrize(
    ("url", "engine"),
    [
        ("postgres://user:secret@db.example:5432/paijat", "django.db.backends.postgresql"),
        ("sqlite:////tmp/paijat.sqlite3", "django.db.backends.sqlite3"),
    ],
)
def test_database_url_chooses_the_database(url, engine):
    result = run_python(
        "from django.conf import settings; d = settings.DATABASES['default'];"
        "print(d['ENGINE'], d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])",
        DATABASE_URL=url,
        DEBUG="true",
    )
    assert result.stdout.split() == [engine, "600", "True"]


def test_redis_url_switches_the_cache_to_redis():
    result = run_python(
        "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])",
        REDIS_URL="redis://127.0.0.1:6379/1",
        DEBUG="true",
    )
    assert result.stdout.strip() == "core.caching.ResilientRedisCache"


def test_production_settings_pass_the_deployment_checklist():
    result = run("manage.py", "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
