"""Partner notices (the strategy's third spearhead, "aktiivinen yhteistyömahdollisuuksien
etsintä"): an association seeks or offers a partner, a co-applicant, volunteers, premises,
equipment or expertise, until a day at most six months ahead; replies come through a form on the
notice and are stored and mailed to the association's contacts, whose addresses stay hidden.

A notice is public while it and its association are published and its last day has not passed:
it leaves every list at midnight (Helsinki) after `valid_until`, the minute the lists are cut at.
"""

import calendar
import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from core.content import SearchIndex
from core.publication import Status, status_constraint, status_field
from core.slugs import SLUG_HELP, SlugFromTitleMixin
from directory.models import Association
from directory.ownership import AssociationOwnedQuerySet
from taxonomy.models import Municipality, strategy_tags

#: How far ahead a notice may run, in calendar months.
MAX_MONTHS = 6
#: The owner is reminded this many days before the last day.
REMINDER_DAYS = 7
#: One click on the reminder's link extends a notice by this much (within `MAX_MONTHS`).
EXTENSION_DAYS = 30


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later; the month's last day when it has fewer days (31.8. → 28.2.)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last_day))


def latest_valid_until(today: datetime.date) -> datetime.date:
    return add_months(today, MAX_MONTHS)


def local_day(moment: datetime.datetime) -> datetime.date:
    """The Helsinki day of `moment`: a notice is current through its `valid_until` day."""
    return timezone.localdate(moment)


class PartnerNoticeQuerySet(AssociationOwnedQuerySet):
    def published(self):
        """Published, by a published association (expired ones too: see `current`)."""
        return self.filter(status=Status.PUBLISHED).of_published_associations()

    def current(self, moment: datetime.datetime):
        """Not expired at `moment`: its last day is today (Helsinki) or later."""
        return self.filter(valid_until__gte=local_day(moment))

    def public(self, moment: datetime.datetime):
        """The single rule for what the public sees at `moment`."""
        return self.published().current(moment)

    def for_cards(self):
        return self.select_related("association").prefetch_related("municipalities")


class PartnerNotice(SlugFromTitleMixin, models.Model):
    class Direction(models.TextChoices):
        SEEK = "etsitaan", _("we seek")
        OFFER = "tarjotaan", _("we offer")

    class Kind(models.TextChoices):
        PARTNER = "kumppani", _("partner for a project or event")
        CO_APPLICANT = "hakukumppani", _("co-applicant for a grant")
        VOLUNTEERS = "vapaaehtoiset", _("volunteers")
        PREMISES = "tilat", _("premises")
        EQUIPMENT = "valineet", _("equipment")
        EXPERTISE = "osaaminen", _("expertise, experts by experience or a speaker")
        OTHER = "muu", _("other")

    Status = Status

    direction = models.CharField(_("seek or offer"), max_length=10, choices=Direction)
    kind = models.CharField(_("what"), max_length=20, choices=Kind)
    title = models.CharField(
        _("title"),
        max_length=150,
        help_text=_("E.g. “Etsimme kokemusasiantuntijaa yleisötilaisuuteen”."),
    )
    slug = models.SlugField(_("slug"), max_length=170, unique=True, blank=True, help_text=SLUG_HELP)
    summary = models.CharField(
        _("summary"),
        max_length=200,
        help_text=_("One or two sentences for lists and feeds (at most 200 characters)."),
    )
    description = models.TextField(
        _("description"),
        help_text=_("Markdown. What, when, for how long, and what you offer in return."),
    )
    association = models.ForeignKey(
        Association,
        verbose_name=_("association"),
        on_delete=models.CASCADE,
        related_name="partner_notices",
    )
    municipalities = models.ManyToManyField(
        Municipality,
        verbose_name=_("municipalities"),
        related_name="partner_notices",
        help_text=_("Where the cooperation would happen."),
    )
    themes, spearheads, target_groups = strategy_tags("partner_notices")
    valid_until = models.DateField(
        _("valid until"),
        db_index=True,
        help_text=_("The last day the notice is shown; at most six months ahead."),
    )
    status = status_field()
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # The `valid_until` the owner was reminded of (`send_notice_reminders`), so each is sent once.
    reminded_for = models.DateField(_("reminded of the end"), null=True, blank=True, editable=False)
    search_terms = models.TextField(editable=False, blank=True)

    objects = PartnerNoticeQuerySet.as_manager()
    search_index = SearchIndex(
        title_field="title",
        text_fields=["title", "summary", "search_terms", "description"],
        tag_fields=["municipalities", "themes", "spearheads", "target_groups"],
        choice_fields=["direction", "kind"],
        related={"association": "name"},
    )

    class Meta:
        verbose_name = _("partner notice")
        verbose_name_plural = _("partner notices")
        ordering = ["-created_at", "-pk"]
        constraints = [
            status_constraint("partnernotice"),
            models.CheckConstraint(
                condition=models.Q(direction__in=["etsitaan", "tarjotaan"]),
                name="partnernotice_direction_valid",
            ),
        ]
        indexes = [models.Index(fields=["status", "valid_until"])]

    slug_fallback = "ilmoitus"
    reserved_slugs = frozenset({"syote", "jatka"})  # the feed and the extend links

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("partnership:notice-detail", kwargs={"slug": self.slug})

    def is_published(self) -> bool:
        return PartnerNotice.objects.public(timezone.now()).filter(pk=self.pk).exists()

    def is_current_at(self, moment: datetime.datetime) -> bool:
        """The instance's mirror of `PartnerNoticeQuerySet.current`."""
        return self.valid_until >= local_day(moment)

    def clean(self):
        super().clean()
        if self.valid_until is None:
            return
        today = timezone.localdate()
        latest = latest_valid_until(today)
        if self.valid_until < today:
            raise ValidationError({"valid_until": _("The last day cannot be in the past.")})
        if self.valid_until > latest:
            raise ValidationError(
                {
                    "valid_until": _(
                        "A notice runs at most six months: choose %(latest)s or earlier."
                    )
                    % {"latest": date_format(latest, "SHORT_DATE_FORMAT")}
                }
            )

    @property
    def label(self) -> str:
        """“Etsitään: vapaaehtoisia” style, for cards and feeds."""
        return f"{self.get_direction_display().capitalize()}: {self.get_kind_display()}"


class NoticeReplyQuerySet(models.QuerySet):
    def editable_by(self, user):
        """Replies to the notices the user may edit (coordinators: all)."""
        return self.filter(notice__in=PartnerNotice.objects.editable_by(user))


class NoticeReply(models.Model):
    """A reply sent through the form on a notice, stored so that nothing is lost if mail fails;
    the association's contacts get it by e-mail with the sender as Reply-To."""

    notice = models.ForeignKey(
        PartnerNotice, verbose_name=_("notice"), on_delete=models.CASCADE, related_name="replies"
    )
    message = models.TextField(_("message"), max_length=3000)
    sender_name = models.CharField(_("name"), max_length=150)
    association_name = models.CharField(_("association or organisation"), max_length=200,
                                        blank=True)  # fmt: skip
    sender_email = models.EmailField(_("e-mail"))
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    email_failed = models.BooleanField(
        _("notification failed"),
        default=False,
        help_text=_("The association's contacts could not be e-mailed about it."),
    )

    objects = NoticeReplyQuerySet.as_manager()

    class Meta:
        verbose_name = _("reply to a notice")
        verbose_name_plural = _("replies to notices")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        received = timezone.localtime(self.created_at)
        return f"{self.sender_name} {received:%d.%m.%Y}"


class ConsultationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED)

    def open_at(self, moment: datetime.datetime):
        """Still answerable at `moment`: closed from the deadline's minute on."""
        return self.filter(deadline__gt=moment)

    def closed_at(self, moment: datetime.datetime):
        return self.filter(deadline__lte=moment)


class Consultation(SlugFromTitleMixin, models.Model):
    """A consultation (lausuntopyyntö) or call to influence, kept by the coordinators: who asks,
    on what, by when; associations answer with statements (`NewsItem.answers`)."""

    class AskerKind(models.TextChoices):
        MUNICIPALITY = "kunta", _("municipality")
        COUNTY = "hyvinvointialue", _("wellbeing services county")
        MINISTRY = "ministerio", _("ministry")
        OTHER = "muu", _("other")

    Status = Status

    title = models.CharField(
        _("title"), max_length=200, help_text=_("E.g. “Lausuntopyyntö: Lahden liikuntaohjelma”.")
    )
    slug = models.SlugField(_("slug"), max_length=220, unique=True, blank=True, help_text=SLUG_HELP)
    asker_kind = models.CharField(_("kind of asker"), max_length=20, choices=AskerKind)
    asker_name = models.CharField(
        _("who asks"), max_length=200, help_text=_("E.g. “Lahden kaupunki”.")
    )
    summary = models.CharField(
        _("summary"),
        max_length=200,
        help_text=_("One or two sentences for lists, feeds and calendars."),
    )
    description = models.TextField(
        _("topic"), blank=True, help_text=_("Markdown. What is asked and how to answer.")
    )
    deadline = models.DateTimeField(
        _("deadline"),
        db_index=True,
        help_text=_("Helsinki time. The consultation is closed from this minute on."),
    )
    url = models.URLField(_("link to the request"))
    themes, spearheads, target_groups = strategy_tags("consultations")
    municipalities = models.ManyToManyField(
        Municipality, verbose_name=_("municipalities"), related_name="consultations", blank=True
    )
    status = status_field()
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    search_terms = models.TextField(editable=False, blank=True)

    objects = ConsultationQuerySet.as_manager()
    search_index = SearchIndex(
        title_field="title",
        text_fields=["title", "summary", "asker_name", "search_terms", "description"],
        tag_fields=["municipalities", "themes", "spearheads", "target_groups"],
        choice_fields=["asker_kind"],
    )

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        ordering = ["deadline", "pk"]
        constraints = [status_constraint("consultation")]

    slug_fallback = "lausuntopyynto"
    reserved_slugs = frozenset({"syote", "kalenteri.ics", "paattyneet"})

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("partnership:consultation-detail", kwargs={"slug": self.slug})

    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED

    def is_open_at(self, moment: datetime.datetime) -> bool:
        """The instance's mirror of `ConsultationQuerySet.open_at`."""
        return self.deadline > moment
