"""The follow-up of the strategy: data the evaluation dashboard (`/seuranta/`) computes with.

Municipal populations come from Statistics Finland with their date and source (data migration
`0002_populations` from `followup/data/population.csv`); monthly snapshots keep the activity of
each month as it was counted then (`manage.py take_snapshot`), so later edits do not rewrite
history. Measures (`/strategia/toimenpiteet/`) are the spearheads' measures with their
responsible parties, status, time frame and progress notes; coordinators edit them.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.i18n import current_language
from core.slugs import SLUG_HELP, SlugFromTitleMixin
from taxonomy.models import Municipality, Spearhead


class MunicipalPopulationQuerySet(models.QuerySet):
    def latest_of(self, municipality_ref) -> models.QuerySet:
        """The newest figure of one municipality (an `OuterRef` or a pk), as a subquery base."""
        return self.filter(municipality=municipality_ref).order_by("-date", "-pk")


class MunicipalPopulation(models.Model):
    """A municipality's population on a date, as published by `source`."""

    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="populations",
    )
    population = models.PositiveIntegerField(_("population"))
    date = models.DateField(_("date"), help_text=_("The day the population was counted."))
    source = models.CharField(_("source"), max_length=200)

    objects = MunicipalPopulationQuerySet.as_manager()

    class Meta:
        verbose_name = _("municipal population")
        verbose_name_plural = _("municipal populations")
        ordering = ["municipality__name_fi", "-date"]
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "date"], name="population_one_per_municipality_and_date"
            ),
            models.CheckConstraint(
                condition=models.Q(population__gt=0), name="population_positive"
            ),
        ]

    def __str__(self):
        return f"{self.municipality} {self.date:%Y}: {self.population}"


class MonthlySnapshot(models.Model):
    """What happened in one calendar month (Helsinki time), counted once the month had ended.

    `figures` holds each measure (`new_associations`, `events_held`, `statements_published`)
    as {"total": n, "municipality": {slug: n}, "theme": {slug: n}, "cell": {"<municipality
    slug> <theme slug>": n}}, so the dashboard's filters work on history too; zero counts are
    left out.
    """

    month = models.DateField(_("month"), unique=True, help_text=_("The first day of the month."))
    taken_at = models.DateTimeField(_("taken"))
    figures = models.JSONField(_("figures"), default=dict)

    class Meta:
        verbose_name = _("monthly snapshot")
        verbose_name_plural = _("monthly snapshots")
        ordering = ["month"]

    def __str__(self):
        return f"{self.month:%Y-%m}"

    def count(self, measure: str, *, municipality: str | None = None, theme: str | None = None):
        """One measure's count, for a municipality and/or a theme (slugs) or the whole region."""
        figures = self.figures.get(measure, {})
        if municipality and theme:
            return figures.get("cell", {}).get(f"{municipality} {theme}", 0)
        if municipality:
            return figures.get("municipality", {}).get(municipality, 0)
        if theme:
            return figures.get("theme", {}).get(theme, 0)
        return figures.get("total", 0)


# --- Measures and responsibilities (vastuiden jakaminen) ---------------------------------------


def validate_site_path(value: str) -> None:
    """An address on this site: starts with one slash, no scheme or host, no spaces."""
    if not value.startswith("/") or value.startswith("//") or any(c.isspace() for c in value):
        raise ValidationError(
            _("Give an address on this site starting with “/”, e.g. /toimintaedellytykset/.")
        )


class MeasureQuerySet(models.QuerySet):
    def with_latest_note(self):
        """Each measure with its latest progress note's date and text (two subqueries)."""
        latest = ProgressNote.objects.filter(measure=models.OuterRef("pk")).order_by("-date", "-pk")
        return self.annotate(
            latest_note_date=models.Subquery(latest.values("date")[:1]),
            latest_note_text=models.Subquery(latest.values("text")[:1]),
        )

    def for_cards(self):
        """Everything a measure's card shows, in a fixed number of queries: published
        associations and the municipalities responsible, and the latest note."""
        from directory.models import Association

        return (
            self.select_related("spearhead")
            .with_latest_note()
            .prefetch_related(
                models.Prefetch(
                    "associations",
                    queryset=Association.objects.published().only("name", "slug").order_by("name"),
                    to_attr="public_associations",
                ),
                models.Prefetch(
                    "municipalities", queryset=Municipality.objects.order_by("name_fi")
                ),
            )
            .order_by("spearhead__number", "position", "title")
        )


class Measure(SlugFromTitleMixin, models.Model):
    """One of a spearhead's measures (toimenpide) with who is responsible for it, where it
    stands, its target and indicator, its time frame and its progress notes."""

    class Status(models.TextChoices):
        PLANNED = "suunniteltu", _("planned")
        UNDER_WAY = "kaynnissa", _("under way")
        DONE = "valmis", _("done")
        PAUSED = "tauolla", _("paused")

    spearhead = models.ForeignKey(
        Spearhead,
        verbose_name=_("spearhead"),
        on_delete=models.PROTECT,
        related_name="strategy_measures",
    )
    title = models.CharField(_("title (Finnish)"), max_length=200)
    title_sv = models.CharField(_("title (Swedish)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, blank=True, help_text=SLUG_HELP)
    description = models.TextField(_("description"), blank=True)
    associations = models.ManyToManyField(
        "directory.Association",
        verbose_name=_("responsible associations"),
        related_name="strategy_measures",
        blank=True,
    )
    municipalities = models.ManyToManyField(
        Municipality,
        verbose_name=_("responsible municipalities"),
        related_name="strategy_measures",
        blank=True,
    )
    other_parties = models.CharField(
        _("other responsible parties"),
        max_length=300,
        blank=True,
        help_text=_("E.g. “Päijät-Hämeen Yhdistysfoorumi”, networks, the wellbeing county."),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.PLANNED)
    target = models.TextField(_("target"), blank=True)
    indicator = models.TextField(
        _("indicator"), blank=True, help_text=_("How progress is seen or measured.")
    )
    starts_on = models.DateField(_("starts"), null=True, blank=True)
    ends_on = models.DateField(_("ends"), null=True, blank=True)
    content_path = models.CharField(
        _("content that serves it"),
        max_length=200,
        blank=True,
        validators=[validate_site_path],
        help_text=_("An address on this site, e.g. /toimintaedellytykset/."),
    )
    content_label = models.CharField(
        _("link text"),
        max_length=150,
        blank=True,
        help_text=_("E.g. “Grants, premises and contact people”."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Smaller first within the spearhead.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    history = HistoricalRecords(m2m_fields=[associations, municipalities], user_related_name="+")

    objects = MeasureQuerySet.as_manager()

    slug_fallback = "toimenpide"

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["spearhead__number", "position", "title"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(starts_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="measure_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=["suunniteltu", "kaynnissa", "valmis", "tauolla"]),
                name="measure_status_valid",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("followup:measure-detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end cannot be before the start.")})

    @property
    def name(self) -> str:
        """The title in the active language (Finnish when not translated)."""
        return getattr(self, f"title_{current_language()}", "") or self.title


class ProgressNote(models.Model):
    """A dated note on how a measure is progressing."""

    measure = models.ForeignKey(
        Measure, verbose_name=_("measure"), on_delete=models.CASCADE, related_name="notes"
    )
    date = models.DateField(_("date"))
    text = models.TextField(_("text"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    history = HistoricalRecords(user_related_name="+")

    class Meta:
        verbose_name = _("progress note")
        verbose_name_plural = _("progress notes")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.measure} {self.date:%Y-%m-%d}"
