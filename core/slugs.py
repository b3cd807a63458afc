"""Stable, unique ASCII slugs for the public addresses of content (`/tapahtumat/<slug>/`).

A model with `SlugFromTitleMixin` gets its slug made from its title when saved without one, so
people writing content never see a slug field; the slug then stays as it is (links to it keep
working) unless a coordinator changes it. Words a list's own sub-pages use under the same path
(`/uutiset/syote/`) are reserved, so no item can hide behind them.
"""

from collections.abc import Collection

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

SLUG_HELP = _("Part of the address. Made from the title when left empty; changing it breaks links.")


def unique_slug(
    model, text: str, *, fallback: str, reserved: Collection[str] = (), exclude_pk=None
) -> str:
    """A slug made from `text` that no other `model` object has and that is not reserved:
    `text`, then `text-2`, `text-3`…, within the slug field's length."""
    max_length = model._meta.get_field("slug").max_length
    base = slugify(text)[:max_length].strip("-") or fallback
    taken = model._default_manager.exclude(pk=exclude_pk)
    slug, number = base, 1
    while slug in reserved or taken.filter(slug=slug).exists():
        number += 1
        suffix = f"-{number}"
        slug = base[: max_length - len(suffix)].rstrip("-") + suffix
    return slug


class SlugFromTitleMixin:
    """For a model with a `slug` field (blank allowed): fill it from `slug_source` on save."""

    #: The field the slug is made from.
    slug_source = "title"
    #: The slug when the title has no letters that survive `slugify`.
    slug_fallback = "sisalto"
    #: Slugs the list's own sub-pages take (`/tapahtumat/menneet/`).
    reserved_slugs: frozenset[str] = frozenset()

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(
                type(self),
                getattr(self, self.slug_source),
                fallback=self.slug_fallback,
                reserved=self.reserved_slugs,
                exclude_pk=self.pk,
            )
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.slug in self.reserved_slugs:
            raise ValidationError({"slug": _("This address is taken by the site; choose another.")})
