"""Timed work: old reader addresses forgotten; editors told of new issues and sent digests."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from corrigenda.models import Membership, Report
from corrigenda.services.housekeeping import digests_send, editors_notify_new, emails_purge
from tests.factories import IssueFactory, MembershipFactory, ReportFactory

DESK = "https://desk.example"


def test_addresses_older_than_the_sites_retention_are_deleted(site):
    site.email_retention_days = 7
    site.save()
    old = ReportFactory(
        article__site=site, email="old@example.org", created_at=timezone.now() - timedelta(days=8)
    )
    new = ReportFactory(article=old.article, email="new@example.org")
    assert emails_purge() == 1
    assert Report.objects.get(pk=old.pk).email == ""
    assert Report.objects.get(pk=new.pk).email == "new@example.org"


def test_editors_who_asked_hear_of_new_issues(site, editor, inbox):
    MembershipFactory(site=site, notify_new=False)
    issue = IssueFactory(article__site=site, quote="goverment", suggestion="government")
    assert editors_notify_new(issue=issue, desk_url=DESK) == 1
    [message] = inbox.messages
    assert message["X-Envelope-To"] == editor.email
    body = message.get_payload(decode=True).decode()
    assert "goverment" in body and DESK + reverse("corrigenda:issue", args=[issue.pk]) in body


def test_digest_once_a_day_with_open_issues(site, editor, inbox):
    Membership.objects.filter(user=editor).update(daily_digest=True)
    IssueFactory(article__site=site, quote="the the", report_count=3)
    now = timezone.now()
    assert digests_send(desk_url=DESK, now=now) == 1
    assert digests_send(desk_url=DESK, now=now + timedelta(hours=1)) == 0
    assert digests_send(desk_url=DESK, now=now + timedelta(hours=25)) == 1
    assert "3\u00d7 \u201cthe the\u201d" in inbox.messages[0].get_payload(decode=True).decode()


def test_settings_page_saves_each_sites_choices(editor_client, editor):
    membership = Membership.objects.get(user=editor)
    response = editor_client.post(
        reverse("corrigenda:settings"), {f"daily_digest_{membership.pk}": "on"}
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert (membership.notify_new, membership.daily_digest) == (False, True)
