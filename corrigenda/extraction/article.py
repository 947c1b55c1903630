"""The article in a fetched page: title, normalised text and language.

A page that marks its article (``[data-corrigenda-article]``, else ``<article>``, else
``<main>``) is read exactly as the widget reads it, so offsets and fingerprints agree.
Other pages go through trafilatura's boilerplate removal: good text, but offsets sent by
a widget on such a page cannot be trusted to the character (it has no root to walk).

>>> extract("<html lang='en-GB'><title>T</title><main><p>Hi&nbsp; there</p></main></html>")
Extracted(title='T', text='Hi there', lang='en', method='marked')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import lxml.html

from corrigenda.anchoring import normalise_text
from corrigenda.extraction.domtext import article_root, parse_html, raw_text

# A language tag's primary subtag when it is an ISO 639-1 code ("en-GB", "ru_RU", "uk").
PRIMARY_LANGUAGE = re.compile(r"\s*([A-Za-z]{2})(?![A-Za-z])")
# <meta> keys that name the page's language, most specific first.
LANGUAGE_METAS = ("content-language", "og:locale", "language", "dc.language")

Method = Literal["marked", "trafilatura"]


@dataclass(frozen=True, slots=True)
class Extracted:
    title: str | None
    text: str  # normalised (docs/normalisation.md, section 2)
    lang: str | None  # two lower-case letters, when the page says
    method: Method


def extract(html: str, url: str | None = None) -> Extracted:
    """Title, normalised article text and language of an HTML page."""
    doc = parse_html(html)
    root = article_root(doc)
    title, lang = _title(doc), _lang(doc)
    if root is not None:
        return Extracted(title, normalise_text(raw_text(root)), lang, "marked")
    return Extracted(title, _trafilatura_text(html, url), lang, "trafilatura")


def _trafilatura_text(html: str, url: str | None) -> str:
    import trafilatura  # heavy import (~0.3 s): only pages without a marked root pay it

    text = trafilatura.extract(
        html,
        url=url,
        output_format="txt",
        include_comments=False,  # readers' comments are not the article
        include_tables=True,  # tables of figures are where factual errors live
        include_images=False,
        deduplicate=False,  # a repeated paragraph is still in the article
    )
    return normalise_text(text or "")


def _metas(doc: lxml.html.HtmlElement) -> dict[str, str]:
    """<meta> contents by lower-cased name, property or http-equiv; the first one wins."""
    found: dict[str, str] = {}
    for meta in doc.iter("meta"):
        content = meta.get("content")
        for attribute in ("property", "name", "http-equiv"):
            key = (meta.get(attribute) or "").strip().lower()
            if key and content is not None:
                found.setdefault(key, content)
    return found


def _title(doc: lxml.html.HtmlElement | None) -> str | None:
    if doc is None:
        return None
    candidates = [_metas(doc).get("og:title", "")]
    candidates += [t.text_content() for t in doc.xpath("//head/title")]
    candidates += [raw_text(h1) for h1 in doc.xpath("//h1")[:1]]
    for candidate in candidates:
        title = normalise_text(candidate)
        if title:
            return title
    return None


def _lang(doc: lxml.html.HtmlElement | None) -> str | None:
    if doc is None:
        return None
    metas = _metas(doc)
    values = [doc.get("lang"), doc.get("xml:lang")] + [metas.get(k) for k in LANGUAGE_METAS]
    for value in values:
        match = PRIMARY_LANGUAGE.match(value or "")
        if match:
            return match.group(1).lower()
    return None
