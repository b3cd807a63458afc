"""Two-step login for the admin: a password, then a code from an authenticator app (TOTP).

Built on django-otp (its TOTP and static devices). Coordinators and superusers must use it when
`TWO_FACTOR_REQUIRED` is on (the default); contacts may turn it on for themselves, after which
it is required for them too. After the password, `RequireTwoFactorMiddleware` sends such a user
to set the authenticator up (the first time) or to enter a code; no admin page opens before.

Setting up shows a QR code and the secret, asks for one code to prove the app works, and then
shows ten one-time recovery codes, for the day the phone is lost. A superuser can remove a
person's devices in the admin (*OTP_TOTP* and *OTP_Static*) so that they set up anew.
"""

from __future__ import annotations

from base64 import b32encode

import django_otp
import segno
from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.roles import COORDINATORS

RECOVERY_CODES = 10
WRONG_CODE = _("The code is not right. Check the time on your phone and try again.")
WRONG_CODE_OR_RECOVERY = _(
    "The code is not right. Check the time on your phone, or use a recovery code."
)
# Admin pages that open without the second step: those that lead to it or out.
OPEN_ADMIN_VIEWS = {"login", "logout", "jsi18n"}


def is_required(user) -> bool:
    """Whether `user` must pass the second step before the admin opens."""
    if not (user.is_authenticated and user.is_staff):
        return False
    if django_otp.user_has_device(user):
        return True  # set up, so used: contacts who opted in included
    return settings.TWO_FACTOR_REQUIRED and (
        user.is_superuser or user.groups.filter(name=COORDINATORS).exists()
    )


class RequireTwoFactorMiddleware:
    """After `django_otp.middleware.OTPMiddleware`: the admin asks for the second step."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.namespace != "admin" or match.url_name in OPEN_ADMIN_VIEWS:
            return None
        user = request.user
        if not is_required(user) or user.is_verified():
            return None
        step = "two-factor-verify" if django_otp.user_has_device(user) else "two-factor-setup"
        return redirect(f"{reverse(step)}?next={request.get_full_path()}")


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split()).lower()


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("admin:index")


def _verify(user, code: str):
    """The device that accepts `code`: the authenticator first, then a recovery code (which is
    then used up). Both kinds of device throttle repeated failures."""
    devices = [
        *TOTPDevice.objects.devices_for_user(user),
        *StaticDevice.objects.devices_for_user(user),
    ]
    for device in devices:
        allowed, _details = device.verify_is_allowed()
        if allowed and device.verify_token(code):
            return device
    return None


@staff_member_required
def verify(request):
    """The second step: a code from the authenticator, or a recovery code."""
    if not django_otp.user_has_device(request.user):
        return redirect(f"{reverse('two-factor-setup')}?next={_next_url(request)}")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = _verify(request.user, form.cleaned_data["code"])
        if device is not None:
            django_otp.login(request, device)
            return redirect(_next_url(request))
        form.add_error(
            "code",
            _("The code is not right. Check the time on your phone, or use a recovery code."),
        )
    return render(
        request,
        "accounts/two_factor_verify.html",
        {
            **admin.site.each_context(request),
            "form": form,
            "next": _next_url(request),
            "title": _("Two-step login"),
        },
    )


@staff_member_required
def setup(request):
    """Set up the authenticator: QR code, one code to confirm, then the recovery codes."""
    user = request.user
    if django_otp.user_has_device(user) and not user.is_verified():
        # Whoever knows only the password cannot replace the owner's authenticator.
        return redirect(f"{reverse('two-factor-verify')}?next={_next_url(request)}")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            codes = _confirm(user, device)
            django_otp.login(request, device)
            return render(
                request,
                "accounts/two_factor_recovery_codes.html",
                {
                    **admin.site.each_context(request),
                    "codes": codes,
                    "next": _next_url(request),
                    "title": _("Recovery codes"),
                },
            )
        form.add_error(
            "code", _("The code is not right. Check the time on your phone and try again.")
        )
    secret = b32encode(device.bin_key).decode()
    return render(
        request,
        "accounts/two_factor_setup.html",
        {
            **admin.site.each_context(request),
            "form": form,
            "next": _next_url(request),
            "title": _("Set up two-step login"),
            "qr_code": segno.make(device.config_url, error="m").svg_data_uri(scale=4),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "required": is_required(user),
        },
    )


@transaction.atomic
def _confirm(user, device: TOTPDevice) -> list[str]:
    """Make `device` the user's authenticator (replacing any other) with fresh recovery codes."""
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save()
    StaticDevice.objects.filter(user=user).delete()
    recovery = StaticDevice.objects.create(user=user, name="recovery", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=recovery, token=code) for code in codes)
    return codes
