"""An editor's decisions on an issue. Each one is recorded with who and when."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from corrigenda.models import (
    Action,
    BlockedSender,
    Correction,
    Decision,
    Disposition,
    Issue,
    Membership,
    Status,
)
from corrigenda.services.corrections import correction_create
from corrigenda.services.webhooks import webhooks_dispatch

MAX_NOTE = 5000  # characters of a final text, reason or comment: a paragraph, not an essay


class DecisionError(Exception):
    """A decision that can't be made, with a message for the editor."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message, self.field = message, field


def _decide(
    issue: Issue,
    user: User,
    action: str,
    status: str,
    text: str,
    then: Callable[[Issue], object] | None = None,
) -> Issue:
    if len(text) > MAX_NOTE:
        raise DecisionError(f"Keep it under {MAX_NOTE} characters.", "text")
    with transaction.atomic():
        locked = Issue.objects.select_for_update().get(pk=issue.pk)
        if locked.status != Status.OPEN:
            raise DecisionError(f"This issue was already {locked.get_status_display().lower()}.")
        now = timezone.now()
        locked.status, locked.decided_by, locked.decided_at = status, user, now
        if action == Action.ACCEPT:
            locked.final_text = text
        locked.save(update_fields=["status", "decided_by", "decided_at", "final_text"])
        Decision.objects.create(issue=locked, user=user, action=action, text=text, created_at=now)
        if then is not None:
            then(locked)
    return locked


def issue_accept(
    *,
    issue: Issue,
    user: User,
    final_text: str,
    disposition: str = Disposition.SILENT,
    note: str | None = None,
) -> Issue:
    """Accept: the article should read ``final_text`` where the issue points.

    Records the correction (drafting its public note when ``note`` is None); the note is
    published when the desk sees the fix in the article.
    """
    final_text = final_text.strip()
    if disposition not in Disposition.values:
        raise DecisionError("Choose how the fix is told to readers.", "disposition")
    if note is not None and len(note) > MAX_NOTE:
        raise DecisionError(f"Keep the note under {MAX_NOTE} characters.", "note")

    def record(locked: Issue) -> None:
        correction_create(
            issue=locked, user=user, after=final_text, disposition=disposition, note=note
        )
        webhooks_dispatch(issue=locked)

    return _decide(issue, user, Action.ACCEPT, Status.ACCEPTED, final_text, record)


def issue_reject(*, issue: Issue, user: User, reason: str) -> Issue:
    """Reject with a reason; readers who left an address receive it."""
    from corrigenda.tasks import notify_readers

    reason = reason.strip()
    if not reason:
        raise DecisionError("Say why, in a few words: it is kept for the record.", "reason")

    def tell(locked: Issue) -> None:
        notify_readers.enqueue(locked.pk, "declined", reason)

    return _decide(issue, user, Action.REJECT, Status.REJECTED, reason, tell)


def issue_mark_spam(*, issue: Issue, user: User) -> Issue:
    """Spam: close the issue and block every sender behind it on this site."""
    with transaction.atomic():
        decided = _decide(issue, user, Action.SPAM, Status.SPAM, "")
        for sender in set(issue.reports.values_list("sender", flat=True)):
            BlockedSender.objects.get_or_create(site_id=issue.site_id, sender=sender)
    return decided


def issue_reopen(*, issue: Issue, user: User) -> Issue:
    with transaction.atomic():
        locked = Issue.objects.select_for_update().get(pk=issue.pk)
        if locked.status == Status.OPEN:
            raise DecisionError("This issue is already open.")
        locked.status, locked.decided_by, locked.decided_at = Status.OPEN, None, None
        locked.save(update_fields=["status", "decided_by", "decided_at"])
        # A correction not yet published goes with the acceptance it came from.
        Correction.objects.filter(issue=locked, published_at__isnull=True).delete()
        Decision.objects.create(issue=locked, user=user, action=Action.REOPEN)
    return locked


def issue_comment(*, issue: Issue, user: User, text: str) -> Decision:
    text = text.strip()
    if not text or len(text) > MAX_NOTE:
        raise DecisionError(f"Write between 1 and {MAX_NOTE} characters.", "text")
    return Decision.objects.create(issue=issue, user=user, action=Action.COMMENT, text=text)


def issue_assign(*, issue: Issue, user: User, assignee_id: int | None) -> Issue:
    """Give the issue to a colleague on its site (or to nobody); recorded like a decision."""
    assignee = None
    if assignee_id is not None:
        member = Membership.objects.filter(site_id=issue.site_id, user_id=assignee_id).first()
        if member is None or not member.can_decide:
            raise DecisionError("Assign it to an editor or owner of this site.", "assignee")
        assignee = member.user
    with transaction.atomic():
        locked = Issue.objects.select_for_update().get(pk=issue.pk)
        locked.assignee = assignee
        locked.save(update_fields=["assignee"])
        Decision.objects.create(
            issue=locked,
            user=user,
            action=Action.ASSIGN,
            text=assignee.get_username() if assignee else "nobody",
        )
    return locked
