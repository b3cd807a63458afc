"""RSS 2.0 and Atom feeds of the news, taking the list's filters (`/uutiset/syote/?theme=…`)."""

import html
import re

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.facets import clean_query, feed_query
from core.markdown import render_markdown
from core.text import ControlCharacterSafeFeedMixin
from news.filters import NewsItemFilterSet
from news.models import NewsItem

FEED_SIZE = 50
LEADING_HEADINGS = re.compile(r"^\s*(<h[1-6][^>]*>.*?</h[1-6]>\s*)*", re.DOTALL)


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def body_repeats_lead(lead: str, body_html: str) -> bool:
    """Whether the body's text, past any headings at its start, begins with the lead: many
    writers paste the lead in as the first paragraph too."""
    text = html.unescape(strip_tags(LEADING_HEADINGS.sub("", body_html)))
    return bool(lead.strip()) and _words(text).startswith(_words(lead))


class NewsFeed(ControlCharacterSafeFeedMixin, Feed):
    feed_type = Rss201rev2Feed
    description = _("News, bulletins, statements and opinions of the associations of Päijät-Häme.")

    def get_object(self, request, *args, **kwargs):
        return NewsItemFilterSet.public(clean_query(request.GET))

    def title(self, filterset):
        # The chosen options' labels, without computing the facet counts the list shows.
        chosen = [
            str(label)
            for name in filterset.facet_order
            for value, label in filterset.filters[name].extra["choices"]
            if value in (filterset.values.get(name) or [])
        ]
        association = filterset.values.get("association")
        if association:
            chosen.append(association)
        base = gettext("News · Päijäthämäläiset.fi")
        return f"{base}: {', '.join(chosen)}" if chosen else base

    def link(self, filterset):
        return reverse("news:newsitem-list") + feed_query(filterset.data)

    def items(self, filterset):
        return (
            filterset.qs.newest_first()
            .select_related("association")
            .prefetch_related("themes")[:FEED_SIZE]
        )

    def item_title(self, item: NewsItem):
        return item.title

    def item_description(self, item: NewsItem):
        # Readers treat the description as HTML: the lead as text, the body sanitised; the lead
        # only once, even when the body starts with it.
        body = render_markdown(item.body)
        if body_repeats_lead(item.lead, body):
            return body
        return f"<p>{escape(item.lead)}</p>{body}"

    def item_pubdate(self, item: NewsItem):
        return item.publish_time

    def item_updateddate(self, item: NewsItem):
        return max(item.updated_at, item.publish_time)

    def item_author_name(self, item: NewsItem):
        return item.author_name

    def item_categories(self, item: NewsItem):
        return [str(item.get_kind_display()), *(theme.name for theme in item.themes.all())]


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed

    def subtitle(self, filterset):
        return self.description
