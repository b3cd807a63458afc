"""RSS 2.0 of new partner notices (`/yhteistyo/syote/`), taking the list's filters, and of
statements (`/vaikuttaminen/syote/`)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.clock import current_minute
from core.facets import clean_query, feed_query
from news.models import NewsItem
from partnership.filters import PartnerNoticeFilterSet
from partnership.models import Consultation, PartnerNotice

FEED_SIZE = 50


class PartnerNoticeFeed(Feed):
    feed_type = Rss201rev2Feed
    description = _(
        "New partner notices of the associations of Päijät-Häme: who seeks or offers partners, "
        "volunteers, premises, equipment or expertise."
    )

    def get_object(self, request, *args, **kwargs):
        return PartnerNoticeFilterSet.public(clean_query(request.GET), moment=current_minute())

    def title(self, filterset):
        base = gettext("Seeking and offering · Päijäthämäläiset.fi")
        chosen = filterset.chosen_labels()
        return f"{base}: {', '.join(chosen)}" if chosen else base

    def link(self, filterset):
        return reverse("partnership:notice-list") + feed_query(filterset.data)

    def items(self, filterset):
        return (
            filterset.qs.order_by("-created_at", "-pk")
            .select_related("association")
            .prefetch_related("municipalities")[:FEED_SIZE]
        )

    def item_title(self, notice: PartnerNotice):
        return f"{notice.label}: {notice.title}"

    def item_description(self, notice: PartnerNotice):
        until = gettext("Valid until %(day)s") % {
            "day": date_format(notice.valid_until, "SHORT_DATE_FORMAT")
        }
        places = ", ".join(municipality.name for municipality in notice.municipalities.all())
        return "".join(
            f"<p>{escape(text)}</p>"
            for text in (notice.summary, notice.association.name, places, until)
            if text
        )

    def item_pubdate(self, notice: PartnerNotice):
        return notice.created_at

    def item_updateddate(self, notice: PartnerNotice):
        return notice.updated_at

    def item_author_name(self, notice: PartnerNotice):
        return notice.association.name

    def item_categories(self, notice: PartnerNotice):
        return [str(notice.get_direction_display()), str(notice.get_kind_display())]


class StatementFeed(Feed):
    """`/vaikuttaminen/syote/`: statements, consultation responses and opinion pieces."""

    feed_type = Rss201rev2Feed
    title = _("Statements · Päijäthämäläiset.fi")
    description = _(
        "Statements, consultation responses and opinion pieces of the associations of Päijät-Häme."
    )

    def link(self):
        return reverse("partnership:advocacy")

    def items(self):
        from partnership.views import voices

        return voices()[:FEED_SIZE]

    def item_title(self, item: NewsItem):
        return f"{item.get_kind_display().capitalize()}: {item.title}"

    def item_description(self, item: NewsItem):
        parts = [item.lead, ", ".join([item.author_name, *(a.name for a in item.co_signers.all())])]
        if item.answers_id and item.answers.status == Consultation.Status.PUBLISHED:
            parts.append(gettext("Answers: %(title)s") % {"title": item.answers.title})
        return "".join(f"<p>{escape(text)}</p>" for text in parts if text)

    def item_pubdate(self, item: NewsItem):
        return item.publish_time

    def item_updateddate(self, item: NewsItem):
        return item.updated_at

    def item_author_name(self, item: NewsItem):
        return item.author_name

    def item_categories(self, item: NewsItem):
        return [str(item.get_kind_display())]
