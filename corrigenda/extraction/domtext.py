"""The text of an article root, walked exactly as the widget walks the live DOM.

docs/normalisation.md, section 1. The widget and this module must agree character for
character, or the reader's revision fingerprint will never match the desk's; both are
checked against ``tests/vectors/dom_text.json``.

>>> raw_text(article_root(parse_html("<article><p>Wor<b>d</b></p><p>two</p></article>")))
'  Word  two  '
"""

from __future__ import annotations

import lxml.html
from lxml import etree

# Elements that separate words: a space before and after each.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr",
        "td", "th", "ul",
    }
)  # fmt: skip
# Elements whose contents are not article text: code, controls, embedded documents.
SKIPPED_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "iframe", "button", "select", "textarea"}
)
# Attributes that hide an element from the reader, or that publishers put on share bars,
# ads and the widget's own hint.
SKIPPED_ATTRIBUTES = ("hidden", "data-corrigenda-ignore")
# Where the article is, most explicit first; the first match in document order wins,
# as with the widget's document.querySelector.
ROOT_PATHS = ("//*[@data-corrigenda-article]", "//article", "//main")


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    """A document tree, or None when there is nothing to parse."""
    if not html.strip():
        return None
    # Bytes with an explicit encoding: lxml refuses str input carrying an XML encoding
    # declaration, and must not re-decode by a <meta charset> the text has already obeyed.
    # huge_tree lifts libxml2's nesting limit of 256, past which it silently drops the rest
    # of the page; input size is bounded by the caller (fetch caps bodies at MAX_BYTES).
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
    try:
        return lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser)
    except (etree.ParserError, ValueError):
        return None


def article_root(doc: lxml.html.HtmlElement | None) -> lxml.html.HtmlElement | None:
    """The element the page marks as its article, or None."""
    if doc is None:
        return None
    for path in ROOT_PATHS:
        found = doc.xpath(path)
        if found:
            return found[0]
    return None


def raw_text(root: lxml.html.HtmlElement) -> str:
    """Concatenated text of ``root`` per section 1 (before section 2 normalisation)."""
    out: list[str] = []
    # Explicit stack rather than recursion: deep markup must not hit the recursion limit.
    # Items are elements still to visit, or strings (closing spaces, tails) to emit.
    stack: list[etree._Element | str] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
            continue
        if item is not root and _skipped(item):
            continue  # its tail is already on the stack: it belongs to the parent
        if item.tag == "br":
            out.append(" ")  # a line break is one space (and has no content)
            continue
        separator = " " if item.tag in BLOCK_TAGS else ""
        out.append(separator + (item.text or ""))
        stack.append(separator)
        for child in reversed(item):
            stack.append(child.tail or "")
            stack.append(child)
    return "".join(out)


def _skipped(element: etree._Element) -> bool:
    if not isinstance(element.tag, str):
        return True  # comments and processing instructions are not text nodes
    tag = element.tag.lower()
    return tag in SKIPPED_TAGS or any(element.get(a) is not None for a in SKIPPED_ATTRIBUTES)
