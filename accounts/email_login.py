"""Logging in with a one-time link sent by e-mail, for association contacts who forget passwords.

The link is a django-sesame token (`SESAME_MAX_AGE`, `SESAME_ONE_TIME`): it works for 15 minutes
and once, since logging in (by link or by password) changes `last_login`, which revokes it; so
does a new password. Opening the link shows a button and only the POST logs in, so that mail
scanners that fetch every link do not use it up.

The request form answers the same whether or not the address has an account, and is rate-limited
per client and per address (`core.ratelimit`). Coordinators get no links: their login is the
password plus the authenticator code (`accounts.twofactor`), which still applies after a link
for any contact who has turned it on.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.auth import authenticate, get_user_model, login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from sesame.utils import get_query_string

from accounts.login import normalize_username
from accounts.roles import is_coordinator
from core.mail import absolute_url, send_or_log
from core.ratelimit import RateLimitUnavailable, client_address, hit

# A few links an hour from one client, fewer to one address: the form can be used neither to
# flood someone's inbox nor to probe many addresses.
LINKS_PER_CLIENT_PER_HOUR = 10
LINKS_PER_EMAIL_PER_HOUR = 3
TOKEN_FIELD = "sesame"


class LinkRequestForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )


def link_recipient(email: str):
    """The account a login link may be sent to: an active contact's, never a coordinator's."""
    user = (
        get_user_model()
        .objects.filter(email__iexact=normalize_username(email), is_active=True, is_staff=True)
        .first()
    )
    if user is None or is_coordinator(user):
        return None
    return user


def login_link_send(*, email: str) -> bool:
    """E-mail a login link to `email` if it belongs to a contact; True when one was sent."""
    user = link_recipient(email)
    if user is None:
        return False
    link = absolute_url(reverse("email-login") + get_query_string(user))
    return send_or_log(
        template="accounts/email/login_link.txt",
        context={"user": user, "link": link, "request_url": absolute_url(reverse("email-link"))},
        recipients=[user.email],
    )


def _page(request, template: str, *, title, status: int = 200, **context):
    return render(
        request,
        template,
        {**admin.site.each_context(request), "title": title, **context},
        status=status,
    )


@never_cache
def request_link(request):
    """Ask for a login link by e-mail address."""
    form = LinkRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = normalize_username(form.cleaned_data["email"])
        try:
            client_ok = hit(
                "email-login",
                client_address(request),
                limit=LINKS_PER_CLIENT_PER_HOUR,
                window_seconds=60 * 60,
            )
            email_ok = client_ok and hit(
                "email-login-email", email, limit=LINKS_PER_EMAIL_PER_HOUR, window_seconds=60 * 60
            )
        except RateLimitUnavailable:
            return _page(
                request,
                "accounts/email_login_unavailable.html",
                title=_("Try again shortly"),
                status=503,
            )
        if not client_ok:
            return _page(
                request,
                "accounts/email_login_rate_limited.html",
                title=_("Too many requests"),
                status=429,
            )
        if email_ok:
            login_link_send(email=email)
        # The same answer whether a link was sent: an address's account stays unsaid.
        return redirect("email-link-sent")
    return _page(
        request,
        "accounts/email_login_request.html",
        title=_("Log in with an e-mail link"),
        form=form,
    )


def link_sent(request):
    return _page(request, "accounts/email_login_sent.html", title=_("Check your e-mail"))


@never_cache
@sensitive_post_parameters(TOKEN_FIELD)
def login_with_link(request):
    """GET shows a button (mail scanners only GET); its POST checks the token and logs in."""
    token = request.POST.get(TOKEN_FIELD) if request.method == "POST" else None
    token = token or request.GET.get(TOKEN_FIELD, "")
    if request.method == "POST":
        user = authenticate(request, sesame=token) if token else None
        if user is not None and not is_coordinator(user):
            login(request, user)  # a new last_login: the link is now used
            return redirect("admin:index")
        return _page(
            request,
            "accounts/email_login_invalid.html",
            title=_("The link does not work any more"),
            status=400,
        )
    return _page(
        request,
        "accounts/email_login_confirm.html",
        title=_("Log in to Päijäthämäläiset.fi"),
        token=token,
    )
