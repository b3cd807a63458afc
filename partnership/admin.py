"""Partner notices in the admin: a contact adds and edits only their own associations' notices
(`AssociationOwnedAdmin` scopes every entry point) and reads the replies to them; coordinators
see all and moderate."""

import datetime

from django.contrib import admin
from django.template.defaultfilters import truncatechars
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.roles import is_coordinator
from core.admin import ModeratedAdmin
from directory.ownership import AssociationOwnedAdmin
from partnership.models import Consultation, NoticeReply, PartnerNotice

TAGS = ["themes", "spearheads", "target_groups"]
# A new notice runs for a month unless its author chooses otherwise.
DEFAULT_RUN = datetime.timedelta(days=30)


class ValidityFilter(admin.SimpleListFilter):
    title = _("validity")
    parameter_name = "validity"

    def lookups(self, request, model_admin):
        return [("current", _("Current")), ("expired", _("Expired"))]

    def queryset(self, request, queryset):
        if self.value() == "current":
            return queryset.current(timezone.now())
        if self.value() == "expired":
            return queryset.exclude(pk__in=queryset.current(timezone.now()).values("pk"))
        return queryset


@admin.register(PartnerNotice)
class PartnerNoticeAdmin(AssociationOwnedAdmin):
    list_display = ["title", "association", "direction", "kind", "valid_until", "status"]
    list_filter = [ValidityFilter, "status", "direction", "kind", "municipalities", "themes"]
    list_select_related = ["association"]
    search_fields = ["title", "summary", "association__name"]
    date_hierarchy = "valid_until"
    filter_horizontal = ["municipalities", *TAGS]
    readonly_fields = ["created_at", "updated_at"]

    def get_fieldsets(self, request, obj=None):
        first = ["title", "slug"] if is_coordinator(request.user) else ["title"]
        return [
            (None, {"fields": ["association", "direction", "kind", *first, "summary",
                               "description", "valid_until"]}),
            (_("Where and for what"), {"fields": ["municipalities", *TAGS]}),
            (_("Publication"), {"fields": ["status", "created_at", "updated_at"]}),
        ]  # fmt: skip

    def get_prepopulated_fields(self, request, obj=None):
        return {"slug": ["title"]} if is_coordinator(request.user) else {}

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("valid_until", timezone.localdate() + DEFAULT_RUN)
        return initial

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "association":
            field.required = True  # every notice is an association's, the forum's too
        return field


@admin.register(NoticeReply)
class NoticeReplyAdmin(admin.ModelAdmin):
    """Replies from the public form, read-only: the contacts of the notice's association see
    them (they got them by e-mail too); one whose e-mail failed is flagged."""

    list_display = ["created_at", "notice", "sender_name", "short_message", "email_failed"]
    list_filter = ["email_failed"]
    list_select_related = ["notice"]
    search_fields = ["message", "sender_name", "sender_email", "association_name"]
    fields = ["notice", "message", "sender_name", "association_name", "sender_email",
              "created_at", "email_failed"]  # fmt: skip
    readonly_fields = fields
    date_hierarchy = "created_at"

    def get_queryset(self, request):
        return super().get_queryset(request).editable_by(request.user)

    @admin.display(description=_("message"))
    def short_message(self, obj):
        return truncatechars(obj.message, 80)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def is_editable(self, request, obj) -> bool:
        return obj is None or self.get_queryset(request).filter(pk=obj.pk).exists()

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self.is_editable(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.is_editable(request, obj)


class ConsultationStateFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [("open", _("Open")), ("closed", _("Closed"))]

    def queryset(self, request, queryset):
        if self.value() == "open":
            return queryset.open_at(timezone.now())
        if self.value() == "closed":
            return queryset.closed_at(timezone.now())
        return queryset


@admin.register(Consultation)
class ConsultationAdmin(ModeratedAdmin):
    """Coordinators keep the consultations; associations answer them with statements."""

    list_display = ["title", "asker_name", "asker_kind", "deadline", "status"]
    list_filter = [ConsultationStateFilter, "status", "asker_kind", "municipalities", "themes"]
    search_fields = ["title", "asker_name", "summary"]
    date_hierarchy = "deadline"
    ordering = ["-deadline"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["municipalities", *TAGS]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "description"]}),
        (_("Who asks"), {"fields": ["asker_kind", "asker_name", "url", "deadline"]}),
        (_("Where and for what"), {"fields": ["municipalities", *TAGS]}),
        (_("Publication"), {"fields": ["status", "created_at", "updated_at"]}),
    ]

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("status", Consultation.Status.PUBLISHED)
        return initial
