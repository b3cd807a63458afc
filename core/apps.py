from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from core import checks, db  # noqa: F401  (register the deploy check and SQLite collation)
        from core.caching import content_changed
        from core.models import SearchSynonym
        from core.text import attach_model_validators

        # The vocabulary changes what searches find: cached counts and analyses are refreshed.
        for signal in (post_save, post_delete):
            signal.connect(
                lambda **kwargs: content_changed(),
                sender=SearchSynonym,
                weak=False,
                dispatch_uid=f"search-synonym-{signal is post_save}",
            )

        # Every app's models are loaded by now, so this covers all of the project's text fields.
        attach_model_validators()
