"""The desk: membership scopes every view; decisions are recorded with who and when."""

from __future__ import annotations

import pytest
from django.urls import reverse

from corrigenda.models import Action, BlockedSender, Decision, Issue, Role, Status
from tests.factories import IssueFactory, MembershipFactory, ReportFactory


@pytest.fixture
def issue(anchored_issue):
    return anchored_issue(report_count=2)


@pytest.fixture
def foreign_issue(db):
    return IssueFactory(quote="secret draft")


def decide(client, issue, action, **data):
    return client.post(reverse("corrigenda:decide", args=[issue.pk, action]), data)


def test_login_required(client, issue):
    response = client.get(reverse("corrigenda:queue"))
    assert response.status_code == 302 and "/desk/login/" in response["Location"]
    assert client.get(reverse("corrigenda:issue", args=[issue.pk])).status_code == 302


def test_login_with_password(client, editor, issue):
    response = client.post(
        reverse("corrigenda:login"),
        {"username": editor.username, "password": "correct horse battery"},
    )
    assert response.status_code == 302
    assert client.get(reverse("corrigenda:queue")).status_code == 200


def test_queue_shows_own_issues_with_count_and_sentence(editor_client, issue, foreign_issue):
    html = editor_client.get(reverse("corrigenda:queue")).content.decode()
    assert "approved <mark>the the</mark> budget on Tuesday." in html
    assert 'data-count="2"' in html
    assert "secret draft" not in html


def test_queue_filters(editor_client, issue, site):
    url = reverse("corrigenda:queue")
    assert "the the" in editor_client.get(url, {"kind": "typo"}).content.decode()
    assert "the the" not in editor_client.get(url, {"kind": "factual"}).content.decode()
    assert "the the" not in editor_client.get(url, {"status": "rejected"}).content.decode()
    assert "the the" not in editor_client.get(url, {"source": "proofreader"}).content.decode()
    assert (
        "the the" in editor_client.get(url, {"site": site.name, "sort": "count"}).content.decode()
    )
    assert editor_client.get(url, {"kind": "<script>", "sort": "DROP"}).status_code == 200


def test_queue_partial_for_live_refresh(editor_client, issue):
    html = editor_client.get(reverse("corrigenda:queue"), {"partial": "1"}).content.decode()
    assert "<table" in html and "<html" not in html


def test_non_member_cannot_see_or_act(editor_client, foreign_issue):
    assert (
        editor_client.get(reverse("corrigenda:issue", args=[foreign_issue.pk])).status_code == 404
    )
    for action, data in [
        ("accept", {"final_text": "x"}),
        ("reject", {"reason": "x"}),
        ("spam", {}),
        ("comment", {"text": "x"}),
        ("reopen", {}),
    ]:
        assert decide(editor_client, foreign_issue, action, **data).status_code == 404
    foreign_issue.refresh_from_db()
    assert foreign_issue.status == Status.OPEN
    assert not Decision.objects.exists()


def test_issue_page_escapes_reader_text(editor_client, issue):
    ReportFactory(
        article=issue.article,
        issue=issue,
        exact="the the",
        comment="<script>alert(1)</script>",
        suggestion="<img src=x onerror=alert(1)>",
    )
    html = editor_client.get(reverse("corrigenda:issue", args=[issue.pk])).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html


def test_accept_records_who_and_when(editor_client, editor, issue):
    response = decide(editor_client, issue, "accept", final_text="the")
    assert response.status_code == 302
    issue.refresh_from_db()
    assert (issue.status, issue.final_text, issue.decided_by) == (Status.ACCEPTED, "the", editor)
    decision = Decision.objects.get(issue=issue)
    assert (decision.action, decision.user, decision.text) == (Action.ACCEPT, editor, "the")
    assert decision.created_at == issue.decided_at


def test_reject_needs_a_reason(editor_client, issue):
    decide(editor_client, issue, "reject", reason="  ")
    issue.refresh_from_db()
    assert issue.status == Status.OPEN
    decide(editor_client, issue, "reject", reason="House style keeps it.")
    issue.refresh_from_db()
    assert issue.status == Status.REJECTED
    assert Decision.objects.get(issue=issue).text == "House style keeps it."


def test_spam_blocks_the_senders(editor_client, issue):
    ReportFactory(article=issue.article, issue=issue, sender="a" * 64)
    decide(editor_client, issue, "spam")
    issue.refresh_from_db()
    assert issue.status == Status.SPAM
    assert BlockedSender.objects.filter(site=issue.site, sender="a" * 64).exists()


def test_decision_on_a_decided_issue_is_refused(editor_client, issue):
    decide(editor_client, issue, "accept", final_text="the")
    decide(editor_client, issue, "reject", reason="changed my mind")
    issue.refresh_from_db()
    assert issue.status == Status.ACCEPTED
    assert Decision.objects.filter(issue=issue).count() == 1


def test_reopen_and_comment_are_recorded(editor_client, issue):
    decide(editor_client, issue, "reject", reason="no")
    decide(editor_client, issue, "reopen")
    decide(editor_client, issue, "comment", text="Checking with the reporter.")
    actions = list(Decision.objects.filter(issue=issue).values_list("action", flat=True))
    assert actions == [Action.REJECT, Action.REOPEN, Action.COMMENT]
    assert Issue.objects.get(pk=issue.pk).status == Status.OPEN


def test_viewer_can_read_but_not_decide(client, issue):
    viewer = MembershipFactory(site=issue.site, role=Role.VIEWER).user
    client.force_login(viewer)
    assert client.get(reverse("corrigenda:issue", args=[issue.pk])).status_code == 200
    decide(client, issue, "accept", final_text="the")
    issue.refresh_from_db()
    assert issue.status == Status.OPEN


def test_unknown_action_is_404(editor_client, issue):
    assert decide(editor_client, issue, "delete").status_code == 404


def test_next_never_leaves_the_desk(editor_client, issue):
    response = decide(
        editor_client, issue, "accept", final_text="the", next="https://evil.example/"
    )
    assert response["Location"] == reverse("corrigenda:queue")


def test_password_guessing_is_throttled(client, editor):
    url = reverse("corrigenda:login")
    statuses = [
        client.post(
            url, {"username": editor.username, "password": f"guess {n}"}, REMOTE_ADDR="192.0.2.50"
        ).status_code
        for n in range(11)
    ]
    assert statuses[:10] == [200] * 10 and statuses[10] == 429
    blocked = client.post(
        url,
        {"username": editor.username, "password": "correct horse battery"},
        REMOTE_ADDR="192.0.2.50",
    )
    assert blocked.status_code == 429 and "Too many attempts" in blocked.content.decode()
    assert int(blocked["Retry-After"]) > 0
    elsewhere = client.post(
        url,
        {"username": editor.username, "password": "correct horse battery"},
        REMOTE_ADDR="192.0.2.51",
    )
    assert elsewhere.status_code == 302


def test_assign_to_a_colleague_and_filter_mine(editor_client, editor, issue):
    colleague = MembershipFactory(site=issue.site).user
    decide(editor_client, issue, "assign", assignee=str(colleague.pk))
    issue.refresh_from_db()
    assert issue.assignee == colleague
    assert Decision.objects.get(issue=issue, action=Action.ASSIGN).text == colleague.username
    decide(editor_client, issue, "assign", assignee=str(MembershipFactory().user.pk))
    issue.refresh_from_db()
    assert issue.assignee == colleague  # not a member of this site: refused
    decide(editor_client, issue, "assign", assignee=str(editor.pk))
    mine = editor_client.get(reverse("corrigenda:queue"), {"mine": "1"}).content.decode()
    assert "the the" in mine
