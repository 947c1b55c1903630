"""The loader on the host page: invisible until used (issue 3, "Size and load")."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.widget.conftest import open_context_page
from tests.e2e.widget.helpers import SELECT_JS, open_page, report_with_keyboard
from tests.e2e.widget.pages import ARTICLE, page_html

SETTLE_MS = 1000  # longer than the loader's selection delay (350 ms) and any late layout
# Sums every layout shift from the start of the page, buffered ones included.
LAYOUT_SHIFT_JS = """() => new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) total += entry.value;
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 500);
})"""
# Every long task (> 50 ms on the main thread) since the page started, buffered included.
LONG_TASKS_JS = """() => new Promise((resolve) => {
  const found = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) found.push(entry.duration);
  }).observe({type: "longtask", buffered: true});
  setTimeout(() => resolve(found), 500);
})"""
WIDGET_TAG = re.compile(r"<script src=\"[^\"]*/widget\.js\"[^>]*></script>")


def test_no_layout_shift_on_load(page: Page, site, desk) -> None:
    open_page(page, site, desk)
    page.wait_for_timeout(SETTLE_MS)
    assert page.evaluate(LAYOUT_SHIFT_JS) == 0


def test_loader_adds_no_long_task(page: Page, site, desk) -> None:
    html = page_html(desk.origin)
    page.goto(site.add("/bare", WIDGET_TAG.sub("", html)))
    page.wait_for_timeout(SETTLE_MS)
    baseline = page.evaluate(LONG_TASKS_JS)  # what the page costs without the loader
    open_page(page, site, desk)
    page.wait_for_timeout(SETTLE_MS)
    assert len(page.evaluate(LONG_TASKS_JS)) <= len(baseline)


def test_hint_in_the_page_own_place_adds_no_layout_shift(page: Page, site, desk) -> None:
    # The publisher's placeholder holds the line; the built-in text arrives later.
    placeholder = '<p class="corrigenda-hint">&nbsp;</p></article>'
    body = ARTICLE.replace("</article>", placeholder)
    open_page(page, site, desk, body=body, attrs="data-hint")
    expect(page.locator(".corrigenda-hint")).to_contain_text("Select it")
    expect(page.locator(".corrigenda-hint")).to_have_count(1)
    assert page.evaluate(LAYOUT_SHIFT_JS) == 0


def test_no_request_until_used(page: Page, site, desk) -> None:
    open_page(page, site, desk)
    page.evaluate(SELECT_JS, ["reckless", 0, 8])  # a mouse reader selects: nothing yet
    page.wait_for_timeout(SETTLE_MS)
    assert desk.requests == [("GET", "/widget.js")]
    page.keyboard.press("Control+Enter")
    expect(page.get_by_role("dialog")).to_be_visible()
    assert desk.requests == [("GET", "/widget.js"), ("GET", "/widget-dialog.js")]


def test_only_global_is_corrigenda(page: Page, site, desk) -> None:
    html = page_html(desk.origin)
    keys = "() => Object.keys(window)"
    page.goto(site.add("/without", WIDGET_TAG.sub("", html)))
    page.wait_for_load_state("load")
    without = set(page.evaluate(keys))
    page.goto(site.add("/with", html))
    page.wait_for_function("() => window.corrigenda && window.corrigenda.desk")
    assert set(page.evaluate(keys)) - without == {"corrigenda"}
    # Using the dialog adds nothing either.
    report_with_keyboard(page, "reckless")
    assert set(page.evaluate(keys)) - without == {"corrigenda"}


@pytest.mark.parametrize(
    ("lang", "hint"),
    [
        ("en", "Spotted a mistake? Select it and press Ctrl+Enter."),
        ("uk", "Помітили помилку? Виділіть її та натисніть Ctrl+Enter."),
        ("ru-RU", "Заметили ошибку? Выделите её и нажмите Ctrl+Enter."),
        ("de", "Spotted a mistake? Select it and press Ctrl+Enter."),
    ],
)
def test_built_in_hint_in_the_page_language(page: Page, site, desk, lang: str, hint: str) -> None:
    open_page(page, site, desk, lang=lang, attrs='data-hint=""')
    expect(page.locator("article .corrigenda-hint")).to_have_text(hint)
    assert ("GET", "/widget-hint.js") in desk.requests
    assert page.console_problems == []  # type: ignore[attr-defined]


def test_built_in_hint_says_cmd_on_a_mac(browser: Browser, site, desk) -> None:
    page = open_context_page(browser)
    try:
        page.add_init_script(
            "Object.defineProperty(Navigator.prototype, 'platform', {get: () => 'MacIntel'})"
        )
        open_page(page, site, desk, attrs='data-hint="true"')
        expect(page.locator(".corrigenda-hint")).to_have_text(
            "Spotted a mistake? Select it and press ⌘+Enter."
        )
    finally:
        page.context.close()


def test_own_hint_text_needs_no_request(page: Page, site, desk) -> None:
    open_page(page, site, desk, lang="uk", attrs='data-hint="Бачите помилку? Ctrl+Enter."')
    expect(page.locator(".corrigenda-hint")).to_have_text("Бачите помилку? Ctrl+Enter.")
    page.wait_for_timeout(SETTLE_MS)
    assert desk.requests == [("GET", "/widget.js")]


def test_no_hint_unless_asked(page: Page, site, desk) -> None:
    open_page(page, site, desk)
    page.wait_for_timeout(SETTLE_MS)
    expect(page.locator(".corrigenda-hint")).to_have_count(0)


def test_no_console_errors_or_warnings_on_a_normal_page(page: Page, site, desk) -> None:
    open_page(page, site, desk, attrs="data-hint")
    report_with_keyboard(page, "reckless")
    page.get_by_role("dialog").get_by_role("button", name="Send").click()
    expect(page.get_by_role("dialog")).to_contain_text("Thank you!")
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_have_count(0)
    assert page.console_problems == []  # type: ignore[attr-defined]
