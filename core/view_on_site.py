"""The admin's "view on site" redirect, limited to what the user may see (issue #15).

Routed in `paijat/urls.py` ahead of the admin's own view of the same address.
"""

from django.contrib import admin
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import Http404


def view_on_site(request, content_type_id, object_id):
    """The admin's "view on site" redirect (`/hallinta/r/<type>/<id>/`), limited to what the user
    could see anyway: public content, or content the admin lets them view. Django's own version
    redirects any staff user to any object's public address, whose slug names hidden,
    scheduled and unpublished content."""
    try:
        content_type = ContentType.objects.get(pk=content_type_id)
        model = content_type.model_class()
        obj = model._default_manager.get(pk=object_id) if model else None
    except (ObjectDoesNotExist, ValueError, ValidationError):
        obj = None
    if obj is None:
        raise Http404
    public = getattr(model._default_manager, "published", None)
    if not (public is not None and public().filter(pk=obj.pk).exists()):
        model_admin = admin.site._registry.get(model)
        if model_admin is None or not model_admin.has_view_permission(request, obj):
            raise Http404
    return contenttype_views.shortcut(request, content_type_id, object_id)
