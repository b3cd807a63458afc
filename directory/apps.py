from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Association directory")

    def ready(self):
        from core import content
        from directory import signals  # noqa: F401  (the home municipality rule)
        from directory.models import Association

        content.register(Association)
