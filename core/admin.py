"""The admin site's look, and the base every public content type's admin builds on.

`ModeratedAdmin` carries the one publication lifecycle (`core.publication`) into the admin:
the moderation actions for coordinators, each with an optional message to the content's
contacts; the status fields only coordinators change; and the `status_for_new` hook that says
what a new item starts as. Who may see and edit which objects is the subclass's `get_queryset`,
and every object permission asks it, so one rule serves the change list, the change, delete and
history views, bulk actions and autocomplete alike.
"""

from django import forms
from django.contrib import admin, messages
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from accounts.roles import is_coordinator
from core.models import SearchSynonym
from core.publication import TRANSITIONS, Status, moderate

admin.site.site_header = _("Päijäthämäläiset.fi administration")
admin.site.site_title = _("Päijäthämäläiset.fi administration")
admin.site.index_title = _("Administration")


class ModerationMessageForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the contacts (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


def moderation_action(action: str):
    """An admin action that moves the chosen objects along the status flow, after a page where
    the coordinator may write a message to their contacts."""
    label = TRANSITIONS[action].label

    def run(model_admin, request, queryset):
        form = ModerationMessageForm(request.POST if "apply" in request.POST else None)
        if not (form.is_bound and form.is_valid()):
            return model_admin.confirmation_page(
                request, queryset, title=label, form=form, action=f"moderate_{action}"
            )
        total = queryset.count()
        done = 0
        for obj in queryset:
            if moderate(obj=obj, action=action):
                model_admin.moderated(obj, action=action, message=form.cleaned_data["message"])
                done += 1
        model_admin.message_user(
            request,
            ngettext("%(count)d item: %(action)s.", "%(count)d items: %(action)s.", done)
            % {"count": done, "action": label},
            messages.SUCCESS,
        )
        if total > done:
            model_admin.message_user(
                request,
                _("%(count)d could not be changed from their current status.")
                % {"count": total - done},
                messages.WARNING,
            )
        return None

    run.__name__ = f"moderate_{action}"
    return admin.action(description=label, permissions=["moderate"])(run)


class ModeratedAdmin(admin.ModelAdmin):
    #: Fields only coordinators change (publication, and what a type adds to it).
    moderation_fields: list[str] = ["status"]
    actions = [moderation_action(action) for action in TRANSITIONS]

    def has_moderate_permission(self, request) -> bool:
        return is_coordinator(request.user)

    def status_for_new(self, request, obj) -> str:
        """The status a new item gets: coordinators choose; a contact's waits for review."""
        return obj.status if is_coordinator(request.user) else Status.PENDING

    def moderated(self, obj, *, action: str, message: str) -> None:
        """Called after a moderation action changed `obj`: tell whom it concerns."""

    def save_model(self, request, obj, form, change):
        if not change:
            obj.status = self.status_for_new(request, obj)
        super().save_model(request, obj, form, change)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not is_coordinator(request.user):
            readonly += [name for name in self.moderation_fields if name not in readonly]
        return readonly

    # Ownership: the queryset is the rule; objects outside it answer as missing ones do.
    def is_editable(self, request, obj) -> bool:
        return obj is None or self.get_queryset(request).filter(pk=obj.pk).exists()

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self.is_editable(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self.is_editable(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self.is_editable(request, obj)

    def confirmation_page(self, request, queryset, *, title, form, action: str):
        """The page between choosing an action and running it, with its form."""
        return TemplateResponse(
            request,
            "admin/confirm_action.html",
            {
                **self.admin_site.each_context(request),
                "title": title,
                "objects": queryset,
                "form": form,
                "action": action,
                "opts": self.model._meta,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )


@admin.register(SearchSynonym)
class SearchSynonymAdmin(SimpleHistoryAdmin):
    """The residents' vocabulary for search: coordinators add and correct groups of words that
    mean the same; every change is in the history."""

    list_display = ["__str__", "note", "updated_at"]
    search_fields = ["words", "note"]
    fields = ["words", "note"]
