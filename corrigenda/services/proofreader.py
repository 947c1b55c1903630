"""The desk's own proofreader: every new revision is checked; findings join the queue."""

from __future__ import annotations

import re
from collections import Counter

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import F

from corrigenda.models import (
    Anchor,
    Article,
    Dismissal,
    Issue,
    Revision,
    Site,
    SiteWord,
    Source,
    Status,
    WordSource,
)
from corrigenda.notes import language
from corrigenda.proofreading import LANGS, Finding, check
from corrigenda.services.issues import issue_reject

# A capitalised word found in this many of the site's articles is one of its names: the
# archive seeds the vocabulary without an editor teaching each name.
ARCHIVE_MIN_ARTICLES = 3
ARCHIVE_ARTICLES = 500  # the newest articles read for that: enough to know the beat
NAME = re.compile(r"\b[A-ZА-ЯІЇЄҐЁ][\w'’-]{2,}\b")
MAX_WORD = 100  # longer "words" are not vocabulary
# Rules about how a word is spelt: an editor's "not an error" teaches the site the word.
# (A sentence's capital or a repeat is about its place, so it is only dismissed there.)
TEACHING_RULES = frozenset(
    (
        "spelling.misspelling",
        "spelling.name_variant",
        "spelling.orthography",
        "spelling.stray_hyphen",
    )
)


def site_vocabulary(site: Site) -> frozenset[str]:
    """Words the site accepts: taught by editors, or frequent names in its archive."""
    taught = set(SiteWord.objects.filter(site=site).values_list("word", flat=True))
    texts = (
        Revision.objects.filter(article__site=site, article__current_revision=F("pk"))
        .order_by("-created_at")
        .values_list("text", flat=True)[:ARCHIVE_ARTICLES]
    )
    seen = Counter(name for text in texts for name in set(NAME.findall(text)))
    frequent = {name for name, count in seen.items() if count >= ARCHIVE_MIN_ARTICLES}
    return frozenset(taught | frequent)


def revision_proofread(*, revision: Revision) -> list[Issue]:
    """Check ``revision`` and file what is new as proofreader issues."""
    article = revision.article
    lang = language(article.lang or article.site.default_lang)
    if lang not in LANGS:
        return []
    site = article.site
    off = set(site.proofreader_off)
    findings = [
        f
        for f in check(revision.text, lang=lang, vocabulary=site_vocabulary(site))
        if f.kind not in off
    ]
    created = []
    with transaction.atomic():
        seen = _seen_before(article)
        for finding in findings:
            if (finding.kind, finding.text) not in seen:
                seen.add((finding.kind, finding.text))
                created.append(_file(article, revision, finding))
    return created


def _seen_before(article: Article) -> set[tuple[str, str]]:
    """(rule, text) pairs not to file again: dismissed, or already in the queue or decided.

    Only a fixed finding may come back: the error was put back into the article.
    """
    dismissed = Dismissal.objects.filter(article=article).values_list("rule", "text")
    filed = (
        Issue.objects.filter(article=article, source=Source.PROOFREADER)
        .exclude(status=Status.FIXED)
        .values_list("rule", "quote")
    )
    return set(dismissed) | set(filed)


def _file(article: Article, revision: Revision, finding: Finding) -> Issue:
    return Issue.objects.create(
        site_id=article.site_id,
        article=article,
        revision=revision,
        start=finding.start,
        end=finding.end,
        quote=finding.text,
        suggestion=finding.suggestions[0] if finding.suggestions else "",
        kind="typo",
        source=Source.PROOFREADER,
        anchor=Anchor.ANCHORED,
        confidence=finding.confidence,
        rule=finding.kind,
        message=finding.message[:300],
        report_count=0,
    )


def issue_not_an_error(*, issue: Issue, user: User) -> Issue:
    """An editor says the proofreader was wrong: dismiss it here, and teach the site's words."""
    with transaction.atomic():
        decided = issue_reject(issue=issue, user=user, reason="Not an error")
        Dismissal.objects.get_or_create(
            article_id=issue.article_id, rule=issue.rule, text=issue.quote[:300]
        )
        if issue.rule in TEACHING_RULES and len(issue.quote) <= MAX_WORD:
            try:
                with transaction.atomic():
                    SiteWord.objects.create(
                        site_id=issue.site_id, word=issue.quote, source=WordSource.EDITOR
                    )
            except IntegrityError:
                pass  # already known
    return decided
