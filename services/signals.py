"""Keep `search_terms` and the cached facet counts in step with services, whatever saved them."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from core.caching import content_changed
from directory.models import Association
from services.models import Service
from services.search import TAGGING_FIELDS, refresh_search_terms
from taxonomy.models import Language, Municipality, Spearhead, TargetGroup, Theme


@receiver(post_save, sender=Service)
def service_saved(sender, instance: Service, raw=False, **kwargs):
    if raw:
        return
    refresh_search_terms(Service.objects.filter(pk=instance.pk))
    content_changed()


@receiver(post_delete, sender=Service)
def service_deleted(sender, instance: Service, **kwargs):
    content_changed()


def tagging_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        refresh_search_terms(Service.objects.filter(pk=instance.pk))
    elif pk_set:
        refresh_search_terms(Service.objects.filter(pk__in=pk_set))
    content_changed()


for field_name in TAGGING_FIELDS:
    m2m_changed.connect(
        tagging_changed,
        sender=getattr(Service, field_name).through,
        dispatch_uid=f"services-tagging-{field_name}",
    )


@receiver(post_save, sender=Association, dispatch_uid="services-provider-renamed")
def provider_saved(sender, instance: Association, created, raw=False, **kwargs):
    """The provider's name is searchable with its services (`content_changed` is the
    directory's signal's job)."""
    if created or raw:
        return
    refresh_search_terms(instance.services.all())


@receiver(post_save, sender=Theme, dispatch_uid="services-theme-renamed")
@receiver(post_save, sender=Spearhead, dispatch_uid="services-spearhead-renamed")
@receiver(post_save, sender=Municipality, dispatch_uid="services-municipality-renamed")
@receiver(post_save, sender=TargetGroup, dispatch_uid="services-target-group-renamed")
@receiver(post_save, sender=Language, dispatch_uid="services-language-renamed")
def term_renamed(sender, instance, created, raw=False, **kwargs):
    if created or raw:
        return
    refresh_search_terms(instance.services.all())
    content_changed()
