from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from directory.models import Association
from directory.ownership import AssociationOwnedAdmin
from news.models import NewsItem
from news.views import NewsItemDetailView
from partnership.models import Consultation


class NewsItemForm(forms.ModelForm):
    def clean(self):
        cleaned = super().clean()
        signers = cleaned.get("co_signers")
        if signers and cleaned.get("kind") not in NewsItem.ADVOCACY_KINDS:
            message = _("Only a statement or a consultation response has co-signers.")
            self.add_error("co_signers", message)
        return cleaned


@admin.register(NewsItem)
class NewsItemAdmin(AssociationOwnedAdmin):
    form = NewsItemForm
    list_display = ["title", "kind", "association", "publish_time", "status"]
    # Only the associations in the (scoped) list, so a contact never sees others' names.
    list_filter = ["kind", ("association", admin.RelatedOnlyFieldListFilter), "status"]
    list_select_related = ["association"]
    search_fields = ["title", "lead"]
    date_hierarchy = "publish_time"
    prepopulated_fields = {"slug": ["title"]}
    preview_view = NewsItemDetailView
    fieldsets = [
        (_("Basic information"), {
            "fields": ["association", "kind", "title", "slug", "lead", "body"],
            "description": _("The title and the lead show in the news list; the text on the "
                             "item's own page."),
        }),
        (_("Statement"), {
            "fields": ["answers", "co_signers"],
            "description": _("Only for statements and consultation responses: the consultation "
                             "answered and, for a joint statement, the other signing "
                             "associations."),
            "classes": ["collapse"],
        }),
        (_("Picture"), {"fields": ["image", "image_alt"], "classes": ["collapse"]}),
        (_("For whom and on what"), {
            "fields": ["themes", "target_groups", "municipalities", "spearheads"],
            "description": _("Tick every box that fits. People find the item by these."),
            "classes": ["collapse"],
        }),
        (_("Publication"), {"fields": ["publish_time", "status"], "classes": ["collapse"]}),
    ]  # fmt: skip

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "answers":
            kwargs["queryset"] = Consultation.objects.published().order_by("-deadline", "pk")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name != "co_signers":
            return super().formfield_for_manytomany(db_field, request, **kwargs)
        # Any published association may co-sign: a list to type into, not a checkbox each, and
        # without Django's "hold down Control" advice.
        kwargs["queryset"] = Association.objects.published()
        kwargs["widget"] = forms.SelectMultiple(attrs={"size": 8})
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        field.help_text = _("The other associations that signed the statement.")
        return field
