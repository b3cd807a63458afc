"""The service's admin form: a schedule with its own dates and times (`core.schedules`)."""

from django import forms

from core.schedules import StandaloneScheduleFormMixin


class ServiceAdminForm(StandaloneScheduleFormMixin, forms.ModelForm):
    """The admin's `modelform_factory` gives it the model (`Service`) and the fields."""
