"""The home municipality is always among the operating municipalities, whatever path saved the
association, so the municipality filter and its counts need one relation. (Search terms and the
content version are `core.content`'s work.)"""

from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from directory.models import Association


def include_home_municipality(association: Association) -> None:
    through = Association.operating_municipalities.through
    # Written through the join table directly, so that no m2m_changed signal loops back here.
    through.objects.get_or_create(
        association_id=association.pk, municipality_id=association.home_municipality_id
    )


@receiver(post_save, sender=Association, dispatch_uid="directory-home-municipality")
def association_saved(sender, instance: Association, raw=False, **kwargs):
    if not raw:
        include_home_municipality(instance)


@receiver(
    m2m_changed,
    sender=Association.operating_municipalities.through,
    dispatch_uid="directory-home-municipality-kept",
)
def operating_municipalities_changed(sender, instance, action, reverse, **kwargs):
    if not reverse and action in {"post_remove", "post_clear"}:
        include_home_municipality(instance)
