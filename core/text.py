"""Control characters: refused in what people write, stripped from what feeds and calendars send.

XML 1.0 (RSS, Atom, sitemaps) cannot carry most C0 control characters, and Django's feed writer
fails the whole feed on one of them; iCalendar and HTTP headers break on line breaks in a name.
So every text field of the project's own models refuses them (`attach_model_validators`, run
from `core.apps`), every public form does too (`core.forms.HoneypotMixin`), and the feeds and
calendars strip whatever still gets through (older rows, a query parameter echoed into a title).

Tab, line feed and carriage return are allowed in multi-line text (TextField, Textarea); single
line fields allow none of them.
"""

from __future__ import annotations

import re

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# C0 controls, DEL, C1 controls, UTF-16 surrogates and the two non-characters XML forbids.
_FORBIDDEN = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
MULTILINE_RE = re.compile(f"[{_FORBIDDEN}]")
SINGLE_LINE_RE = re.compile(f"[{_FORBIDDEN}\t\n\r]")


def strip_control_characters(text: str, *, multiline: bool = True) -> str:
    """`text` without the characters XML 1.0 and iCalendar cannot carry (line breaks become
    spaces in single-line text)."""
    if not text:
        return text
    if multiline:
        return MULTILINE_RE.sub("", text)
    return MULTILINE_RE.sub("", text).replace("\r\n", " ").translate(_LINE_BREAKS_TO_SPACE)


_LINE_BREAKS_TO_SPACE = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


@deconstructible
class NoControlCharactersValidator:
    """Refuses text with control characters; `multiline` allows tab and line breaks."""

    def __init__(self, *, multiline: bool = False):
        self.multiline = multiline

    def __call__(self, value) -> None:
        if not isinstance(value, str):
            return
        pattern = MULTILINE_RE if self.multiline else SINGLE_LINE_RE
        if pattern.search(value):
            if self.multiline:
                message = _("Remove the invisible control characters from this text.")
            else:
                message = _(
                    "Remove the line breaks and invisible control characters from this text."
                )
            raise ValidationError(message, code="control_characters")

    def __eq__(self, other):
        return isinstance(other, NoControlCharactersValidator) and other.multiline == self.multiline


SINGLE_LINE = NoControlCharactersValidator(multiline=False)
MULTILINE = NoControlCharactersValidator(multiline=True)


def validator_for_field(field: models.Field) -> NoControlCharactersValidator | None:
    if isinstance(field, models.TextField):
        return MULTILINE
    if isinstance(field, models.CharField):
        return SINGLE_LINE
    return None


def project_models() -> list[type[models.Model]]:
    """Models of the apps that live in this repository (not Django's or a library's), including
    their history models: every content type added later is covered without a change here."""
    base = str(settings.BASE_DIR)
    venv_markers = ("site-packages", "dist-packages")
    return [
        model
        for config in apps.get_app_configs()
        if config.path.startswith(base) and not any(m in config.path for m in venv_markers)
        for model in config.get_models()
    ]


def attach_model_validators() -> None:
    """Give every CharField and TextField of the project's models the control-character check.

    The check is added to the field's validator list, not its `validators=` argument, so
    migrations do not change; model forms (the admin) and `full_clean()` (the importer) run it.
    """
    for model in project_models():
        for field in model._meta.get_fields():
            validator = validator_for_field(field) if isinstance(field, models.Field) else None
            if validator is None or validator in field.validators:
                continue
            # `validators` is the field's own list (defaults, max length, `validators=`); adding
            # to it leaves `deconstruct()`, which reads `_validators`, unchanged.
            field.validators.append(validator)


def _strip_all(value):
    if isinstance(value, str):
        return strip_control_characters(value)
    if isinstance(value, list | tuple):
        return type(value)(_strip_all(item) for item in value)
    return value


class ControlCharacterSafeFeedMixin:
    """For `django.contrib.syndication.views.Feed`: strips control characters from every text
    of the feed and its items, so one bad title (or query parameter) cannot fail the feed."""

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed = {key: _strip_all(value) for key, value in feed.feed.items()}
        feed.items = [
            {key: _strip_all(value) for key, value in item.items()} for item in feed.items
        ]
        return feed


def strip_calendar_control_characters(calendar) -> None:
    """Strip control characters from every text property of an `icalendar` component tree.

    Text values (`vText`) escape line breaks themselves; other string values (such as the
    unknown-typed `X-WR-CALNAME`) would end the content line, so their line breaks go too.
    """
    from icalendar.prop import vText

    for component in calendar.walk():
        for name, value in list(component.items()):
            if not isinstance(value, str):
                continue
            cleaned = strip_control_characters(value, multiline=isinstance(value, vText))
            if cleaned != value:
                component[name] = vText(cleaned) if isinstance(value, vText) else cleaned
