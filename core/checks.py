"""System checks of the deployment (`manage.py check --deploy`)."""

from django.conf import settings
from django.core.checks import Error, Tags, register

LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register(Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs):
    """Production must have the shared cache: with several app servers (or several workers) a
    per-process cache would show each reader whatever their process last cached, and the rate
    limits would count per process."""
    if settings.DEBUG:
        return []
    backend = settings.CACHES["default"]["BACKEND"]
    if not settings.REDIS_URL or backend in LOCAL_CACHES:
        return [
            Error(
                "REDIS_URL is not set, so the cache is per process.",
                hint="Set REDIS_URL (e.g. redis://127.0.0.1:6379/0); see docs/deployment.md.",
                id="core.E001",
            )
        ]
    return []
