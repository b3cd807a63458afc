"""Any change to an event can change a public list or its counts (see `core.caching`)."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from core.caching import content_changed
from events.models import Event


@receiver(post_save, sender=Event)
@receiver(post_delete, sender=Event)
def event_changed(sender, raw=False, **kwargs):
    if not raw:
        content_changed()


def tagging_changed(sender, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"}:
        content_changed()


for field_name in ("themes", "spearheads", "target_groups"):
    m2m_changed.connect(
        tagging_changed,
        sender=getattr(Event, field_name).through,
        dispatch_uid=f"events-tagging-{field_name}",
    )
