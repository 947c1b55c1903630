"""Background work, run by the task worker (``corrigenda worker``)."""

from __future__ import annotations

from django.tasks import task

from corrigenda.models import Report
from corrigenda.services.triage import report_triage


@task()
def triage_report(report_id: int) -> int | None:
    """Anchor a stored report and file it under an issue; returns the issue's id."""
    report = Report.objects.select_related("article", "site").filter(pk=report_id).first()
    if report is None:
        return None
    return report_triage(report=report).pk
