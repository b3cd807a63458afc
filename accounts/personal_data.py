"""A person's rights over their data (GDPR articles 15 and 17): see everything, or be forgotten.

`person_export` gathers what the site stores about one e-mail address: the account, its
memberships, the registrations, error reports, replies to partner notices and questions or
proposals to the contact people sent from the address, the audit-history entries the person
made, their login records, and the public texts that still show the address. `person_erase`
removes the account and memberships, blanks the address from registrations and error reports,
deletes the person's replies to partner notices and their questions and proposals, detaches the
person from the audit history (the entries stay, so an association's history still shows what
changed and when, by "a deleted user") and deletes the login records.
Public texts that show the address (an association's or a service's contact address) are
content of the association, not the person's account: they are listed for a coordinator to edit.

Both are used by `manage.py personal_data` and by the user admin's actions.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models, transaction

from accounts.login import normalize_username
from conditions.models import DialogueMessage
from directory.models import Association, ErrorReport, Membership, Registration
from partnership.models import NoticeReply
from services.models import Service


def _value(value):
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return value


def history_models() -> list[type[models.Model]]:
    """Every audit-history model (django-simple-history), so new ones are covered too."""
    return [
        model
        for model in apps.get_models()
        if any(f.name == "history_user" for f in model._meta.concrete_fields)
    ]


def _user_columns(model) -> list[str]:
    """Foreign keys to users in a history model other than `history_user` (e.g. who confirmed)."""
    User = get_user_model()
    return [
        f.attname
        for f in model._meta.concrete_fields
        if f.is_relation and f.related_model is User and f.name != "history_user"
    ]


def _login_records(email: str) -> list[tuple[type[models.Model], models.QuerySet]]:
    return [
        (model, model.objects.filter(username__iexact=email))
        for model in (AccessAttempt, AccessLog, AccessFailureLog)
    ]


def person_export(*, email: str) -> dict:
    """Everything stored about the person with `email`, as JSON-ready data."""
    email = normalize_username(email)
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    data: dict = {"email": email, "exported_at": _value(datetime.datetime.now(datetime.UTC))}
    if user is not None:
        data["account"] = {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "is_active": user.is_active,
            "is_staff": user.is_staff,
            "date_joined": _value(user.date_joined),
            "last_login": _value(user.last_login),
            "groups": sorted(user.groups.values_list("name", flat=True)),
        }
        data["memberships"] = [
            {
                "association": m.association.name,
                "association_slug": m.association.slug,
                "role": m.role,
                "confirmed": m.confirmed,
                "created_at": _value(m.created_at),
            }
            for m in Membership.objects.filter(user=user).select_related("association")
        ]
        data["confirmed_associations"] = [
            {"association": a.name, "verified_at": _value(a.verified_at)}
            for a in Association.objects.filter(verified_by=user)
        ]
        data["history"] = []
        for model in history_models():
            base = model.instance_type._meta
            for row in model.objects.filter(history_user=user).order_by("history_date"):
                data["history"].append(
                    {
                        "model": base.label,
                        "object_id": row.id,
                        "object": str(row.instance),
                        "date": _value(row.history_date),
                        "change": {"+": "created", "~": "changed", "-": "deleted"}.get(
                            row.history_type, row.history_type
                        ),
                        "reason": row.history_change_reason or "",
                    }
                )
    data["registrations"] = [
        {
            "association": r.association.name,
            "contact_name": r.contact_name,
            "contact_email": r.contact_email,
            "consent_at": _value(r.consent_at),
            "created_at": _value(r.created_at),
        }
        for r in Registration.objects.filter(contact_email__iexact=email).select_related(
            "association"
        )
    ]
    data["error_reports"] = [
        {
            "association": r.association.name,
            "message": r.message,
            "reporter_email": r.reporter_email,
            "created_at": _value(r.created_at),
        }
        for r in ErrorReport.objects.filter(reporter_email__iexact=email).select_related(
            "association"
        )
    ]
    data["notice_replies"] = [
        {
            "notice": r.notice.title,
            "association": r.notice.association.name,
            "message": r.message,
            "sender_name": r.sender_name,
            "association_name": r.association_name,
            "created_at": _value(r.created_at),
        }
        for r in NoticeReply.objects.filter(sender_email__iexact=email).select_related(
            "notice__association"
        )
    ]
    data["dialogue_messages"] = [
        {
            "to": str(m.contact_person) if m.contact_person_id else "",
            "kind": m.kind,
            "message": m.message,
            "sender_name": m.sender_name,
            "association_name": m.association_name,
            "created_at": _value(m.created_at),
        }
        for m in DialogueMessage.objects.filter(sender_email__iexact=email).select_related(
            "contact_person"
        )
    ]
    data["logins"] = [
        {
            "kind": model._meta.model_name,
            "ip_address": row.ip_address,
            "user_agent": row.user_agent,
            "time": _value(getattr(row, "attempt_time", None) or getattr(row, "login_time", None)),
        }
        for model, rows in _login_records(email)
        for row in rows
    ]
    data["public_contact_address_of"] = public_mentions(email)
    return data


def public_mentions(email: str) -> list[str]:
    """Public texts that show the address: for a coordinator to change if the person asks."""
    return [
        *(f"association: {a}" for a in Association.objects.filter(email__iexact=email)),
        *(f"service: {s}" for s in Service.objects.filter(contact_email__iexact=email)),
    ]


@dataclass
class ErasureResult:
    account_deleted: bool = False
    memberships: int = 0
    registrations: int = 0
    error_reports: int = 0
    notice_replies: int = 0
    dialogue_messages: int = 0
    history_entries: int = 0
    login_records: int = 0
    still_public: list[str] = field(default_factory=list)


@transaction.atomic
def person_erase(*, email: str) -> ErasureResult:
    """Forget the person with `email` (see the module docstring for what remains)."""
    email = normalize_username(email)
    result = ErasureResult()
    user = get_user_model().objects.filter(email__iexact=email).first()
    if user is not None:
        for model in history_models():
            result.history_entries += model.objects.filter(history_user=user).update(
                history_user=None
            )
            for column in _user_columns(model):
                model.objects.filter(**{column: user.pk}).update(**{column: None})
        result.memberships = Membership.objects.filter(user=user).count()
        user.delete()  # memberships and the admin's own log go with it; `verified_by` is nulled
        result.account_deleted = True
    result.registrations = Registration.objects.filter(contact_email__iexact=email).update(
        contact_name="", contact_email=""
    )
    result.error_reports = ErrorReport.objects.filter(reporter_email__iexact=email).update(
        reporter_email=""
    )
    # A reply to a partner notice is the person's own message: it goes whole.
    result.notice_replies = NoticeReply.objects.filter(sender_email__iexact=email).delete()[0]
    result.dialogue_messages = DialogueMessage.objects.filter(sender_email__iexact=email).delete()[
        0
    ]
    for _model, rows in _login_records(email):
        result.login_records += rows.delete()[0]
    result.still_public = public_mentions(email)
    return result
