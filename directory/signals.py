"""Keep the denormalised parts of an association in step, whatever path saved it.

Two rules: the home municipality is always among the operating municipalities (so the
municipality filter and its counts need one relation), and `search_terms` holds the labels of
everything the association is tagged with.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from core.caching import content_changed
from directory.models import Association
from directory.search import refresh_search_terms
from taxonomy.models import Field, Language, Municipality, Spearhead, TargetGroup, Theme

TAGGING_FIELDS = [
    "operating_municipalities", "themes", "spearheads", "target_groups", "fields", "languages",
]  # fmt: skip


def include_home_municipality(association: Association) -> None:
    through = Association.operating_municipalities.through
    # Written through the join table directly, so that no m2m_changed signal loops back here.
    through.objects.get_or_create(
        association_id=association.pk, municipality_id=association.home_municipality_id
    )


@receiver(post_save, sender=Association)
def association_saved(sender, instance: Association, raw=False, **kwargs):
    if raw:
        return
    include_home_municipality(instance)
    refresh_search_terms(Association.objects.filter(pk=instance.pk))
    content_changed()


@receiver(post_delete, sender=Association)
def association_deleted(sender, instance: Association, **kwargs):
    content_changed()


def tagging_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        if action != "post_add" and sender is Association.operating_municipalities.through:
            include_home_municipality(instance)
        refresh_search_terms(Association.objects.filter(pk=instance.pk))
    elif pk_set:
        refresh_search_terms(Association.objects.filter(pk__in=pk_set))
    content_changed()


for field_name in TAGGING_FIELDS:
    m2m_changed.connect(
        tagging_changed,
        sender=getattr(Association, field_name).through,
        dispatch_uid=f"directory-tagging-{field_name}",
    )


@receiver(post_save, sender=Theme)
@receiver(post_save, sender=Spearhead)
@receiver(post_save, sender=Municipality)
@receiver(post_save, sender=TargetGroup)
@receiver(post_save, sender=Field)
@receiver(post_save, sender=Language)
def term_renamed(sender, instance, created, raw=False, **kwargs):
    """A coordinator edited a label: the associations tagged with it must be found by it."""
    if created or raw:
        return
    refresh_search_terms(instance.associations.all())
    content_changed()
