"""`data-corrections`: the article's published notes at its end (issue 6, widget/README.md)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.widget.helpers import expected_selector, open_page, report_with_keyboard
from tests.e2e.widget.pages import ARTICLE, page_html
from tests.e2e.widget.test_accessibility import AXE, FAILING_IMPACTS
from tests.e2e.widget.test_loader import LAYOUT_SHIFT_JS, SETTLE_MS, WIDGET_TAG

# Noon UTC: the same calendar day in any time zone the browser might run in.
NOTES = [
    {
        "text": "Correction: an earlier version of this article misspelled the opposition.",
        "datePublished": "2026-11-27T12:00:02.118000+00:00",  # Python's isoformat()
    },
    {
        "text": "Clarification: the vote was on Tuesday.",
        "datePublished": "2026-11-28T12:30:00+00:00",
    },
]
DATETIMES = ["2026-11-27T12:00:02.118Z", "2026-11-28T12:30:00.000Z"]
BLOCK = "[data-corrigenda-article] > .corrigenda-corrections:last-child"
AXE_BLOCK_JS = """async () => (await axe.run({include: [[".corrigenda-corrections"]]},
  {resultTypes: ["violations"]})).violations.map((v) => ({id: v.id, impact: v.impact}))"""


def corrections_requests(desk) -> list[str]:
    """The `url` parameter of every corrections request the desk received."""
    return [
        parse_qs(urlsplit(path).query)["url"][0]
        for method, path in desk.requests
        if method == "GET" and path.startswith("/api/v1/corrections?")
    ]


def settled(page: Page, site, desk, **kwargs) -> str:
    """Open a page and wait until the widget has had the desk's answer (or its failure)."""
    with page.expect_event(
        "requestfinished" if desk.corrections_status else "requestfailed",
        lambda request: "/api/v1/corrections" in request.url,
    ):
        html = open_page(page, site, desk, **kwargs)
    page.wait_for_timeout(300)  # the promise chain after the response
    return html


@pytest.mark.parametrize(
    ("lang", "heading", "dates"),
    [
        ("en", "Corrections", ["November 27, 2026", "November 28, 2026"]),
        ("uk", "Виправлення", ["27 листопада 2026 р.", "28 листопада 2026 р."]),
        ("ru-RU", "Исправления", ["27 ноября 2026 г.", "28 ноября 2026 г."]),
    ],
)
def test_notes_render_at_the_article_end(
    page: Page, site, desk, lang: str, heading: str, dates: list[str]
) -> None:
    desk.corrections = NOTES
    open_page(page, site, desk, lang=lang, attrs="data-corrections")
    block = page.locator(BLOCK)
    expect(block.get_by_role("heading", level=2)).to_have_text(heading)
    expect(block.locator("time")).to_have_text(dates)
    assert [t.get_attribute("datetime") for t in block.locator("time").all()] == DATETIMES
    expect(block.locator("p")).to_have_text(
        [f"{d} — {n['text']}" for d, n in zip(dates, NOTES, strict=True)]
    )
    # Light DOM, no styles of its own, skipped by the dialog's text walk.
    assert block.evaluate("el => el.localName") == "section"
    assert block.get_attribute("data-corrigenda-ignore") == ""
    assert block.get_attribute("style") is None and block.evaluate("el => !el.shadowRoot")
    # The page's URL without its fragment (open_page adds #comments).
    assert corrections_requests(desk) == [f"{site.origin}/article"]
    assert page.console_problems == []  # type: ignore[attr-defined]


def test_nothing_is_fetched_without_the_attribute(page: Page, site, desk) -> None:
    desk.corrections = NOTES
    open_page(page, site, desk)
    page.wait_for_timeout(SETTLE_MS)
    assert desk.requests == [("GET", "/widget.js")]
    expect(page.locator(".corrigenda-corrections")).to_have_count(0)


def test_empty_list_renders_nothing(page: Page, site, desk) -> None:
    settled(page, site, desk, attrs="data-corrections")
    assert corrections_requests(desk) == [f"{site.origin}/article"]
    expect(page.locator(".corrigenda-corrections")).to_have_count(0)
    assert page.console_problems == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("status", [500, 0], ids=["server-error", "network-error"])
def test_failure_renders_nothing_and_logs_nothing(page: Page, site, desk, status: int) -> None:
    desk.corrections, desk.corrections_status = NOTES, status
    settled(page, site, desk, attrs="data-corrections")
    expect(page.locator(".corrigenda-corrections")).to_have_count(0)
    # No exception and nothing from the widget. Chromium itself reports a failed load on the
    # console ("Failed to load resource: …", as for any image or fetch); no script can
    # silence that line, so it is the only one allowed.
    problems = page.console_problems  # type: ignore[attr-defined]
    assert len(problems) <= 1
    assert all(p.startswith("Failed to load resource: ") for p in problems), problems


def test_report_offsets_are_unchanged_by_the_block(page: Page, site, desk) -> None:
    """Same selector and revision with the notes rendered as without them."""

    def report(path: str, attrs: str) -> dict:
        html = open_page(page, site, desk, path=path, attrs=attrs)
        if attrs:
            expect(page.locator(BLOCK)).to_have_count(1)
        # "top" ends the article: the 32-character suffix runs to where the block starts.
        report_with_keyboard(page, "Back to top", 8, 11)
        page.get_by_role("dialog").get_by_role("button", name="Send").click()
        expect(page.get_by_role("dialog")).to_contain_text("Thank you!")
        body = desk.reports[-1]["body"]
        assert {k: body[k] for k in ("selector", "revision")} == expected_selector(html, "top")
        return body

    desk.corrections = NOTES
    plain = report("/plain", "")
    with_notes = report("/with-notes", "data-corrections")
    assert with_notes["selector"] == plain["selector"]
    assert with_notes["revision"] == plain["revision"]


def test_strict_csp_page_has_no_console_errors(page: Page, site, desk) -> None:
    csp = (
        f"default-src 'self'; script-src {desk.origin}; connect-src {desk.origin}; style-src 'self'"
    )
    desk.corrections = NOTES
    open_page(page, site, desk, headers={"Content-Security-Policy": csp}, attrs="data-corrections")
    expect(page.locator(BLOCK).locator("time")).to_have_count(2)
    page.wait_for_timeout(SETTLE_MS)
    assert page.console_problems == []  # type: ignore[attr-defined]


def test_no_layout_shift_when_the_article_ends_below_the_fold(page: Page, site, desk) -> None:
    paragraphs = "".join(f"<p>Paragraph {i} of the long article.</p>" for i in range(60))
    body = ARTICLE.replace("<p hidden>", paragraphs + "<p hidden>")
    desk.corrections = NOTES
    open_page(page, site, desk, body=body, attrs="data-corrections")
    expect(page.locator(BLOCK)).to_have_count(1)
    assert page.evaluate(LAYOUT_SHIFT_JS) == 0
    # The reader scrolls there: the block is already in place, nothing moves.
    page.locator(BLOCK).scroll_into_view_if_needed()
    page.wait_for_timeout(SETTLE_MS)
    assert page.evaluate(LAYOUT_SHIFT_JS) == 0


def test_one_global_and_one_extra_request_each(page: Page, site, desk) -> None:
    desk.corrections = NOTES
    keys = "() => Object.keys(window)"
    html = page_html(desk.origin, attrs="data-corrections")
    page.goto(site.add("/without", WIDGET_TAG.sub("", html)))
    page.wait_for_load_state("load")
    without = set(page.evaluate(keys))
    page.goto(site.add("/with", html))
    expect(page.locator(BLOCK)).to_have_count(1)
    assert set(page.evaluate(keys)) - without == {"corrigenda"}
    assert [path.split("?")[0] for _, path in desk.requests] == [
        "/widget.js",
        "/widget-corrections.js",
        "/api/v1/corrections",
    ]


def test_block_passes_axe(page: Page, site, desk) -> None:
    if not AXE.is_file():
        pytest.fail(f"axe-core is missing at {AXE}: run `npm ci` in widget/.")
    desk.corrections = NOTES
    open_page(page, site, desk, lang="uk", attrs="data-corrections")
    expect(page.locator(BLOCK)).to_have_count(1)
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(AXE_BLOCK_JS)
    assert [v for v in violations if v["impact"] in FAILING_IMPACTS] == []
