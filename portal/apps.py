from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The pages that gather every kind of content: home, themes, municipalities, strategy."""

    name = "portal"
    verbose_name = _("Portal pages")
