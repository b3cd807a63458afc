"""`/palvelut/lataa.csv`: the service menu's results as CSV (public fields only)."""

from django.utils.translation import gettext as _

from core.exports import CSVExportView, header, names
from services.filters import ServiceFilterSet
from services.models import Service

TAGS = ["municipalities", "themes", "spearheads", "target_groups", "languages"]


class ServiceCSVView(CSVExportView):
    filterset_class = ServiceFilterSet
    title_field = "title"
    filename = "toiminnat-ja-palvelut.csv"

    def columns(self):
        def field(name):
            return (header(Service, name), lambda obj: getattr(obj, name))

        def tags(name):
            return (header(Service, name), lambda obj: names(getattr(obj, name).all()))

        return [
            field("title"),
            (header(Service, "kind"), lambda obj: obj.get_kind_display()),
            (header(Service, "association"), lambda obj: obj.association.name),
            *(tags(name) for name in TAGS),
            field("short_description"),
            field("schedule"),
            field("place"),
            field("street_address"),
            field("postal_code"),
            field("post_office"),
            field("online"),
            field("is_free"),
            field("cost"),
            field("min_age"),
            field("max_age"),
            (header(Service, "joining"), lambda obj: obj.get_joining_display()),
            field("registration_url"),
            field("contact_email"),
            field("contact_phone"),
            (_("Page on Päijäthämäläiset.fi"), self.absolute),
            (header(Service, "updated_at"), lambda obj: obj.updated_at.date().isoformat()),
        ]

    def prepare(self, queryset):
        return queryset.select_related("association").prefetch_related(*TAGS)
