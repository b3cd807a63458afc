"""Demo news for `seed_demo`: a year of items of every kind from the demo associations, the
forum's own items with no association, and a few scheduled for the coming weeks.

An item is one its writer would publish in that month: a template of the writer's kind or of
every association (`demo/data/`) whose months include the publish time — the autumn meeting is
reported in the autumn, the spring season starts in January — and the forum writes about every
spearhead of the strategy.

Deterministic: the same seed and the same associations give the same items on the same day
(publish times are counted back from the start of the day the command runs). Items whose slug
exists are skipped, so a rerun adds nothing.
"""

import datetime
import random
from collections.abc import Sequence

from django.utils import timezone
from django.utils.text import slugify

from demo.associations import Author
from demo.bulk import SeedResult, Terms, bulk_create_tagged
from demo.content import VISIBILITY, Context, audience, fill, pick, spearheads, suits
from demo.vocabulary import NewsTemplate, vocabulary
from news.models import NewsItem

DEFAULT_PER_ASSOCIATION = 3
# News is drawn for the first associations only, so a load-test database stays quick to seed.
MAX_AUTHORS = 300
SCHEDULED_SHARE = 0.08  # about one item in twelve is scheduled for the coming weeks
PAST_DAYS = 364
TAGGING = ("themes", "spearheads", "target_groups", "municipalities")


def forum_items() -> int:
    """How many items the forum writes: each of its templates once."""
    return len(vocabulary().forum.news)


def _moment(rng: random.Random, now: datetime.datetime, months=None) -> datetime.datetime:
    """A publish time in the past year (or, now and then, the coming weeks), in `months`."""
    if months is None and rng.random() < SCHEDULED_SHARE:
        return now + datetime.timedelta(days=rng.randint(1, 30), hours=rng.randint(0, 12))
    days = [
        day
        for day in range(PAST_DAYS + 1)
        if months is None or timezone.localtime(now - datetime.timedelta(days=day)).month in months
    ]
    return now - datetime.timedelta(days=rng.choice(days), hours=rng.randint(0, 23))


def plan_news_item(
    rng: random.Random,
    author: Author | None,
    template: NewsTemplate,
    publish_time: datetime.datetime,
    number: int,
) -> tuple[NewsItem, dict[str, tuple[str, ...]]]:
    """An unsaved news item of `template` and its tags as slugs."""
    vocab = vocabulary()
    settings = vocab.general_settings["news_settings"]
    words = settings["swedish" if author and author.kind.swedish else "finnish"]
    context = author.context if author else Context(settings["forum_context"])
    context["lead"] = lead = fill(template.lead, context)
    title = fill(template.title, context)
    writer = author.record.slug if author else "foorumi"
    item = NewsItem(
        kind=template.kind,
        association_id=author.pk if author else None,
        title=title[:200],
        slug=f"{slugify(title)[:120]}-{writer[:90]}-{number}",
        lead=lead,
        body=fill(template.body or words["bodies"][template.kind], context),
        publish_time=publish_time,
        status=NewsItem.Status.PUBLISHED,
    )
    if author is None:
        return item, {
            "themes": template.themes,
            "spearheads": template.spearheads,
            "target_groups": template.target_groups,
            "municipalities": tuple(vocab.towns),
        }
    record = author.record
    return item, {
        "themes": template.themes or record.themes,
        "spearheads": spearheads(rng, template.spearheads, author, VISIBILITY),
        "target_groups": audience(template.target_groups, record.target_groups),
        "municipalities": record.operating_municipalities[:3],
    }


def create_demo_news(
    authors: Sequence[Author],
    *,
    seed: int,
    terms: Terms,
    per_association: int = DEFAULT_PER_ASSOCIATION,
    now: datetime.datetime | None = None,
) -> SeedResult:
    """Insert the demo news of the first `MAX_AUTHORS` of `authors` and of the forum."""
    rng = random.Random(seed)
    # Publish times count from the start of the day, so a rerun the same day makes the same items.
    now = timezone.localtime(now or timezone.now()).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    existing = set(NewsItem.objects.values_list("slug", flat=True))
    planned = []
    for author in authors[:MAX_AUTHORS]:
        written: set[str] = set()
        for number in range(per_association):
            publish_time = _moment(rng, now)
            month = timezone.localtime(publish_time).month
            templates = [
                t for t in author.templates.news if month in t.months and suits(t, author.record)
            ]
            fresh = [t for t in templates if t.title not in written] or templates
            template = pick(rng, fresh, author.kind.news)
            written.add(template.title)
            planned.append(plan_news_item(rng, author, template, publish_time, number))
    for number, template in enumerate(vocabulary().forum.news):
        publish_time = _moment(rng, now, template.months)
        planned.append(plan_news_item(rng, None, template, publish_time, number))
    # Every draw is made before the skip, so a rerun walks the same random sequence.
    rows = [
        (item, terms.tags(NewsItem, tags)) for item, tags in planned if item.slug not in existing
    ]
    bulk_create_tagged(NewsItem, rows)
    return SeedResult(created=len(rows), skipped=len(planned) - len(rows))
