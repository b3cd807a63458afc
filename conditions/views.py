from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.views.generic import DetailView, FormView, TemplateView, View

from conditions.calendars import deadline_calendar
from conditions.filters import (
    ARCHIVE,
    CALENDAR,
    CURRENT,
    ContactPersonFilterSet,
    GrantCallFilterSet,
    PremisesFilterSet,
)
from conditions.forms import DialogueForm
from conditions.models import CLOSING_SOON, ContactPerson, DialogueMessage, GrantCall, Premises
from conditions.services import dialogue_message_notify
from core.calendars import calendar_response
from core.clock import current_minute
from core.facets import Chip, FacetedListView, clean_query, feed_query, query_without
from core.forms import PublicFormViewMixin
from core.pagecache import reader_cached
from taxonomy.models import Municipality, Spearhead

SPEARHEAD = "toimintaedellytykset"
OVERVIEW_CALLS = 5
CALENDAR_LIMIT = 500
DIALOGUE_PER_RECIPIENT_PER_HOUR = 20


# --- Premises ----------------------------------------------------------------------------------


@reader_cached()
class PremisesListView(FacetedListView):
    filterset_class = PremisesFilterSet
    title_field = "name"
    template_name = "conditions/premises_list.html"
    context_object_name = "premises_list"

    def extra_chips(self) -> list[Chip]:
        capacity = self.filterset.values.get("capacity")
        if capacity is None:
            return []
        label = _("Room for at least %(count)s") % {"count": capacity}
        return [Chip(label, query_without(self.query, "capacity"))]

    def get_context_data(self, **kwargs):
        return super().get_context_data(capacity=self.filterset.values.get("capacity"), **kwargs)


@reader_cached()
class PremisesDetailView(DetailView):
    context_object_name = "premises"
    template_name = "conditions/premises_detail.html"

    def get_queryset(self):
        return (
            Premises.objects.published()
            .select_related("municipality", "association")
            .prefetch_related("photos", "themes", "spearheads", "target_groups")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["structured_data"] = self.structured_data(self.object)
        return context

    def structured_data(self, premises: Premises) -> dict:
        """schema.org Place, for search engines and other sites."""
        absolute = self.request.build_absolute_uri
        data = {
            "@context": "https://schema.org",
            "@type": "Place",
            "name": premises.name,
            "description": premises.short_description,
            "url": absolute(premises.get_absolute_url()),
            "address": {
                "@type": "PostalAddress",
                "streetAddress": premises.street_address,
                "postalCode": premises.postal_code,
                "addressLocality": premises.post_office or premises.municipality.name,
                "addressRegion": "Päijät-Häme",
                "addressCountry": "FI",
            },
            "maximumAttendeeCapacity": premises.capacity,
            "isAccessibleForFree": premises.is_free,
            "amenityFeature": [
                {"@type": "LocationFeatureSpecification", "name": str(label), "value": True}
                for _value, label in [*premises.accessibility_features, *premises.equipment]
            ],
        }
        if premises.booking_phone:
            data["telephone"] = premises.booking_phone
        photos = [
            {"@type": "ImageObject", "url": absolute(photo.image.url), "caption": photo.image_alt}
            for photo in premises.photos.all()
        ]
        if photos:
            data["photo"] = photos
        return data


# --- Grant calls -------------------------------------------------------------------------------


@reader_cached(moves_with_clock=True)
class GrantCallListView(FacetedListView):
    """`/avustukset/`: calls open now (closing soonest first), then those opening within 60
    days (opening soonest first); the archive is a list of its own."""

    filterset_class = GrantCallFilterSet
    template_name = "conditions/grantcall_list.html"
    context_object_name = "calls"
    paginate_by = 50
    scope = CURRENT

    def filterset_context(self):
        self.moment = current_minute()
        return {"scope": self.scope, "moment": self.moment}

    def order(self, queryset):
        return queryset.order_by("-is_open", "closes_at", "opens_at", "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        calls = list(context["object_list"])
        query = feed_query(self.query)
        context.update(
            scope=self.scope,
            moment=self.moment,
            open_calls=[call for call in calls if call.is_open],
            upcoming_calls=sorted(
                (call for call in calls if not call.is_open), key=lambda c: (c.opens_at, c.pk)
            ),
            calendar_url=reverse("conditions:grant-calendar") + query,
            feed_url=reverse("conditions:grant-feed") + query,
            closing_soon_days=CLOSING_SOON.days,
        )
        return context


@reader_cached(moves_with_clock=True)
class GrantArchiveView(GrantCallListView):
    scope = ARCHIVE
    paginate_by = 20

    def order(self, queryset):
        return queryset.order_by("-closes_at", "-pk")


@reader_cached(moves_with_clock=True)
class GrantCallDetailView(DetailView):
    context_object_name = "call"
    template_name = "conditions/grantcall_detail.html"

    def get_queryset(self):
        self.moment = current_minute()
        return (
            GrantCall.objects.published()
            .with_state(self.moment)
            .prefetch_related("municipalities", "themes", "spearheads", "target_groups")
        )

    def get_context_data(self, **kwargs):
        call = self.object
        return super().get_context_data(
            is_closed=call.closes_at <= self.moment,
            calendar_url=reverse("conditions:grant-calendar"),
            **kwargs,
        )


class GrantCalendarView(View):
    """`/avustukset/kalenteri.ics`: every matching call's closing time as an event, taking the
    list's filters; calls that closed in the last 30 days stay in it."""

    def get(self, request, *args, **kwargs):
        filterset = GrantCallFilterSet.public(
            clean_query(request.GET), scope=CALENDAR, moment=current_minute()
        )
        calls = filterset.qs.order_by("closes_at", "pk")[:CALENDAR_LIMIT]
        name = " – ".join([_("Grant deadlines"), *filterset.chosen_labels()])
        calendar = deadline_calendar(calls, name=name, absolute_url=request.build_absolute_uri)
        return calendar_response(calendar, filename="avustukset.ics")


# --- Contact people and the dialogue -----------------------------------------------------------


@reader_cached()
class ContactPersonListView(FacetedListView):
    filterset_class = ContactPersonFilterSet
    template_name = "conditions/contactperson_list.html"
    context_object_name = "people"
    paginate_by = 100

    def order(self, queryset):
        return queryset.in_display_order()


class DialogueView(PublicFormViewMixin, FormView):
    """ "Kysy tai ehdota": the message is saved first, then mailed to the contact person and the
    coordinators; a failed mail is flagged on the message in the admin."""

    template_name = "conditions/dialogue_form.html"
    form_class = DialogueForm
    success_url = reverse_lazy("conditions:dialogue-thanks")
    rate_limited_template = "conditions/dialogue_rate_limited.html"
    rate_limit_scope = "dialogue"
    person = None

    def rate_limits(self, form):
        limits = super().rate_limits(form)
        person = self.person or form.cleaned_data.get("contact_person")
        if person is not None:
            limits.append(("dialogue-person", str(person.pk), DIALOGUE_PER_RECIPIENT_PER_HOUR))
        return limits

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "choose_recipient": self.person is None}

    def get_initial(self):
        kind = self.request.GET.get("kind")
        return {"kind": kind} if kind in DialogueMessage.Kind.values else {}

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)

    def accept(self, form):
        message = form.save(commit=False)
        if self.person is not None:
            message.contact_person = self.person
        message.save()
        dialogue_message_notify(message=message)


class ContactPersonDialogueView(DialogueView):
    """The form on a contact person's card: `/yhteyshenkilot/<slug>/kysy/`."""

    def dispatch(self, request, *args, **kwargs):
        self.person = get_object_or_404(
            ContactPerson.objects.published().for_cards(), slug=kwargs["slug"]
        )
        return super().dispatch(request, *args, **kwargs)


class DialogueThanksView(TemplateView):
    template_name = "conditions/dialogue_thanks.html"


# --- The overview ------------------------------------------------------------------------------


class OverviewView(TemplateView):
    """`/toimintaedellytykset/`: the spearhead in plain words and the three things it names in
    one place: open grant calls closing soonest, premises by municipality, the contact people."""

    template_name = "conditions/overview.html"

    def get_context_data(self, **kwargs):
        moment = current_minute()
        open_calls = GrantCall.objects.published().open_at(moment)
        published_premises = Premises.objects.published().values("pk")
        municipalities = Municipality.objects.annotate(
            premises_count=Count("premises", filter=Q(premises__in=published_premises))
        )
        return super().get_context_data(
            spearhead=Spearhead.objects.filter(slug=SPEARHEAD).first(),
            closing_calls=open_calls.with_state(moment)
            .for_cards()
            .order_by("closes_at", "pk")[:OVERVIEW_CALLS],
            open_count=open_calls.count(),
            municipalities=municipalities,
            regional_people=ContactPerson.objects.published()
            .filter(municipality__isnull=True)
            .for_cards()
            .in_display_order(),
            form=DialogueForm(),
            calendar_url=reverse("conditions:grant-calendar"),
            **kwargs,
        )
