from django.shortcuts import get_object_or_404, render
from django.urls import reverse, reverse_lazy
from django.views.generic import DetailView, FormView, TemplateView

from core.facets import FacetedListView
from core.forms import PublicFormViewMixin
from core.pagecache import reader_cached
from core.ratelimit import client_address, hit
from core.structured_data import compact, postal_address
from directory.filters import AssociationFilterSet
from directory.forms import ErrorReportForm
from directory.freshness import error_report_notify
from directory.models import Association
from directory.onboarding import RegistrationForm, association_register

# schema.org's type for each kind of organisation; the rest are NGOs.
SCHEMA_TYPES = {
    Association.Kind.PUBLIC: "GovernmentOrganization",
    Association.Kind.PRIVATE: "Organization",
}


@reader_cached()
class AssociationListView(FacetedListView):
    filterset_class = AssociationFilterSet
    title_field = "name"
    template_name = "directory/association_list.html"
    context_object_name = "associations"
    export_url_name = "directory:association-csv"


@reader_cached(moves_with_clock=True)
class AssociationDetailView(DetailView):
    context_object_name = "association"

    def get_queryset(self):
        return (
            Association.objects.published()
            .select_related("home_municipality")
            .prefetch_related(
                "operating_municipalities",
                "themes",
                "spearheads",
                "target_groups",
                "fields",
                "languages",
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["structured_data"] = self.structured_data(self.object)
        return context

    def structured_data(self, association: Association) -> dict:
        """schema.org NGO (or a government or other organisation), for search engines and
        other sites."""
        absolute = self.request.build_absolute_uri
        return compact(
            {
                "@context": "https://schema.org",
                "@type": SCHEMA_TYPES.get(association.kind, "NGO"),
                "name": association.name,
                "description": association.short_description,
                "url": absolute(association.get_absolute_url()),
                "logo": absolute(association.logo.url) if association.logo else None,
                "sameAs": [association.website, *association.social_media_links],
                "email": association.email,
                "telephone": association.phone,
                "taxID": association.business_id,
                "foundingDate": str(association.founded_year or ""),
                "address": postal_address(
                    street=association.street_address,
                    postal_code=association.postal_code,
                    locality=association.post_office or association.home_municipality.name,
                ),
                "areaServed": [
                    {"@type": "City", "name": municipality.name}
                    for municipality in association.operating_municipalities.all()
                ],
                "knowsLanguage": [language.slug for language in association.languages.all()],
            }
        )


REGISTRATIONS_PER_HOUR = 5


class AssociationRegisterView(FormView):
    """The public form for registering an association; it goes to the coordinators' review."""

    template_name = "directory/registration_form.html"
    form_class = RegistrationForm
    success_url = reverse_lazy("directory:registration-thanks")

    def post(self, request, *args, **kwargs):
        allowed = hit(
            "registration",
            client_address(request),
            limit=REGISTRATIONS_PER_HOUR,
            window_seconds=60 * 60,
        )
        if not allowed:
            return render(request, "directory/rate_limited.html", status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        if not form.is_spam:  # a bot gets the same thank-you, and nothing is saved
            association_register(data=form.cleaned_data)
        return super().form_valid(form)


class RegistrationThanksView(TemplateView):
    template_name = "directory/registration_thanks.html"


# Error reports: per client address, and per association so nobody floods one association's
# contacts from many addresses. Counted in the shared cache (`core.ratelimit`).
ERROR_REPORTS_PER_ADDRESS_PER_HOUR = 5
ERROR_REPORTS_PER_ASSOCIATION_PER_HOUR = 20


class PublishedAssociationMixin:
    """The association in the URL, which must be public (others are a 404)."""

    def dispatch(self, request, *args, **kwargs):
        self.association = get_object_or_404(Association.objects.published(), slug=kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(association=self.association, **kwargs)


class ErrorReportView(PublishedAssociationMixin, PublicFormViewMixin, FormView):
    """The "report outdated or wrong information" form: the report is saved first, then mailed
    to the association's contacts and the coordinators."""

    template_name = "directory/error_report_form.html"
    form_class = ErrorReportForm
    rate_limited_template = "directory/error_report_rate_limited.html"
    rate_limit_scope = "error-report"
    per_address_per_hour = ERROR_REPORTS_PER_ADDRESS_PER_HOUR

    def get_success_url(self):
        return reverse("directory:error-report-thanks", kwargs={"slug": self.association.slug})

    def rate_limits(self, form):
        return [
            *super().rate_limits(form),
            (
                "error-report-association",
                str(self.association.pk),
                ERROR_REPORTS_PER_ASSOCIATION_PER_HOUR,
            ),
        ]

    def accept(self, form):
        report = form.save(commit=False)
        report.association = self.association
        report.save()
        error_report_notify(report=report)


class ErrorReportThanksView(PublishedAssociationMixin, TemplateView):
    template_name = "directory/error_report_thanks.html"
