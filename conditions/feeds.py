"""RSS 2.0 of new grant calls (`/avustukset/syote/`), taking the list's filters."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from conditions.filters import UNCLOSED, GrantCallFilterSet
from conditions.models import GrantCall
from core.clock import current_minute
from core.facets import clean_query, feed_query

FEED_SIZE = 50


class GrantCallFeed(Feed):
    feed_type = Rss201rev2Feed
    description = _("New grant calls for the associations of Päijät-Häme, newest first.")

    def get_object(self, request, *args, **kwargs):
        return GrantCallFilterSet.public(
            clean_query(request.GET), scope=UNCLOSED, moment=current_minute()
        )

    def title(self, filterset):
        base = gettext("Grant calls · Päijäthämäläiset.fi")
        chosen = filterset.chosen_labels()
        return f"{base}: {', '.join(chosen)}" if chosen else base

    def link(self, filterset):
        return reverse("conditions:grantcall-list") + feed_query(filterset.data)

    def items(self, filterset):
        return filterset.qs.order_by("-created_at", "-pk").prefetch_related("themes")[:FEED_SIZE]

    def item_title(self, call: GrantCall):
        return call.title

    def item_description(self, call: GrantCall):
        period = call.period_text
        return "".join(
            f"<p>{escape(text)}</p>" for text in (call.summary, call.funder_name, period)
        )

    def item_pubdate(self, call: GrantCall):
        return call.created_at

    def item_updateddate(self, call: GrantCall):
        return call.updated_at

    def item_author_name(self, call: GrantCall):
        return call.funder_name

    def item_categories(self, call: GrantCall):
        return [str(call.get_funder_kind_display()), *(theme.name for theme in call.themes.all())]
