from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from followup.dashboard import DEFAULT_PERIOD, PERIODS


class DashboardFilterForm(forms.Form):
    """The dashboard's GET filters; a value that is not offered is ignored (and said so)."""

    municipality = forms.ChoiceField(label=_("Municipality"), required=False)
    theme = forms.ChoiceField(label=_("HYTE theme"), required=False)
    period = forms.TypedChoiceField(
        label=_("Period of activity over time"),
        required=False,
        coerce=int,
        empty_value=DEFAULT_PERIOD,
    )

    def __init__(self, data, *, themes, municipalities):
        data = data.copy()
        if not data.get("period"):
            data["period"] = str(DEFAULT_PERIOD)
        super().__init__(data)
        self.themes = {theme.slug: theme for theme in themes}
        self.municipalities = {m.slug: m for m in municipalities}
        self.fields["municipality"].choices = [("", _("All municipalities"))] + [
            (m.slug, m.name) for m in municipalities
        ]
        self.fields["period"].choices = [
            (months, ngettext("last %(count)d month", "last %(count)d months", months)
             % {"count": months})
            for months in PERIODS
        ]  # fmt: skip
        self.fields["theme"].choices = [("", _("All themes"))] + [
            (theme.slug, theme.name) for theme in themes
        ]

    def value(self, name: str):
        """The field's valid value, or its default when it was left out or not offered."""
        self.is_valid()
        if name in self.errors:
            return DEFAULT_PERIOD if name == "period" else None
        value = self.cleaned_data.get(name)
        if name == "municipality":
            return self.municipalities.get(value)
        if name == "theme":
            return self.themes.get(value)
        return value or DEFAULT_PERIOD

    @property
    def ignored(self) -> list[str]:
        """Labels of the fields whose value was not offered."""
        self.is_valid()
        return [str(self.fields[name].label) for name in self.errors]


class MeasureFilterForm(forms.Form):
    """The measures page's GET filters; a value that is not offered is ignored."""

    spearhead = forms.ChoiceField(label=_("Spearhead"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, data, *, spearheads):
        from followup.models import Measure

        super().__init__(data)
        self.spearheads = {spearhead.slug: spearhead for spearhead in spearheads}
        self.fields["spearhead"].choices = [("", _("All spearheads"))] + [
            (s.slug, f"{s.number}. {s.name}") for s in spearheads
        ]
        self.fields["status"].choices = [("", _("All statuses")), *Measure.Status.choices]

    def value(self, name: str):
        """The field's valid value, or None when it was left out or not offered."""
        self.is_valid()
        if name in self.errors:
            return None
        value = self.cleaned_data.get(name) or None
        return self.spearheads.get(value) if name == "spearhead" else value

    @property
    def ignored(self) -> list[str]:
        self.is_valid()
        return [str(self.fields[name].label) for name in self.errors]
