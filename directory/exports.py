"""`/yhdistykset/lataa.csv`: the directory's results as CSV (public fields only)."""

from django.utils.translation import gettext as _

from core.exports import CSVExportView, header, names
from directory.filters import AssociationFilterSet
from directory.models import Association

TAGS = ["operating_municipalities", "themes", "spearheads", "target_groups", "fields",
        "languages"]  # fmt: skip


class AssociationCSVView(CSVExportView):
    filterset_class = AssociationFilterSet
    title_field = "name"
    filename = "yhdistykset.csv"

    def columns(self):
        def field(name):
            return (header(Association, name), lambda obj: getattr(obj, name))

        def tags(name):
            return (header(Association, name), lambda obj: names(getattr(obj, name).all()))

        return [
            field("name"),
            (header(Association, "kind"), lambda obj: obj.get_kind_display()),
            (header(Association, "home_municipality"), lambda obj: obj.home_municipality.name),
            *(tags(name) for name in TAGS),
            field("short_description"),
            field("email"),
            field("phone"),
            field("website"),
            field("street_address"),
            field("postal_code"),
            field("post_office"),
            field("business_id"),
            field("register_number"),
            field("founded_year"),
            (_("Page on Päijäthämäläiset.fi"), self.absolute),
            (header(Association, "updated_at"), lambda obj: obj.updated_at.date().isoformat()),
        ]

    def prepare(self, queryset):
        return queryset.select_related("home_municipality").prefetch_related(*TAGS)
