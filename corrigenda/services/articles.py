"""Articles and their revisions: pushed by a CMS or fetched from the site."""

from __future__ import annotations

import logging
from datetime import timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from corrigenda import conf
from corrigenda.anchoring import fingerprint, normalise_text
from corrigenda.extraction import FetchError, extract, fetch
from corrigenda.models import Article, Revision, RevisionSource, Site
from corrigenda.services.sites import site_domains

log = logging.getLogger(__name__)

# Query parameters that track readers rather than select content: dropped so that one
# article shared through ten campaigns is still one article.
TRACKING_PARAMS = ("utm_", "fbclid", "gclid", "yclid", "mc_cid", "mc_eid", "_ga")


def canonical_url(url: str) -> str:
    """The article's identity: no fragment, no tracking parameters, lower-case host.

    >>> canonical_url("https://News.example.com/a/?utm_source=x&id=3#top")
    'https://news.example.com/a/?id=3'
    """
    parts = urlsplit(url.strip())
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(TRACKING_PARAMS)
    ]
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), "")
    )


def article_for_url(*, site: Site, url: str, title: str = "", lang: str = "") -> Article:
    """Find or create the article at ``url``; safe when two requests create it at once."""
    url = canonical_url(url)
    article = Article.objects.filter(site=site, url=url).first()
    if article is not None:
        return article
    try:
        with transaction.atomic():
            return Article.objects.create(site=site, url=url, title=title[:500], lang=lang)
    except IntegrityError:
        return Article.objects.get(site=site, url=url)


# Article ids by (site, canonical URL): articles are never renamed, so a process may keep
# them; bounded because URLs come from readers.
ARTICLE_ID_CACHE_SIZE = 10_000
_article_ids: dict[tuple[int, str], int] = {}


def forget_article_ids(**kwargs: object) -> None:
    """Deleting a site or an article in this process empties the cache at once."""
    _article_ids.clear()


for _model in (Site, Article):
    post_save.connect(forget_article_ids, sender=_model, dispatch_uid=f"article-ids-{_model}")
    post_delete.connect(forget_article_ids, sender=_model, dispatch_uid=f"article-ids-d-{_model}")


def article_id_for_url(
    *, site: Site, url: str, title: str = "", lang: str = "", fresh: bool = False
) -> int:
    """``article_for_url(...).pk``, answered from memory for articles seen before.

    ``fresh`` skips the cache: for a retry after another process deleted the article.
    """
    key = (site.pk, canonical_url(url))
    if fresh:
        _article_ids.pop(key, None)
    if key not in _article_ids:
        if len(_article_ids) >= ARTICLE_ID_CACHE_SIZE:
            _article_ids.clear()
        _article_ids[key] = article_for_url(site=site, url=url, title=title, lang=lang).pk
    return _article_ids[key]


def revision_record(*, article: Article, text: str, source: str) -> tuple[Revision, bool]:
    """Store ``text`` as the article's current revision unless it is the current one.

    Returns the revision and whether it is new. A text seen before becomes current again
    (an edit that was reverted) without a new row.
    """
    text = normalise_text(text)
    digest = fingerprint(text)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        revision = article.revisions.filter(fingerprint=digest).first()
        created = revision is None
        if revision is None:
            number = (article.revisions.aggregate(n=Max("number"))["n"] or 0) + 1
            revision = Revision.objects.create(
                article=article, number=number, text=text, fingerprint=digest, source=source
            )
        if article.current_revision_id != revision.pk:
            article.current_revision = revision
            article.save(update_fields=["current_revision"])
            _after_new_text(article, revision)
    return revision, created


def _after_new_text(article: Article, revision: Revision) -> None:
    """Queue the work a new current text causes, in the transaction that records it."""
    from corrigenda.tasks import proofread_revision, reanchor_article

    if article.issues.filter(status__in=("open", "accepted")).exists():
        reanchor_article.enqueue(revision.pk)
    proofread_revision.enqueue(revision.pk)


def article_refresh(*, article: Article, force: bool = False) -> Revision | None:
    """Fetch the article from its site and record what changed; None when it can't be had."""
    interval = timedelta(seconds=conf.get("REFETCH_INTERVAL"))
    if not force and article.fetched_at and timezone.now() - article.fetched_at < interval:
        return article.current_revision
    try:
        page = fetch(
            article.url,
            allowed_domains=site_domains(article.site),
            allow_loopback=conf.get("FETCH_ALLOW_LOOPBACK"),
            max_bytes=conf.get("FETCH_MAX_BYTES"),
            timeout=conf.get("FETCH_TIMEOUT"),
        )
    except FetchError as error:
        log.info("fetch failed for %s: %s", article.url, error)
        Article.objects.filter(pk=article.pk).update(
            fetched_at=timezone.now(), fetch_error=str(error)[:300]
        )
        return article.current_revision
    extracted = extract(page.body, url=page.final_url)
    _update_metadata(article, title=extracted.title or "", lang=extracted.lang or "")
    Article.objects.filter(pk=article.pk).update(fetched_at=timezone.now(), fetch_error="")
    if not extracted.text:
        return article.current_revision
    revision, _ = revision_record(article=article, text=extracted.text, source=RevisionSource.FETCH)
    return revision


class EmptyArticle(ValueError):
    """The pushed version has no text once extracted."""


def article_push(
    *, site: Site, url: str, title: str = "", lang: str = "", text: str = "", html: str = ""
) -> tuple[Article, Revision, bool]:
    """A CMS pushes an article version: text as given, or extracted from its HTML."""
    if html and not text:
        extracted = extract(html, url=url)
        text = extracted.text
        title, lang = title or extracted.title or "", lang or extracted.lang or ""
    if not normalise_text(text):
        raise EmptyArticle("no article text found")
    article = article_for_url(site=site, url=url, title=title, lang=lang)
    _update_metadata(article, title=title, lang=lang)
    revision, created = revision_record(article=article, text=text, source=RevisionSource.PUSH)
    return article, revision, created


def _update_metadata(article: Article, *, title: str, lang: str) -> None:
    changes = {}
    if title and title[:500] != article.title:
        changes["title"] = title[:500]
    if lang and lang != article.lang:
        changes["lang"] = lang[:8]
    if changes:
        Article.objects.filter(pk=article.pk).update(**changes)
        for name, value in changes.items():
            setattr(article, name, value)
