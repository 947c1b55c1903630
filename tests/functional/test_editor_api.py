"""The editor API: per-user tokens, the same membership scoping as the desk."""

from __future__ import annotations

import pytest

from corrigenda.models import ApiToken, Correction, Decision, Role, Status
from tests.factories import IssueFactory, MembershipFactory


@pytest.fixture
def token(editor):
    return ApiToken.issue_for(editor, name="script")[1]


@pytest.fixture
def issue(anchored_issue):
    return anchored_issue(report_count=3)


def call(client, method, path, token=None, **body):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    if method == "get":
        return client.get(f"/api/v1{path}", **headers)
    return client.post(f"/api/v1{path}", data=body, content_type="application/json", **headers)


def test_no_or_wrong_token_is_401(client, issue):
    for token in (None, "cgd_wrong"):
        response = call(client, "get", "/issues", token)
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "unauthorized"


def test_list_and_read_own_issues_only(client, token, issue):
    foreign = IssueFactory(quote="not yours")
    listed = call(client, "get", "/issues", token).json()
    assert [row["id"] for row in listed] == [issue.pk]
    assert listed[0]["report_count"] == 3 and listed[0]["quote"] == "the the"
    assert call(client, "get", f"/issues/{issue.pk}", token).json()["id"] == issue.pk
    missing = call(client, "get", f"/issues/{foreign.pk}", token)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    assert call(client, "post", f"/issues/{foreign.pk}/spam", token).status_code == 404


def test_accept_with_a_correction_note(client, token, issue, editor):
    response = call(
        client,
        "post",
        f"/issues/{issue.pk}/accept",
        token,
        final_text="the",
        disposition="correction",
    )
    assert response.status_code == 200 and response.json()["status"] == Status.ACCEPTED
    assert Decision.objects.get(issue=issue).user == editor
    assert Correction.objects.get(issue=issue).note.startswith("Correction:")
    again = call(client, "post", f"/issues/{issue.pk}/reject", token, reason="no")
    assert again.status_code == 409


def test_reject_needs_a_reason_and_bad_bodies_are_400(client, token, issue):
    empty = call(client, "post", f"/issues/{issue.pk}/reject", token, reason=" ")
    assert empty.status_code == 400 and empty.json()["error"]["field"] == "reason"
    missing = call(client, "post", f"/issues/{issue.pk}/reject", token)
    assert missing.status_code == 400 and missing.json()["error"]["field"] == "reason"


def test_viewer_token_cannot_decide(client, issue):
    viewer = MembershipFactory(site=issue.site, role=Role.VIEWER).user
    _, key = ApiToken.issue_for(viewer)
    response = call(client, "post", f"/issues/{issue.pk}/spam", key)
    assert response.status_code == 403
    issue.refresh_from_db()
    assert issue.status == Status.OPEN
