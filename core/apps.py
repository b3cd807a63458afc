from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from core import checks, db  # noqa: F401  (register the deploy check and SQLite collation)
        from core.text import attach_model_validators

        # Every app's models are loaded by now, so this covers all of the project's text fields.
        attach_model_validators()
