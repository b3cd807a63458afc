"""The directory in the admin, scoped by `Association.objects.editable_by` at every entry point.

Django's admin reaches objects through `get_queryset` (change list, change, delete and history
views, bulk actions, autocomplete) and asks `has_*_permission(request, obj)` before showing or
saving anything, so those two places carry the rule; the model-level permissions come from the
role groups.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from accounts.roles import is_coordinator
from core.admin import ModeratedAdmin
from directory.freshness import association_confirm
from directory.models import (
    CONFIRMATION_VALID_FOR,
    Association,
    ErrorReport,
    Membership,
    Registration,
)
from directory.onboarding import association_moderated, contact_invite
from directory.views import AssociationDetailView
from taxonomy.models import Municipality


class AssociationAdminForm(forms.ModelForm):
    whole_region = forms.BooleanField(
        label=_("Operates in the whole of Päijät-Häme"),
        required=False,
        help_text=_("Chooses all ten municipalities as operating municipalities."),
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("whole_region"):
            cleaned_data["operating_municipalities"] = Municipality.objects.all()
        return cleaned_data


class ModerationStatusFilter(admin.SimpleListFilter):
    """Status, opening on "awaiting review" for coordinators, whose work list that is."""

    title = _("status")
    parameter_name = "status"
    ALL = "all"

    def lookups(self, request, model_admin):
        return [(self.ALL, _("All")), *Association.Status.choices]

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        if self.value() is None:
            default = Association.Status.PENDING if is_coordinator(request.user) else self.ALL
            self.used_parameters[self.parameter_name] = default

    def queryset(self, request, queryset):
        if self.value() in Association.Status.values:
            return queryset.filter(status=self.value())
        return queryset

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == str(lookup),
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }


class FreshnessFilter(admin.SimpleListFilter):
    title = _("information confirmed")
    parameter_name = "freshness"

    def lookups(self, request, model_admin):
        return [("stale", _("Not confirmed for 12 months")), ("fresh", _("Within 12 months"))]

    def queryset(self, request, queryset):
        stale = Association.objects.confirmed_before(timezone.now() - CONFIRMATION_VALID_FOR)
        if self.value() == "stale":
            return queryset.filter(pk__in=stale.values("pk"))
        if self.value() == "fresh":
            return queryset.exclude(pk__in=stale.values("pk"))
        return queryset


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address of the contact person"))
    name = forms.CharField(label=_("Name"), max_length=150, required=False)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]
    fields = ["user", "role", "confirmed", "created_at"]
    readonly_fields = ["created_at"]


@admin.register(Association)
class AssociationAdmin(ModeratedAdmin, SimpleHistoryAdmin):
    form = AssociationAdminForm
    list_display = ["name", "home_municipality", "kind", "status", "updated_at", "verified_at"]
    search_fields = ["name", "business_id", "email"]
    prepopulated_fields = {"slug": ["name"]}
    list_select_related = ["home_municipality"]
    change_form_template = "admin/directory/association/change_form.html"
    preview_view = AssociationDetailView
    # In the order people think of their association; what is set once and rarely changed
    # (tags, place, picture, registry details) opens on demand, keeping the form short.
    fieldsets = [
        (_("Basic information"), {
            "fields": ["name", "slug", "short_description", "description"],
            "description": _("The name and the short description show in lists and search "
                             "results; the description on your association's own page."),
        }),
        (_("Contact information"), {
            "fields": ["email", "phone", "website", "street_address",
                       ("postal_code", "post_office"), "social_media"],
            "description": _("How people reach you. Give at least one: e-mail, phone or "
                             "website."),
        }),
        (_("What we do, for whom"), {
            "fields": ["themes", "target_groups", "fields", "spearheads", "languages"],
            "description": _("Tick every box that fits. People find you by these."),
            "classes": ["collapse"],
        }),
        (_("Where we operate"), {
            "fields": ["home_municipality", "whole_region", "operating_municipalities",
                       "accessibility"],
            "description": _("Your home municipality and every municipality where you have "
                             "activities."),
            "classes": ["collapse"],
        }),
        (_("Picture"), {
            "fields": ["logo", "logo_alt"],
            "description": _("A logo or picture for your page, and a few words on what it "
                             "shows for those who cannot see it."),
            "classes": ["collapse"],
        }),
        (_("Other information"), {
            "fields": ["kind", "business_id", "register_number", "founded_year"],
            "classes": ["collapse"],
        }),
        (_("Publication"), {
            "fields": ["status", "verified_at", "verified_by", "created_at", "updated_at"],
            "classes": ["collapse"],
        }),
    ]  # fmt: skip

    list_filter = [ModerationStatusFilter, FreshnessFilter, "kind", "home_municipality", "themes",
                   ("updated_at", admin.DateFieldListFilter)]  # fmt: skip
    actions = [*ModeratedAdmin.actions, "invite_contact"]
    # Only coordinators change publication, verification and the address.
    moderation_fields = ["slug", "status", "verified_at", "verified_by"]
    readonly_fields = ["created_at", "updated_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).editable_by(request.user)

    def moderated(self, obj, *, action: str, message: str) -> None:
        association_moderated(association=obj, action=action, message=message)

    @admin.action(description=_("Invite a contact person"), permissions=["moderate"])
    def invite_contact(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, _("Choose exactly one association."), messages.WARNING)
            return None
        association = queryset.get()
        form = InviteForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            user, sent = contact_invite(
                association=association,
                email=form.cleaned_data["email"],
                name=form.cleaned_data["name"],
            )
            if sent:
                self.message_user(
                    request, _("Invitation sent to %(email)s.") % {"email": user.email}
                )
            else:
                self.message_user(
                    request,
                    _("%(email)s is now a contact, but the invitation could not be e-mailed.")
                    % {"email": user.email},
                    messages.ERROR,
                )
            return None
        return self.confirmation_page(
            request,
            queryset,
            title=_("Invite a contact person"),
            form=form,
            action="invite_contact",
        )

    def get_list_filter(self, request):
        """Contacts have an association or a few: a filter sidebar would only be in the way."""
        return self.list_filter if is_coordinator(request.user) else []

    def get_inlines(self, request, obj):
        return [MembershipInline] if is_coordinator(request.user) else []

    def has_add_permission(self, request):
        # New associations come through the public registration form or a coordinator.
        return is_coordinator(request.user) and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return is_coordinator(request.user) and super().has_delete_permission(request, obj)

    # The audit trail. simple-history checks permissions per model and, for an object outside
    # the user's queryset, falls back to its history; these views first require the object to
    # be one the user may edit, answering exactly as for a missing one otherwise.
    def require_editable(self, request, object_id) -> None:
        try:
            editable = self.get_queryset(request).filter(pk=unquote(object_id)).exists()
        except (ValueError, TypeError):
            editable = False
        if not editable:
            raise Http404

    def history_view(self, request, object_id, extra_context=None):
        self.require_editable(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self.require_editable(request, object_id)
        # simple-history saves a posted revert without asking; only coordinators may.
        if request.method == "POST" and not self.has_change_history_permission(request):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)

    def has_change_history_permission(self, request, obj=None):
        """Contacts see their association's history; only coordinators revert."""
        return is_coordinator(request.user) and super().has_change_history_permission(request, obj)

    def get_urls(self):
        confirm = path(
            "<path:object_id>/vahvista/",
            self.admin_site.admin_view(self.confirm_view),
            name="directory_association_confirm",
        )
        # Before the default URLs, whose "<path:object_id>/" would swallow this one.
        return [confirm, *super().get_urls()]

    def confirm_view(self, request, object_id):
        """The "confirm the information is current" button (POST only, CSRF-checked by
        `admin_view`). Another association answers exactly as a missing one does."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        association = self.get_object(request, unquote(object_id))
        if association is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, association):
            raise PermissionDenied
        association_confirm(association=association, user=request.user)
        self.log_change(request, association, [{"changed": {"fields": ["verified_at"]}}])
        self.message_user(
            request,
            _("Thank you: the information of “%(name)s” is confirmed as current.")
            % {"name": association.name},
            messages.SUCCESS,
        )
        # Back where the button was: the contact's dashboard, or the change form.
        target = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            target = reverse("admin:directory_association_change", args=[association.pk])
        return HttpResponseRedirect(target)


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    """Coordinators manage who represents which association (contacts have no access)."""

    list_display = ["association", "user", "role", "confirmed", "created_at"]
    list_filter = ["role", "confirmed"]
    search_fields = ["association__name", "user__email", "user__first_name", "user__last_name"]
    autocomplete_fields = ["user", "association"]
    list_select_related = ["association", "user"]


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    """What the public form received; coordinators only (contacts have no permission)."""

    list_display = ["association", "contact_name", "contact_email", "created_at", "email_failed"]
    list_filter = ["email_failed"]
    search_fields = ["association__name", "contact_name", "contact_email"]
    readonly_fields = ["association", "contact_name", "contact_email", "consent_at", "created_at"]
    list_select_related = ["association"]

    def has_add_permission(self, request):
        return False


@admin.register(ErrorReport)
class ErrorReportAdmin(admin.ModelAdmin):
    """Visitors' error reports; coordinators only (contacts have no permission and get them by
    e-mail). A report whose e-mail failed is flagged, so nobody misses it."""

    list_display = ["association", "created_at", "short_message", "handled", "email_failed"]
    list_filter = ["handled", "email_failed"]
    search_fields = ["association__name", "message", "reporter_email"]
    fields = ["association", "message", "reporter_email", "created_at", "email_failed", "handled"]
    readonly_fields = ["association", "message", "reporter_email", "created_at", "email_failed"]
    list_select_related = ["association"]
    date_hierarchy = "created_at"

    @admin.display(description=_("what is wrong"))
    def short_message(self, obj):
        return obj.message if len(obj.message) <= 80 else obj.message[:79] + "…"

    def has_add_permission(self, request):
        return False
