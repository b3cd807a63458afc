from django.conf import settings
from django.db import DatabaseError, connection
from django.db.models import Q
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.urls import reverse
from django.utils.text import slugify
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from taxonomy.models import Municipality, Theme

SEARCH_MAX_LENGTH = 200


def term_matches(model, query: str):
    """Terms whose name in any language, or whose ASCII slug, contains the query.

    The slug makes the search forgiving of missing diacritics: `karkola` finds Kärkölä.
    """
    condition = Q(name_fi__icontains=query) | Q(name_sv__icontains=query)
    condition |= Q(name_en__icontains=query)
    if slug := slugify(query):
        condition |= Q(slug__contains=slug)
    return model.objects.filter(condition)


class HomeView(TemplateView):
    """The front page; its search box finds the themes and municipalities whose pages match."""

    template_name = "core/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            themes=Theme.objects.all(), municipalities=Municipality.objects.all(), **kwargs
        )
        query = self.request.GET.get("q", "").replace("\x00", "").strip()[:SEARCH_MAX_LENGTH]
        if query:
            context["query"] = query
            context["results"] = [
                *term_matches(Theme, query),
                *term_matches(Municipality, query),
            ]
        return context


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
        f"Sitemap: {request.build_absolute_uri(reverse('django.contrib.sitemaps.views.sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
