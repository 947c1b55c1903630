"""When an article changes: carry every live issue to the new revision, and notice fixes."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from corrigenda.anchoring import Rebaser, Selector, Span, locate, normalise_text
from corrigenda.models import Action, Anchor, Decision, Issue, Revision, Status
from corrigenda.services.corrections import correction_publish

# Issues whose place still matters: open ones, and accepted ones waiting for their fix.
LIVE = (Status.OPEN, Status.ACCEPTED)


def article_reanchor(*, revision: Revision) -> int:
    """Rebase the article's live issues onto ``revision``; returns how many were moved."""
    issues = (
        Issue.objects.filter(article_id=revision.article_id, status__in=LIVE)
        .exclude(revision=revision)
        .select_related("revision")
    )
    rebasers: dict[int, Rebaser] = {}
    moved = 0
    for issue in issues:
        if issue.anchor == Anchor.DELETED:
            # Its passage is gone: finding the quote elsewhere would be the silent move the
            # editor must never get. It stays flagged until the editor decides.
            continue
        old = issue.revision
        if old is None or issue.start is None or issue.end is None:
            moved += _retry_unplaced(issue, revision)
            continue
        if old.pk not in rebasers:
            rebasers[old.pk] = Rebaser(old.text, revision.text)
        _carry(issue, revision, rebasers[old.pk].rebase(issue.start, issue.end))
        moved += 1
    return moved


def _carry(issue: Issue, revision: Revision, span: Span | None) -> None:
    if span is None:
        # Never moved silently somewhere else: the editor decides what a deletion means.
        _save(issue, revision, None, None, Anchor.DELETED)
        return
    if not span.changed:
        _save(issue, revision, span.start, span.end, issue.anchor)
        return
    now_reads = revision.text[span.start : span.end]
    _save(issue, revision, span.start, span.end, Anchor.CHANGED)
    if _is_the_fix(issue, now_reads):
        issue_mark_fixed(issue=issue, text=now_reads)


def _is_the_fix(issue: Issue, now_reads: str) -> bool:
    wanted = issue.final_text if issue.status == Status.ACCEPTED else issue.suggestion
    return (
        bool(wanted) and normalise_text(wanted).casefold() == normalise_text(now_reads).casefold()
    )


def _retry_unplaced(issue: Issue, revision: Revision) -> int:
    """A quote not found before may be in the new text (the article was being edited)."""
    found = locate(revision.text, Selector(exact=issue.quote))
    if found is None:
        return 0
    _save(issue, revision, found.start, found.end, Anchor.ANCHORED)
    return 1


def _save(
    issue: Issue, revision: Revision, start: int | None, end: int | None, anchor: str
) -> None:
    issue.revision, issue.start, issue.end, issue.anchor = revision, start, end, anchor
    issue.save(update_fields=["revision", "start", "end", "anchor"])


def issue_mark_fixed(*, issue: Issue, text: str) -> Issue:
    """The article now reads as the correction asked: the desk closes the issue itself,
    publishes its note and tells the readers who asked to hear back."""
    from corrigenda.tasks import notify_readers

    with transaction.atomic():
        locked = Issue.objects.select_for_update().get(pk=issue.pk)
        if locked.status not in LIVE:
            return locked
        now = timezone.now()
        locked.status, locked.decided_at = Status.FIXED, now
        if not locked.final_text:
            locked.final_text = text
        locked.save(update_fields=["status", "decided_at", "final_text"])
        Decision.objects.create(
            issue=locked, user=None, action=Action.FIXED, text=text, created_at=now
        )
        correction_publish(issue=locked)
        notify_readers.enqueue(locked.pk, "fixed", "")
    return locked
