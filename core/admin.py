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
from django.contrib.admin.utils import flatten_fieldsets, unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, models, transaction
from django.http import Http404, HttpResponse, HttpResponseBadRequest, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.roles import is_coordinator
from core.admin_forms import (
    TEXT_PREVIEW_MAX,
    ChoiceGrid,
    FormattedTextarea,
    LabelledSplitDateTime,
    changes_since_published,
)
from core.markdown import render_markdown
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
    #: Fields contacts never see: the address is made from the title (`core.slugs`).
    coordinator_fields: list[str] = ["slug"]
    #: Text fields written in Markdown: shown with the formatting guide and the text preview.
    formatted_fields: list[str] = ["description", "body"]
    #: The public detail view; with it, the change form has "Preview".
    preview_view = None
    change_form_template = "admin/moderated_change_form.html"
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

    # The form: what contacts see, and how.
    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if is_coordinator(request.user):
            return fieldsets
        hidden = set(self.coordinator_fields)
        shown = []
        for name, options in fieldsets:
            fields = [field for field in options["fields"] if field not in hidden]
            if fields:
                shown.append((name, {**options, "fields": fields}))
        return shown

    def get_prepopulated_fields(self, request, obj=None):
        prepopulated = super().get_prepopulated_fields(request, obj)
        if is_coordinator(request.user):
            return prepopulated
        return {
            name: sources
            for name, sources in prepopulated.items()
            if name not in self.coordinator_fields
        }

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name not in (*self.autocomplete_fields, *self.raw_id_fields):
            kwargs.setdefault("widget", ChoiceGrid(group_label=db_field.verbose_name))
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.formatted_fields and isinstance(db_field, models.TextField):
            kwargs["widget"] = FormattedTextarea(preview_url=self.text_preview_url())
            kwargs["help_text"] = ""
        elif isinstance(db_field, models.DateTimeField) and db_field.editable:
            kwargs.setdefault("widget", LabelledSplitDateTime(field_label=db_field.verbose_name))
        elif isinstance(db_field, models.TextField) and db_field.editable:
            kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 3}))  # a few lines
        return super().formfield_for_dbfield(db_field, request, **kwargs)

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

    # Previews: the text as it will appear, and the whole public page before saving.
    def url_name(self, suffix: str) -> str:
        return f"{self.opts.app_label}_{self.opts.model_name}_{suffix}"

    def text_preview_url(self) -> str:
        return reverse(f"{self.admin_site.name}:{self.url_name('text_preview')}")

    def get_urls(self):
        text_preview = path(
            "esikatsele-teksti/",
            self.admin_site.admin_view(self.text_preview_view),
            name=self.url_name("text_preview"),
        )
        # Before the default URLs, whose "<path:object_id>/" would swallow this one.
        return [text_preview, *super().get_urls()]

    def text_preview_view(self, request):
        """The posted text as the public page will show it (POST, CSRF-checked by
        `admin_view`): an HTML fragment, sanitised like every rendered text."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not (self.has_add_permission(request) or self.has_change_permission(request)):
            raise PermissionDenied
        text = request.POST.get("text", "")
        if len(text) > TEXT_PREVIEW_MAX:
            return HttpResponseBadRequest(_("The text is too long to preview."))
        html = render_markdown(text)
        if not html.strip():
            html = "<p>{}</p>".format(_("The text is empty."))
        return HttpResponse(html, content_type="text/html; charset=utf-8")

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and "_preview" in request.POST and self.preview_view:
            preview = self.preview_response(request, object_id)
            if preview is not None:
                return preview
        return super().changeform_view(request, object_id, form_url, extra_context)

    def preview_response(self, request, object_id):
        """The public detail page of the posted, unsaved object, or None when the form has
        errors (the change form then shows them). It is saved inside a transaction that is
        always rolled back, so the page's own queries see it and nothing stays written; a
        newly chosen image is left out, so no file is stored either."""
        obj = None
        if object_id is not None:
            obj = self.get_object(request, unquote(object_id))
            if obj is None:
                raise Http404
            if not self.has_change_permission(request, obj):
                raise PermissionDenied
        elif not self.has_add_permission(request):
            raise PermissionDenied
        fields = flatten_fieldsets(self.get_fieldsets(request, obj))
        form_class = self.get_form(request, obj, change=obj is not None, fields=fields)
        form = form_class(request.POST, request.FILES, instance=obj)
        if not form.is_valid():
            return None
        try:
            with transaction.atomic():
                item = form.save(commit=False)
                for name in form.changed_data:
                    if isinstance(form.fields[name], forms.FileField):
                        setattr(item, name, form.initial.get(name) or "")
                if obj is None:
                    item.status = self.status_for_new(request, item)
                item.save()
                form.save_m2m()
                response = self.render_preview(request, item)
                response.render()
                transaction.set_rollback(True)
        except (ValidationError, DatabaseError):
            # Never saved by falling through to the change view: a plain refusal instead.
            return HttpResponseBadRequest(_("The preview could not be made; check the form."))
        response["X-Robots-Tag"] = "noindex"
        return response

    def render_preview(self, request, item):
        view = self.preview_view()
        view.setup(request, slug=getattr(item, "slug", ""), pk=item.pk)
        view.object = item
        context = view.get_context_data(object=item)
        context["preview"] = True
        return TemplateResponse(request, view.get_template_names(), context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["preview_available"] = self.preview_view is not None
        if change and obj is not None and is_coordinator(request.user) and hasattr(obj, "history"):
            context["published_base"], context["published_changes"] = changes_since_published(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

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
