"""One publication lifecycle for everything the public may see.

Every public content type has a `status` (draft → awaiting review → published, or hidden), made
with `status_field()` and guarded in the database by `status_constraint()`. Coordinators move
content along the flow with the moderation actions (`core.admin.ModeratedAdmin`), which call
`moderate()`; what a new item of a contact starts as is the admin's `status_for_new` hook.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("draft")
    PENDING = "pending", _("awaiting review")
    PUBLISHED = "published", _("published")
    HIDDEN = "hidden", _("hidden")


def status_field(verbose_name=None, default: str = Status.DRAFT) -> models.CharField:
    return models.CharField(
        verbose_name or _("status"), max_length=10, choices=Status, default=default, db_index=True
    )


def status_constraint(prefix: str) -> models.CheckConstraint:
    """The database's guard that `status` is one of `Status` (named `<prefix>_status_valid`)."""
    return models.CheckConstraint(
        condition=models.Q(status__in=Status.values), name=f"{prefix}_status_valid"
    )


@dataclass(frozen=True)
class Transition:
    label: str
    status: str
    allowed_from: frozenset[str]


TRANSITIONS = {
    "publish": Transition(
        _("Publish"), Status.PUBLISHED, frozenset({Status.DRAFT, Status.PENDING, Status.HIDDEN})
    ),
    "hide": Transition(_("Hide"), Status.HIDDEN, frozenset({Status.PUBLISHED})),
    "return_to_draft": Transition(
        _("Return to draft"),
        Status.DRAFT,
        frozenset({Status.PENDING, Status.PUBLISHED, Status.HIDDEN}),
    ),
}


def moderate(*, obj: models.Model, action: str) -> bool:
    """Move `obj` along the flow by `action`; False (and nothing saved) when its current status
    does not allow it. A full save, so that signals keep search and caches in step."""
    transition = TRANSITIONS[action]
    if obj.status not in transition.allowed_from:
        return False
    obj.status = transition.status
    obj.save()
    return True
