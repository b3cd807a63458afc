from django import template

from core.i18n import current_language
from pages.models import Guide

register = template.Library()


@register.inclusion_tag("admin/pages/_guide_links.html")
def admin_guides(opts):
    """The published guides for the admin form of `opts` (a model's `_meta`): one query, on the
    forms a guide can name; none on the others."""
    label = opts.label_lower
    if label not in Guide.AdminForm.values:
        return {"guides": []}
    guides = list(Guide.objects.published().filter(admin_form=label))
    return {"guides": guides, "LANGUAGE_CODE": current_language()}
