from functools import cached_property

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import DetailView

from core.facets import Chip, FacetedListView, feed_query, query_without
from core.pagecache import reader_cached
from core.structured_data import compact, owner_organization, seconds, site_organization
from directory.models import Association
from news.filters import NewsItemFilterSet
from news.models import NewsItem

RELATED_COUNT = 3


@reader_cached(moves_with_clock=True)
class NewsItemListView(FacetedListView):
    filterset_class = NewsItemFilterSet
    template_name = "news/newsitem_list.html"
    context_object_name = "news_items"

    def order(self, queryset):
        return queryset.newest_first()

    @cached_property
    def association(self) -> Association | None:
        """The association the list is narrowed to (its profile links here and to its feed)."""
        slug = self.filterset.values.get("association")
        if not slug:
            return None
        return Association.objects.published().filter(slug=slug).first()

    def extra_chips(self) -> list[Chip]:
        slug = self.filterset.values.get("association")
        if not slug:
            return []
        name = self.association.name if self.association else slug
        return [Chip(f"{_('Association')}: {name}", query_without(self.query, "association"))]

    def get_context_data(self, **kwargs):
        query = feed_query(self.query)
        return super().get_context_data(
            association=self.association,
            association_slug=self.filterset.values.get("association"),
            rss_url=reverse("news:feed-rss") + query,
            atom_url=reverse("news:feed-atom") + query,
            **kwargs,
        )


@reader_cached(moves_with_clock=True)
class NewsItemDetailView(DetailView):
    template_name = "news/newsitem_detail.html"
    context_object_name = "item"

    def get_queryset(self):
        return (
            NewsItem.objects.published()
            .select_related("association", "answers")
            .prefetch_related("themes", "spearheads", "target_groups", "municipalities")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        item = self.object
        if item.kind in NewsItem.VOICE_KINDS:
            answered = item.answers
            context["answered"] = answered if answered and answered.is_published() else None
            context["co_signers"] = item.co_signers.published().order_by("name")
        context["related"] = self.related(item)
        context["structured_data"] = self.structured_data(item)
        return context

    def related(self, item: NewsItem):
        """The newest other items of the same author or on the same themes."""
        on_same_themes = NewsItem.themes.through.objects.filter(theme__in=item.themes.all()).values(
            "newsitem_id"
        )
        same_author = (
            Q(association_id=item.association_id)
            if item.association_id
            else Q(association__isnull=True)
        )
        return (
            NewsItem.objects.published()
            .exclude(pk=item.pk)
            .filter(same_author | Q(pk__in=on_same_themes))
            .newest_first()
            .select_related("association")[:RELATED_COUNT]
        )

    def structured_data(self, item: NewsItem) -> dict:
        """schema.org NewsArticle, for search engines and other sites."""
        absolute = self.request.build_absolute_uri
        url = absolute(item.get_absolute_url())
        author = owner_organization(item.association, absolute)
        return compact(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": item.title,
                "description": item.lead,
                "url": url,
                "mainEntityOfPage": url,
                "image": absolute(item.image.url) if item.image else None,
                "datePublished": seconds(item.publish_time),
                "dateModified": seconds(max(item.updated_at, item.publish_time)),
                "articleSection": str(item.get_kind_display()),
                "author": author,
                "publisher": site_organization(absolute),
                "keywords": [theme.name for theme in item.themes.all()],
                "inLanguage": "fi",
            }
        )
