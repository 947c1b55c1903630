"""The editor API: what the desk's queue and issue page do, for scripts and integrations.

Authenticated with a per-user bearer token (``corrigenda token add EMAIL``); every read and
action is scoped to the sites the token's user is a member of, exactly as on the desk.
"""

from __future__ import annotations

from datetime import datetime

from django.http import Http404, HttpRequest
from django.utils import timezone
from ninja import Router, Schema
from ninja.security import HttpBearer

from corrigenda.models import ApiToken, Issue, hash_secret
from corrigenda.schemas import ErrorOut
from corrigenda.selectors import QueueFilters, issue_for_user, issues_for_user, membership_for
from corrigenda.services import issues as decisions
from corrigenda.views.errors import ApiError
from corrigenda.views.requests import AuthedRequest

PAGE_SIZE = 100  # issues per page of the list


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> object | None:
        found = ApiToken.objects.select_related("user").filter(key_hash=hash_secret(token)).first()
        if found is None or not found.user.is_active:
            return None
        ApiToken.objects.filter(pk=found.pk).update(last_used_at=timezone.now())
        request.user = found.user
        return found.user


router = Router(auth=TokenAuth(), tags=["editor"])


class IssueOut(Schema):
    id: int
    site: str
    article_url: str
    article_title: str
    quote: str
    suggestion: str
    kind: str
    status: str
    source: str
    anchor: str
    report_count: int
    start: int | None
    end: int | None
    first_seen: datetime
    last_seen: datetime
    final_text: str


class AcceptIn(Schema):
    final_text: str
    disposition: str = "silent"
    note: str | None = None


class RejectIn(Schema):
    reason: str


def _out(issue: Issue) -> IssueOut:
    return IssueOut(
        id=issue.pk,
        site=issue.site.name,
        article_url=issue.article.url,
        article_title=issue.article.title,
        quote=issue.quote,
        suggestion=issue.suggestion,
        kind=issue.kind,
        status=issue.status,
        source=issue.source,
        anchor=issue.anchor,
        report_count=issue.report_count,
        start=issue.start,
        end=issue.end,
        first_seen=issue.first_seen,
        last_seen=issue.last_seen,
        final_text=issue.final_text,
    )


@router.get("/issues", response=list[IssueOut], summary="The queue, filtered like the desk's")
def list_issues(
    request: AuthedRequest,
    site: str = "",
    status: str = "open",
    kind: str = "",
    source: str = "",
    sort: str = "recent",
    page: int = 1,
) -> list[IssueOut]:
    filters = QueueFilters.from_query(
        {"site": site, "status": status, "kind": kind, "source": source, "sort": sort}
    )
    start = max(0, page - 1) * PAGE_SIZE
    return [_out(i) for i in issues_for_user(request.user, filters)[start : start + PAGE_SIZE]]


@router.get("/issues/{issue_id}", response={200: IssueOut, 404: ErrorOut})
def get_issue(request: AuthedRequest, issue_id: int):
    return _out(_visible(request, issue_id))


def _visible(request: AuthedRequest, issue_id: int) -> Issue:
    try:
        return issue_for_user(request.user, issue_id)
    except Http404:
        raise ApiError(404, "not_found", "No such issue.") from None


def _decide(request: AuthedRequest, issue_id: int, action) -> IssueOut:
    issue = _visible(request, issue_id)
    membership = membership_for(request.user, issue.site_id)
    if membership is None or not membership.can_decide:
        raise ApiError(403, "forbidden", "Viewers can read the desk but not decide.")
    try:
        action(issue)
    except decisions.DecisionError as error:
        raise ApiError(
            409 if error.field is None else 400, "not_allowed", error.message, error.field
        ) from None
    return _out(issue_for_user(request.user, issue_id))


DECIDED = {200: IssueOut, 400: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}


@router.post("/issues/{issue_id}/accept", response=DECIDED)
def accept_issue(request: AuthedRequest, issue_id: int, body: AcceptIn):
    return _decide(
        request,
        issue_id,
        lambda issue: decisions.issue_accept(
            issue=issue,
            user=request.user,
            final_text=body.final_text,
            disposition=body.disposition,
            note=body.note,
        ),
    )


@router.post("/issues/{issue_id}/reject", response=DECIDED)
def reject_issue(request: AuthedRequest, issue_id: int, body: RejectIn):
    return _decide(
        request,
        issue_id,
        lambda issue: decisions.issue_reject(issue=issue, user=request.user, reason=body.reason),
    )


@router.post("/issues/{issue_id}/spam", response=DECIDED)
def spam_issue(request: AuthedRequest, issue_id: int):
    return _decide(
        request, issue_id, lambda issue: decisions.issue_mark_spam(issue=issue, user=request.user)
    )
