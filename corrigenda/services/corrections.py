"""Corrections: drafted on accept, published when the fix is seen live, told to readers."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from corrigenda.models import PUBLIC_DISPOSITIONS, Correction, Disposition, Issue, Report
from corrigenda.notes import note_draft, reader_mail


def correction_create(
    *, issue: Issue, user: User, after: str, disposition: str, note: str | None
) -> Correction:
    """Record what the accepted issue changes; draft the public note unless one is given."""
    lang = issue.article.lang
    if note is None:
        note = note_draft(disposition=disposition, lang=lang, before=issue.quote, after=after)
    if disposition not in PUBLIC_DISPOSITIONS:
        note = ""
    return Correction.objects.create(
        issue=issue,
        site_id=issue.site_id,
        article_id=issue.article_id,
        disposition=disposition,
        before=issue.quote,
        after=after,
        note=note.strip(),
        lang=lang,
        created_by=user,
    )


def correction_publish(*, issue: Issue) -> Correction | None:
    """The fix is live: publish the note (if the correction has a public one)."""
    correction = Correction.objects.filter(issue=issue).first()
    if correction is None:
        correction = Correction.objects.create(
            issue=issue,
            site_id=issue.site_id,
            article_id=issue.article_id,
            disposition=Disposition.SILENT,
            before=issue.quote,
            after=issue.final_text,
            lang=issue.article.lang,
        )
    if correction.published_at is None:
        correction.published_at = timezone.now()
        correction.save(update_fields=["published_at"])
    return correction


def readers_notify(*, issue: Issue, outcome: str, reason: str = "") -> int:
    """Send each reader who left an address one message, then forget the address.

    ``outcome`` is ``fixed`` or ``declined``. Returns how many messages went out.
    """
    reports = Report.objects.filter(issue=issue).exclude(email="")
    addresses = sorted({report.email.lower() for report in reports})
    article = issue.article
    subject, body = reader_mail(
        outcome=outcome,
        lang=article.lang,
        title=article.title or article.url,
        url=article.url,
        quote=issue.quote,
        after=issue.final_text or issue.suggestion,
        reason=reason,
        site=str(issue.site),
    )
    for address in addresses:
        send_mail(subject, body, None, [address])
    with transaction.atomic():
        reports.update(email="")
    return len(addresses)
