"""The event calendar's filters and facets (the machinery is `core.facets`)."""

import datetime

import django_filters
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.facets import ChoiceFacetFilter, FacetedFilterSet, ForeignTermFilter, TermFilter
from events.models import Event

UPCOMING, PAST = "upcoming", "past"


class FlagField(forms.Field):
    """`1` turns a flag on; anything else leaves it off rather than failing the page."""

    widget = forms.TextInput  # the raw value; the page draws its own checkbox

    def to_python(self, value):
        return value == "1"


class FlagFilter(django_filters.Filter):
    field_class = FlagField


class EventFilterSet(FacetedFilterSet):
    municipality = ForeignTermFilter(m2m="municipality", label=_("Municipality"))
    theme = TermFilter(m2m="themes", label=_("Wellbeing theme"))
    spearhead = TermFilter(m2m="spearheads", label=_("Strategy spearhead"))
    target_group = TermFilter(m2m="target_groups", label=_("Target group"))
    attendance = ChoiceFacetFilter(
        field_name="attendance_mode",
        choices=Event.AttendanceMode.choices,
        label=_("Attendance"),
    )
    # Checked by the view first (`events.views.parse_dates`), so only valid dates arrive here.
    start = django_filters.DateFilter(method="filter_start", label=_("From"))
    end = django_filters.DateFilter(method="filter_end", label=_("To"))
    free = FlagFilter(method="filter_free", label=_("Free of charge"))
    online = FlagFilter(method="filter_online", label=_("Online"))
    association = django_filters.CharFilter(field_name="association__slug", label=_("Organiser"))

    facet_order = ["municipality", "theme", "target_group", "spearhead", "attendance"]
    total_facet = "attendance"  # every event has exactly one attendance mode

    class Meta:
        model = Event
        fields = []

    def __init__(self, data=None, *args, scope: str = UPCOMING, moment: datetime.datetime,
                 **kwargs):  # fmt: skip
        self.scope = scope
        self.moment = moment
        super().__init__(data, *args, **kwargs)

    @classmethod
    def public_queryset(cls, *, scope: str = UPCOMING, moment: datetime.datetime):
        visible = Event.objects.published()
        return visible.upcoming(moment) if scope == UPCOMING else visible.past(moment)

    @property
    def cache_prefix(self) -> str:
        return f"events-{self.scope}"

    def facet_cache_key(self) -> str:
        # "Upcoming" and "past" move with the clock: the counts belong to the moment the
        # results were cut at (the view rounds it to the minute), not only to the content.
        return f"{super().facet_cache_key()}:{self.moment.isoformat()}"

    def filter_start(self, queryset, name, value: datetime.date):
        # With both dates, one occurrence of a repeating event must fall between them.
        end = self.form.cleaned_data.get("end")
        return queryset.during(day_start(value), day_after(end) if end else None)

    def filter_end(self, queryset, name, value: datetime.date):
        if self.form.cleaned_data.get("start"):
            return queryset  # done with the start
        return queryset.during(None, day_after(value))

    def filter_free(self, queryset, name, value: bool):
        return queryset.filter(is_free=True) if value else queryset

    def filter_online(self, queryset, name, value: bool):
        if not value:
            return queryset
        return queryset.filter(
            attendance_mode__in=[Event.AttendanceMode.ONLINE, Event.AttendanceMode.BOTH]
        )

    def facets(self):
        # Attendance is counted for the result total; the page offers it as the "online" flag.
        return [facet for facet in super().facets() if facet.name != "attendance"]


def day_start(day: datetime.date) -> datetime.datetime:
    """Midnight at the start of `day`, Helsinki time."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=timezone.get_default_timezone())


def day_after(day: datetime.date) -> datetime.datetime:
    """Midnight at the end of `day`, Helsinki time."""
    return day_start(day + datetime.timedelta(days=1))
