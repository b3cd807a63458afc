"""The fixed vocabulary everything public is tagged with.

The terms come from data migrations (see `taxonomy/migrations/0002_terms.py`); slugs are stable
ASCII because URLs and filters use them. Labels are stored in Finnish, Swedish and English and
coordinators may edit them, but not delete a term that something uses.
"""

from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.i18n import localized


class Term(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name_fi = models.CharField(_("name (Finnish)"), max_length=120)
    name_sv = models.CharField(_("name (Swedish)"), max_length=120, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    description_fi = models.TextField(_("description (Finnish)"), blank=True)
    description_sv = models.TextField(_("description (Swedish)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "name_fi"]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return localized(self, "name")

    @property
    def description(self) -> str:
        return localized(self, "description")

    def is_in_use(self) -> bool:
        """True when any other object refers to this term (a foreign key or a many-to-many)."""
        for relation in self._meta.related_objects:
            accessor = relation.get_accessor_name()
            if relation.one_to_one:
                if relation.related_model._default_manager.filter(
                    **{relation.field.name: self}
                ).exists():
                    return True
            elif getattr(self, accessor).exists():
                return True
        return False


class Theme(Term):
    """One of the four HYTE themes (Päijät-Hämeen HYTE-kärjet)."""

    class Meta(Term.Meta):
        verbose_name = _("HYTE theme")
        verbose_name_plural = _("HYTE themes")

    def get_absolute_url(self):
        return reverse("portal:theme-detail", kwargs={"slug": self.slug})


class Spearhead(Term):
    """One of the five spearheads (strategian kärjet) of the association strategy."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    goal_fi = models.TextField(_("goal (Finnish)"))
    goal_sv = models.TextField(_("goal (Swedish)"), blank=True)
    goal_en = models.TextField(_("goal (English)"), blank=True)
    measures_fi = models.TextField(_("measures (Finnish)"), help_text=_("One measure a line."))
    measures_sv = models.TextField(_("measures (Swedish)"), blank=True)
    measures_en = models.TextField(_("measures (English)"), blank=True)

    class Meta(Term.Meta):
        verbose_name = _("spearhead")
        verbose_name_plural = _("spearheads")
        ordering = ["number"]

    def get_absolute_url(self):
        return reverse("portal:strategy") + f"#{self.slug}"

    @property
    def goal(self) -> str:
        return localized(self, "goal")

    @property
    def measures(self) -> list[str]:
        return [line.strip() for line in localized(self, "measures").splitlines() if line.strip()]


class Municipality(Term):
    code = models.CharField(
        _("municipality code"),
        max_length=3,
        unique=True,
        validators=[RegexValidator(r"^\d{3}$", _("A municipality code is three digits."))],
        help_text=_("The official code of Statistics Finland, e.g. 398 for Lahti."),
    )

    class Meta(Term.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name_fi"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(code__regex=r"^[0-9]{3}$"), name="municipality_code_3_digits"
            )
        ]

    def get_absolute_url(self):
        return reverse("portal:municipality-detail", kwargs={"slug": self.slug})


class TargetGroup(Term):
    class Meta(Term.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Field(Term):
    """A field of activity: one of the ten networks of the regional NGO advisory board."""

    class Meta(Term.Meta):
        verbose_name = _("field of activity")
        verbose_name_plural = _("fields of activity")


class Language(Term):
    """A language an association works in; the slug is the ISO 639 code (`fi`, `sv`, `fse`)."""

    class Meta(Term.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")


def strategy_tags(related_name: str) -> tuple[models.ManyToManyField, ...]:
    """The strategy's tags every public content type carries: its HYTE themes, spearheads and
    target groups (`themes, spearheads, target_groups = strategy_tags("events")`)."""
    return (
        models.ManyToManyField(
            Theme, verbose_name=_("HYTE themes"), related_name=related_name, blank=True
        ),
        models.ManyToManyField(
            Spearhead, verbose_name=_("spearheads"), related_name=related_name, blank=True
        ),
        models.ManyToManyField(
            TargetGroup, verbose_name=_("target groups"), related_name=related_name, blank=True
        ),
    )
