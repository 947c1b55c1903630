"""Storing what a reader sent: validated upstream, durable before the 201."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction

from corrigenda import conf
from corrigenda.db import write_lock
from corrigenda.models import Report, Site
from corrigenda.ratelimit import limiter
from corrigenda.services.articles import article_id_for_url


class RateLimited(Exception):
    def __init__(self, wait: int) -> None:
        super().__init__(f"rate limited for {wait} s")
        self.wait = wait


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
    return limiter().hit_all(
        [
            (f"s:{site.pk}:{sender}", *conf.get("SENDER_RATE")),
            (f"l:{site.pk}:{sender}", *conf.get("SENDER_RATE_LONG")),
            (f"site:{site.pk}", *conf.get("SITE_RATE")),
        ]
    )


def report_create(*, site: Site, data: ReportData, sender: str) -> Report:
    """Count, store the report and queue its triage in one transaction: all or nothing.

    Raises RateLimited (and stores nothing, counts nothing) when a limit is exceeded.
    """
    try:
        return _store(site, data, sender, fresh=False)
    except IntegrityError:
        # The cached article was deleted by another process: look it up again, once.
        return _store(site, data, sender, fresh=True)


def _store(site: Site, data: ReportData, sender: str, *, fresh: bool) -> Report:
    from corrigenda.tasks import triage_report

    article_id = article_id_for_url(
        site=site, url=data.url, title=data.title, lang=data.lang, fresh=fresh
    )
    with write_lock(), transaction.atomic():
        wait = report_rate_limit(site=site, sender=sender)
        if wait is not None:
            raise RateLimited(wait)
        report = Report.objects.create(
            site=site,
            article_id=article_id,
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
        )
        triage_report.enqueue(report.pk)
    return report
