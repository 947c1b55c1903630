"""Steps the widget's browser tests share: select text, open the dialog, expected selectors."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from corrigenda.anchoring import fingerprint, normalise
from tests.e2e.widget.pages import article_raw_text, page_html

SELECT_JS = """([needle, from, to]) => {
  // Select characters [from, to) of the first text node in the article containing needle.
  const root = document.querySelector("[data-corrigenda-article]");
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode()) && !node.data.includes(needle));
  const at = node.data.indexOf(needle);
  const range = document.createRange();
  range.setStart(node, at + from);
  range.setEnd(node, at + to);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
}"""


def expected_selector(html: str, quote: str, after: str = "") -> dict:
    """The selector computed on the server's side of the contract, from the same page."""
    text = normalise(article_raw_text(html)).text
    start = text.index(quote, text.index(after))
    end = start + len(quote)
    return {
        "selector": {
            "exact": quote,
            "prefix": text[max(0, start - 32) : start],
            "suffix": text[end : end + 32],
            "start": start,
            "end": end,
        },
        "revision": fingerprint(text),
    }


def open_page(page: Page, site, desk, path: str = "/article", **kwargs) -> str:
    headers = kwargs.pop("headers", None)
    html = page_html(desk.origin, **kwargs)
    page.goto(site.add(path, html, headers) + "#comments")
    page.wait_for_function("() => window.corrigenda && window.corrigenda.desk")
    return html


def report_with_keyboard(page: Page, needle: str, start: int = 0, end: int | None = None) -> None:
    page.evaluate(SELECT_JS, [needle, start, len(needle) if end is None else end])
    page.keyboard.press("Control+Enter")
    expect(page.get_by_role("dialog")).to_be_visible()
