from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from taxonomy.models import Field, Language, Municipality, Spearhead, TargetGroup, Theme

LANGUAGE_FIELDSETS = [
    (_("Finnish"), {"fields": ["name_fi", "description_fi"]}),
    (_("Swedish"), {"fields": ["name_sv", "description_sv"]}),
    (_("English"), {"fields": ["name_en", "description_en"]}),
]


class TermAdmin(admin.ModelAdmin):
    """Labels and descriptions are editable; a term something refers to is never deleted.

    The strategy fixes most vocabularies, so only a few of them may gain or lose terms at all
    (`fixed = False`); their slugs are set once, because URLs and filters use them.
    """

    fixed = True
    list_display = ["name_fi", "name_sv", "name_en", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name_fi", "name_sv", "name_en", "slug"]
    fieldsets = [(None, {"fields": ["slug", "position"]}), *LANGUAGE_FIELDSETS]

    def get_readonly_fields(self, request, obj=None):
        return ["slug"] if obj is not None else []

    def has_add_permission(self, request):
        return not self.fixed and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        if self.fixed or (obj is not None and obj.is_in_use()):
            return False
        return super().has_delete_permission(request, obj)


@admin.register(Theme)
class ThemeAdmin(TermAdmin):
    pass


@admin.register(Spearhead)
class SpearheadAdmin(TermAdmin):
    list_display = ["number", "name_fi", "name_sv", "name_en", "slug"]
    list_editable = []
    fieldsets = [
        (None, {"fields": ["slug", "number"]}),
        (_("Finnish"), {"fields": ["name_fi", "goal_fi", "measures_fi", "description_fi"]}),
        (_("Swedish"), {"fields": ["name_sv", "goal_sv", "measures_sv", "description_sv"]}),
        (_("English"), {"fields": ["name_en", "goal_en", "measures_en", "description_en"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        return ["slug", "number"]


@admin.register(Municipality)
class MunicipalityAdmin(TermAdmin):
    list_display = ["name_fi", "name_sv", "code", "slug"]
    list_editable = []
    fieldsets = [(None, {"fields": ["slug", "code"]}), *LANGUAGE_FIELDSETS]

    def get_readonly_fields(self, request, obj=None):
        return ["slug", "code"]


@admin.register(TargetGroup)
class TargetGroupAdmin(TermAdmin):
    fixed = False


@admin.register(Field)
class FieldAdmin(TermAdmin):
    pass


@admin.register(Language)
class LanguageAdmin(TermAdmin):
    fixed = False
