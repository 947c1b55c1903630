"""Signed webhooks: accepted corrections carried to any CMS, retried with back-off.

A delivery is signed like this (receivers check it with ``signature_verify``)::

    Corrigenda-Signature: t=1764240000,v1=<hex HMAC-SHA256 of "1764240000." + body>

The timestamp stops a captured delivery from being replayed later.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from datetime import timedelta
from functools import partial

from django.db import transaction
from django.utils import timezone

from corrigenda import conf
from corrigenda.connectors import ConnectorError, wordpress_apply
from corrigenda.extraction import FetchError
from corrigenda.extraction.posting import post
from corrigenda.models import (
    ConnectorKind,
    Correction,
    Delivery,
    DeliveryStatus,
    Issue,
    Webhook,
)

SIGNATURE_HEADER = "Corrigenda-Signature"
CONTEXT = 32  # characters of context sent either side of the span, as the widget sends
MAX_ATTEMPTS = 6  # the first try and five retries: about an hour of back-off in all
BACKOFF_SECONDS = 30  # first retry after 30 s, then doubling: 30 s, 1, 2, 4, 8 min...
SIGNATURE_TOLERANCE = 300  # receivers refuse a delivery signed more than 5 minutes ago
# After a CMS took the change, the desk looks at the article again to confirm the fix:
# soon (most CMSs publish at once), and later (caches, scheduled publishing).
CONFIRM_AFTER = (timedelta(seconds=5), timedelta(minutes=2))


def signature(secret: str, body: bytes, timestamp: int) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


def signature_verify(secret: str, header: str, body: bytes, now: float | None = None) -> bool:
    """What a receiver runs: the header's signature is ours and fresh.

    >>> header = signature("s", b"{}", 1000)
    >>> signature_verify("s", header, b"{}", now=1010)
    True
    >>> signature_verify("s", header, b"[]", now=1010)  # another body
    False
    >>> signature_verify("s", header, b"{}", now=9999)  # too old
    False
    """
    fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    try:
        timestamp = int(fields.get("t", ""))
    except ValueError:
        return False
    if abs((now or time.time()) - timestamp) > SIGNATURE_TOLERANCE:
        return False
    expected = signature(secret, body, timestamp)
    return hmac.compare_digest(expected, header.strip())


def correction_payload(correction: Correction) -> dict:
    """What the CMS needs to apply the fix: where, what it was, what it should be."""
    issue = correction.issue
    return {
        "event": "correction.accepted",
        "site": correction.site.name,
        "article": {"url": correction.article.url, "title": correction.article.title},
        "correction": {
            "id": correction.pk,
            "disposition": correction.disposition,
            "before": correction.before,
            "after": correction.after,
            "note": correction.note,
            "lang": correction.lang,
        },
        "anchor": _anchor(issue),
        "issue": issue.pk,
    }


def _anchor(issue: Issue) -> dict | None:
    """Where the fix goes in the revision the desk last saw, with context to find it."""
    revision, start, end = issue.revision, issue.start, issue.end
    if revision is None or start is None or end is None:
        return None
    return {
        "revision": revision.fingerprint,
        "start": start,
        "end": end,
        "prefix": revision.text[max(0, start - CONTEXT) : start],
        "suffix": revision.text[end : end + CONTEXT],
    }


def webhooks_dispatch(*, issue: Issue) -> list[Delivery]:
    """Queue the accepted correction of ``issue`` for every active webhook of its site."""
    from corrigenda.tasks import deliver_webhook

    correction = Correction.objects.filter(issue=issue).select_related("site", "article").first()
    if correction is None:
        return []
    body = json.dumps(correction_payload(correction), ensure_ascii=False)
    deliveries = []
    for webhook in Webhook.objects.filter(site_id=issue.site_id, active=True):
        delivery = Delivery.objects.create(
            webhook=webhook, issue=issue, event="correction.accepted", payload=body
        )
        transaction.on_commit(partial(deliver_webhook.enqueue, delivery.pk))
        deliveries.append(delivery)
    return deliveries


# WordPress refusals that another try cannot change: the editor has to act.
FINAL_CONNECTOR_CODES = frozenset({"auth", "not_found", "not_exactly_once", "bad_scheme"})


def delivery_attempt(*, delivery: Delivery) -> Delivery:
    """Try once; on failure schedule the next try, or give up after MAX_ATTEMPTS."""
    if delivery.status != DeliveryStatus.PENDING:
        return delivery
    delivery.attempts += 1
    send = _to_wordpress if delivery.webhook.kind == ConnectorKind.WORDPRESS else _to_webhook
    ok, final = send(delivery)
    _settle(delivery, ok, final)
    return delivery


def _to_webhook(delivery: Delivery) -> tuple[bool, bool]:
    """POST the signed payload; (delivered, no point retrying)."""
    body = delivery.payload.encode()
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: signature(delivery.webhook.secret, body, int(time.time())),
        "Corrigenda-Delivery": str(delivery.pk),
    }
    try:
        answer = post(
            delivery.webhook.url,
            body,
            headers,
            allow_private=conf.get("WEBHOOK_ALLOW_PRIVATE"),
            allow_loopback=conf.get("FETCH_ALLOW_LOOPBACK"),
        )
    except FetchError as error:
        delivery.last_status, delivery.last_error = None, str(error)[:500]
        return False, False
    delivery.last_status, delivery.last_error = answer.status, ""
    if not 200 <= answer.status < 300:
        delivery.last_error = f"HTTP {answer.status}: {answer.body[:400]}"
        return False, False
    return True, False


def _to_wordpress(delivery: Delivery) -> tuple[bool, bool]:
    """Edit the post through the WordPress REST API; (applied, no point retrying)."""
    payload = json.loads(delivery.payload)
    webhook = delivery.webhook
    try:
        wordpress_apply(
            base_url=webhook.url,
            username=webhook.username,
            app_password=webhook.app_password,
            article_url=payload["article"]["url"],
            before=payload["correction"]["before"],
            after=payload["correction"]["after"],
            allow_private=conf.get("WEBHOOK_ALLOW_PRIVATE"),
            allow_loopback=conf.get("FETCH_ALLOW_LOOPBACK"),
        )
    except ConnectorError as error:
        delivery.last_status, delivery.last_error = error.status, error.message[:500]
        return False, error.code in FINAL_CONNECTOR_CODES
    delivery.last_status, delivery.last_error = 200, ""
    return True, False


def _settle(delivery: Delivery, ok: bool, final: bool = False) -> None:
    from corrigenda.tasks import deliver_webhook, refresh_article

    now = timezone.now()
    if ok:
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = (
            DeliveryStatus.DELIVERED,
            now,
            None,
        )
        for delay in CONFIRM_AFTER:
            refresh_article.using(run_after=now + delay).enqueue(delivery.issue.article_id)
    elif final or delivery.attempts >= MAX_ATTEMPTS:
        delivery.status, delivery.next_attempt_at = DeliveryStatus.FAILED, None
    else:
        wait = timedelta(seconds=BACKOFF_SECONDS * 2 ** (delivery.attempts - 1))
        delivery.next_attempt_at = now + wait
        deliver_webhook.using(run_after=delivery.next_attempt_at).enqueue(delivery.pk)
    delivery.save()
