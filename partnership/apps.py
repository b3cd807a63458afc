from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipConfig(AppConfig):
    """The strategy's third spearhead, partnership (kumppanuus): partner notices, "Etsitään ja
    tarjotaan", where associations seek and offer partners, volunteers, premises and expertise;
    and the fourth, advocacy (vaikuttaminen): consultations and the statements answering them."""

    name = "partnership"
    verbose_name = _("Partnership")

    def ready(self):
        from core import content
        from partnership.models import Consultation, PartnerNotice

        content.register(PartnerNotice)
        content.register(Consultation)
