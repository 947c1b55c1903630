"""Background work, run by the task worker (``corrigenda worker``)."""

from __future__ import annotations

from django.tasks import task

from corrigenda.models import Article, Delivery, Issue, Report, Revision
from corrigenda.services.articles import article_refresh
from corrigenda.services.corrections import readers_notify
from corrigenda.services.reanchor import article_reanchor
from corrigenda.services.triage import report_triage


@task()
def triage_report(report_id: int) -> int | None:
    """Anchor a stored report and file it under an issue; returns the issue's id."""
    report = Report.objects.select_related("article", "site").filter(pk=report_id).first()
    if report is None:
        return None
    issue = report_triage(report=report)
    return issue.pk if issue else None


@task()
def reanchor_article(revision_id: int) -> int:
    """Carry the article's live issues to a new revision; returns how many moved."""
    revision = Revision.objects.filter(pk=revision_id).first()
    if revision is None or revision.article.current_revision_id != revision.pk:
        return 0  # a newer revision arrived meanwhile; its own task does the work
    return article_reanchor(revision=revision)


@task()
def notify_readers(issue_id: int, outcome: str, reason: str) -> int:
    """E-mail the readers behind an issue once (``fixed`` or ``declined``)."""
    issue = Issue.objects.select_related("article", "site").filter(pk=issue_id).first()
    return readers_notify(issue=issue, outcome=outcome, reason=reason) if issue else 0


@task()
def deliver_webhook(delivery_id: int) -> str | None:
    """One attempt at a webhook delivery; a failure schedules the next one itself."""
    from corrigenda.services.webhooks import delivery_attempt

    delivery = Delivery.objects.select_related("webhook", "issue").filter(pk=delivery_id).first()
    return delivery_attempt(delivery=delivery).status if delivery else None


@task()
def refresh_article(article_id: int) -> int | None:
    """Fetch the article now (to confirm a fix went live); returns its current revision."""
    article = Article.objects.select_related("site").filter(pk=article_id).first()
    revision = article_refresh(article=article, force=True) if article else None
    return revision.number if revision else None


@task()
def notify_editors(issue_id: int) -> int:
    """E-mail the editors who want to hear about new issues."""
    from corrigenda import conf
    from corrigenda.services.housekeeping import editors_notify_new

    issue = Issue.objects.select_related("article", "site").filter(pk=issue_id).first()
    return editors_notify_new(issue=issue, desk_url=conf.get("DESK_URL")) if issue else 0


@task()
def proofread_revision(revision_id: int) -> int:
    """Proofread a new revision; returns how many findings joined the queue."""
    from corrigenda.services.proofreader import revision_proofread

    revision = Revision.objects.select_related("article__site").filter(pk=revision_id).first()
    return len(revision_proofread(revision=revision)) if revision else 0
