"""What the reader selected becomes the selector the server computes (issue 3, "Behaviour")."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from corrigenda.anchoring import normalise
from tests.e2e.widget.helpers import expected_selector, open_page
from tests.e2e.widget.pages import article_raw_text

# A phrase twice in one paragraph; a paragraph ending in a link; a line break.
ARTICLE = """
<article data-corrigenda-article>
  <h1>Council minutes</h1>
  <p>The mayor said the budget is final. Later the mayor said the budget is final again.</p>
  <p>The first paragraph ends <a href="#x">with a <em>link</em></a></p>
  <p>Line one of the poem<br>line two of the poem.</p>
</article>
"""
LONG_WORDS = 300  # "word123 " × 300 ≈ 2,400 characters: well over the 1,000 cap
LONG_ARTICLE = (
    "<article data-corrigenda-article><p>"
    + " ".join(f"word{i}" for i in range(LONG_WORDS))
    + ".</p></article>"
)

# Select from `start` characters into the text node holding `a` to `end` into the one holding
# `b` (the n-th node containing the needle, counted from 0).
SELECT_NODES_JS = """([a, start, b, end, nth]) => {
  const root = document.querySelector("[data-corrigenda-article]");
  const nodes = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) nodes.push(walker.currentNode);
  const first = nodes.filter((n) => n.data.includes(a))[nth];
  const last = nodes.filter((n) => n.data.includes(b))[0];
  const range = document.createRange();
  range.setStart(first, first.data.indexOf(a) + start);
  range.setEnd(last, last.data.indexOf(b) + end);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
}"""


def send(page: Page) -> None:
    """Press Ctrl+Enter and send the dialog as it is."""
    page.keyboard.press("Control+Enter")
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("button", name="Send").click()
    expect(dialog).to_contain_text("Thank you!")


def report(page: Page, desk, *select: object) -> dict:
    page.evaluate(SELECT_NODES_JS, list(select))
    send(page)
    return desk.reports[-1]["body"]


def only_selector(body: dict) -> dict:
    return {"selector": body["selector"], "revision": body["revision"]}


def test_selection_across_paragraphs_a_link_and_a_line_break(page: Page, site, desk) -> None:
    html = open_page(page, site, desk, body=ARTICLE)
    # From inside "paragraph" to inside "two": a paragraph break, <a>, <em>, <br>.
    body = report(page, desk, "first paragraph", 8, "line two", 7, 0)
    quote = "paragraph ends with a link Line one of the poem line two"
    assert only_selector(body) == expected_selector(html, quote)


def test_second_of_two_repeated_phrases(page: Page, site, desk) -> None:
    html = open_page(page, site, desk, body=ARTICLE)
    at = "Later the mayor said "  # the phrase's second occurrence, in the same text node
    page.evaluate(
        """(at) => {
          const p = document.querySelector("article p");
          const node = p.firstChild;
          const from = node.data.indexOf(at) + at.length;
          const range = document.createRange();
          range.setStart(node, from);
          range.setEnd(node, from + "the budget is final".length);
          getSelection().removeAllRanges();
          getSelection().addRange(range);
        }""",
        at,
    )
    send(page)
    body = desk.reports[-1]["body"]
    expected = expected_selector(html, "the budget is final", after="Later")
    assert only_selector(body) == expected
    text = normalise(article_raw_text(html)).text
    assert body["selector"]["start"] > text.index("the budget is final")  # not the first


def test_selection_widened_to_whole_words(page: Page, site, desk) -> None:
    html = open_page(page, site, desk, body=ARTICLE)
    # "yor sa" inside "mayor said" (the first one) becomes "mayor said".
    body = report(page, desk, "mayor said", 2, "mayor said", 8, 0)
    assert only_selector(body) == expected_selector(html, "mayor said")


def test_over_long_selection_is_capped_with_a_note(page: Page, site, desk) -> None:
    html = open_page(page, site, desk, body=LONG_ARTICLE)
    page.evaluate(SELECT_NODES_JS, ["word0 ", 0, "word299.", 8, 0])
    page.keyboard.press("Control+Enter")
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("Long selection: only its first 1000 characters are sent.")
    dialog.get_by_role("button", name="Send").click()
    expect(dialog).to_contain_text("Thank you!")
    selector = desk.reports[-1]["body"]["selector"]
    text = normalise(article_raw_text(html)).text
    assert (selector["start"], selector["end"]) == (0, 1000)
    assert selector["exact"] == text[:1000]
    assert selector["suffix"] == text[1000:1032]
