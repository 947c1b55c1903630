"""Storing what a reader sent: validated upstream, durable before the 201."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

from corrigenda import conf
from corrigenda.models import BlockedSender, Report, Site
from corrigenda.ratelimit import limiter
from corrigenda.services.articles import article_for_url


@dataclass(frozen=True, slots=True)
class ReportData:
    """A report as the API validated it."""

    url: str
    exact: str
    kind: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    revision: str = ""
    title: str = ""
    lang: str = ""
    suggestion: str = ""
    comment: str = ""
    email: str = ""


def sender_hash(ip: str) -> str:
    """The reader's IP as a keyed hash: enough to rate-limit and block, useless to a thief."""
    key = hashlib.sha256(("corrigenda.sender:" + settings.SECRET_KEY).encode()).digest()
    return hmac.new(key, ip.encode(), hashlib.sha256).hexdigest()


def report_rate_limit(*, site: Site, sender: str) -> int | None:
    """Count this report against the sender's and the site's limits; seconds to wait if over."""
    checks = [
        (f"s:{site.pk}:{sender}", *conf.get("SENDER_RATE")),
        (f"l:{site.pk}:{sender}", *conf.get("SENDER_RATE_LONG")),
        (f"site:{site.pk}", *conf.get("SITE_RATE")),
    ]
    for key, limit, period in checks:
        wait = limiter().hit(key, limit, period)
        if wait is not None:
            return wait
    return None


def report_create(*, site: Site, data: ReportData, sender: str) -> Report:
    """Store the report and queue its triage in one transaction: both or neither."""
    from corrigenda.tasks import triage_report

    article = article_for_url(site=site, url=data.url, title=data.title, lang=data.lang)
    blocked = BlockedSender.objects.filter(site=site, sender=sender).exists()
    with transaction.atomic():
        report = Report.objects.create(
            site=site,
            article=article,
            url=data.url,
            title=data.title[:500],
            lang=data.lang,
            exact=data.exact,
            prefix=data.prefix,
            suffix=data.suffix,
            start=data.start,
            end=data.end,
            revision=data.revision,
            kind=data.kind,
            suggestion=data.suggestion,
            comment=data.comment,
            email=data.email,
            sender=sender,
            blocked=blocked,
        )
        if not blocked:
            triage_report.enqueue(report.pk)
    return report
