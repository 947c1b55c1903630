"""The desk's proofreader: findings in the queue, dismissals remembered, names learned."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from corrigenda.models import Dismissal, Issue, RevisionSource, SiteWord, Source, Status
from corrigenda.services.articles import revision_record
from corrigenda.services.proofreader import (
    issue_not_an_error,
    revision_proofread,
    site_vocabulary,
)
from corrigenda.services.sites import site_create
from tests.factories import ArticleFactory, RevisionFactory

TEXT = "The council approved the new budgett on Tuesday, and the mayor Zelinsky welcomed it."


def proofread(article, text):
    revision, _ = revision_record(article=article, text=text, source=RevisionSource.PUSH)
    return revision_proofread(revision=revision)


def test_a_typo_in_a_new_revision_becomes_a_proofreader_issue(site):
    article = ArticleFactory(site=site, lang="en")
    issues = proofread(article, TEXT)
    typo = next(issue for issue in issues if issue.quote == "budgett")
    assert (typo.source, typo.kind, typo.suggestion) == (Source.PROOFREADER, "typo", "budget")
    assert typo.rule.startswith("spelling") and 0 < typo.confidence <= 1
    assert TEXT[typo.start : typo.end] == "budgett"
    assert typo.report_count == 0


def test_the_same_finding_is_not_filed_twice(site):
    article = ArticleFactory(site=site, lang="en")
    proofread(article, TEXT)
    again = proofread(article, TEXT + " More later.")
    assert not [issue for issue in again if issue.quote == "budgett"]
    assert Issue.objects.filter(quote="budgett").count() == 1


def test_not_an_error_is_remembered_and_taught(site, editor):
    article = ArticleFactory(site=site, lang="en")
    flagged = next(i for i in proofread(article, TEXT) if i.quote == "budgett")
    issue_not_an_error(issue=flagged, user=editor)
    flagged.refresh_from_db()
    assert flagged.status == Status.REJECTED
    assert Dismissal.objects.filter(article=article, text="budgett").exists()
    assert SiteWord.objects.filter(site=site, word="budgett").exists()
    assert not [i for i in proofread(article, TEXT + " Again.") if i.quote == "budgett"]
    other = ArticleFactory(site=site, lang="en")
    assert not [i for i in proofread(other, "The budgett passed.") if i.quote == "budgett"]


@pytest.mark.parametrize(
    ("rule", "text", "quote", "suggestion", "again"),
    [
        # a site keeping the older Ukrainian spelling
        ("spelling.orthography", "Рада ухвалила проект бюджету.", "проект", "проєкт",
         "Уряд схвалив проект."),
        # a site keeping its own hyphen
        ("spelling.stray_hyphen", "Курс перейшов в он-лайн.", "он-лайн", "онлайн",
         "Лекції тепер он-лайн."),
    ],
    ids=["orthography", "stray-hyphen"],
)  # fmt: skip
def test_a_house_spelling_is_taught_once_for_its_site(
    site, editor, rule, text, quote, suggestion, again
):
    article = ArticleFactory(site=site, lang="uk")
    found = proofread(article, text + " Він почав нове речення.")
    flagged = next(i for i in found if i.rule == rule)
    assert (flagged.quote, flagged.suggestion) == (quote, suggestion)
    issue_not_an_error(issue=flagged, user=editor)
    other = ArticleFactory(site=site, lang="uk")
    assert not [i for i in proofread(other, again) if i.quote == quote]
    rival, _ = site_create(name="rival", domains=["rival.example"])
    elsewhere = ArticleFactory(site=rival, lang="uk")
    assert [i for i in proofread(elsewhere, again) if i.quote == quote]


def test_a_dismissed_capital_is_not_taught_as_a_word(site, editor):
    article = ArticleFactory(site=site, lang="uk")
    issues = proofread(article, "Ми гуляли старим містом. свіжа прохолода бадьорила нас.")
    flagged = next(i for i in issues if i.rule == "spelling.capitalisation")
    issue_not_an_error(issue=flagged, user=editor)
    assert Dismissal.objects.filter(article=article, text="свіжа").exists()
    assert not SiteWord.objects.filter(site=site, word="свіжа").exists()


def test_frequent_names_in_the_archive_join_the_vocabulary(site):
    for n in range(3):
        RevisionFactory(article__site=site, text=f"Story {n}: Brzeczyszczykiewicz said so.")
    assert "Brzeczyszczykiewicz" in site_vocabulary(site)
    rival, _ = site_create(name="rival", domains=["rival.example"])
    assert "Brzeczyszczykiewicz" not in site_vocabulary(rival)


def test_ukrainian_mixed_script_word_is_found(site):
    article = ArticleFactory(site=site, lang="uk")
    issues = proofread(article, "Міська рада планує відремонтувати набережну біля мiсту.")
    assert any(issue.rule == "script.mixed" and issue.quote == "мiсту" for issue in issues)


@pytest.mark.django_db(transaction=True)
def test_pushed_revision_is_proofread_by_the_worker(client):
    site, secret = site_create(name="herald", domains=["herald.example"])
    response = client.post(
        "/api/v1/articles",
        data=json.dumps({"url": "https://herald.example/a", "lang": "en", "text": TEXT}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )
    assert response.status_code == 201
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    assert Issue.objects.filter(site=site, source=Source.PROOFREADER, quote="budgett").exists()


def test_desk_shows_proofreader_findings_apart(editor_client, site):
    article = ArticleFactory(site=site, lang="en")
    proofread(article, TEXT)
    readers = editor_client.get(reverse("corrigenda:queue")).content.decode()
    assert "budgett" not in readers
    auto = editor_client.get(reverse("corrigenda:queue"), {"source": "proofreader"})
    assert "budgett" in auto.content.decode()
    issue = Issue.objects.get(quote="budgett")
    page = editor_client.get(reverse("corrigenda:issue", args=[issue.pk])).content.decode()
    assert "Not an error" in page and "spelling" in page


def test_each_euphony_slip_is_its_own_issue_and_nothing_is_taught(site, editor):
    article = ArticleFactory(site=site, lang="uk")
    text = "Брат пішов в кафе, а потім батько пішов в місто і вийшов з школи."
    issues = [i for i in proofread(article, text) if i.rule == "spelling.euphony"]
    assert sorted((i.quote, i.suggestion) for i in issues) == [
        ("в кафе", "у кафе"),
        ("в місто", "у місто"),
        ("з школи", "зі школи"),
    ]
    issue_not_an_error(issue=issues[0], user=editor)
    assert not SiteWord.objects.filter(site=site).exists()


def test_a_rule_the_site_switched_off_files_nothing(site):
    site.proofreader_off = ["spelling.euphony"]
    site.save()
    article = ArticleFactory(site=site, lang="uk")
    issues = proofread(article, "Брат пішов в кафе, а батько написав рішеня.")
    assert [(i.rule, i.quote) for i in issues] == [("spelling.misspelling", "рішеня")]
