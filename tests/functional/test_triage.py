"""Triage: reports anchored in the current text and merged into issues."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections

from corrigenda.anchoring import fingerprint, normalise_text
from corrigenda.models import Anchor, BlockedSender, Issue, Report, RevisionSource
from corrigenda.services.articles import revision_record
from corrigenda.services.triage import report_triage
from tests.factories import ArticleFactory, ReportFactory, RevisionFactory, SiteFactory
from tests.pages import page_server

TEXT = "The council approved the the budget on Tuesday. It will be spent on roads."


def report_on(revision, exact: str, suggestion: str = "", **changes) -> Report:
    start = revision.text.index(exact)
    fields = dict(
        article=revision.article,
        exact=exact,
        suggestion=suggestion,
        prefix=revision.text[max(0, start - 32) : start],
        suffix=revision.text[start + len(exact) : start + len(exact) + 32],
        start=start,
        end=start + len(exact),
        revision=revision.fingerprint,
    )
    fields.update(changes)
    return ReportFactory(**fields)


@pytest.fixture
def revision(db):
    return RevisionFactory(text=TEXT)


def test_report_on_current_revision_is_anchored(revision):
    issue = report_triage(report=report_on(revision, "the the", "the"))
    assert (issue.start, issue.end) == (TEXT.index("the the"), TEXT.index("the the") + 7)
    assert (issue.anchor, issue.report_count, issue.quote) == (Anchor.ANCHORED, 1, "the the")
    assert issue.suggestion == "the"
    assert issue.revision == revision


def test_same_error_twice_raises_the_count(revision):
    first = report_triage(report=report_on(revision, "the the", "the"))
    second = report_triage(report=report_on(revision, "the the", "the"))
    assert first.pk == second.pk
    assert second.report_count == 2
    assert Issue.objects.count() == 1
    assert Report.objects.filter(issue=first).count() == 2


def test_empty_or_unchanged_suggestion_merges(revision):
    first = report_triage(report=report_on(revision, "the the", "the"))
    empty = report_triage(report=report_on(revision, "the the", ""))
    same = report_triage(report=report_on(revision, "the the", "the the"))
    assert first.pk == empty.pk == same.pk
    assert same.report_count == 3


def test_overlapping_selection_merges(revision):
    first = report_triage(report=report_on(revision, "the the", "the"))
    wider = report_triage(report=report_on(revision, "approved the the budget", ""))
    assert wider.pk == first.pk


def test_different_suggestions_are_different_issues(revision):
    first = report_triage(report=report_on(revision, "Tuesday", "Wednesday"))
    second = report_triage(report=report_on(revision, "Tuesday", "Thursday"))
    assert first.pk != second.pk


def test_separate_places_are_separate_issues(revision):
    first = report_triage(report=report_on(revision, "the the"))
    second = report_triage(report=report_on(revision, "roads"))
    assert first.pk != second.pk


def test_decided_issue_is_not_reused(revision):
    first = report_triage(report=report_on(revision, "the the"))
    Issue.objects.filter(pk=first.pk).update(status="rejected")
    second = report_triage(report=report_on(revision, "the the"))
    assert second.pk != first.pk


def test_triage_twice_changes_nothing(revision):
    report = report_on(revision, "the the")
    first = report_triage(report=report)
    report.refresh_from_db()
    again = report_triage(report=report)
    assert again.pk == first.pk
    assert Issue.objects.get().report_count == 1


def test_report_on_older_revision_is_rebased_to_current(revision):
    old = report_on(revision, "roads")
    edited = "Late on Tuesday, the council approved the budget. It will be spent on roads."
    current, created = revision_record(
        article=revision.article, text=edited, source=RevisionSource.PUSH
    )
    assert created
    issue = report_triage(report=old)
    assert issue.revision == current
    assert current.text[issue.start : issue.end] == "roads"
    assert issue.anchor == Anchor.ANCHORED


def test_reports_of_one_error_on_two_revisions_merge(revision):
    old = report_on(revision, "roads", "bridges")
    edited = "Late on Tuesday the council approved the the budget. It will be spent on roads."
    current, _ = revision_record(article=revision.article, text=edited, source=RevisionSource.PUSH)
    first = report_triage(report=old)
    second = report_triage(report=report_on(current, "roads", "bridges"))
    assert first.pk == second.pk and second.report_count == 2


def test_quote_fixed_since_is_flagged_changed(revision):
    old = report_on(revision, "the the", "the")
    revision_record(
        article=revision.article, text=TEXT.replace("the the", "the"), source=RevisionSource.PUSH
    )
    issue = report_triage(report=old)
    assert issue.anchor in (Anchor.CHANGED, Anchor.DELETED)


def test_quote_not_in_article_is_unverified_and_kept(revision):
    report = ReportFactory(
        article=revision.article, exact="completely absent words", prefix="", suffix="", revision=""
    )
    issue = report_triage(report=report)
    assert issue.anchor == Anchor.UNVERIFIED
    assert (issue.start, issue.end, issue.quote) == (None, None, "completely absent words")
    assert Report.objects.get(pk=report.pk).issue == issue


def test_unverified_reports_with_the_same_quote_merge(revision):
    first = report_triage(report=ReportFactory(article=revision.article, exact="Absent  words"))
    second = report_triage(report=ReportFactory(article=revision.article, exact="absent words"))
    assert first.pk == second.pk and second.report_count == 2


def test_unknown_article_is_fetched_from_the_site(db):
    with page_server() as server:
        site = SiteFactory(domain__host="127.0.0.1")
        url = server.article("/news/1", ["The mayor opened the the bridge.", "Crowds came."])
        article = ArticleFactory(site=site, url=url)
        text = normalise_text("The mayor opened the the bridge. Crowds came.")
        report = ReportFactory(
            article=article,
            exact="the the",
            revision=fingerprint(text),
            start=text.index("the the"),
            end=text.index("the the") + 7,
        )
        issue = report_triage(report=report)
    article.refresh_from_db()
    assert article.current_revision.text == text
    assert article.current_revision.fingerprint == report.revision
    assert issue.anchor == Anchor.ANCHORED
    assert text[issue.start : issue.end] == "the the"


def test_unreachable_article_gives_an_unverified_issue(db):
    with page_server() as server:
        site = SiteFactory(domain__host="127.0.0.1")
        article = ArticleFactory(site=site, url=server.url("/missing"))
        issue = report_triage(report=ReportFactory(article=article, exact="word"))
    article.refresh_from_db()
    assert issue.anchor == Anchor.UNVERIFIED
    assert article.fetch_error


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks under real concurrency need PostgreSQL"
)
def test_concurrent_duplicates_never_lose_a_count():
    revision = RevisionFactory(text=TEXT)
    reports = [report_on(revision, "the the", "the") for _ in range(12)]
    barrier = threading.Barrier(len(reports))
    errors: list[BaseException] = []

    def triage(report: Report) -> None:
        try:
            barrier.wait()
            report_triage(report=report)
        except BaseException as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=triage, args=(r,)) for r in reports]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    issue = Issue.objects.get()
    assert issue.report_count == 12
    assert Report.objects.filter(issue=issue).count() == 12


def test_blocked_sender_is_kept_but_filed_nowhere(revision):
    BlockedSender.objects.create(site=revision.article.site, sender="b" * 64)
    report = report_on(revision, "the the", sender="b" * 64)
    assert report_triage(report=report) is None
    report.refresh_from_db()
    assert report.blocked and report.triaged_at and report.issue is None
    assert not Issue.objects.exists()
