"""Operating conditions (the strategy's second spearhead: "Tilat, avustukset, yhteyshenkilö,
vuoropuhelu"): premises associations can use, grant calls they can apply for, the people to
contact about association matters, and the questions and proposals sent to them.

Premises belong to an association (its contacts keep them, like everything it owns) or to a
municipality, the wellbeing county, a parish or a company (coordinators keep those); grant calls
and contact people are the coordinators'.
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.content import SearchIndex
from core.images import ImageAltMixin, image_fields
from core.publication import Status, status_constraint, status_field
from core.slugs import SLUG_HELP, SlugFromTitleMixin
from directory.models import Association
from directory.ownership import AssociationOwnedQuerySet
from taxonomy.models import Municipality, strategy_tags

PHONE_VALIDATOR = RegexValidator(r"^\+?[0-9 ()-]{5,}$", _("Enter a phone number."))
POSTAL_CODE_VALIDATOR = RegexValidator(r"^\d{5}$", _("A postal code is five digits."))
MAX_CAPACITY = 100_000

# A call is "closing soon" in its last 14 days; "opening soon" when it opens within 60 days.
CLOSING_SOON = datetime.timedelta(days=14)
OPENING_SOON = datetime.timedelta(days=60)

# Public URL value -> (field, label): the premises' features people filter by and see.
ACCESSIBILITY_FEATURES = {
    "esteeton-kulku": ("step_free", _("Step-free access")),
    "esteeton-wc": ("accessible_toilet", _("Accessible toilet")),
    "induktiosilmukka": ("induction_loop", _("Induction loop")),
    "invapysakointi": ("accessible_parking", _("Accessible parking")),
}
EQUIPMENT = {
    "keittio": ("kitchen", _("Kitchen")),
    "videotykki": ("projector", _("Projector and screen")),
    "aanentoisto": ("sound_system", _("Sound system")),
    "verkko": ("wifi", _("Wi-Fi")),
    "sauna": ("sauna", _("Sauna")),
}


def _flag(label) -> models.BooleanField:
    return models.BooleanField(label, default=False)


# --- Premises ----------------------------------------------------------------------------------


class PremisesQuerySet(AssociationOwnedQuerySet):
    def published(self):
        """The single rule for what the public sees: the premises are published, and so is the
        association that offers them (premises of a municipality, the county, a parish or a
        company have none)."""
        return self.filter(status=Status.PUBLISHED).of_published_associations()

    def for_cards(self):
        """What a list of premises cards shows, fetched in a fixed number of queries."""
        return self.select_related("municipality", "association")


class Premises(SlugFromTitleMixin, models.Model):
    class OwnerKind(models.TextChoices):
        MUNICIPALITY = "kunta", _("municipality")
        COUNTY = "hyvinvointialue", _("wellbeing services county")
        PARISH = "seurakunta", _("parish")
        ASSOCIATION = "yhdistys", _("association")
        COMPANY = "yritys", _("company")
        OTHER = "muu", _("other")

    Status = Status

    name = models.CharField(_("name"), max_length=200, help_text=_("E.g. “Kylätalo Kotiranta”."))
    slug = models.SlugField(_("slug"), max_length=220, unique=True, blank=True, help_text=SLUG_HELP)
    owner_kind = models.CharField(
        _("owner"), max_length=20, choices=OwnerKind, default=OwnerKind.ASSOCIATION
    )
    association = models.ForeignKey(
        Association,
        verbose_name=_("association"),
        on_delete=models.CASCADE,
        related_name="premises",
        null=True,
        blank=True,
        help_text=_("The association that offers its own premises; empty for other owners."),
    )
    owner_name = models.CharField(
        _("owner's name"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “Hollolan kunta” or “Asikkalan seurakunta”; not for associations."),
    )
    owner_url = models.URLField(_("owner's website"), blank=True)
    short_description = models.CharField(
        _("short description"),
        max_length=200,
        help_text=_("One or two sentences for lists and link previews (at most 200 characters)."),
    )
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="premises",
    )
    street_address = models.CharField(_("street address"), max_length=200)
    postal_code = models.CharField(
        _("postal code"), max_length=5, blank=True, validators=[POSTAL_CODE_VALIDATOR]
    )
    post_office = models.CharField(_("post office"), max_length=60, blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"),
        validators=[MinValueValidator(1), MaxValueValidator(MAX_CAPACITY)],
        help_text=_("How many people fit in at most."),
    )
    step_free = _flag(_("step-free access"))
    accessible_toilet = _flag(_("accessible toilet"))
    induction_loop = _flag(_("induction loop"))
    accessible_parking = _flag(_("accessible parking"))
    accessibility = models.TextField(
        _("more about accessibility"),
        blank=True,
        help_text=_("E.g. “ramp at the back door, lift to the upstairs hall”."),
    )
    kitchen = _flag(_("kitchen"))
    projector = _flag(_("projector and screen"))
    sound_system = _flag(_("sound system"))
    wifi = _flag(_("Wi-Fi"))
    sauna = _flag(_("sauna"))
    other_equipment = models.CharField(
        _("other equipment"),
        max_length=300,
        blank=True,
        help_text=_("E.g. “piano, 40 chairs, gym mats”."),
    )
    is_free = models.BooleanField(_("free of charge for associations"), default=False)
    price = models.CharField(
        _("price for associations"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “20 € an evening, 100 € a day”. Leave empty when free."),
    )
    booking_url = models.URLField(_("booking link"), blank=True)
    booking_email = models.EmailField(_("booking e-mail"), blank=True)
    booking_phone = models.CharField(
        _("booking phone"), max_length=30, blank=True, validators=[PHONE_VALIDATOR]
    )
    booking_info = models.CharField(
        _("how to book"),
        max_length=300,
        blank=True,
        help_text=_("E.g. “book at least two weeks ahead; keys from the village shop”."),
    )
    themes, spearheads, target_groups = strategy_tags("premises")
    status = status_field()
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Tag labels in every language, the owner kind and the association's name (`core.content`).
    search_terms = models.TextField(editable=False, blank=True)

    objects = PremisesQuerySet.as_manager()
    search_index = SearchIndex(
        title_field="name",
        text_fields=["name", "short_description", "owner_name", "street_address",
                     "search_terms", "description"],
        tag_fields=["municipality", "themes", "spearheads", "target_groups"],
        choice_fields=["owner_kind"],
        related={"association": "name"},
    )  # fmt: skip

    class Meta:
        verbose_name = _("premises")
        verbose_name_plural = _("premises")
        ordering = ["name"]
        constraints = [
            status_constraint("premises"),
            models.CheckConstraint(
                condition=models.Q(owner_kind="yhdistys", association__isnull=False)
                | (~models.Q(owner_kind="yhdistys") & models.Q(association__isnull=True)),
                name="premises_owner_consistent",
                violation_error_message=_(
                    "Premises an association offers name the association; other owners do not."
                ),
            ),
        ]
        indexes = [models.Index(fields=["status", "owner_kind"])]

    slug_source = "name"
    slug_fallback = "tila"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("conditions:premises-detail", kwargs={"slug": self.slug})

    def is_published(self) -> bool:
        return Premises.objects.published().filter(pk=self.pk).exists()

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if self.owner_kind == self.OwnerKind.ASSOCIATION and not self.association_id:
            errors["association"] = _("Choose the association that offers the premises.")
        if self.owner_kind != self.OwnerKind.ASSOCIATION:
            if self.association_id:
                errors["owner_kind"] = _(
                    "Premises with an association are the association's: choose “association”."
                )
            if not self.owner_name.strip():
                errors["owner_name"] = _("Name the owner, e.g. “Hollolan kunta”.")
        if not self.is_free and not self.price.strip():
            errors["price"] = _("Tell the price, or mark the premises free of charge.")
        if not (self.booking_url or self.booking_email or self.booking_phone.strip()):
            errors["booking_url"] = _("Give at least one way to book: a link, e-mail or phone.")
        if errors:
            raise ValidationError(errors)

    @property
    def owner_display(self) -> str:
        return self.association.name if self.association_id else self.owner_name

    def _features(self, features: dict) -> list[tuple[str, str]]:
        return [
            (value, label) for value, (field, label) in features.items() if getattr(self, field)
        ]

    @property
    def accessibility_features(self) -> list[tuple[str, str]]:
        """(URL value, label) of the accessibility features the premises have."""
        return self._features(ACCESSIBILITY_FEATURES)

    @property
    def equipment(self) -> list[tuple[str, str]]:
        return self._features(EQUIPMENT)

    @property
    def address_text(self) -> str:
        place = " ".join(part for part in (self.postal_code, self.post_office) if part)
        return ", ".join(part for part in (self.street_address, place) if part)


class PremisesPhoto(ImageAltMixin, models.Model):
    premises = models.ForeignKey(
        Premises, verbose_name=_("premises"), on_delete=models.CASCADE, related_name="photos"
    )
    image, image_alt = image_fields("premises/%Y/")
    image.blank = False  # a photo row is its photo, and never without its description
    image_alt.blank = False
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.image_alt


# --- Grant calls -------------------------------------------------------------------------------


class GrantCallQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED)

    def open_at(self, moment: datetime.datetime):
        """Open at `moment`: from the opening minute up to, not including, the closing one."""
        return self.filter(opens_at__lte=moment, closes_at__gt=moment)

    def current(self, moment: datetime.datetime):
        """Open now, or opening within `OPENING_SOON`: what the list shows first."""
        return self.filter(closes_at__gt=moment, opens_at__lte=moment + OPENING_SOON)

    def closed(self, moment: datetime.datetime):
        return self.filter(closes_at__lte=moment)

    def with_state(self, moment: datetime.datetime):
        """Annotated with `is_open` and `closing_soon` at `moment`, so a list filters, counts
        and marks them in the database (the "open now" facet filters on `is_open`)."""
        is_open = models.Q(opens_at__lte=moment, closes_at__gt=moment)
        return self.annotate(
            is_open=models.ExpressionWrapper(is_open, output_field=models.BooleanField()),
            closing_soon=models.ExpressionWrapper(
                is_open & models.Q(closes_at__lte=moment + CLOSING_SOON),
                output_field=models.BooleanField(),
            ),
        )

    def for_cards(self):
        return self.prefetch_related("municipalities")


class GrantCall(SlugFromTitleMixin, models.Model):
    class FunderKind(models.TextChoices):
        MUNICIPALITY = "kunta", _("municipality")
        COUNTY = "hyvinvointialue", _("wellbeing services county")
        STATE = "valtio", _("state or STEA")
        FOUNDATION = "saatio", _("foundation or fund")
        OTHER = "muu", _("other")

    class Recurrence(models.TextChoices):
        YEARLY = "vuosittain", _("every year")
        ONE_OFF = "kertaluonteinen", _("one-off")

    Status = Status

    title = models.CharField(
        _("name of the grant"), max_length=200, help_text=_("E.g. “Yleisavustus 2027”.")
    )
    slug = models.SlugField(_("slug"), max_length=220, unique=True, blank=True, help_text=SLUG_HELP)
    funder_kind = models.CharField(_("kind of funder"), max_length=20, choices=FunderKind)
    funder_name = models.CharField(
        _("funder"), max_length=200, help_text=_("E.g. “Lahden kaupunki” or “STEA”.")
    )
    funder_url = models.URLField(_("funder's website"), blank=True)
    summary = models.CharField(
        _("summary"),
        max_length=200,
        help_text=_("One or two sentences for lists, feeds and link previews."),
    )
    eligibility = models.TextField(
        _("who may apply"), help_text=_("E.g. “registered associations working in Lahti”.")
    )
    purpose = models.TextField(_("what it funds"))
    description = models.TextField(_("more information"), blank=True, help_text=_("Markdown."))
    amount_min = models.PositiveIntegerField(_("smallest grant (€)"), null=True, blank=True)
    amount_max = models.PositiveIntegerField(_("largest grant (€)"), null=True, blank=True)
    amount_note = models.CharField(
        _("about the amount"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “80 000 € in all this year”."),
    )
    opens_at = models.DateTimeField(_("application period opens"), db_index=True)
    closes_at = models.DateTimeField(
        _("application period closes"),
        db_index=True,
        help_text=_("Helsinki time. The call is closed from this minute on."),
    )
    recurrence = models.CharField(
        _("recurrence"), max_length=20, choices=Recurrence, default=Recurrence.YEARLY
    )
    themes, spearheads, target_groups = strategy_tags("grant_calls")
    municipalities = models.ManyToManyField(
        Municipality,
        verbose_name=_("municipalities"),
        related_name="grant_calls",
        help_text=_("Where applicants may work; all ten for a call of the whole region."),
    )
    call_url = models.URLField(_("link to the call"))
    form_url = models.URLField(_("link to the application form"), blank=True)
    status = status_field()
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    search_terms = models.TextField(editable=False, blank=True)

    objects = GrantCallQuerySet.as_manager()
    search_index = SearchIndex(
        title_field="title",
        text_fields=["title", "summary", "funder_name", "search_terms", "purpose",
                     "eligibility", "description"],
        tag_fields=["municipalities", "themes", "spearheads", "target_groups"],
        choice_fields=["funder_kind"],
    )  # fmt: skip

    class Meta:
        verbose_name = _("grant call")
        verbose_name_plural = _("grant calls")
        ordering = ["closes_at", "pk"]
        constraints = [
            status_constraint("grantcall"),
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")),
                name="grantcall_closes_after_it_opens",
                violation_error_message=_("The application period must close after it opens."),
            ),
            models.CheckConstraint(
                condition=models.Q(amount_min__isnull=True)
                | models.Q(amount_max__isnull=True)
                | models.Q(amount_min__lte=models.F("amount_max")),
                name="grantcall_amount_range_valid",
                violation_error_message=_("The smallest grant cannot be above the largest."),
            ),
        ]
        indexes = [models.Index(fields=["status", "closes_at"])]

    slug_fallback = "avustus"
    reserved_slugs = frozenset({"arkisto", "syote"})  # the archive and the feed

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("conditions:grantcall-detail", kwargs={"slug": self.slug})

    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED

    def is_open_at(self, moment: datetime.datetime) -> bool:
        """The instance's mirror of `GrantCallQuerySet.open_at`."""
        return self.opens_at <= moment < self.closes_at

    @property
    def local_opens_at(self) -> datetime.datetime:
        return timezone.localtime(self.opens_at)

    @property
    def local_closes_at(self) -> datetime.datetime:
        return timezone.localtime(self.closes_at)

    @property
    def period_text(self) -> str:
        """The application period in words, for calendars and feeds."""
        return gettext("Application period %(opens)s – %(closes)s") % {
            "opens": date_format(self.local_opens_at, "SHORT_DATETIME_FORMAT"),
            "closes": date_format(self.local_closes_at, "SHORT_DATETIME_FORMAT"),
        }


# --- Contact people ----------------------------------------------------------------------------


class ContactPersonQuerySet(models.QuerySet):
    def published(self):
        """Published, and only with the person's consent to show their work contact details."""
        return self.filter(status=Status.PUBLISHED, consent=True)

    def for_cards(self):
        return self.select_related("municipality")

    def in_display_order(self):
        """The forum first, then the county, then the municipalities by name."""
        order = models.Case(
            *(
                models.When(organisation_kind=kind, then=models.Value(position))
                for position, kind in enumerate(ContactPerson.OrganisationKind.values)
            ),
            output_field=models.IntegerField(),
        )
        return self.order_by(order, "municipality__name_fi", "position", "name", "pk")


class ContactPerson(SlugFromTitleMixin, models.Model):
    """A named person at a municipality, the wellbeing county or the forum whose job includes
    association matters: the strategy's "yhteyshenkilö". Work contact details only."""

    class OrganisationKind(models.TextChoices):
        FORUM = "yhdistysfoorumi", _("association forum")
        COUNTY = "hyvinvointialue", _("wellbeing services county")
        MUNICIPALITY = "kunta", _("municipality")
        OTHER = "muu", _("other")

    Status = Status

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=170, unique=True, blank=True, help_text=SLUG_HELP)
    job_title = models.CharField(
        _("title"), max_length=150, help_text=_("E.g. “hyte-koordinaattori”.")
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        help_text=_("E.g. “Hollolan kunta, hyvinvointipalvelut”."),
    )
    organisation_kind = models.CharField(
        _("kind of organisation"), max_length=20, choices=OrganisationKind
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="contact_people",
        null=True,
        blank=True,
        help_text=_("The municipality they serve; empty for the whole region."),
    )
    topics = models.TextField(
        _("topics"),
        help_text=_("What to ask them about, one topic a line, e.g. “grants”, “premises”."),
    )
    email = models.EmailField(_("work e-mail"), help_text=_("Questions and proposals go here."))
    phone = models.CharField(
        _("work phone"), max_length=30, blank=True, validators=[PHONE_VALIDATOR]
    )
    office_hours = models.CharField(
        _("office hours"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “Mon–Thu 9–15, phone best on Tuesdays”."),
    )
    consent = models.BooleanField(
        _("consents to publication"),
        default=False,
        help_text=_("The person agreed that their name, title and work contact details are shown."),
    )
    themes, spearheads, target_groups = strategy_tags("contact_people")
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Smaller first within the same organisation.")
    )
    status = status_field()
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    search_terms = models.TextField(editable=False, blank=True)

    objects = ContactPersonQuerySet.as_manager()
    search_index = SearchIndex(
        title_field="name",
        text_fields=["name", "job_title", "organisation", "topics", "search_terms"],
        tag_fields=["municipality", "themes", "spearheads", "target_groups"],
        choice_fields=["organisation_kind"],
    )

    class Meta:
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")
        ordering = ["position", "name"]
        constraints = [
            status_constraint("contactperson"),
            models.CheckConstraint(
                condition=~models.Q(organisation_kind="kunta")
                | models.Q(municipality__isnull=False),
                name="contactperson_municipality_named",
                violation_error_message=_(
                    "A municipality's contact person names the municipality."
                ),
            ),
        ]

    slug_source = "name"
    slug_fallback = "yhteyshenkilo"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return f"{reverse('conditions:contactperson-list')}#{self.slug}"

    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED and self.consent

    @property
    def topic_list(self) -> list[str]:
        return [line.strip() for line in self.topics.splitlines() if line.strip()]


# --- Dialogue ----------------------------------------------------------------------------------


class DialogueMessage(models.Model):
    """A question or a proposal an association sent through the "Kysy tai ehdota" form, kept so
    that nothing is lost if mail fails; coordinators see it in the admin."""

    class Kind(models.TextChoices):
        QUESTION = "kysymys", _("question")
        PROPOSAL = "ehdotus", _("proposal")

    contact_person = models.ForeignKey(
        ContactPerson,
        verbose_name=_("to"),
        on_delete=models.SET_NULL,
        related_name="messages",
        null=True,
        blank=True,
        help_text=_("Empty: to the association forum's coordinators."),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.QUESTION)
    message = models.TextField(_("message"), max_length=3000)
    sender_name = models.CharField(_("name"), max_length=150)
    association_name = models.CharField(_("association"), max_length=200, blank=True)
    sender_email = models.EmailField(_("e-mail"))
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    handled = models.BooleanField(_("handled"), default=False)
    email_failed = models.BooleanField(
        _("notification failed"),
        default=False,
        help_text=_("The contact person or the coordinators could not be e-mailed about it."),
    )

    class Meta:
        verbose_name = _("question or proposal")
        verbose_name_plural = _("questions and proposals")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=["kysymys", "ehdotus"]),
                name="dialoguemessage_kind_valid",
            )
        ]

    def __str__(self):
        received = timezone.localtime(self.created_at)
        return f"{self.get_kind_display()}: {self.sender_name} {received:%d.%m.%Y}"
