"""Demo grant calls for `seed_demo`: the wellbeing county's, the municipalities', STEA's and two
foundations' typical calls from `data/grants.json`, each for last year and this year on the same
dates (and next year's round when it opens within 60 days), so that whenever the demo is loaded
some calls are open, some open soon and the archive has last year's.

Deterministic for the day it runs; calls whose slug exists are skipped, so a rerun adds nothing.
"""

import datetime
import json
from pathlib import Path

from django.utils import timezone
from django.utils.text import slugify

from conditions.models import OPENING_SOON, GrantCall
from demo.premises import SPEARHEAD, SeedCount
from taxonomy.models import Municipality, Spearhead, TargetGroup, Theme

DATA = json.loads((Path(__file__).parent / "data" / "grants.json").read_text("utf-8"))
OPENING_TIME = datetime.time(8, 0)


def local_moment(year: int, month_day: str, time: datetime.time) -> datetime.datetime:
    month, day = (int(part) for part in month_day.split("-"))
    return datetime.datetime(year, month, day, time.hour, time.minute,
                             tzinfo=timezone.get_default_timezone())  # fmt: skip


def create_demo_grants(*, now: datetime.datetime | None = None) -> SeedCount:
    now = now or timezone.now()
    year = timezone.localtime(now).year
    result = SeedCount()
    municipalities = list(Municipality.objects.all())
    by_slug = {municipality.slug: municipality for municipality in municipalities}
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    groups = {group.slug: group for group in TargetGroup.objects.all()}
    spearhead = Spearhead.objects.filter(slug=SPEARHEAD).first()
    existing = set(GrantCall.objects.values_list("slug", flat=True))
    for record in DATA["calls"]:
        closing = datetime.time.fromisoformat(record["time"])
        for round_year in (year - 1, year, year + 1):
            opens_at = local_moment(round_year, record["opens"], OPENING_TIME)
            if opens_at > now + OPENING_SOON:
                continue  # next year's round appears only when it opens soon
            title = record["title"].format(year=round_year, next_year=round_year + 1)
            slug = slugify(f"{record['funder_name']} {title}")[:220]
            if slug in existing:
                result.skipped += 1
                continue
            low, high = record["amount"]
            call = GrantCall.objects.create(
                title=title,
                slug=slug,
                funder_kind=record["funder_kind"],
                funder_name=record["funder_name"],
                funder_url=record["funder_site"],
                summary=record["summary"],
                eligibility=record["eligibility"],
                purpose=record["purpose"],
                amount_min=low,
                amount_max=high,
                amount_note=record.get("amount_note", ""),
                opens_at=opens_at,
                closes_at=local_moment(
                    round_year + record.get("crosses_year", False), record["closes"], closing
                ),
                call_url=f"{record['funder_site']}/avustukset/{slugify(title)}",
                form_url=f"{record['funder_site']}/asiointi/avustushakemus",
                status=GrantCall.Status.PUBLISHED,
            )
            existing.add(slug)
            covered = record["municipalities"]
            call.municipalities.set(
                municipalities if covered == "all" else [by_slug[slug] for slug in covered]
            )
            call.themes.set([themes[slug] for slug in record["themes"] if slug in themes])
            call.target_groups.set(
                [groups[slug] for slug in record["target_groups"] if slug in groups]
            )
            if spearhead is not None:
                call.spearheads.add(spearhead)
            result.created += 1
    return result
