from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


def server_error(request):
    """The 500 page, rendered without context processors so that it never needs the database."""
    template = loader.get_template("500.html")
    context = {"request": request, "CONTACT_EMAIL": settings.CONTACT_EMAIL}
    return HttpResponseServerError(template.render(context))


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers, 503 when it does not; for load balancers and monitoring."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('admin:index')}",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
