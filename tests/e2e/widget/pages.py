"""Fixture pages and an independent Python reading of their article text (normalisation.md §1)."""

from __future__ import annotations

from html.parser import HTMLParser

SKIPPED = frozenset(
    {"script", "style", "noscript", "template", "svg", "iframe", "button", "select", "textarea"}
)
BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption"}
    | {"figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li"}
    | {"main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr"}
    | {"td", "th", "ul"}
)
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"})

# Typography, Cyrillic and an emoji before the reported words: code points ≠ UTF-16 units.
ARTICLE = """
<article data-corrigenda-article>
  <h1>Kyiv’s «new» budget 😀</h1>
  <div class="share" data-corrigenda-ignore>Share on <a href="#">X</a></div>
  <p>The city council approved the <b>bud</b>get on Tuesday — after a long
     de&shy;bate. Критики кажуть, що «бюджет» занадто малий… <button>Like</button></p>
  <p>The oppostion leader said the plan was “reckless”.<br>Nobody else spoke.</p>
  <p hidden>Hidden text.</p>
  <p><a id="back" href="#top">Back to top</a></p>
</article>
"""


def page_html(
    desk_origin: str, *, lang: str = "en", body: str = ARTICLE, head: str = "", attrs: str = ""
) -> str:
    """An article page carrying the widget's script tag."""
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>Budget approved</title>{head}</head>
<body>
<header><p>Site header, outside the article</p></header>
{body}
<footer><textarea id="outside">a textarea outside the article</textarea></footer>
<script src="{desk_origin}/widget.js" data-site="pk_test" {attrs} defer></script>
</body></html>"""


class _Walker(HTMLParser):
    """§1: text of the article root, spaces around blocks and at <br>, skipped subtrees."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.inside = False

    def _skipping(self) -> bool:
        return any(skipped for _, skipped in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {name for name, _ in attrs}
        if tag == "article" and "data-corrigenda-article" in names:
            self.inside = True
        if not self.inside:
            return
        if tag in VOID:
            if tag in ("br", "hr") and not self._skipping():
                self.parts.append(" ")
            return
        skipped = tag in SKIPPED or "hidden" in names or "data-corrigenda-ignore" in names
        if tag in BLOCKS and not self._skipping():
            self.parts.append(" ")
        self.stack.append((tag, skipped))

    def handle_endtag(self, tag: str) -> None:
        if not self.inside or tag in VOID:
            return
        while self.stack:
            open_tag, _ = self.stack.pop()
            if tag in BLOCKS and not self._skipping() and open_tag == tag:
                self.parts.append(" ")
            if open_tag == tag:
                break
        if tag == "article":
            self.inside = False

    def handle_data(self, data: str) -> None:
        if self.inside and self.stack and not self._skipping():
            self.parts.append(data)


def article_raw_text(html: str) -> str:
    """Raw (not yet normalised) article text, as the widget's DOM walk reads it."""
    walker = _Walker()
    walker.feed(html)
    return "".join(walker.parts)
