from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext
from django.views.generic import DetailView

from core.calendars import calendar_response
from core.facets import Chip, FacetedListView, query_without
from core.structured_data import compact, offer, postal_address
from directory.models import Association
from services.calendars import service_calendar
from services.filters import ServiceFilterSet
from services.models import Service

NOT_NGO = {Association.Kind.PUBLIC, Association.Kind.PRIVATE}
NEXT_DATES = 5  # a repeating activity's next meetings on its page


class ServiceListView(FacetedListView):
    filterset_class = ServiceFilterSet
    title_field = "title"
    template_name = "services/service_list.html"
    context_object_name = "services"
    export_url_name = "services:service-csv"

    def extra_chips(self) -> list[Chip]:
        age = self.filterset.values.get("age")
        if age is None:
            return []
        label = gettext("Age %(age)s") % {"age": age}
        return [Chip(label, query_without(self.query, "age"))]

    def get_context_data(self, **kwargs):
        return super().get_context_data(age=self.filterset.values.get("age"), **kwargs)


class ServiceDetailView(DetailView):
    context_object_name = "service"

    def get_queryset(self):
        return (
            Service.objects.published()
            .select_related("association")
            .prefetch_related(
                "municipalities", "themes", "spearheads", "target_groups", "languages"
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["structured_data"] = self.structured_data(self.object)
        schedule = self.object.recurrence
        next_dates = schedule.occurrences(timezone.now())[:NEXT_DATES] if schedule else []
        context["next_dates"] = next_dates
        return context

    def structured_data(self, service: Service) -> dict:
        """schema.org Service with its provider, for search engines and other sites."""
        absolute = self.request.build_absolute_uri
        url = absolute(service.get_absolute_url())
        provider = service.association
        municipalities = list(service.municipalities.all())
        address = postal_address(
            street=service.street_address,
            postal_code=service.postal_code,
            locality=service.post_office
            or (municipalities[0].name if len(municipalities) == 1 else ""),
        )
        location = None
        if address and (service.place or service.street_address):
            location = {
                "@type": "Place",
                "name": service.place or service.street_address,
                "address": address,
            }
        return compact(
            {
                "@context": "https://schema.org",
                "@type": "Service",
                "name": service.title,
                "description": service.short_description,
                "url": url,
                "serviceType": str(service.get_kind_display()),
                "provider": {
                    "@type": "Organization" if provider.kind in NOT_NGO else "NGO",
                    "name": provider.name,
                    "url": absolute(provider.get_absolute_url()),
                },
                "areaServed": [
                    {"@type": "City", "name": municipality.name} for municipality in municipalities
                ],
                "availableLanguage": [language.slug for language in service.languages.all()],
                "audience": [
                    *(
                        {"@type": "Audience", "audienceType": group.name}
                        for group in service.target_groups.all()
                    ),
                    {
                        "@type": "PeopleAudience",
                        "suggestedMinAge": service.min_age,
                        "suggestedMaxAge": service.max_age,
                    },
                ],
                "availableChannel": {
                    "@type": "ServiceChannel",
                    "serviceUrl": service.registration_url,
                    "servicePhone": {"@type": "ContactPoint", "telephone": service.contact_phone},
                    "serviceLocation": location,
                },
                "isAccessibleForFree": service.is_free,
                "offers": offer(
                    is_free=service.is_free,
                    amount=service.cost_amount,
                    text=service.cost,
                    url=service.registration_url or url,
                ),
            }
        )


def service_calendar_file(request, slug):
    """`/palvelut/<slug>/kalenteri.ics`: a repeating activity's meetings, "add to calendar"."""
    service = get_object_or_404(
        Service.objects.published().exclude(repeat_rule="").select_related("association"),
        slug=slug,
    )
    calendar = service_calendar(service, absolute_url=request.build_absolute_uri)
    filename = slugify(service.slug)[:80] or "toiminta"
    return calendar_response(calendar, filename=f"{filename}.ics", attachment=True)
