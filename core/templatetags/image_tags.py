from django import template

from core.images import thumbnail_url as _thumbnail_url

register = template.Library()


@register.filter
def thumbnail_url(file, size) -> str:
    """`{{ association.logo|thumbnail_url:96 }}`: the URL of a thumbnail drawn when it was saved."""
    return _thumbnail_url(file, int(size))
