from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from directory.ownership import AssociationOwnedAdmin
from news.models import NewsItem


@admin.register(NewsItem)
class NewsItemAdmin(AssociationOwnedAdmin):
    list_display = ["title", "kind", "association", "publish_time", "status"]
    # Only the associations in the (scoped) list, so a contact never sees others' names.
    list_filter = ["kind", ("association", admin.RelatedOnlyFieldListFilter), "status"]
    list_select_related = ["association"]
    search_fields = ["title", "lead"]
    date_hierarchy = "publish_time"
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["themes", "spearheads", "target_groups", "municipalities"]
    fieldsets = [
        (None, {"fields": ["kind", "association", "title", "slug", "lead", "body"]}),
        (_("Image"), {"fields": ["image", "image_alt"]}),
        (_("Publication"), {"fields": ["publish_time", "status"]}),
        (_("Tags"), {"fields": ["themes", "spearheads", "target_groups", "municipalities"]}),
    ]
