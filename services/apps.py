from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Activities and services")

    def ready(self):
        from core import content
        from services.models import Service

        content.register(Service)
