"""The editors' desk: the queue, an issue, and the decisions. Server-rendered."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from corrigenda.models import Disposition, Kind, Source, Status
from corrigenda.notes import NOTES, language
from corrigenda.selectors import (
    QueueFilters,
    issue_for_user,
    issues_for_user,
    membership_for,
    queue_counts,
    revision_history,
    sites_for_user,
)
from corrigenda.services import issues as decisions
from corrigenda.services.proofreader import issue_not_an_error
from corrigenda.text import sentence_around
from corrigenda.views.requests import AuthedRequest

QUEUE_PAGE_SIZE = 50  # a screenful of rows; the rest is a page away
# What an accepted fix usually becomes, by the kind of error: the editor can change it.
DEFAULT_DISPOSITION = {
    "typo": Disposition.SILENT,
    "factual": Disposition.CORRECTION,
    "clarification": Disposition.CLARIFICATION,
}


@login_required
def queue(request: AuthedRequest) -> HttpResponse:
    filters = QueueFilters.from_query(request.GET.dict())
    page = Paginator(issues_for_user(request.user, filters), QUEUE_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    context = {
        "page": page,
        "filters": filters,
        "sites": sites_for_user(request.user),
        "statuses": Status.choices,
        "kinds": Kind.choices,
        "sources": Source.choices,
        "rows": [(issue, _context(issue)) for issue in page],
        "counts": queue_counts(request.user, filters),
    }
    template = (
        "corrigenda/queue_rows.html" if request.GET.get("partial") else "corrigenda/queue.html"
    )
    return render(request, template, context)


def _context(issue) -> tuple[str, str, str]:
    """The sentence around the issue's span in its revision, or the bare quote."""
    if issue.revision_id is None or issue.start is None:
        return "", issue.quote, ""
    return sentence_around(issue.revision.text, issue.start, issue.end)


@login_required
def issue_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    issue = issue_for_user(request.user, pk)
    membership = membership_for(request.user, issue.site_id)
    context = {
        "issue": issue,
        "sentence": _context(issue),
        "reports": issue.reports.order_by("created_at"),
        "decisions": issue.decisions.select_related("user"),
        "can_decide": membership is not None and membership.can_decide,
        "suggested": issue.suggestion or issue.quote,
        "dispositions": Disposition.choices,
        "default_disposition": DEFAULT_DISPOSITION.get(issue.kind, Disposition.SILENT),
        "note_templates": NOTES[language(issue.article.lang)],
        "correction": getattr(issue, "correction", None),
        "history": revision_history(issue.article),
        "deliveries": issue.deliveries.select_related("webhook"),
        "colleagues": issue.site.memberships.filter(role__in=("owner", "editor"))
        .select_related("user")
        .order_by("user__username"),
    }
    return render(request, "corrigenda/issue.html", context)


def _accept(issue, user, post):
    note = post.get("note", "").strip()
    return decisions.issue_accept(
        issue=issue,
        user=user,
        final_text=post.get("final_text", ""),
        disposition=post.get("disposition", Disposition.SILENT),
        note=note or None,
    )


ACTIONS = {
    "accept": _accept,
    "reject": lambda issue, user, post: decisions.issue_reject(
        issue=issue, user=user, reason=post.get("reason", "")
    ),
    "spam": lambda issue, user, post: decisions.issue_mark_spam(issue=issue, user=user),
    "not_an_error": lambda issue, user, post: issue_not_an_error(issue=issue, user=user),
    "reopen": lambda issue, user, post: decisions.issue_reopen(issue=issue, user=user),
    "assign": lambda issue, user, post: decisions.issue_assign(
        issue=issue,
        user=user,
        assignee_id=int(post["assignee"]) if post.get("assignee", "").isdigit() else None,
    ),
    "comment": lambda issue, user, post: decisions.issue_comment(
        issue=issue, user=user, text=post.get("text", "")
    ),
}


@login_required
@require_POST
def issue_decide(request: AuthedRequest, pk: int, action: str) -> HttpResponse:
    if action not in ACTIONS:
        raise Http404("No such action.")
    issue = issue_for_user(request.user, pk)
    membership = membership_for(request.user, issue.site_id)
    if membership is None or not membership.can_decide:
        messages.error(request, "Viewers can read the desk but not decide.")
        return redirect("corrigenda:issue", pk=pk)
    try:
        ACTIONS[action](issue, request.user, request.POST)
    except decisions.DecisionError as error:
        messages.error(request, error.message)
        return redirect("corrigenda:issue", pk=pk)
    messages.success(request, _done_message(action, issue.pk))
    if action in ("comment", "reopen", "assign"):
        return redirect("corrigenda:issue", pk=pk)
    return redirect(_safe_next(request))


def _safe_next(request: AuthedRequest) -> str:
    """Back to the queue as it was filtered; never to another site (no open redirect)."""
    target = request.POST.get("next", "")
    if (
        target
        and url_has_allowed_host_and_scheme(target, allowed_hosts=None)
        and target.startswith("/")
    ):
        return target
    return reverse("corrigenda:queue")


def _done_message(action: str, pk: int) -> str:
    verbs = {
        "assign": "assigned",
        "not_an_error": "dismissed as not an error",
        "accept": "accepted",
        "reject": "rejected",
        "spam": "marked as spam",
        "reopen": "reopened",
        "comment": "commented on",
    }
    return f"Issue #{pk} {verbs[action]}."


@login_required
def settings_page(request: AuthedRequest) -> HttpResponse:
    """Each editor's own e-mail settings, per site."""
    memberships = request.user.memberships.select_related("site").order_by("site__name")
    if request.method == "POST":
        for membership in memberships:
            membership.notify_new = f"notify_new_{membership.pk}" in request.POST
            membership.daily_digest = f"daily_digest_{membership.pk}" in request.POST
            membership.save(update_fields=["notify_new", "daily_digest"])
        messages.success(request, "Your e-mail settings are saved.")
        return redirect("corrigenda:settings")
    return render(request, "corrigenda/settings.html", {"memberships": memberships})
