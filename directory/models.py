import datetime
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import (
    MinValueValidator,
    RegexValidator,
    URLValidator,
)
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from accounts.roles import is_coordinator
from core.content import SearchIndex
from core.images import SafeImageModelField
from core.publication import TRANSITIONS, Status, status_constraint, status_field
from core.slugs import SLUG_HELP, SlugFromTitleMixin
from directory.validators import validate_business_id
from taxonomy.models import Field, Language, Municipality, strategy_tags

# What an association is tagged with (besides its home municipality).
TAGGING_FIELDS = [
    "operating_municipalities", "themes", "spearheads", "target_groups", "fields", "languages",
]  # fmt: skip

# A profile not confirmed for this long tells visitors to check its details.
CONFIRMATION_VALID_FOR = datetime.timedelta(days=365)


class AssociationQuerySet(models.QuerySet):
    def published(self):
        """The single rule for what the public sees."""
        return self.filter(status=Association.Status.PUBLISHED)

    def editable_by(self, user):
        """The single rule for who may edit what: coordinators everything, a contact the
        associations of their confirmed memberships, anyone else nothing."""
        if not user.is_authenticated or not user.is_active:
            return self.none()
        if is_coordinator(user):
            return self
        return self.filter(
            pk__in=Membership.objects.filter(user=user, confirmed=True).values("association_id")
        )

    def confirmed_before(self, moment: datetime.datetime):
        """Associations whose information was last confirmed before `moment`; one never
        confirmed counts from when it was created."""
        return self.filter(
            models.Q(verified_at__lt=moment)
            | models.Q(verified_at__isnull=True, created_at__lt=moment)
        )

    def for_cards(self):
        """What a list of association cards shows, fetched in a fixed number of queries (without
        the long texts no card shows: they only widen the rows a search sorts)."""
        return (
            self.select_related("home_municipality")
            .prefetch_related("themes")
            .defer("description", "social_media", "accessibility", "search_terms")
        )


class Association(SlugFromTitleMixin, models.Model):
    class Kind(models.TextChoices):
        REGISTERED = "yhdistys", _("registered association")
        FOUNDATION = "saatio", _("foundation")
        OTHER_NGO = "muu-jarjesto", _("other non-governmental organisation")
        PUBLIC = "julkinen", _("public service partner")
        PRIVATE = "yksityinen", _("private service partner")

    Status = Status

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, blank=True, help_text=SLUG_HELP)
    # The identifier open data uses (HSDS wants UUIDs); unlike the slug it never changes.
    uuid = models.UUIDField(_("identifier"), default=uuid.uuid4, unique=True, editable=False)
    short_description = models.CharField(
        _("short description"),
        max_length=200,
        help_text=_("One or two sentences for lists and link previews (at most 200 characters)."),
    )
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    logo = SafeImageModelField(
        _("logo"),
        upload_to="logos/%Y/",
        blank=True,
        help_text=_("JPEG, PNG or WebP, at most 5 MB and 40 megapixels."),
    )
    logo_alt = models.CharField(
        _("logo alt text"),
        max_length=200,
        blank=True,
        help_text=_(
            "What the logo shows, for screen readers and when images do not load, "
            "e.g. “A green leaf and the text Hollolan Luontoyhdistys”. Required with a logo."
        ),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.REGISTERED)
    business_id = models.CharField(
        _("business ID"),
        max_length=9,
        blank=True,
        validators=[validate_business_id],
        help_text=_("Y-tunnus, e.g. 1234567-1."),
    )
    register_number = models.CharField(
        _("register number"),
        max_length=20,
        blank=True,
        validators=[RegexValidator(r"^[0-9][0-9.]*$", _("Digits and dots only, e.g. 123.456."))],
        help_text=_("Number in the register of associations."),
    )
    home_municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("home municipality"),
        on_delete=models.PROTECT,
        related_name="home_associations",
    )
    operating_municipalities = models.ManyToManyField(
        Municipality,
        verbose_name=_("operating municipalities"),
        related_name="associations",
        blank=True,
        help_text=_("Where the association works; the home municipality is always included."),
    )
    themes, spearheads, target_groups = strategy_tags("associations")
    fields = models.ManyToManyField(
        Field, verbose_name=_("fields of activity"), related_name="associations", blank=True
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("activity languages"), related_name="associations", blank=True
    )
    email = models.EmailField(
        _("e-mail"), blank=True, help_text=_("Prefer a role address such as info@ over a person's.")
    )
    phone = models.CharField(
        _("phone"),
        max_length=30,
        blank=True,
        validators=[RegexValidator(r"^\+?[0-9 ()-]{5,}$", _("Enter a phone number."))],
    )
    website = models.URLField(_("website"), blank=True)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(
        _("postal code"),
        max_length=5,
        blank=True,
        validators=[RegexValidator(r"^\d{5}$", _("A postal code is five digits."))],
    )
    post_office = models.CharField(_("post office"), max_length=60, blank=True)
    social_media = models.TextField(
        _("social media links"), blank=True, help_text=_("One address a line.")
    )
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free access, hearing loop, interpreting, assistants welcome…"),
    )
    founded_year = models.PositiveSmallIntegerField(
        _("year founded"), null=True, blank=True, validators=[MinValueValidator(1800)]
    )
    status = status_field()
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)
    verified_at = models.DateTimeField(_("information confirmed"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # Which freshness reminder (11 or 12 months, 0 for none) the contacts were last sent, and
    # when; confirming resets both (`directory.services.association_confirm`). A reminder sent
    # before the latest `verified_at` no longer counts, whoever set that.
    freshness_reminder_level = models.PositiveSmallIntegerField(default=0, editable=False)
    freshness_reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Taxonomy labels in every language and the municipality names, kept in step by
    # `core.content`, so search finds "Kärkölä" or "omaishoitajat" without joins.
    search_terms = models.TextField(editable=False, blank=True)

    objects = AssociationQuerySet.as_manager()
    search_index = SearchIndex(
        title_field="name",
        text_fields=["name", "short_description", "search_terms", "description"],
        tag_fields=["home_municipality", *TAGGING_FIELDS],
        choice_fields=["kind"],
    )
    # The audit trail: who changed what and when, with the tags; coordinators can revert.
    history = HistoricalRecords(
        excluded_fields=["search_terms", "freshness_reminder_level", "freshness_reminded_at"],
        m2m_fields=[operating_municipalities, themes, spearheads, target_groups, fields, languages],
        user_related_name="+",
    )

    class Meta:
        verbose_name = _("association")
        verbose_name_plural = _("associations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["business_id"],
                condition=~models.Q(business_id=""),
                name="association_business_id_unique",
                violation_error_message=_("An association with this business ID exists already."),
            ),
            status_constraint("association"),
        ]
        indexes = [
            models.Index(fields=["status", "name"]),
            # The kind facet counts published associations by kind from the index alone.
            models.Index(fields=["status", "kind"]),
        ]

    slug_source = "name"
    slug_fallback = "yhdistys"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("directory:association-detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        errors = {}
        if self.founded_year and self.founded_year > timezone.localdate().year:
            errors["founded_year"] = _("The year founded cannot be in the future.")
        validate_url = URLValidator(schemes=["http", "https"])
        for line in self.social_media_links:
            try:
                validate_url(line)
            except ValidationError:
                errors["social_media"] = _("“%(link)s” is not a web address.") % {"link": line}
                break
        if self.logo and not self.logo_alt.strip():
            errors["logo_alt"] = _("Describe the logo in a few words for those who cannot see it.")
        if errors:
            raise ValidationError(errors)

    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def can_be_edited_by(self, user) -> bool:
        return Association.objects.editable_by(user).filter(pk=self.pk).exists()

    @property
    def social_media_links(self) -> list[str]:
        return [line.strip() for line in self.social_media.splitlines() if line.strip()]

    @property
    def logo_alt_text(self) -> str:
        """The alt text given, or a generic one for logos stored before alt text was required."""
        return self.logo_alt or gettext("Logo of %(name)s") % {"name": self.name}

    @property
    def verified_date(self) -> datetime.date | None:
        return timezone.localdate(self.verified_at) if self.verified_at else None

    @property
    def last_confirmed_at(self) -> datetime.datetime:
        """When the information was last confirmed, or created if it never was."""
        return self.verified_at or self.created_at

    @property
    def confirmation_overdue(self) -> bool:
        """True when nobody has confirmed the information for over a year (public notice)."""
        return self.last_confirmed_at < timezone.now() - CONFIRMATION_VALID_FOR


class Membership(models.Model):
    """A person's role in an association: the only thing that gives a contact any rights."""

    class Role(models.TextChoices):
        CONTACT = "yhteyshenkilo", _("contact person")
        CHAIR = "puheenjohtaja", _("chair")
        SECRETARY = "sihteeri", _("secretary")
        OTHER = "muu", _("other")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    association = models.ForeignKey(
        Association,
        verbose_name=_("association"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=20, choices=Role, default=Role.CONTACT)
    confirmed = models.BooleanField(
        _("confirmed"),
        default=True,
        help_text=_("Only confirmed memberships give rights; a registration's waits for review."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["association__name", "user__email"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "association"], name="membership_user_association_unique"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.association}"


class Registration(models.Model):
    """What the public registration form received, kept for the coordinators (not public)."""

    association = models.OneToOneField(
        Association,
        verbose_name=_("association"),
        on_delete=models.CASCADE,
        related_name="registration",
    )
    contact_name = models.CharField(_("contact person"), max_length=150)
    contact_email = models.EmailField(_("contact e-mail"))
    consent_at = models.DateTimeField(_("consented to the privacy notice"))
    email_failed = models.BooleanField(
        _("notification failed"),
        default=False,
        help_text=_("The coordinators could not be e-mailed about this registration."),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["-created_at"]

    def __str__(self):
        return str(self.association)


class ErrorReport(models.Model):
    """A visitor's note that a profile is out of date or wrong; for contacts and coordinators."""

    association = models.ForeignKey(
        Association,
        verbose_name=_("association"),
        on_delete=models.CASCADE,
        related_name="error_reports",
    )
    message = models.TextField(_("what is wrong"), max_length=2000)
    reporter_email = models.EmailField(_("reporter's e-mail"), blank=True)
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    handled = models.BooleanField(_("handled"), default=False)
    email_failed = models.BooleanField(
        _("notification failed"),
        default=False,
        help_text=_("The contacts or coordinators could not be e-mailed about this report."),
    )

    class Meta:
        verbose_name = _("error report")
        verbose_name_plural = _("error reports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.association} – {timezone.localtime(self.created_at):%d.%m.%Y %H:%M}"


class ModerationNote(models.Model):
    """A coordinator's message to an association's contacts, written by a moderation action on
    the association or its content; its dashboard shows the latest one."""

    association = models.ForeignKey(
        Association,
        verbose_name=_("association"),
        on_delete=models.CASCADE,
        related_name="moderation_notes",
    )
    # What was moderated, as it was called then (the item may be deleted since).
    subject = models.CharField(_("item"), max_length=200)
    action = models.CharField(_("action"), max_length=20)
    message = models.TextField(_("message"), max_length=2000)
    created_at = models.DateTimeField(_("written"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("coordinator's message")
        verbose_name_plural = _("coordinators' messages")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.association} – {self.subject}"

    @property
    def action_label(self) -> str:
        transition = TRANSITIONS.get(self.action)
        return transition.label if transition else self.action
