"""A new revision carries live issues along, flags changes, and closes confirmed fixes."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from corrigenda.models import Action, Anchor, Decision, Issue, RevisionSource, Status
from corrigenda.services.articles import revision_record
from corrigenda.services.reanchor import article_reanchor
from tests.factories import IssueFactory, RevisionFactory

TEXT = "The council approved the the budget on Tuesday. It will be spent on roads."


@pytest.fixture
def revision(db):
    return RevisionFactory(text=TEXT)


def issue_on(revision, quote: str, **fields) -> Issue:
    start = revision.text.index(quote)
    return IssueFactory(
        article=revision.article,
        revision=revision,
        start=start,
        end=start + len(quote),
        quote=quote,
        **fields,
    )


def new_text(revision, text: str):
    new, created = revision_record(article=revision.article, text=text, source=RevisionSource.PUSH)
    assert created
    return new


def test_unrelated_edit_moves_the_span(revision):
    issue = issue_on(revision, "roads", suggestion="bridges")
    new = new_text(revision, "On Tuesday evening, " + TEXT)
    article_reanchor(revision=new)
    issue.refresh_from_db()
    assert issue.revision == new
    assert new.text[issue.start : issue.end] == "roads"
    assert (issue.anchor, issue.status) == (Anchor.ANCHORED, Status.OPEN)


def test_suggested_fix_going_live_closes_the_issue(revision):
    issue = issue_on(revision, "the the", suggestion="the")
    new = new_text(revision, TEXT.replace("the the", "the"))
    article_reanchor(revision=new)
    issue.refresh_from_db()
    assert issue.status == Status.FIXED
    decision = Decision.objects.get(issue=issue)
    assert (decision.action, decision.user) == (Action.FIXED, None)


def test_accepted_fix_going_live_closes_the_issue(revision):
    issue = issue_on(
        revision, "Tuesday", suggestion="Wednesday", status=Status.ACCEPTED, final_text="Monday"
    )
    new = new_text(revision, TEXT.replace("Tuesday", "Monday"))
    article_reanchor(revision=new)
    issue.refresh_from_db()
    assert issue.status == Status.FIXED
    assert new.text[issue.start : issue.end] == "Monday"


def test_other_change_is_flagged_not_closed(revision):
    issue = issue_on(revision, "Tuesday", suggestion="Wednesday")
    new = new_text(revision, TEXT.replace("Tuesday", "Thursday"))
    article_reanchor(revision=new)
    issue.refresh_from_db()
    assert (issue.status, issue.anchor) == (Status.OPEN, Anchor.CHANGED)


def test_deleted_passage_is_flagged_never_moved(revision):
    issue = issue_on(revision, "It will be spent on roads.")
    new = new_text(revision, "The council approved the the budget on Tuesday.")
    article_reanchor(revision=new)
    issue.refresh_from_db()
    assert (issue.anchor, issue.start, issue.end) == (Anchor.DELETED, None, None)
    assert issue.status == Status.OPEN


def test_decided_issues_stay_where_they_were(revision):
    issue = issue_on(revision, "roads", status=Status.REJECTED)
    new = new_text(revision, "Update. " + TEXT)
    article_reanchor(revision=new)
    issue.refresh_from_db()
    assert issue.revision == revision


def test_unplaced_issue_is_found_in_a_later_text(revision):
    issue = IssueFactory(article=revision.article, quote="new paragraph", anchor=Anchor.UNVERIFIED)
    new = new_text(revision, TEXT + " A new paragraph about bridges.")
    article_reanchor(revision=new)
    issue.refresh_from_db()
    assert issue.anchor == Anchor.ANCHORED
    assert new.text[issue.start : issue.end] == "new paragraph"


@pytest.mark.django_db(transaction=True)
def test_new_revision_queues_reanchoring_and_the_worker_runs_it():
    revision = RevisionFactory(text=TEXT)
    issue = issue_on(revision, "the the", suggestion="the")
    revision_record(
        article=revision.article, text=TEXT.replace("the the", "the"), source=RevisionSource.PUSH
    )
    assert DBTaskResult.objects.filter(task_path="corrigenda.tasks.reanchor_article").count() == 1
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    issue.refresh_from_db()
    assert issue.status == Status.FIXED


def test_no_task_without_live_issues(revision):
    revision_record(
        article=revision.article, text="Something else entirely.", source=RevisionSource.PUSH
    )
    assert not DBTaskResult.objects.filter(task_path="corrigenda.tasks.reanchor_article").exists()
    assert DBTaskResult.objects.filter(task_path="corrigenda.tasks.proofread_revision").exists()


def test_deleted_issue_is_not_found_again_elsewhere(revision):
    text = "Tony Smith spoke first. Later, Tony Smith left the hall."
    first = RevisionFactory(article=revision.article, text=text)
    issue = issue_on(first, "Tony Smith")
    issue.anchor = Anchor.DELETED
    issue.start = issue.end = None
    issue.save()
    article_reanchor(revision=new_text(first, text + " Nobody else spoke."))
    issue.refresh_from_db()
    assert (issue.anchor, issue.start) == (Anchor.DELETED, None)
