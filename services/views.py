from django.views.generic import DetailView, ListView

from core.facets import FacetedListMixin, clean_query, load_facet_terms
from directory.filters import SORT_CHOICES, SORT_RELEVANCE, chosen_sort
from directory.search import query_words
from services.filters import ServiceFilterSet, sort_services
from services.models import Service


class ServiceListView(FacetedListMixin, ListView):
    template_name = "services/service_list.html"
    context_object_name = "services"
    paginate_by = 20

    def get_queryset(self):
        self.query = clean_query(self.request.GET)
        self.filterset = ServiceFilterSet(
            self.query,
            queryset=Service.objects.published(),
            terms=load_facet_terms(ServiceFilterSet.term_models()),
        )
        self.searching = bool(query_words(self.filterset.values.get("q", "")))
        self.sort = chosen_sort(self.query.get("sort"), self.searching)
        return sort_services(self.filterset.qs, self.sort, self.searching).for_cards()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            **self.faceted_context(),
            age=self.filterset.values.get("age"),
            sort=self.sort,
            sort_choices=[
                (value, label)
                for value, label in SORT_CHOICES
                if value != SORT_RELEVANCE or self.searching
            ],
        )
        return context


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
