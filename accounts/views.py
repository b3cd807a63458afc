from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from accounts.login import normalize_username
from core.ratelimit import client_address, hit

# Reset e-mails: a few an hour from one client, fewer to one address, so the form can be used
# neither to flood someone's inbox nor to probe many addresses.
RESETS_PER_ADDRESS_PER_HOUR = 5
RESETS_PER_EMAIL_PER_HOUR = 3


class AdminLookMixin:
    """Pages outside the admin site (password reset, invitation) with its name and header;
    without the site's context they would say "Django administration"."""

    def get_context_data(self, **kwargs):
        return {**admin.site.each_context(self.request), **super().get_context_data(**kwargs)}


class RateLimitedPasswordResetView(AdminLookMixin, auth_views.PasswordResetView):
    def form_valid(self, form):
        if not hit(
            "password-reset",
            client_address(self.request),
            limit=RESETS_PER_ADDRESS_PER_HOUR,
            window_seconds=60 * 60,
        ):
            return render(self.request, "accounts/password_reset_rate_limited.html", status=429)
        email = normalize_username(form.cleaned_data["email"])
        if not hit(
            "password-reset-email", email, limit=RESETS_PER_EMAIL_PER_HOUR, window_seconds=60 * 60
        ):
            # The same answer as a sent link: whether the address has an account stays unsaid.
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


class PasswordResetDoneView(AdminLookMixin, auth_views.PasswordResetDoneView):
    pass


class PasswordResetConfirmView(AdminLookMixin, auth_views.PasswordResetConfirmView):
    pass


class PasswordResetCompleteView(AdminLookMixin, auth_views.PasswordResetCompleteView):
    pass


class InvitationView(AdminLookMixin, auth_views.PasswordResetConfirmView):
    """The invitation link (`directory.onboarding.contact_invite`): create a password, and be
    logged in on the dashboard at once. The link works until a password is set (or 3 days)."""

    template_name = "accounts/invitation.html"
    title = _("Create a password and log in")
    post_reset_login = True
    post_reset_login_backend = "django.contrib.auth.backends.ModelBackend"
    success_url = reverse_lazy("admin:index")
