from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.models import User
from accounts.roles import COORDINATORS


class UserCreationForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ("email",)


class UserEditForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    form = UserEditForm
    add_form = UserCreationForm
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "is_staff", "is_active", "last_login"]
    search_fields = ["email", "first_name", "last_name"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Personal info"), {"fields": ("first_name", "last_name")}),
        (
            _("Permissions"),
            {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )

    actions = ["export_personal_data", "erase_personal_data"]

    @admin.action(description=_("Export personal data (JSON)"), permissions=["change"])
    def export_personal_data(self, request, queryset):
        from accounts.personal_data import person_export

        data = {user.email: person_export(email=user.email) for user in queryset}
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
        response["Content-Disposition"] = 'attachment; filename="henkilotiedot.json"'
        return response

    @admin.action(description=_("Erase the selected people and their personal data"),
                  permissions=["delete"])  # fmt: skip
    def erase_personal_data(self, request, queryset):
        from accounts.personal_data import person_erase

        if not request.user.is_superuser and queryset.filter(is_superuser=True).exists():
            raise PermissionDenied
        if request.user in queryset:
            self.message_user(request, _("You cannot erase yourself."), level="error")
            return None
        if request.POST.get("post") != "yes":
            return TemplateResponse(
                request,
                "admin/accounts/user/erase_confirmation.html",
                {
                    **self.admin_site.each_context(request),
                    "title": _("Erase personal data"),
                    "people": queryset,
                    "opts": self.model._meta,
                    "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                },
            )
        still_public = []
        count = 0
        for user in list(queryset):
            result = person_erase(email=user.email)
            count += 1
            still_public += result.still_public
        self.message_user(
            request,
            ngettext(
                "Erased %(count)d person and their personal data.",
                "Erased %(count)d people and their personal data.",
                count,
            )
            % {"count": count},
        )
        if still_public:
            self.message_user(
                request,
                _("The address is still shown in these public texts: %(texts)s")
                % {"texts": "; ".join(still_public)},
                level="warning",
            )
        return None

    def has_change_permission(self, request, obj=None):
        """Only a superuser changes or deletes a superuser: a coordinator who could set a
        superuser's password or address could take the account over."""
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_delete_permission(request, obj)

    def delete_queryset(self, request, queryset):
        if not request.user.is_superuser and queryset.filter(is_superuser=True).exists():
            raise PermissionDenied
        super().delete_queryset(request, queryset)

    def user_change_password(self, request, id, form_url=""):
        """A coordinator sets no other coordinator's password (that is a takeover too); they
        send a reset link instead, which reaches only the owner of the address."""
        target = self.get_object(request, id)
        if (
            target is not None
            and not request.user.is_superuser
            and target.pk != request.user.pk
            and (target.is_superuser or target.groups.filter(name=COORDINATORS).exists())
        ):
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)

    def get_readonly_fields(self, request, obj=None):
        """Only a superuser hands out superuser status or permissions outside the roles."""
        readonly = ["last_login", "date_joined"]
        if not request.user.is_superuser:
            readonly += ["is_superuser", "user_permissions"]
        return readonly

    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("email", "usable_password", "password1", "password2"),
            },
        ),
    )
