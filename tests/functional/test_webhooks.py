"""Signed webhooks against a real HTTP receiver on loopback, with retries and a log."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django_tasks_db.models import DBTaskResult

from corrigenda.models import Delivery, DeliveryStatus, Webhook
from corrigenda.services.issues import issue_accept
from corrigenda.services.webhooks import SIGNATURE_HEADER, delivery_attempt, signature_verify
from tests.factories import IssueFactory, RevisionFactory


class Receiver:
    """Answers with the statuses it is given, in order (then 200), and keeps what it got."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses, self.received = list(statuses), []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append((dict(self.headers), body))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.end_headers()
                self.wfile.write(b"busy" if status >= 500 else b"ok")

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hooks/corrigenda"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def receiver_factory():
    made = []

    def make(statuses: list[int]) -> Receiver:
        made.append(Receiver(statuses))
        return made[-1]

    yield make
    for receiver in made:
        receiver.close()


@pytest.fixture
def accepted(site, editor):
    def accept(url: str):
        webhook = Webhook.objects.create(site=site, url=url)
        revision = RevisionFactory(article__site=site)
        start = revision.text.index("the the")
        issue = IssueFactory(
            article=revision.article, revision=revision, start=start, end=start + 7
        )
        issue_accept(issue=issue, user=editor, final_text="the", disposition="correction")
        return webhook, Delivery.objects.get(issue=issue)

    return accept


def test_delivery_is_signed_and_carries_the_fix(receiver_factory, accepted):
    receiver = receiver_factory([])
    webhook, delivery = accepted(receiver.url)
    assert delivery_attempt(delivery=delivery).status == DeliveryStatus.DELIVERED
    [(headers, body)] = receiver.received
    assert signature_verify(webhook.secret, headers[SIGNATURE_HEADER], body)
    assert not signature_verify("another secret", headers[SIGNATURE_HEADER], body)
    payload = json.loads(body)
    assert payload["event"] == "correction.accepted"
    assert (payload["correction"]["before"], payload["correction"]["after"]) == ("the the", "the")
    assert payload["anchor"]["start"] == delivery.issue.start
    # The desk looks at the article again to confirm the fix went live.
    confirm = DBTaskResult.objects.filter(task_path="corrigenda.tasks.refresh_article")
    assert confirm.count() == 2 and all(t.run_after for t in confirm)


def test_receiver_failing_twice_then_succeeding(receiver_factory, accepted):
    receiver = receiver_factory([503, 500])
    _, delivery = accepted(receiver.url)
    delivery_attempt(delivery=delivery)
    assert (delivery.status, delivery.attempts, delivery.last_status) == ("pending", 1, 503)
    first_wait = delivery.next_attempt_at - delivery.created_at
    delivery_attempt(delivery=delivery)
    second_wait = delivery.next_attempt_at - delivery.created_at
    assert second_wait > first_wait  # exponential back-off
    retries = DBTaskResult.objects.filter(task_path="corrigenda.tasks.deliver_webhook")
    assert retries.exclude(run_after=None).count() == 2
    delivery_attempt(delivery=delivery)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_status) == ("delivered", 3, 200)
    assert len(receiver.received) == 3


def test_gives_up_after_the_last_attempt(receiver_factory, accepted):
    receiver = receiver_factory([500] * 10)
    _, delivery = accepted(receiver.url)
    for _ in range(10):
        delivery_attempt(delivery=delivery)
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.FAILED, 6)
    assert "HTTP 500" in delivery.last_error


def test_unreachable_receiver_is_logged(accepted):
    _, delivery = accepted("http://127.0.0.1:9/closed")
    delivery_attempt(delivery=delivery)
    assert delivery.status == "pending" and delivery.last_error


def test_private_address_refused_unless_allowed(accepted, settings):
    settings.CORRIGENDA = {**settings.CORRIGENDA, "FETCH_ALLOW_LOOPBACK": False}
    _, delivery = accepted("http://127.0.0.1:9/internal")
    delivery_attempt(delivery=delivery)
    assert "non-public" in delivery.last_error


def test_accept_queues_one_delivery_per_active_webhook(site, editor, accepted):
    Webhook.objects.create(site=site, url="http://127.0.0.1:9/off", active=False)
    _, delivery = accepted("http://127.0.0.1:9/on")
    assert Delivery.objects.count() == 1 and delivery.webhook.active
