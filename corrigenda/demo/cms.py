"""The demo publication's stand-in for a CMS: it takes signed corrections and applies them.

Edits live in the shared cache (every server process sees them), keyed by article slug. A
correction is applied only when its text occurs exactly once in the article: the same rule a
careful CMS connector follows, so the demo shows a refusal the way production would.
"""

from __future__ import annotations

from dataclasses import replace

from django.core.cache import cache

from corrigenda.anchoring import normalise
from corrigenda.demo.articles import DemoArticle

EDITS_KEY = "corrigenda:demo-edits:{slug}"


class NotApplicable(Exception):
    """The correction can't be applied safely; the message says why."""


def demo_edits(slug: str) -> list[tuple[str, str]]:
    return cache.get(EDITS_KEY.format(slug=slug), [])


def demo_edited(article: DemoArticle) -> DemoArticle:
    """The article with every stored edit applied, in order."""
    paragraphs = list(article.paragraphs)
    for before, after in demo_edits(article.slug):
        paragraphs = _apply(paragraphs, before, after)
    return replace(article, paragraphs=tuple(paragraphs))


def demo_apply(article: DemoArticle, before: str, after: str) -> None:
    """Apply one correction now (or raise NotApplicable) and remember it."""
    _apply(list(demo_edited(article).paragraphs), before, after)  # raises if unsafe
    cache.set(
        EDITS_KEY.format(slug=article.slug),
        [*demo_edits(article.slug), (before, after)],
        timeout=None,
    )


def _apply(paragraphs: list[str], before: str, after: str) -> list[str]:
    """Replace the one occurrence of ``before`` (compared in normalised text)."""
    places = [
        (index, at)
        for index, paragraph in enumerate(paragraphs)
        for at in _occurrences(normalise(paragraph).text, before)
    ]
    if len(places) != 1:
        raise NotApplicable(f"the text occurs {len(places)} times in the article, not once")
    index, at = places[0]
    mapped = normalise(paragraphs[index])
    start, end = mapped.to_source(at, at + len(before))
    paragraph = paragraphs[index]
    paragraphs[index] = paragraph[:start] + after + paragraph[end:]
    return paragraphs


def _occurrences(text: str, quote: str) -> list[int]:
    found, at = [], text.find(quote)
    while quote and at >= 0:
        found.append(at)
        at = text.find(quote, at + 1)
    return found
