from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConditionsConfig(AppConfig):
    """The strategy's second spearhead, operating conditions (toimintaedellytykset): premises,
    grant calls, contact people and the dialogue with them."""

    name = "conditions"
    verbose_name = _("Operating conditions")

    def ready(self):
        from conditions.models import ContactPerson, GrantCall, Premises
        from core import content

        for model in (Premises, GrantCall, ContactPerson):
            content.register(model)
