"""The contacts' face of the admin forms: checkbox groups for short taxonomies, the text
formatting guide with its preview, the full-page preview and what changed since publication.

`core.admin.ModeratedAdmin` uses these, so every content type's admin gets them by declaring
its fieldsets (and `preview_view`, the public detail view, for the "Preview" button).
"""

from django import forms
from django.contrib.admin.widgets import AdminSplitDateTime
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from accounts.roles import COORDINATORS
from core.publication import Status

#: The longest text the text preview renders (a description is far shorter).
TEXT_PREVIEW_MAX = 50_000


class ChoiceGrid(forms.CheckboxSelectMultiple):
    """Checkboxes in a named group, laid out in columns that wrap on a narrow screen."""

    template_name = "core/widgets/choice_grid.html"

    def __init__(self, group_label="", attrs=None, choices=()):
        super().__init__(attrs, choices)
        self.group_label = group_label

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["group_label"] = self.group_label
        return context


class FormattedTextarea(forms.Textarea):
    """A text area with a short formatting guide and a button that shows the text as it will
    appear (the button needs JavaScript and `data-preview-url`; the guide does not)."""

    template_name = "core/widgets/formatted_textarea.html"

    def __init__(self, preview_url="", attrs=None):
        super().__init__({"rows": 6, **(attrs or {})})
        self.preview_url = preview_url

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["preview_url"] = self.preview_url
        return context


class LabelledSplitDateTime(AdminSplitDateTime):
    """Django's date and time pair, each input named for assistive technology ("Starts:
    Date:"), since the field's own label points at neither."""

    def __init__(self, field_label="", attrs=None):
        super().__init__(attrs)
        self.field_label = field_label

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        labels = [context["date_label"], context["time_label"]]
        for subwidget, part in zip(context["widget"]["subwidgets"], labels, strict=True):
            subwidget["attrs"]["aria-label"] = f"{capfirst(self.field_label)}: {part}"
        return context


def display_value(model, name: str, value) -> str:
    """A historical value as a person reads it: choice labels, related objects' names."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return str(value)
    if field.many_to_many:
        ids = [row[field.m2m_reverse_field_name()] for row in value or []]
        names = field.related_model.objects.filter(pk__in=ids).order_by(*_ordering(field))
        return ", ".join(str(term) for term in names) or "–"
    if value in (None, ""):
        return "–"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.ForeignKey):
        related = field.related_model.objects.filter(pk=value).first()
        return str(related) if related else str(value)
    if isinstance(field, models.BooleanField):
        return str(_("yes") if value else _("no"))
    return str(value)


def _ordering(field):
    return field.related_model._meta.ordering or ["pk"]


#: Fields whose change says nothing to a reviewer.
UNREVIEWED_FIELDS = {"updated_at", "created_at", "verified_at", "verified_by", "status"}


def changes_since_published(obj):
    """What differs in `obj`'s newest version from the last published one a coordinator saw,
    field by field (from django-simple-history's records): `(base record, [(label, before,
    now)])`, or `(None, [])` when there is none. That version is the newest published record
    before the newest one that a coordinator saved (publishing is a save) or no person did
    (registration, import), so contacts' own saves are what the list shows."""
    records = obj.history.order_by("-history_date", "-history_id")
    latest = records.first()
    if latest is None:
        return None, []
    reviewed = models.Q(history_user__isnull=True) | models.Q(
        history_user__groups__name=COORDINATORS
    )
    base = (
        records.filter(reviewed, status=Status.PUBLISHED)
        .exclude(history_id=latest.history_id)
        .first()
    )
    if base is None:
        return None, []
    rows = []
    model = type(obj)
    for change in latest.diff_against(base).changes:
        if change.field in UNREVIEWED_FIELDS:
            continue
        label = model._meta.get_field(change.field).verbose_name
        rows.append(
            (
                str(label),
                display_value(model, change.field, change.old),
                display_value(model, change.field, change.new),
            )
        )
    return base, rows
