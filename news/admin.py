from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.roles import is_coordinator
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
    actions = ["hide"]
    fieldsets = [
        (None, {"fields": ["kind", "association", "title", "slug", "lead", "body"]}),
        (_("Image"), {"fields": ["image", "image_alt"]}),
        (_("Publication"), {"fields": ["publish_time", "status"]}),
        (_("Tags"), {"fields": ["themes", "spearheads", "target_groups", "municipalities"]}),
    ]

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not is_coordinator(request.user):
            actions.pop("hide", None)
        return actions

    @admin.action(description=_("Hide the selected news items"))
    def hide(self, request, queryset):
        count = 0
        for item in queryset.exclude(status=NewsItem.Status.HIDDEN):
            item.status = NewsItem.Status.HIDDEN
            item.save(update_fields=["status", "updated_at"])
            count += 1
        self.message_user(
            request,
            ngettext("%(count)d news item hidden.", "%(count)d news items hidden.", count)
            % {"count": count},
            messages.SUCCESS,
        )
