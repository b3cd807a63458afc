from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from directory.models import Association
from directory.ownership import AssociationOwnedAdmin
from news.models import NewsItem
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
    filter_horizontal = ["themes", "spearheads", "target_groups", "municipalities", "co_signers"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "answers":
            kwargs["queryset"] = Consultation.objects.published().order_by("-deadline", "pk")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "co_signers":
            kwargs["queryset"] = Association.objects.published()
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    fieldsets = [
        (None, {"fields": ["kind", "association", "title", "slug", "lead", "body"]}),
        (
            _("Statement"),
            {
                "fields": ["answers", "co_signers"],
                "description": _(
                    "Only for statements and consultation responses: the consultation answered "
                    "and, for a joint statement, the other signing associations."
                ),
            },
        ),
        (_("Image"), {"fields": ["image", "image_alt"]}),
        (_("Publication"), {"fields": ["publish_time", "status"]}),
        (_("Tags"), {"fields": ["themes", "spearheads", "target_groups", "municipalities"]}),
    ]
