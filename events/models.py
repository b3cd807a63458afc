import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.caching import content_changed
from core.content import SearchIndex
from core.images import ImageAltMixin, image_fields
from core.prices import euro_amount, euro_amount_field
from core.publication import Status, status_constraint, status_field
from core.schedules import Occurrence, RepeatingMixin
from core.slugs import SLUG_HELP, SlugFromTitleMixin
from directory.models import Association
from directory.ownership import AssociationOwnedQuerySet
from taxonomy.models import Municipality, strategy_tags

# Fields whose change is news to someone who has the event in their calendar: saving a change
# to any of them raises the iCalendar SEQUENCE, so subscribed calendars replace their copy.
SCHEDULE_FIELDS = [
    "title", "start", "end", "all_day", "place_name", "street_address", "municipality_id",
    "online_url", "event_status", "status", "repeat_rule", "repeat_exceptions",
]  # fmt: skip


class EventQuerySet(AssociationOwnedQuerySet):
    def published(self):
        """The single rule for what the public sees: the event is published and so is its
        association (or it is the forum's own)."""
        return self.filter(status=Event.Status.PUBLISHED).of_published_associations()

    def upcoming(self, now: datetime.datetime | None = None):
        """Events that have not ended yet, so those in progress too; a repeating event while
        any of its occurrences has not ended."""
        return self.filter(self._not_ended(now or timezone.now()))

    def past(self, now: datetime.datetime | None = None):
        return self.exclude(self._not_ended(now or timezone.now()))

    def during(self, since: datetime.datetime | None, before: datetime.datetime | None):
        """Events with an occurrence (a one-off event: itself) that has not ended by `since`
        and begins before `before`; either may be open."""
        window = {}
        if since is not None:
            window["end__gte"] = since
        if before is not None:
            window["start__lt"] = before
        if not window:
            return self
        occurrences = EventOccurrence.objects.filter(event=models.OuterRef("pk"), **window)
        return self.filter(models.Q(**window) | models.Exists(occurrences))

    @staticmethod
    def _not_ended(now: datetime.datetime) -> models.Q:
        occurrences = EventOccurrence.objects.filter(event=models.OuterRef("pk"), end__gte=now)
        return models.Q(end__gte=now) | models.Exists(occurrences)

    def for_cards(self):
        """What a list of event cards shows, fetched in a fixed number of queries."""
        return self.select_related("municipality", "association").prefetch_related("themes")


class Event(ImageAltMixin, SlugFromTitleMixin, RepeatingMixin, models.Model):
    Status = Status

    class EventStatus(models.TextChoices):
        """schema.org's eventStatus, apart from publication."""

        SCHEDULED = "scheduled", _("scheduled")
        CANCELLED = "cancelled", _("cancelled")
        POSTPONED = "postponed", _("postponed")

    class AttendanceMode(models.TextChoices):
        PLACE = "place", _("on site")
        ONLINE = "online", _("online")
        BOTH = "both", _("on site and online")

    association = models.ForeignKey(
        Association,
        verbose_name=_("organiser"),
        on_delete=models.CASCADE,
        related_name="events",
        null=True,
        blank=True,
        help_text=_("Empty for the forum's own events."),
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, blank=True, help_text=SLUG_HELP)
    summary = models.CharField(
        _("summary"),
        max_length=200,
        help_text=_("One or two sentences for lists and link previews (at most 200 characters)."),
    )
    description = models.TextField(_("description"), blank=True, help_text=_("Markdown."))
    start = models.DateTimeField(_("starts"), db_index=True)
    end = models.DateTimeField(
        _("ends"), db_index=True, help_text=_("For an event of one moment, the same as the start.")
    )
    all_day = models.BooleanField(
        _("all-day"),
        default=False,
        help_text=_("Times are ignored: the event lasts from the start day to the end day."),
    )
    attendance_mode = models.CharField(
        _("attendance"), max_length=10, choices=AttendanceMode, default=AttendanceMode.PLACE
    )
    place_name = models.CharField(_("place"), max_length=200, blank=True)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="events",
        null=True,
        blank=True,
    )
    online_url = models.URLField(_("online link"), blank=True)
    is_free = models.BooleanField(_("free of charge"), default=True)
    price = models.CharField(
        _("price"), max_length=200, blank=True, help_text=_("E.g. “10 €, members 5 €”.")
    )
    price_amount = euro_amount_field(
        _("price in euros"),
        _(
            "The full price as a number, e.g. 10 or 10.50, for search engines. Filled in from "
            "the price when that holds a single amount."
        ),
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    registration_info = models.CharField(
        _("how to register"),
        max_length=300,
        blank=True,
        help_text=_("E.g. “by phone 040 123 4567” when there is no registration link."),
    )
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("Step-free access, hearing loop, interpreting, assistants welcome…"),
    )
    image, image_alt = image_fields("events/%Y/")
    themes, spearheads, target_groups = strategy_tags("events")
    status = status_field(_("publication status"))
    event_status = models.CharField(
        _("event status"),
        max_length=10,
        choices=EventStatus,
        default=EventStatus.SCHEDULED,
        help_text=_(
            "A cancelled event stays visible, marked cancelled, so people learn it is off."
        ),
    )
    # iCalendar SEQUENCE: raised whenever the schedule or status changes (see SCHEDULE_FIELDS).
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = EventQuerySet.as_manager()
    search_index = SearchIndex(
        title_field="title", text_fields=["title", "summary", "place_name", "description"]
    )

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["start", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")),
                name="event_end_not_before_start",
                violation_error_message=_("The event cannot end before it starts."),
            ),
            status_constraint("event"),
            models.CheckConstraint(
                condition=models.Q(event_status__in=["scheduled", "cancelled", "postponed"]),
                name="event_event_status_valid",
            ),
        ]
        indexes = [models.Index(fields=["status", "end"])]

    slug_fallback = "tapahtuma"
    reserved_slugs = frozenset({"menneet"})  # /tapahtumat/menneet/ lists past events

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.all_day:
            self.normalise_all_day()
        saved = self.saved_schedule() if self.pk else None
        changed = saved is not None and any(
            saved[name] != getattr(self, name) for name in SCHEDULE_FIELDS
        )
        if changed:
            self.sequence += 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "sequence"}
        super().save(*args, **kwargs)
        had_rule = bool(saved and saved["repeat_rule"])
        if (saved is None and self.repeat_rule) or (changed and (self.repeat_rule or had_rule)):
            self.store_occurrences()

    def get_absolute_url(self):
        return reverse("events:event-detail", kwargs={"slug": self.slug})

    def store_occurrences(self) -> None:
        """The occurrences of a repeating event as rows, for the calendar's date queries."""
        EventOccurrence.objects.filter(event=self).delete()
        if not self.repeat_rule:
            return
        EventOccurrence.objects.bulk_create(
            EventOccurrence(event=self, start=occurrence.start, end=occurrence.end)
            for occurrence in self.occurrences()
        )
        content_changed()  # the calendar's counts follow the occurrences

    def occurrences(self, since=None, until=None) -> list[Occurrence]:
        """When the event takes place: each occurrence of a repeating event, otherwise the
        event itself (if it overlaps the window)."""
        schedule = self.recurrence
        if schedule is not None:
            return schedule.occurrences(since, until)
        if (since is None or self.end >= since) and (until is None or self.start < until):
            return [Occurrence(self.start, self.end)]
        return []

    def first_occurrence(self):
        if self.start is None or self.end is None:
            return None
        return self.start, self.end

    def place_first_occurrence(self, occurrence: Occurrence | None) -> None:
        if occurrence is not None:
            self.start, self.end = occurrence.start, occurrence.end

    def saved_schedule(self) -> dict | None:
        return Event.objects.filter(pk=self.pk).values(*SCHEDULE_FIELDS).first()

    def normalise_all_day(self) -> None:
        """An all-day event runs from the start day's midnight to the end day's last second,
        Helsinki time, so that it is upcoming all of its last day and past right after."""
        if self.start is None or self.end is None:
            return
        zone = timezone.get_default_timezone()
        first = timezone.localtime(self.start, zone).date()
        last = timezone.localtime(self.end, zone).date()
        self.start = datetime.datetime.combine(first, datetime.time.min, tzinfo=zone)
        self.end = datetime.datetime.combine(last, datetime.time(23, 59, 59), tzinfo=zone)

    def clean(self):
        errors = {}
        try:
            super().clean()
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        has_place = self.attendance_mode != self.AttendanceMode.ONLINE
        has_link = self.attendance_mode != self.AttendanceMode.PLACE
        if has_place and not (self.place_name.strip() or self.street_address.strip()):
            errors["place_name"] = _("Tell where the event is, or choose online attendance.")
        if has_place and not self.municipality_id:
            errors["municipality"] = _("Choose the municipality where the event is.")
        if has_link and not self.online_url:
            errors["online_url"] = _("Give the link for joining online.")
        if not self.is_free and not self.price.strip():
            errors["price"] = _("Tell the price, or mark the event free of charge.")
        if not self.is_free and self.price_amount is None:
            self.price_amount = euro_amount(self.price)
        if errors:
            raise ValidationError(errors)

    def is_published(self) -> bool:
        return Event.objects.published().filter(pk=self.pk).exists()

    @property
    def local_start(self) -> datetime.datetime:
        return timezone.localtime(self.start)

    @property
    def local_end(self) -> datetime.datetime:
        return timezone.localtime(self.end)

    @property
    def is_cancelled(self) -> bool:
        return self.event_status == self.EventStatus.CANCELLED

    @property
    def is_postponed(self) -> bool:
        return self.event_status == self.EventStatus.POSTPONED

    @property
    def has_place(self) -> bool:
        return self.attendance_mode != self.AttendanceMode.ONLINE

    @property
    def is_online(self) -> bool:
        return self.attendance_mode != self.AttendanceMode.PLACE

    @property
    def address_text(self) -> str:
        """The place as one line, for a map search and calendars."""
        parts = [self.place_name, self.street_address]
        if self.municipality_id:
            parts.append(self.municipality.name)
        return ", ".join(part for part in parts if part)


class EventOccurrence(models.Model):
    """One occurrence of a repeating event, kept in step by `Event.save()` so that the
    calendar's date filters and "upcoming" find it in SQL."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="occurrence_rows")
    start = models.DateTimeField()
    end = models.DateTimeField()

    class Meta:
        ordering = ["start"]
        indexes = [models.Index(fields=["event", "end"])]

    def __str__(self):
        return f"{self.event} {self.start:%Y-%m-%d}"
