"""The contacts' start page in the admin: a card for each association they keep up to date.

A card shows what a volunteer needs without searching: the public link, what the profile still
lacks (a checklist), whether the yearly confirmation is due, what waits for a coordinator, the
coordinator's last message, and buttons for the common tasks. The cards of any number of
associations are read in a fixed number of queries: one for the associations with their
checklist, one per association-owned content type for what waits for review, one for messages.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.admin.templatetags.admin_urls import admin_urlname
from django.db.models import Exists, OuterRef, Subquery
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.roles import is_coordinator
from core.publication import Status
from directory.freshness import REMINDER_AGES
from directory.models import CONFIRMATION_VALID_FOR, Association, ModerationNote
from directory.ownership import AssociationOwnedQuerySet

# "Events in the next three months."
UPCOMING_WINDOW = datetime.timedelta(days=92)

# The big buttons: (label, app label, model name); the association is chosen in the add form.
ADD_BUTTONS = [
    (_("Add an event"), "events", "event"),
    (_("Add an activity or service"), "services", "service"),
    (_("Add a news item or announcement"), "news", "newsitem"),
]


@dataclass
class Check:
    label: str
    done: bool


@dataclass
class PendingItem:
    kind: str
    title: str
    url: str


@dataclass
class Card:
    association: Association
    checks: list[Check]
    freshness: str  # "fresh", "due" or "overdue"
    last_confirmed: datetime.datetime
    pending: list[PendingItem] = field(default_factory=list)
    note: ModerationNote | None = None
    buttons: list[tuple[str, str]] = field(default_factory=list)

    @property
    def missing(self) -> int:
        return sum(not check.done for check in self.checks)


def owned_models() -> list:
    """Every association-owned content type (services, events, news, premises…)."""
    return [
        model
        for model in apps.get_models()
        if isinstance(model._default_manager.all(), AssociationOwnedQuerySet)
    ]


def _through(name: str):
    return getattr(Association, name).through.objects.filter(association_id=OuterRef("pk"))


def _annotated(associations, now: datetime.datetime):
    Service = apps.get_model("services", "Service")
    Event = apps.get_model("events", "Event")
    return associations.annotate(
        has_themes=Exists(_through("themes")),
        has_target_groups=Exists(_through("target_groups")),
        has_municipalities=Exists(_through("operating_municipalities")),
        has_service=Exists(
            Service.objects.filter(association_id=OuterRef("pk"), status=Status.PUBLISHED)
        ),
        # The calendar's own window rule, so a weekly event that began earlier counts too.
        has_upcoming_event=Exists(
            Event.objects.filter(status=Status.PUBLISHED)
            .during(now, now + UPCOMING_WINDOW)
            .filter(association_id=OuterRef("pk"))
        ),
        last_note_id=Subquery(
            ModerationNote.objects.filter(association_id=OuterRef("pk")).values("pk")[:1]
        ),
    ).order_by("name")


def checklist(association: Association) -> list[Check]:
    """What a complete profile has; `association` carries `_annotated`'s flags."""
    return [
        Check(_("Description"), bool(association.description.strip())),
        Check(
            _("Logo with a description of the image"),
            bool(association.logo and association.logo_alt.strip()),
        ),
        Check(
            _("Public contact: e-mail, phone or website"),
            bool(association.email or association.phone or association.website),
        ),
        Check(_("Wellbeing themes"), association.has_themes),
        Check(_("Target groups"), association.has_target_groups),
        Check(_("Municipalities where it works"), association.has_municipalities),
        Check(_("At least one published activity or service"), association.has_service),
        Check(_("Events in the next three months"), association.has_upcoming_event),
    ]


def freshness_state(association: Association, now: datetime.datetime) -> str:
    age = now - association.last_confirmed_at
    if age >= CONFIRMATION_VALID_FOR:
        return "overdue"
    if age >= REMINDER_AGES[11]:
        return "due"
    return "fresh"


def _change_url(model, pk) -> str:
    try:
        return reverse(admin_urlname(model._meta, "change"), args=[pk])
    except NoReverseMatch:  # a type without an admin
        return ""


def pending_items(association_ids: list[int]) -> dict[int, list[PendingItem]]:
    """Content of these associations waiting for a coordinator, one query per content type."""
    waiting: dict[int, list[PendingItem]] = {pk: [] for pk in association_ids}
    for model in owned_models():
        title_field = model.search_index.title_field
        rows = (
            model._default_manager.filter(association_id__in=association_ids, status=Status.PENDING)
            .order_by(title_field)
            .values_list("association_id", "pk", title_field)
        )
        kind = model._meta.verbose_name
        for association_id, pk, title in rows:
            waiting[association_id].append(
                PendingItem(kind=kind, title=title, url=_change_url(model, pk))
            )
    return waiting


def contact_cards(user, *, now: datetime.datetime | None = None) -> list[Card]:
    """The cards of the associations `user` may edit, by name."""
    now = now or timezone.now()
    associations = list(_annotated(Association.objects.editable_by(user), now))
    ids = [a.pk for a in associations]
    waiting = pending_items(ids)
    notes = ModerationNote.objects.in_bulk([a.last_note_id for a in associations if a.last_note_id])
    cards = []
    for association in associations:
        if association.status == Status.PENDING:
            waiting[association.pk].insert(
                0,
                PendingItem(
                    kind=Association._meta.verbose_name,
                    title=association.name,
                    url=reverse("admin:directory_association_change", args=[association.pk]),
                ),
            )
        cards.append(
            Card(
                association=association,
                checks=checklist(association),
                freshness=freshness_state(association, now),
                last_confirmed=association.last_confirmed_at,
                pending=waiting[association.pk],
                note=notes.get(association.last_note_id),
                buttons=add_buttons(user, association),
            )
        )
    return cards


def add_buttons(user, association: Association) -> list[tuple[str, str]]:
    """(label, URL) of the add forms `user` may open, with the association chosen."""
    buttons = []
    for label, app_label, model_name in ADD_BUTTONS:
        if user.has_perm(f"{app_label}.add_{model_name}"):
            url = reverse(f"admin:{app_label}_{model_name}_add")
            buttons.append((label, f"{url}?association={association.pk}"))
    return buttons


def is_contact_view(user) -> bool:
    """Contacts get the dashboard; coordinators keep the full admin index."""
    return user.is_authenticated and not is_coordinator(user)
