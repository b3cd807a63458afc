"""The follow-up of the strategy: data the evaluation dashboard (`/seuranta/`) computes with.

Municipal populations come from Statistics Finland with their date and source (data migration
`0002_populations` from `followup/data/population.csv`); monthly snapshots keep the activity of
each month as it was counted then (`manage.py take_snapshot`), so later edits do not rewrite
history.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from taxonomy.models import Municipality


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
