from django.contrib.auth import views as auth_views
from django.http import HttpResponseRedirect
from django.shortcuts import render

from accounts.login import normalize_username
from core.ratelimit import client_address, hit

# Reset e-mails: a few an hour from one client, fewer to one address, so the form can be used
# neither to flood someone's inbox nor to probe many addresses.
RESETS_PER_ADDRESS_PER_HOUR = 5
RESETS_PER_EMAIL_PER_HOUR = 3


class RateLimitedPasswordResetView(auth_views.PasswordResetView):
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
