"""Sending the site's e-mail: in Finnish, the site's default language, with absolute links.

A mail template's first line is its subject. Links in mail are absolute, built from `SITE_URL`,
because cron jobs have no request to build them from.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from accounts.roles import COORDINATORS

logger = logging.getLogger(__name__)


def absolute_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def coordinator_emails() -> list[str]:
    return sorted(
        get_user_model()
        .objects.filter(groups__name=COORDINATORS, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )


def send_finnish_mail(
    *, template: str, context: dict, recipients: list[str], reply_to: list[str] | None = None
) -> None:
    """Send the mail template `template` (a template path) in Finnish.

    Raises whatever the mail backend raises; callers decide what a failure means.
    """
    with translation.override(settings.LANGUAGE_CODE):
        subject, _newline, body = render_to_string(template, context).partition("\n")
    message = EmailMessage(
        subject=" ".join(subject.split()),  # never a header with a line break in it
        body=body.strip() + "\n",
        to=recipients,
        reply_to=reply_to,
    )
    message.send()


def send_or_log(*, template: str, context: dict, recipients: list[str]) -> bool:
    """Send if there is anyone to send to; log a failure and return False instead of raising."""
    if not recipients:
        return True
    try:
        send_finnish_mail(template=template, context=context, recipients=recipients)
    except Exception:  # any mail failure: what was saved stays saved
        logger.exception("Could not send %s e-mail to %s", template, recipients)
        return False
    return True
