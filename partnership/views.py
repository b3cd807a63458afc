import datetime

from django.core import signing
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.generic import FormView, TemplateView, View

from core.clock import current_minute
from core.facets import FacetedListView, feed_query
from core.forms import PublicFormViewMixin
from core.sorting import SORT_UPDATED
from partnership.filters import PartnerNoticeFilterSet
from partnership.forms import NoticeReplyForm
from partnership.models import MAX_MONTHS, PartnerNotice
from partnership.services import extend, extended_until, read_extend_token, reply_notify

REPLIES_PER_NOTICE_PER_HOUR = 20


class NoticeListView(FacetedListView):
    """`/yhteistyo/`: the current notices, newest first unless another order is chosen."""

    filterset_class = PartnerNoticeFilterSet
    title_field = "title"
    template_name = "partnership/notice_list.html"
    context_object_name = "notices"

    def filterset_context(self):
        self.moment = current_minute()
        return {"moment": self.moment}

    def order(self, queryset):
        if not self.searching and "sort" not in self.query:
            self.sort = SORT_UPDATED
        return super().order(queryset)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            feed_url=reverse("partnership:notice-feed") + feed_query(self.query), **kwargs
        )


class NoticeMixin:
    """The notice of the URL: a missing or unpublished one is 404; one past its last day answers
    410 with a page that says so, because people follow old links to notices."""

    def dispatch(self, request, *args, **kwargs):
        self.moment = current_minute()
        queryset = (
            PartnerNotice.objects.published()
            .select_related("association")
            .prefetch_related("municipalities", "themes", "spearheads", "target_groups")
        )
        self.notice = get_object_or_404(queryset, slug=kwargs["slug"])
        if not self.notice.is_current_at(self.moment):
            context = {"notice": self.notice, "list_url": reverse("partnership:notice-list")}
            return render(request, "partnership/notice_expired.html", context, status=410)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(notice=self.notice, **kwargs)


class NoticeDetailView(NoticeMixin, PublicFormViewMixin, FormView):
    """`/yhteistyo/<slug>/`: the notice and the reply form (the form posts back here)."""

    template_name = "partnership/notice_detail.html"
    form_class = NoticeReplyForm
    rate_limited_template = "partnership/reply_rate_limited.html"
    rate_limit_scope = "notice-reply"

    def get_success_url(self):
        return reverse("partnership:notice-thanks", kwargs={"slug": self.notice.slug})

    def rate_limits(self, form):
        limits = super().rate_limits(form)
        limits.append(("notice-reply-notice", str(self.notice.pk), REPLIES_PER_NOTICE_PER_HOUR))
        return limits

    def accept(self, form):
        reply = form.save(commit=False)
        reply.notice = self.notice
        reply.save()
        reply_notify(reply=reply)


class NoticeThanksView(NoticeMixin, TemplateView):
    template_name = "partnership/reply_thanks.html"


class NoticeExtendView(View):
    """`/yhteistyo/jatka/<token>/`, the reminder's link: GET shows what the extension does and a
    button, POST extends (never a change on GET: mail scanners follow links). An old link is
    410, a forged one 400, a used one 409, each with a page that says what to do."""

    template_name = "partnership/notice_extend.html"

    def dispatch(self, request, *args, token, **kwargs):
        try:
            data = read_extend_token(token)
        except signing.SignatureExpired:
            return self.problem("expired", status=410)
        except (signing.BadSignature, ValueError, TypeError):
            return self.problem("invalid", status=400)
        notices = PartnerNotice.objects.select_related("association")
        self.notice = notices.filter(pk=data["n"]).first()
        if self.notice is None:
            return self.problem("invalid", status=404)
        self.from_day = datetime.date.fromisoformat(data["v"])
        if self.notice.valid_until != self.from_day:
            return self.problem("used", status=409)
        return super().dispatch(request, *args, **kwargs)

    def problem(self, reason: str, *, status: int):
        notice = getattr(self, "notice", None)
        return render(self.request, self.template_name,
                      {"problem": reason, "notice": notice}, status=status)  # fmt: skip

    def get(self, request, *args, **kwargs):
        new_day = extended_until(self.notice, timezone.localdate())
        return render(request, self.template_name, {"notice": self.notice, "new_day": new_day,
                                                    "max_months": MAX_MONTHS})  # fmt: skip

    def post(self, request, *args, **kwargs):
        notice = extend(notice_id=self.notice.pk, from_day=self.from_day)
        if notice is None:
            return self.problem("used", status=409)
        return render(request, self.template_name, {"notice": notice, "done": True})
