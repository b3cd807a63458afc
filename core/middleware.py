"""Request-level protections: body size, extra security headers, and degraded services.

- Bodies over `MAX_REQUEST_BYTES` are refused with 413 before Django reads them (Django's own
  limits count only form fields held in memory, not uploaded files).
- `Permissions-Policy` switches off the browser features the site never uses.
- When the database or the shared cache a rate limit needs is down, the visitor gets the clean
  "temporarily unavailable" page with 503 and `Retry-After`, not a 500.
"""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

from core.ratelimit import RateLimitUnavailable

logger = logging.getLogger(__name__)

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)
RETRY_AFTER_SECONDS = 30
UNAVAILABLE = (OperationalError, InterfaceError, RateLimitUnavailable)


def service_unavailable(request) -> HttpResponse:
    """The 503 page, rendered without context processors so it needs neither database nor cache."""
    template = loader.get_template("503.html")
    body = template.render({"request": request, "CONTACT_EMAIL": settings.CONTACT_EMAIL})
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class HardeningMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = request.META.get("CONTENT_LENGTH") or "0"
        try:
            too_large = int(length) > settings.MAX_REQUEST_BYTES
        except ValueError:
            return HttpResponse(status=400)
        if too_large:
            response = HttpResponse(
                "Request body too large.", status=413, content_type="text/plain; charset=utf-8"
            )
            response["Connection"] = "close"
        else:
            response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, UNAVAILABLE) and not settings.DEBUG:
            logger.error("Service unavailable for %s: %r", request.path, exception)
            return service_unavailable(request)
        return None
