"""From an accepted issue to the public record: notes, log, feed, JSON-LD, reader e-mail."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils.http import http_date

from corrigenda.models import Correction, RevisionSource, Status
from corrigenda.services.articles import revision_record
from corrigenda.services.corrections import readers_notify
from corrigenda.services.issues import issue_accept, issue_reject, issue_reopen
from corrigenda.services.reanchor import article_reanchor
from tests.factories import IssueFactory, ReportFactory, RevisionFactory

ATOM = "{http://www.w3.org/2005/Atom}"
TEXT = "Head librarian Margaret Elison said the wall was the priority."


@pytest.fixture
def issue(site, editor):
    revision = RevisionFactory(article__site=site, text=TEXT)
    start = TEXT.index("Elison")
    return IssueFactory(
        article=revision.article,
        revision=revision,
        start=start,
        end=start + 6,
        quote="Elison",
        suggestion="Ellison",
        kind="factual",
    )


def fix_goes_live(issue, text):
    revision, _ = revision_record(article=issue.article, text=text, source=RevisionSource.PUSH)
    article_reanchor(revision=revision)
    issue.refresh_from_db()


def test_accept_drafts_a_note_in_the_articles_language(issue, editor):
    issue_accept(issue=issue, user=editor, final_text="Ellison", disposition="correction")
    correction = Correction.objects.get(issue=issue)
    assert correction.note == (
        "Correction: an earlier version of this article said \u201cElison"
        "\u201d. It should have said \u201cEllison\u201d."
    )
    assert (correction.before, correction.after, correction.published_at) == (
        "Elison",
        "Ellison",
        None,
    )


def test_note_in_ukrainian(issue, editor):
    issue.article.lang = "uk"
    issue.article.save()
    issue_accept(issue=issue, user=editor, final_text="Ellison", disposition="clarification")
    assert Correction.objects.get(issue=issue).note.startswith("Уточнення:")


def test_editors_note_wins_and_silent_fix_has_none(issue, editor):
    issue_accept(
        issue=issue,
        user=editor,
        final_text="Ellison",
        disposition="correction",
        note="Our own words.",
    )
    assert Correction.objects.get(issue=issue).note == "Our own words."
    issue_reopen(issue=issue, user=editor)
    assert not Correction.objects.filter(issue=issue).exists()
    issue_accept(
        issue=issue, user=editor, final_text="Ellison", disposition="silent", note="ignored"
    )
    assert Correction.objects.get(issue=issue).note == ""


def test_fix_seen_live_publishes_to_log_feed_and_jsonld(client, issue, editor):
    issue_accept(issue=issue, user=editor, final_text="Ellison", disposition="correction")
    log_url = reverse("corrigenda:corrections", args=[issue.site.name])
    assert "Elison" not in client.get(log_url).content.decode()

    fix_goes_live(issue, TEXT.replace("Elison", "Ellison"))
    assert issue.status == Status.FIXED
    correction = Correction.objects.get(issue=issue)
    assert correction.published_at is not None

    assert correction.note in client.get(log_url).content.decode()

    feed = client.get(reverse("corrigenda:corrections_feed", args=[issue.site.name]))
    assert feed["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(feed.content)  # noqa: S314  (our own feed, in a test)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 1
    assert entries[0].find(f"{ATOM}summary").text == correction.note
    assert entries[0].find(f"{ATOM}link").get("href") == issue.article.url
    assert root.find(f"{ATOM}updated").text.startswith(str(correction.published_at.year))

    again = client.get(
        reverse("corrigenda:corrections_feed", args=[issue.site.name]),
        HTTP_IF_MODIFIED_SINCE=http_date(correction.published_at.timestamp() + 1),
    )
    assert again.status_code == 304

    data = client.get("/api/v1/corrections", {"url": issue.article.url}).json()
    assert data["@type"] == "NewsArticle"
    assert data["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": correction.note,
            "datePublished": correction.published_at.isoformat(),
        }
    ]


def test_jsonld_for_unknown_article_is_empty_and_bad_url_is_400(client, site):
    assert (
        client.get("/api/v1/corrections", {"url": "https://ledger.example/x"}).json()["correction"]
        == []
    )
    bad = client.get("/api/v1/corrections", {"url": "ftp://x"})
    assert bad.status_code == 400 and bad.json()["error"]["field"] == "url"


def test_reader_gets_one_message_when_fixed_then_the_address_is_gone(issue, editor, inbox):
    ReportFactory(article=issue.article, issue=issue, exact="Elison", email="ann@example.org")
    ReportFactory(article=issue.article, issue=issue, exact="Elison", email="ANN@example.org")
    issue_accept(issue=issue, user=editor, final_text="Ellison")
    issue.refresh_from_db()
    assert readers_notify(issue=issue, outcome="fixed") == 1
    [message] = inbox.messages
    assert message["X-Envelope-To"] == "ann@example.org"
    assert "Ellison" in message.get_payload(decode=True).decode()
    body = message.get_payload(decode=True).decode()
    assert "<img" not in body and "utm_" not in body
    assert not issue.reports.exclude(email="").exists()


def test_declined_reader_gets_the_reason_in_their_language(issue, editor, inbox, settings):
    issue.article.lang = "ru"
    issue.article.save()
    ReportFactory(article=issue.article, issue=issue, exact="Elison", email="boris@example.org")
    issue_reject(issue=issue, user=editor, reason="Так пишется в паспорте.")
    issue.refresh_from_db()
    readers_notify(issue=issue, outcome="declined", reason="Так пишется в паспорте.")
    [message] = inbox.messages
    body = message.get_payload(decode=True).decode()
    assert "Так пишется в паспорте." in body and "Мы проверили" in body


def test_public_history_only_when_the_site_chooses(client, issue):
    url = reverse("corrigenda:history", args=[issue.site.name])
    query = {"url": issue.article.url}
    assert client.get(url, query).status_code == 404
    issue.site.public_history = True
    issue.site.save()
    revision_record(
        article=issue.article, text=TEXT.replace("Elison", "Ellison"), source=RevisionSource.PUSH
    )
    html = client.get(url, query).content.decode()
    assert "<del>Elison</del><ins>Ellison</ins>" in html
