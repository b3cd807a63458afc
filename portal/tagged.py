"""What is tagged with a theme, a spearhead or a municipality, counted per kind of content, for
the index pages, the term pages and the strategy page.

Each kind of content is one `TaggedContent` declaration: its public queryset, its list page and
how it is tied to each vocabulary. `with_counts()` adds every count to a queryset of terms as a
correlated subquery, so a page counts all terms and all kinds in one SQL query, whatever the
number of terms. A later content type (premises, grants…) is one more entry in `CONTENT`.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import F, Func, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import ngettext

from core.clock import current_minute
from directory.models import Association
from events.models import Event
from news.models import NewsItem
from partnership.models import PartnerNotice
from services.models import Service
from taxonomy.models import Municipality, Spearhead, Theme

#: The query parameter every public list takes for each vocabulary.
PARAMETERS = {Theme: "theme", Spearhead: "spearhead", Municipality: "municipality"}


@dataclass(frozen=True)
class TaggedContent:
    key: str
    list_url_name: str
    #: "12 associations", in the active language.
    describe: Callable[[int], str]
    public: Callable[[], QuerySet]
    #: {term model: the lookup from this content to the term}
    relations: dict


CONTENT = [
    TaggedContent(
        key="associations",
        list_url_name="directory:association-list",
        describe=lambda n: ngettext("%(count)s association", "%(count)s associations", n),
        public=lambda: Association.objects.published(),
        relations={
            Theme: "themes",
            Spearhead: "spearheads",
            Municipality: "operating_municipalities",
        },
    ),
    TaggedContent(
        key="services",
        list_url_name="services:service-list",
        describe=lambda n: ngettext(
            "%(count)s activity or service", "%(count)s activities and services", n
        ),
        public=lambda: Service.objects.published(),
        relations={Theme: "themes", Spearhead: "spearheads", Municipality: "municipalities"},
    ),
    TaggedContent(
        key="events",
        list_url_name="events:event-list",
        describe=lambda n: ngettext("%(count)s upcoming event", "%(count)s upcoming events", n),
        public=lambda: Event.objects.published().upcoming(),
        relations={Theme: "themes", Spearhead: "spearheads", Municipality: "municipality"},
    ),
    TaggedContent(
        key="news",
        list_url_name="news:newsitem-list",
        describe=lambda n: ngettext("%(count)s news item", "%(count)s news items", n),
        public=lambda: NewsItem.objects.published(),
        relations={Theme: "themes", Spearhead: "spearheads", Municipality: "municipalities"},
    ),
    TaggedContent(
        key="partner_notices",
        list_url_name="partnership:notice-list",
        describe=lambda n: ngettext("%(count)s partner notice", "%(count)s partner notices", n),
        public=lambda: PartnerNotice.objects.public(current_minute()),
        relations={Theme: "themes", Spearhead: "spearheads", Municipality: "municipalities"},
    ),
]


def count_of(queryset: QuerySet) -> Coalesce:
    """COUNT(*) of `queryset` as a subquery expression (no GROUP BY: one row, one number)."""
    counted = queryset.order_by().annotate(tagged_count=Func(F("pk"), function="COUNT"))
    return Coalesce(Subquery(counted.values("tagged_count"), output_field=IntegerField()), 0)


def scoped(content: TaggedContent, scope: dict | None = None) -> QuerySet:
    """`content`'s public queryset limited to the terms of `scope` ({Theme: theme, …})."""
    queryset = content.public()
    for model, term in (scope or {}).items():
        queryset = queryset.filter(**{content.relations[model]: term})
    return queryset


def with_counts(terms: QuerySet, scope: dict | None = None) -> QuerySet:
    """`terms` with `<key>_count` for each kind of content tagged with them (and with every
    term of `scope`, such as one municipality, when given)."""
    model = terms.model
    return terms.annotate(
        **{
            f"{content.key}_count": count_of(
                scoped(content, scope).filter(**{content.relations[model]: OuterRef("pk")})
            )
            for content in CONTENT
            if model in content.relations
        }
    )


@dataclass(frozen=True)
class TaggedCount:
    key: str
    count: int
    text: str
    url: str


def tagged_counts(term) -> list[TaggedCount]:
    """The counts `with_counts` added to `term`, each with its text and filtered list."""
    parameter = PARAMETERS[type(term)]
    counts = []
    for content in CONTENT:
        count = getattr(term, f"{content.key}_count", None)
        if count is None:
            continue
        url = f"{reverse(content.list_url_name)}?{parameter}={term.slug}"
        counts.append(
            TaggedCount(content.key, count, content.describe(count) % {"count": count}, url)
        )
    return counts
