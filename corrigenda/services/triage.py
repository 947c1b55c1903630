"""Triage: place a report in the current article text and merge it into an issue."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from corrigenda.anchoring import Rebaser, Selector, locate, normalise_text
from corrigenda.models import (
    Anchor,
    Article,
    BlockedSender,
    Issue,
    Report,
    Revision,
    Source,
    Status,
)
from corrigenda.services.articles import article_refresh

# Below the default bar but above this, a located span is shown as a best guess that the
# editor must check; below it the report is "quote not found".
NEEDS_CHECK_SCORE = 0.5


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a report points in a revision (start/end None when it points nowhere)."""

    revision: Revision | None
    start: int | None
    end: int | None
    anchor: str
    confidence: float


def report_triage(*, report: Report) -> Issue | None:
    """Anchor ``report`` and file it under an issue. Running it twice changes nothing.

    A report from a sender blocked as a spammer is kept, marked, and filed nowhere (None).
    """
    if report.issue_id is not None:
        return report.issue
    if (
        report.blocked
        or BlockedSender.objects.filter(site_id=report.site_id, sender=report.sender).exists()
    ):
        Report.objects.filter(pk=report.pk).update(blocked=True, triaged_at=timezone.now())
        return None
    article = Article.objects.select_related("current_revision", "site").get(
        pk=report.article_id
    )  # fresh: a revision may have arrived since the report was read
    current = _current_revision(article, seen=report.revision)
    placement = report_place(report=report, current=current)
    with transaction.atomic():
        # One triage at a time per article: two readers reporting the same typo at once
        # must end in one issue with a count of two, never two issues.
        Article.objects.select_for_update().get(pk=article.pk)
        issue = _mergeable_issue(article, report, placement)
        if issue is None:
            issue = _issue_from(report, placement)
            _tell_editors(issue)
        else:
            Issue.objects.filter(pk=issue.pk).update(
                report_count=F("report_count") + 1, last_seen=report.created_at
            )
            if not issue.suggestion and _clean_suggestion(report):
                Issue.objects.filter(pk=issue.pk).update(suggestion=_clean_suggestion(report))
        Report.objects.filter(pk=report.pk).update(issue=issue, triaged_at=timezone.now())
    issue.refresh_from_db()
    return issue


# Diffs between revision pairs a worker met recently: a revision's text never changes, and a
# burst of reports on one edited article compares the same two revisions again and again.
REBASER_CACHE = 16
_rebasers: dict[tuple[str, str], Rebaser] = {}


def _rebaser(old: Revision, new: Revision) -> Rebaser:
    key = (old.fingerprint, new.fingerprint)  # the texts' identity, whatever their rows
    if key not in _rebasers:
        if len(_rebasers) >= REBASER_CACHE:
            _rebasers.pop(next(iter(_rebasers)))  # the oldest entry
        _rebasers[key] = Rebaser(old.text, new.text)
    return _rebasers[key]


def _tell_editors(issue: Issue) -> None:
    from corrigenda.tasks import notify_editors

    pk = issue.pk
    transaction.on_commit(lambda: notify_editors.enqueue(pk))


def _current_revision(article: Article, *, seen: str) -> Revision | None:
    known = seen and article.revisions.filter(fingerprint=seen).exists()
    if article.current_revision_id is None or not known:
        return article_refresh(article=article)
    return article.current_revision


def report_place(*, report: Report, current: Revision | None) -> Placement:
    """Locate the report in the revision the reader saw and carry it to ``current``."""
    if current is None:
        return Placement(None, None, None, Anchor.UNVERIFIED, 0.0)
    selector = Selector(
        exact=report.exact,
        prefix=report.prefix,
        suffix=report.suffix,
        start=report.start,
        end=report.end,
    )
    seen = (
        current.article.revisions.filter(fingerprint=report.revision).first()
        if report.revision
        else None
    )
    if seen is not None:
        span = _in_seen(seen.text, selector)
        if span is not None:
            if seen.pk == current.pk:
                return Placement(current, span[0], span[1], Anchor.ANCHORED, 1.0)
            moved = _rebaser(seen, current).rebase(*span)
            if moved is None:
                return Placement(current, None, None, Anchor.DELETED, 0.0)
            anchor = Anchor.CHANGED if moved.changed else Anchor.ANCHORED
            return Placement(current, moved.start, moved.end, anchor, 1.0)
    found = locate(current.text, selector)
    if found is not None:
        return Placement(current, found.start, found.end, Anchor.ANCHORED, found.score)
    guess = locate(current.text, selector, min_score=NEEDS_CHECK_SCORE)
    if guess is not None:
        return Placement(current, guess.start, guess.end, Anchor.NEEDS_CHECK, guess.score)
    return Placement(current, None, None, Anchor.UNVERIFIED, 0.0)


def _in_seen(text: str, selector: Selector) -> tuple[int, int] | None:
    """The reader's offsets when they hold; else the quote located in that same text."""
    start, end = selector.start, selector.end
    if start is not None and end is not None and text[start:end] == selector.exact:
        return start, end
    found = locate(text, selector)
    return (found.start, found.end) if found else None


def _clean_suggestion(report: Report) -> str:
    """The reader's suggestion, or "" when it is empty or merely repeats the quote."""
    suggestion = normalise_text(report.suggestion)
    return "" if suggestion == normalise_text(report.exact) else suggestion


def _agree(first: str, second: str) -> bool:
    return not first or not second or first.casefold() == second.casefold()


def _mergeable_issue(article: Article, report: Report, placement: Placement) -> Issue | None:
    suggestion = _clean_suggestion(report)
    candidates = Issue.objects.filter(article=article, status=Status.OPEN, source=Source.READER)
    for issue in candidates.order_by("first_seen"):
        if not _agree(issue.suggestion, suggestion):
            continue
        if _same_place(issue, report, placement):
            return issue
    return None


def _same_place(issue: Issue, report: Report, placement: Placement) -> bool:
    here, there = placement.revision, issue.revision
    if (
        placement.start is None
        or placement.end is None
        or here is None
        or there is None
        or issue.start is None
        or issue.end is None
    ):
        # Nothing to compare by position: the same words quoted are the same complaint.
        return normalise_text(issue.quote).casefold() == normalise_text(report.exact).casefold()
    start, end = issue.start, issue.end
    if there.pk != here.pk:
        moved = _rebaser(there, here).rebase(start, end)
        if moved is None:
            return False
        start, end = moved.start, moved.end
    return start < placement.end and placement.start < end


def _issue_from(report: Report, placement: Placement) -> Issue:
    quote = report.exact
    if placement.revision is not None and placement.start is not None:
        quote = placement.revision.text[placement.start : placement.end]
    return Issue.objects.create(
        site=report.site,
        article=report.article,
        revision=placement.revision,
        start=placement.start,
        end=placement.end,
        quote=quote,
        suggestion=_clean_suggestion(report),
        kind=report.kind,
        anchor=placement.anchor,
        confidence=placement.confidence,
        report_count=1,
        first_seen=report.created_at,
        last_seen=report.created_at,
    )
