import sys

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from core.caching import cache_status
from core.middleware import UNAVAILABLE, service_unavailable


def server_error(request):
    """The 500 page, rendered without context processors so that it never needs the database.

    An outage of the database (or of the cache a rate limit needs) raised outside a view, e.g.
    in a middleware, is a 503 with Retry-After instead: the page is fine, the service is not.
    """
    if isinstance(sys.exc_info()[1], UNAVAILABLE):
        return service_unavailable(request)
    template = loader.get_template("500.html")
    context = {"request": request, "CONTACT_EMAIL": settings.CONTACT_EMAIL}
    return HttpResponseServerError(template.render(context))


@never_cache
@require_safe
def healthz(request):
    """For load balancers and monitoring: 503 when the database does not answer, else 200.

    The shared cache is reported too. Without it the site still serves every page (slower, and
    the public forms ask visitors to try again), and every app server shares the same Redis, so
    taking servers out of rotation for it would take the whole site down: a load balancer keeps
    sending traffic on "degraded", and monitoring alerts on it.
    """
    cache = cache_status()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse(
            {"status": "error", "database": "unavailable", "cache": cache}, status=503
        )
    status = "ok" if cache == "ok" else "degraded"
    return JsonResponse({"status": status, "database": "ok", "cache": cache})


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('admin:index')}",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
