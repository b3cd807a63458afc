"""Operating conditions in the admin. Premises are association-owned content: a contact adds and
edits only their own associations' premises (`AssociationOwnedAdmin` scopes every entry point),
while premises of municipalities, the county, parishes and companies, grant calls, contact
people and the questions sent to them are the coordinators'."""

from django.contrib import admin, messages
from django.db import transaction
from django.template.defaultfilters import truncatechars
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.roles import is_coordinator
from conditions.models import ContactPerson, DialogueMessage, GrantCall, Premises, PremisesPhoto
from conditions.services import grant_call_copy
from conditions.views import PremisesDetailView
from core.admin import ModeratedAdmin
from directory.ownership import AssociationOwnedAdmin

TAGS = ["themes", "spearheads", "target_groups"]


class PremisesPhotoInline(admin.StackedInline):  # labelled fields, fits a phone
    model = PremisesPhoto
    extra = 1
    max_num = 8
    fields = ["image", "image_alt", "position"]


@admin.register(Premises)
class PremisesAdmin(AssociationOwnedAdmin):
    list_display = ["name", "municipality", "owner", "capacity", "is_free", "status"]
    list_filter = ["status", "owner_kind", "municipality", "is_free", "step_free"]
    list_select_related = ["association", "municipality"]
    search_fields = ["name", "owner_name", "association__name", "street_address"]
    inlines = [PremisesPhotoInline]
    preview_view = PremisesDetailView
    readonly_fields = ["created_at", "updated_at"]

    def get_fieldsets(self, request, obj=None):
        coordinator = is_coordinator(request.user)
        # Contacts offer their own associations' premises: no owner kind, owner name or slug.
        owner = (
            ["owner_kind", "association", "owner_name", "owner_url"]
            if coordinator
            else ["association"]
        )
        first = ["name", "slug"] if coordinator else ["name"]
        return [
            (None, {"fields": [*first, "short_description", "description"]}),
            (_("Owner"), {"fields": owner}),
            (_("Place"), {"fields": ["municipality", "street_address", "postal_code",
                                     "post_office", "capacity"]}),
            (_("Accessibility"), {"fields": ["step_free", "accessible_toilet", "induction_loop",
                                             "accessible_parking", "accessibility"]}),
            (_("Equipment"), {"fields": ["kitchen", "projector", "sound_system", "wifi", "sauna",
                                         "other_equipment"]}),
            (_("Price and booking"), {"fields": ["is_free", "price", "booking_url",
                                                 "booking_email", "booking_phone",
                                                 "booking_info"]}),
            (_("Themes and strategy"), {"fields": TAGS}),
            (_("Publication"), {"fields": ["status", "created_at", "updated_at"]}),
        ]  # fmt: skip

    def get_prepopulated_fields(self, request, obj=None):
        return {"slug": ["name"]} if is_coordinator(request.user) else {}

    @admin.display(description=_("owner"), ordering="owner_name")
    def owner(self, obj):
        return obj.owner_display


class GrantStateFilter(admin.SimpleListFilter):
    title = _("application period")
    parameter_name = "period"

    def lookups(self, request, model_admin):
        return [("open", _("Open now")), ("coming", _("Not open yet")), ("closed", _("Closed"))]

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "open":
            return queryset.open_at(now)
        if self.value() == "coming":
            return queryset.filter(opens_at__gt=now)
        if self.value() == "closed":
            return queryset.closed(now)
        return queryset


@admin.register(GrantCall)
class GrantCallAdmin(ModeratedAdmin):
    list_display = ["title", "funder_name", "funder_kind", "opens_at", "closes_at", "status"]
    list_filter = [GrantStateFilter, "status", "funder_kind", "recurrence", "municipalities",
                   "themes"]  # fmt: skip
    search_fields = ["title", "funder_name", "summary"]
    date_hierarchy = "closes_at"
    ordering = ["-closes_at"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_at", "updated_at"]
    actions = [*ModeratedAdmin.actions, "copy_to_next_year"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "eligibility", "purpose", "description"]}),
        (_("Funder"), {"fields": ["funder_kind", "funder_name", "funder_url"]}),
        (_("Application period"), {"fields": ["opens_at", "closes_at", "recurrence"]}),
        (_("Amount"), {"fields": ["amount_min", "amount_max", "amount_note"]}),
        (_("Links"), {"fields": ["call_url", "form_url"]}),
        (_("Where and for what"), {"fields": ["municipalities", *TAGS]}),
        (_("Publication"), {"fields": ["status", "created_at", "updated_at"]}),
    ]

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("status", GrantCall.Status.PUBLISHED)
        return initial

    @admin.action(description=_("Copy the selected calls to next year's round"))
    def copy_to_next_year(self, request, queryset):
        with transaction.atomic():
            copies = [grant_call_copy(call=call) for call in queryset.order_by("closes_at", "pk")]
        self.message_user(
            request,
            ngettext(
                "%(count)d call copied to next year as a draft; check its dates and publish it.",
                "%(count)d calls copied to next year as drafts; check their dates and publish "
                "them.",
                len(copies),
            )
            % {"count": len(copies)},
            messages.SUCCESS,
        )


@admin.register(ContactPerson)
class ContactPersonAdmin(ModeratedAdmin):
    list_display = ["name", "job_title", "organisation", "municipality", "consent", "status"]
    list_filter = ["status", "organisation_kind", "municipality", "consent"]
    list_select_related = ["municipality"]
    search_fields = ["name", "job_title", "organisation", "email"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "job_title", "organisation", "organisation_kind",
                           "municipality", "position"]}),
        (_("Contact details"), {"fields": ["email", "phone", "office_hours", "consent"]}),
        (_("Topics"), {"fields": ["topics", *TAGS]}),
        (_("Publication"), {"fields": ["status", "created_at", "updated_at"]}),
    ]  # fmt: skip

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("status", ContactPerson.Status.PUBLISHED)
        return initial


@admin.register(DialogueMessage)
class DialogueMessageAdmin(admin.ModelAdmin):
    """Questions and proposals from the public form; coordinators only. One whose e-mail failed
    is flagged, so nobody misses it."""

    list_display = ["created_at", "kind", "contact_person", "sender_name", "short_message",
                    "handled", "email_failed"]  # fmt: skip
    list_filter = ["handled", "email_failed", "kind", "contact_person"]
    list_select_related = ["contact_person"]
    search_fields = ["message", "sender_name", "sender_email", "association_name"]
    fields = ["contact_person", "kind", "message", "sender_name", "association_name",
              "sender_email", "created_at", "email_failed", "handled"]  # fmt: skip
    readonly_fields = [name for name in fields if name != "handled"]
    date_hierarchy = "created_at"

    @admin.display(description=_("message"))
    def short_message(self, obj):
        return truncatechars(obj.message, 80)

    def has_add_permission(self, request):
        return False
