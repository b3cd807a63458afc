"""The event's admin form: its schedule fields (`core.schedules`) on top of the model's."""

from django import forms
from django.utils.translation import gettext

from core.schedules import ScheduleFormMixin


class EventAdminForm(ScheduleFormMixin, forms.ModelForm):
    """A repeating event's first occurrence is its start and end; the schedule adds the days.
    (The admin's `modelform_factory` gives it the model and the fields.)"""

    def schedule_start_end(self, data):
        if data.get("all_day"):
            self.add_error("repeat", gettext("An all-day event cannot repeat; give its times."))
            return None
        if data.get("start") is None or data.get("end") is None:
            return None
        return data["start"], data["end"]
