from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Users")

    def ready(self):
        from accounts.roles import grant_role_permissions

        # After every app, since the permissions of later apps only exist once they migrate.
        post_migrate.connect(grant_role_permissions)
