"""Copying content for its next occurrence (an event a week later, a grant call's next round)."""

from collections.abc import Iterable

from django.db import models


def copy_object(obj: models.Model, *, m2m: Iterable[str], **changes) -> models.Model:
    """A new, saved copy of `obj` with `changes` applied and the same many-to-many `m2m` tags.

    The copy is read afresh from the database, so unsaved edits of `obj` are not carried over.
    """
    tags = {name: list(getattr(obj, name).all()) for name in m2m}
    copy = type(obj)._default_manager.get(pk=obj.pk)
    copy.pk = None
    copy._state.adding = True
    for name, value in changes.items():
        setattr(copy, name, value)
    copy.save()
    for name, terms in tags.items():
        getattr(copy, name).set(terms)
    return copy
