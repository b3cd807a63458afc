"""The activity and service menu (toiminta- ja palveluvalikko): the ongoing things a resident can
join or use, each offered by an association (or a public or private partner)."""

import uuid

from django.core.validators import MaxValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.content import SearchIndex
from core.prices import euro_amount, euro_amount_field
from core.publication import Status, status_constraint, status_field
from core.schedules import Occurrence, RepeatingMixin
from core.slugs import SLUG_HELP, SlugFromTitleMixin
from directory.models import Association
from directory.ownership import AssociationOwnedQuerySet
from taxonomy.models import Language, Municipality, strategy_tags

MAX_AGE = 120


class ServiceQuerySet(AssociationOwnedQuerySet):
    def published(self):
        """The single rule for what the public sees: the service and its association are both
        published."""
        return self.filter(status=Service.Status.PUBLISHED).of_published_associations()

    def for_age(self, age: int):
        """Services whose age range (either end may be open) includes `age`."""
        return self.filter(
            models.Q(min_age__isnull=True) | models.Q(min_age__lte=age),
            models.Q(max_age__isnull=True) | models.Q(max_age__gte=age),
        )

    def for_cards(self):
        """What a list of service cards shows, fetched in a fixed number of queries."""
        return self.select_related("association").prefetch_related("municipalities")


class Service(SlugFromTitleMixin, RepeatingMixin, models.Model):
    class Kind(models.TextChoices):
        PEER_SUPPORT = "vertaistuki", _("peer support")
        GROUP_ACTIVITY = "harrastus-ja-ryhmatoiminta", _("hobby and group activity")
        ADVICE = "neuvonta-ja-ohjaus", _("advice and guidance")
        TRAINING = "koulutus", _("training")
        VOLUNTEERING = "vapaaehtoistehtava", _("volunteer task")
        SERVICE = "palvelu", _("service")

    class Joining(models.TextChoices):
        JUST_COME = "tule-paikalle", _("just come")
        REGISTER = "ilmoittaudu", _("register in advance")
        CONTACT = "ota-yhteytta", _("contact the organiser")

    Status = Status

    association = models.ForeignKey(
        Association,
        verbose_name=_("provider"),
        on_delete=models.CASCADE,
        related_name="services",
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, blank=True, help_text=SLUG_HELP)
    # The identifier open data uses (HSDS wants UUIDs); unlike the slug it never changes.
    uuid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind)
    short_description = models.CharField(
        _("short description"),
        max_length=200,
        help_text=_("One or two sentences for lists and link previews (at most 200 characters)."),
    )
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    themes, spearheads, target_groups = strategy_tags("services")
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages"), related_name="services", blank=True
    )
    min_age = models.PositiveSmallIntegerField(
        _("minimum age"), null=True, blank=True, validators=[MaxValueValidator(MAX_AGE)]
    )
    max_age = models.PositiveSmallIntegerField(
        _("maximum age"), null=True, blank=True, validators=[MaxValueValidator(MAX_AGE)]
    )
    municipalities = models.ManyToManyField(
        Municipality,
        verbose_name=_("municipalities"),
        related_name="services",
        blank=True,
        help_text=_("Where the activity is available in person."),
    )
    online = models.BooleanField(_("online"), default=False, help_text=_("Available online."))
    place = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("E.g. “Kylätalo, upstairs hall”.")
    )
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(
        _("postal code"),
        max_length=5,
        blank=True,
        validators=[RegexValidator(r"^\d{5}$", _("A postal code is five digits."))],
    )
    post_office = models.CharField(_("post office"), max_length=60, blank=True)
    schedule = models.CharField(
        _("schedule"),
        max_length=200,
        blank=True,
        help_text=_("In plain words, e.g. “Tuesdays 6–8 pm, not in summer”."),
    )
    # The first meeting of a repeating schedule (`core.schedules`), set by the admin's form.
    first_start = models.DateTimeField(_("first meeting starts"), null=True, editable=False)
    first_end = models.DateTimeField(_("first meeting ends"), null=True, editable=False)
    is_free = models.BooleanField(_("free of charge"), default=False)
    cost = models.CharField(
        _("cost"),
        max_length=200,
        blank=True,
        help_text=_("What taking part costs, e.g. “10 € a term”. Leave empty when free."),
    )
    cost_amount = euro_amount_field(
        _("cost in euros"),
        _(
            "The full cost as a number, e.g. 10 or 10.50, for search engines. Filled in from "
            "the cost when that holds a single amount."
        ),
    )
    joining = models.CharField(
        _("how to join"), max_length=20, choices=Joining, default=Joining.JUST_COME
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(
        _("contact phone"),
        max_length=30,
        blank=True,
        validators=[RegexValidator(r"^\+?[0-9 ()-]{5,}$", _("Enter a phone number."))],
    )
    joining_info = models.TextField(
        _("more about joining"),
        blank=True,
        help_text=_("Anything else a newcomer should know: what to bring, whom to ask for."),
    )
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free access, hearing loop, interpreting, assistants welcome…"),
    )
    status = status_field()
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Tag labels in every language, the kind and the provider's name, kept in step by
    # `core.content`, so search finds "omaishoitajat" or "Kärkölä" without joins.
    search_terms = models.TextField(editable=False, blank=True)

    objects = ServiceQuerySet.as_manager()
    search_index = SearchIndex(
        title_field="title",
        text_fields=["title", "short_description", "search_terms", "description"],
        tag_fields=["municipalities", "themes", "spearheads", "target_groups", "languages"],
        choice_fields=["kind"],
        related={"association": "name"},
    )

    class Meta:
        verbose_name = _("activity or service")
        verbose_name_plural = _("activities and services")
        ordering = ["title"]
        constraints = [
            status_constraint("service"),
            models.CheckConstraint(
                condition=models.Q(min_age__isnull=True)
                | models.Q(max_age__isnull=True)
                | models.Q(min_age__lte=models.F("max_age")),
                name="service_age_range_valid",
                violation_error_message=_("The minimum age cannot be above the maximum age."),
            ),
        ]
        indexes = [models.Index(fields=["status", "kind"])]

    slug_fallback = "toiminta"

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("services:service-detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if not self.is_free and self.cost_amount is None:
            self.cost_amount = euro_amount(self.cost)

    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.association.is_published()

    def first_occurrence(self):
        if self.first_start is None or self.first_end is None:
            return None
        return self.first_start, self.first_end

    def place_first_occurrence(self, occurrence: Occurrence | None) -> None:
        self.first_start = occurrence.start if occurrence else None
        self.first_end = occurrence.end if occurrence else None

    @property
    def age_range(self) -> tuple[int | None, int | None] | None:
        if self.min_age is None and self.max_age is None:
            return None
        return (self.min_age, self.max_age)
