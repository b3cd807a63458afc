from django.utils.translation import gettext
from django.views.generic import DetailView

from core.facets import Chip, FacetedListView, query_without
from services.filters import ServiceFilterSet
from services.models import Service


class ServiceListView(FacetedListView):
    filterset_class = ServiceFilterSet
    title_field = "title"
    template_name = "services/service_list.html"
    context_object_name = "services"

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
        return context

    def structured_data(self, service: Service) -> dict:
        """schema.org Service with its provider, for search engines and other sites."""
        request = self.request
        provider = service.association
        data = {
            "@context": "https://schema.org",
            "@type": "Service",
            "name": service.title,
            "description": service.short_description,
            "url": request.build_absolute_uri(service.get_absolute_url()),
            "serviceType": str(service.get_kind_display()),
            "provider": {
                "@type": "NGO" if provider.kind != provider.Kind.PRIVATE else "Organization",
                "name": provider.name,
                "url": request.build_absolute_uri(provider.get_absolute_url()),
            },
            "areaServed": [
                {"@type": "City", "name": municipality.name}
                for municipality in service.municipalities.all()
            ],
            "availableLanguage": [language.slug for language in service.languages.all()],
            "audience": [
                {"@type": "Audience", "audienceType": group.name}
                for group in service.target_groups.all()
            ],
            "isAccessibleForFree": service.is_free,
        }
        channel = {"@type": "ServiceChannel"}
        if service.registration_url:
            channel["serviceUrl"] = service.registration_url
        if service.contact_phone:
            channel["servicePhone"] = {"@type": "ContactPoint", "telephone": service.contact_phone}
        if service.street_address or service.place:
            channel["serviceLocation"] = {
                "@type": "Place",
                "name": service.place or service.street_address,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": service.street_address,
                    "postalCode": service.postal_code,
                    "addressLocality": service.post_office,
                    "addressCountry": "FI",
                },
            }
        if len(channel) > 1:
            data["availableChannel"] = channel
        if not service.is_free and service.cost:
            data["offers"] = {"@type": "Offer", "description": service.cost}
        if service.age_range:
            data["audience"].append(
                {
                    "@type": "PeopleAudience",
                    **({"suggestedMinAge": service.min_age} if service.min_age is not None else {}),
                    **({"suggestedMaxAge": service.max_age} if service.max_age is not None else {}),
                }
            )
        return data
