"""What a public content type declares once, and the signals that keep it in step.

A model declares a `SearchIndex` as its `search_index` and calls `register(Model)` in its app's
`ready()`. From then on, whatever path saves it (admin, import, shell):

- any change to the object or its tags bumps the content version, so cached lists and counts
  are refreshed (`core.caching`);
- `search_terms`, a denormalised text column the search reads, holds the labels of the
  object's tags in every language and the labels of its choice fields, plus the declared
  attributes of related objects (a service's provider name), refreshed when the object, its
  tags, a tag's label or a related object change;
- the words of a published object's searchable text join `core.models.SearchWord`, which
  typo correction matches query words against (`add_search_words`; the management command
  `refresh_search_words` reads everything published again, e.g. after bulk writes).

Code that writes with `QuerySet.update()` or `bulk_create()` bypasses signals: bulk writers fill
`search_terms` with `SearchIndex.terms_text()` and call `content_changed()` themselves.
"""

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import translation

from core.caching import content_changed
from core.search import MAX_WORD_LENGTH, WORD_RE, search_text

LANGUAGES = ("fi", "sv", "en")


@dataclass(frozen=True)
class SearchIndex:
    #: The title that typos are forgiven in (a trigram index on it, see core.search).
    title_field: str
    #: What a search looks in on SQLite; on PostgreSQL the model's `search_vector` column.
    text_fields: Sequence[str]
    #: Relations to taxonomy terms (many-to-many or foreign key) whose labels are searchable.
    tag_fields: Sequence[str] = ()
    #: Fields with choices whose labels, in every language, are searchable.
    choice_fields: Sequence[str] = ()
    #: {foreign key: attribute} of related objects that are searchable with this one.
    related: dict[str, str] = field(default_factory=dict)

    @property
    def maintains_terms(self) -> bool:
        return bool(self.tag_fields or self.choice_fields or self.related)

    def search(self, queryset: models.QuerySet, text: str) -> models.QuerySet:
        """Filter to the objects matching every word of `text`, annotated with a `rank`."""
        return search_text(
            queryset, text, name_field=self.title_field, text_fields=self.text_fields
        )

    def terms_text(self, obj, terms: Iterable, related_values: Iterable[str] = ()) -> str:
        """`search_terms` from the given tags and related values, without touching the database,
        so that bulk writers can fill it before inserting."""
        words = [value for value in related_values if value]
        for term in terms:
            words.extend(name for name in (term.name_fi, term.name_sv, term.name_en) if name)
        for name in self.choice_fields:
            words.extend(_choice_labels(type(obj), name, getattr(obj, name)))
        return " ".join(dict.fromkeys(words))

    def terms_for(self, obj) -> str:
        """`search_terms` of a saved object (its tags prefetched or queried)."""
        terms = []
        for name in self.tag_fields:
            value = getattr(obj, name)
            if isinstance(value, models.Model):
                terms.append(value)
            elif value is not None:
                terms.extend(value.all())
        # A related object may be optional (premises an association owns, or a municipality).
        related = [
            getattr(value, attribute)
            for fk, attribute in self.related.items()
            if (value := getattr(obj, fk)) is not None
        ]
        return self.terms_text(obj, terms, related)

    def refresh(self, queryset: models.QuerySet) -> None:
        """Recompute `search_terms` for the given objects (in batches, for large changes)."""
        model = queryset.model
        single = [name for name in self.tag_fields if not _is_many(model, name)]
        many = [name for name in self.tag_fields if _is_many(model, name)]
        objects = queryset.select_related(*single, *self.related).prefetch_related(*many)
        changed = []
        for obj in objects.iterator(chunk_size=2000):
            text = self.terms_for(obj)
            if text != obj.search_terms:
                obj.search_terms = text
                changed.append(obj)
        model.objects.bulk_update(changed, ["search_terms"], batch_size=2000)


@functools.cache
def _choice_labels(model, field_name: str, value) -> tuple[str, ...]:
    """The label of a choice in every language (cached: translating is slow in bulk writes)."""
    label = dict(model._meta.get_field(field_name).flatchoices).get(value, value)
    labels = []
    for language in LANGUAGES:
        with translation.override(language):
            labels.append(str(label))
    return tuple(labels)


def _is_many(model, name: str) -> bool:
    return model._meta.get_field(name).many_to_many


MIN_SEARCH_WORD_LENGTH = 3
#: Every model `register` was called for, in order.
REGISTERED: list = []


def content_words(text: str) -> set[str]:
    """The words of `text` that typo correction may suggest (lower case, letters)."""
    return {
        word
        for word in WORD_RE.findall(text.lower())
        if MIN_SEARCH_WORD_LENGTH <= len(word) <= MAX_WORD_LENGTH and word.isalpha()
    }


def add_search_words(model, queryset: models.QuerySet) -> None:
    """Add the words of the published objects among `queryset` to `SearchWord`."""
    from core.models import SearchWord

    fields = model.search_index.text_fields
    words: set[str] = set()
    rows = model.objects.published().filter(pk__in=queryset.values("pk")).values_list(*fields)
    for row in rows.iterator(chunk_size=2000):
        for value in row:
            words |= content_words(value or "")
    SearchWord.objects.bulk_create(
        [SearchWord(word=word) for word in sorted(words)], batch_size=5000, ignore_conflicts=True
    )


def refresh_search_words() -> None:
    """Read the words of everything published into `SearchWord` (after bulk writes)."""
    for model in REGISTERED:
        if getattr(model, "search_index", None) is not None:
            add_search_words(model, model.objects.all())
    content_changed()


def register(model) -> None:
    """Connect the signals that keep `model`'s cached lists and `search_terms` current."""
    index: SearchIndex | None = getattr(model, "search_index", None)
    if model not in REGISTERED:
        REGISTERED.append(model)
    maintained = index is not None and index.maintains_terms
    uid = f"content-{model._meta.label_lower}"

    def refresh(queryset):
        if maintained:
            index.refresh(queryset)

    def saved(sender, instance, raw=False, **kwargs):
        if raw:
            return
        refresh(model.objects.filter(pk=instance.pk))
        if index is not None:
            add_search_words(model, model.objects.filter(pk=instance.pk))
        content_changed()

    def deleted(sender, **kwargs):
        content_changed()

    def tags_changed(sender, instance, action, reverse, pk_set, **kwargs):
        if action not in {"post_add", "post_remove", "post_clear"}:
            return
        if not reverse:
            refresh(model.objects.filter(pk=instance.pk))
        elif pk_set:
            refresh(model.objects.filter(pk__in=pk_set))
        content_changed()

    post_save.connect(saved, sender=model, weak=False, dispatch_uid=f"{uid}-saved")
    post_delete.connect(deleted, sender=model, weak=False, dispatch_uid=f"{uid}-deleted")
    for relation in model._meta.many_to_many:
        m2m_changed.connect(
            tags_changed,
            sender=relation.remote_field.through,
            weak=False,
            dispatch_uid=f"{uid}-{relation.name}",
        )
    if not maintained:
        return

    # A tag's label or a related object changed: the objects pointing at it change too.
    pointing: dict[type, list[str]] = {}
    for field_name in [*index.tag_fields, *index.related]:
        target = model._meta.get_field(field_name).related_model
        pointing.setdefault(target, []).append(field_name)
    for target, field_names in pointing.items():
        post_save.connect(
            _related_saved(model, field_names, refresh),
            sender=target,
            weak=False,
            dispatch_uid=f"{uid}-{target._meta.label_lower}-changed",
        )


def _related_saved(model, field_names: list[str], refresh):
    def receiver(sender, instance, created, raw=False, **kwargs):
        if created or raw:
            return
        condition = models.Q()
        for name in field_names:
            condition |= models.Q(pk__in=model.objects.filter(**{name: instance}).values("pk"))
        refresh(model.objects.filter(condition))
        content_changed()

    return receiver
