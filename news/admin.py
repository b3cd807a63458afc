from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from directory.ownership import AssociationOwnedAdmin
from news.models import NewsItem
from news.views import NewsItemDetailView


@admin.register(NewsItem)
class NewsItemAdmin(AssociationOwnedAdmin):
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
        (_("Picture"), {"fields": ["image", "image_alt"], "classes": ["collapse"]}),
        (_("For whom and on what"), {
            "fields": ["themes", "target_groups", "municipalities", "spearheads"],
            "description": _("Tick every box that fits. People find the item by these."),
            "classes": ["collapse"],
        }),
        (_("Publication"), {"fields": ["publish_time", "status"], "classes": ["collapse"]}),
    ]  # fmt: skip
