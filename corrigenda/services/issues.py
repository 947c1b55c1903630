"""An editor's decisions on an issue. Each one is recorded with who and when."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from corrigenda.models import Action, BlockedSender, Decision, Issue, Status

MAX_NOTE = 5000  # characters of a final text, reason or comment: a paragraph, not an essay


class DecisionError(Exception):
    """A decision that can't be made, with a message for the editor."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message, self.field = message, field


def _decide(issue: Issue, user: AbstractBaseUser, action: str, status: str, text: str) -> Issue:
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
    return locked


def issue_accept(*, issue: Issue, user: AbstractBaseUser, final_text: str) -> Issue:
    """Accept: the article should read ``final_text`` where the issue points."""
    return _decide(issue, user, Action.ACCEPT, Status.ACCEPTED, final_text.strip())


def issue_reject(*, issue: Issue, user: AbstractBaseUser, reason: str) -> Issue:
    reason = reason.strip()
    if not reason:
        raise DecisionError("Say why, in a few words: it is kept for the record.", "reason")
    return _decide(issue, user, Action.REJECT, Status.REJECTED, reason)


def issue_mark_spam(*, issue: Issue, user: AbstractBaseUser) -> Issue:
    """Spam: close the issue and block every sender behind it on this site."""
    with transaction.atomic():
        decided = _decide(issue, user, Action.SPAM, Status.SPAM, "")
        for sender in set(issue.reports.values_list("sender", flat=True)):
            BlockedSender.objects.get_or_create(site_id=issue.site_id, sender=sender)
    return decided


def issue_reopen(*, issue: Issue, user: AbstractBaseUser) -> Issue:
    with transaction.atomic():
        locked = Issue.objects.select_for_update().get(pk=issue.pk)
        if locked.status == Status.OPEN:
            raise DecisionError("This issue is already open.")
        locked.status, locked.decided_by, locked.decided_at = Status.OPEN, None, None
        locked.save(update_fields=["status", "decided_by", "decided_at"])
        Decision.objects.create(issue=locked, user=user, action=Action.REOPEN)
    return locked


def issue_comment(*, issue: Issue, user: AbstractBaseUser, text: str) -> Decision:
    text = text.strip()
    if not text or len(text) > MAX_NOTE:
        raise DecisionError(f"Write between 1 and {MAX_NOTE} characters.", "text")
    return Decision.objects.create(issue=issue, user=user, action=Action.COMMENT, text=text)
