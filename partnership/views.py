import datetime

from django.core import signing
from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.generic import DetailView, FormView, ListView, TemplateView, View

from core.calendars import calendar_response
from core.clock import current_minute
from core.facets import FacetedListView, feed_query
from core.forms import PublicFormViewMixin
from core.sorting import SORT_UPDATED
from directory.models import Association
from news.models import NewsItem
from partnership.calendars import deadline_calendar
from partnership.filters import PartnerNoticeFilterSet
from partnership.forms import NoticeReplyForm
from partnership.models import MAX_MONTHS, Consultation, PartnerNotice
from partnership.services import extend, extended_until, read_extend_token, reply_notify
from taxonomy.models import Spearhead

REPLIES_PER_NOTICE_PER_HOUR = 20
ADVOCACY_SPEARHEAD = "vaikuttaminen-ja-yhdessa-kehittaminen"


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


# --- Consultations and statements: /vaikuttaminen/ ---------------------------------------------

#: How many recent statements and opinion pieces the advocacy page shows.
RECENT_STATEMENTS = 12
#: Consultations that closed this long ago stay in the deadline calendar.
CALENDAR_KEEPS_CLOSED = datetime.timedelta(days=30)
CALENDAR_LIMIT = 200


def voices():
    """Published statements, consultation responses and opinion pieces, newest first, with
    their authors, co-signers and the consultation they answer."""
    return (
        NewsItem.objects.published()
        .filter(kind__in=NewsItem.VOICE_KINDS)
        .select_related("association", "answers")
        .prefetch_related(
            Prefetch("co_signers", queryset=Association.objects.published().order_by("name"))
        )
        .newest_first()
    )


class AdvocacyView(TemplateView):
    """`/vaikuttaminen/`: open consultations by deadline, then the newest statements."""

    template_name = "partnership/advocacy.html"

    def get_context_data(self, **kwargs):
        moment = current_minute()
        published = Consultation.objects.published()
        return super().get_context_data(
            spearhead=Spearhead.objects.filter(slug=ADVOCACY_SPEARHEAD).first(),
            open_consultations=published.open_at(moment)
            .annotate(answer_count=published_answer_count())
            .order_by("deadline", "pk"),
            closed_count=published.closed_at(moment).count(),
            statements=voices()[:RECENT_STATEMENTS],
            **kwargs,
        )


def published_answer_count():
    return Count("answers", filter=Q(answers__in=NewsItem.objects.published().values("pk")))


class ClosedConsultationListView(ListView):
    """`/vaikuttaminen/paattyneet/`: closed consultations, the latest deadline first."""

    template_name = "partnership/consultation_closed_list.html"
    context_object_name = "consultations"
    paginate_by = 20

    def get_queryset(self):
        return (
            Consultation.objects.published()
            .closed_at(current_minute())
            .annotate(answer_count=published_answer_count())
            .order_by("-deadline", "-pk")
        )


class ConsultationDetailView(DetailView):
    """`/vaikuttaminen/<slug>/`: the consultation (open or closed) and its published answers."""

    template_name = "partnership/consultation_detail.html"
    context_object_name = "consultation"

    def get_queryset(self):
        return Consultation.objects.published().prefetch_related(
            "municipalities", "themes", "spearheads", "target_groups"
        )

    def get_context_data(self, **kwargs):
        consultation = self.object
        return super().get_context_data(
            is_open=consultation.is_open_at(current_minute()),
            answers=voices().filter(answers=consultation),
            calendar_url=reverse("partnership:consultation-calendar"),
            **kwargs,
        )


class ConsultationCalendarView(View):
    """`/vaikuttaminen/kalenteri.ics`: the deadlines of open consultations and of those closed
    in the last 30 days."""

    def get(self, request, *args, **kwargs):
        since = current_minute() - CALENDAR_KEEPS_CLOSED
        consultations = (
            Consultation.objects.published()
            .open_at(since)
            .order_by("deadline", "pk")[:CALENDAR_LIMIT]
        )
        calendar = deadline_calendar(consultations, absolute_url=request.build_absolute_uri)
        return calendar_response(calendar, filename="lausuntopyynnot.ics")
