"""What the worker does on a timer: forget old reader addresses, send editors' mail."""

from __future__ import annotations

from datetime import timedelta

from django.core.mail import send_mail
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from corrigenda.models import Issue, Membership, Report, Site, Status

DIGEST_EVERY = timedelta(hours=24)  # "daily": at most one digest per editor per day
DIGEST_ROWS = 20  # issues listed in a digest; the desk has the rest


def emails_purge(*, now=None) -> int:
    """Delete readers' addresses older than their site's retention; returns how many."""
    now = now or timezone.now()
    purged = 0
    for site in Site.objects.all():
        cutoff = now - timedelta(days=site.email_retention_days)
        purged += (
            Report.objects.filter(site=site, created_at__lt=cutoff)
            .exclude(email="")
            .update(email="")
        )
    return purged


def editors_notify_new(*, issue: Issue, desk_url: str) -> int:
    """Tell the site's editors who asked for it that readers found a new error."""
    members = (
        Membership.objects.filter(site_id=issue.site_id, notify_new=True)
        .select_related("user")
        .exclude(user__email="")
    )
    link = desk_url.rstrip("/") + reverse("corrigenda:issue", args=[issue.pk])
    subject = f"[{issue.site}] New report: \u201c{issue.quote[:60]}\u201d"
    body = (
        f"A reader reported a possible {issue.get_kind_display().lower()} in "
        f"\u201c{issue.article.title or issue.article.url}\u201d:\n\n"
        f"  {issue.quote[:300]}\n"
        + (f"  suggested: {issue.suggestion[:300]}\n" if issue.suggestion else "")
        + f"\nOpen it on the desk: {link}\n"
    )
    for member in members:
        send_mail(subject, body, None, [member.user.email])
    return len(members)


def digests_send(*, desk_url: str, now=None) -> int:
    """Send each editor who wants one a digest of their site's open issues, once a day."""
    now = now or timezone.now()
    due = (
        Membership.objects.filter(daily_digest=True)
        .filter(Q(last_digest_at__isnull=True) | Q(last_digest_at__lte=now - DIGEST_EVERY))
        .select_related("user", "site")
        .exclude(user__email="")
    )
    sent = 0
    for member in due:
        # Claim the digest first: with several workers, only the one whose update lands
        # sends it.
        if not Membership.objects.filter(pk=member.pk, last_digest_at=member.last_digest_at).update(
            last_digest_at=now
        ):
            continue
        issues = Issue.objects.filter(site=member.site, status=Status.OPEN).order_by(
            F("report_count").desc(), "-last_seen"
        )
        count = issues.count()
        if count:
            send_mail(
                *_digest(member.site, list(issues[:DIGEST_ROWS]), count, desk_url),
                None,
                [member.user.email],
            )
            sent += 1
    return sent


def housekeeping_run(*, desk_url: str) -> dict[str, int]:
    """Everything the timer does, once."""
    return {"purged": emails_purge(), "digests": digests_send(desk_url=desk_url)}


def _digest(site: Site, issues: list[Issue], count: int, desk_url: str) -> tuple[str, str]:
    lines = [f"{count} open issue{'s' if count != 1 else ''} on {site}, most reported first:", ""]
    for issue in issues:
        link = desk_url.rstrip("/") + reverse("corrigenda:issue", args=[issue.pk])
        lines.append(
            f"- {issue.report_count}\u00d7 \u201c{issue.quote[:80]}\u201d "
            f"({issue.get_kind_display()}) {link}"
        )
    return f"[{site}] {count} open issue{'s' if count != 1 else ''}", "\n".join(lines) + "\n"
