"""Any change to news can change a public list or its cached facet counts."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from core.caching import content_changed
from news.models import NewsItem


@receiver(post_save, sender=NewsItem)
@receiver(post_delete, sender=NewsItem)
def news_item_changed(sender, raw=False, **kwargs):
    if not raw:
        content_changed()


def news_tagging_changed(sender, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"}:
        content_changed()


for field_name in ("themes", "spearheads", "target_groups", "municipalities"):
    m2m_changed.connect(
        news_tagging_changed,
        sender=getattr(NewsItem, field_name).through,
        dispatch_uid=f"news-tagging-{field_name}",
    )
