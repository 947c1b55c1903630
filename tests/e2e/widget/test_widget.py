"""The widget in a real browser: selection → Ctrl+Enter → dialog → report on the desk."""

from __future__ import annotations

import os

import pytest
from playwright.sync_api import Page, expect

from corrigenda.anchoring import normalise
from tests.e2e.widget.helpers import SELECT_JS, expected_selector, open_page, report_with_keyboard
from tests.e2e.widget.pages import ARTICLE, article_raw_text, page_html

# For a human look at the dialog (the brief's review step); any writable path will do.
SCREENSHOT = os.environ.get("CORRIGENDA_SCREENSHOT", "/tmp/widget-dialog.png")  # noqa: S108


def test_report_round_trip(page: Page, site, desk) -> None:
    html = open_page(page, site, desk)
    # A sloppy selection ("ppostio") is widened to the whole word.
    report_with_keyboard(page, "oppostion", 1, 8)
    dialog = page.get_by_role("dialog")
    expect(dialog.locator("mark")).to_have_text("oppostion")
    expect(dialog.locator("blockquote")).to_contain_text("The oppostion leader said")
    suggestion = dialog.get_by_label("Suggested correction")
    expect(suggestion).to_be_focused()
    expect(suggestion).to_have_value("oppostion")
    suggestion.fill("opposition")
    dialog.get_by_label("Factual error").check()
    dialog.get_by_label("Comment (optional)").fill("Spelling")
    dialog.get_by_label("E-mail (optional, for a reply)").fill("reader@example.org")
    page.screenshot(path=SCREENSHOT)
    dialog.get_by_role("button", name="Send").click()

    expect(dialog).to_contain_text("Thank you!")
    expect(dialog).to_contain_text("reader@example.org")
    expect(dialog.get_by_role("button", name="Close")).to_be_focused()
    assert [r for r in desk.requests if r[0] != "GET"] == [("POST", "/api/v1/reports")]
    report = desk.reports[0]
    assert report["content_type"] == "text/plain;charset=UTF-8"  # no CORS preflight
    assert report["body"] == {
        "site": "pk_test",
        "url": f"{site.origin}/article",
        "title": "Budget approved",
        "lang": "en",
        **expected_selector(html, "oppostion"),
        "kind": "factual",
        "suggestion": "opposition",
        "comment": "Spelling",
        "email": "reader@example.org",
    }
    assert page.console_problems == []


def test_selection_across_inline_elements_and_cyrillic(page: Page, site, desk) -> None:
    html = open_page(page, site, desk)
    page.evaluate(
        """() => {
          const b = document.querySelector("b");
          const range = document.createRange();
          range.setStart(b.firstChild, 1);       // "ud" of <b>bud</b>
          range.setEnd(b.nextSibling, 2);        // "ge" of "get on Tuesday"
          getSelection().removeAllRanges();
          getSelection().addRange(range);
        }"""
    )
    page.keyboard.press("Control+Enter")
    page.get_by_role("dialog").get_by_role("button", name="Send").click()
    expect(page.get_by_role("dialog")).to_contain_text("Thank you!")
    page.keyboard.press("Escape")
    report_with_keyboard(page, "бюджет")
    page.get_by_role("dialog").get_by_role("button", name="Send").click()
    expect(page.get_by_role("dialog")).to_contain_text("Thank you!")
    first, second = (r["body"] for r in desk.reports)
    assert {k: first[k] for k in ("selector", "revision")} == expected_selector(
        html, "budget", after="approved"
    )
    assert {k: second[k] for k in ("selector", "revision")} == expected_selector(html, "бюджет")


def test_escape_closes_and_focus_returns(page: Page, site, desk) -> None:
    open_page(page, site, desk)
    page.focus("#back")
    report_with_keyboard(page, "reckless")
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_have_count(0)
    assert page.evaluate("document.activeElement.id") == "back"
    assert page.evaluate("String(getSelection())") == "reckless"  # the selection is kept


def test_focus_is_trapped(page: Page, site, desk) -> None:
    open_page(page, site, desk)
    report_with_keyboard(page, "reckless")
    for _ in range(12):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.localName") == "corrigenda-dialog"
    for _ in range(12):
        page.keyboard.press("Shift+Tab")
        assert page.evaluate("document.activeElement.localName") == "corrigenda-dialog"


def test_ignored_where_it_should_be(page: Page, site, desk) -> None:
    open_page(page, site, desk)
    # Outside the article, in a textarea, with nothing selected: no dialog, no download.
    page.evaluate(SELECT_JS.replace('"[data-corrigenda-article]"', '"header"'), ["Site", 0, 4])
    page.keyboard.press("Control+Enter")
    page.focus("#outside")
    page.keyboard.press("Control+Enter")
    page.evaluate("getSelection().removeAllRanges()")
    page.focus("#back")
    page.keyboard.press("Control+Enter")
    page.wait_for_timeout(300)
    expect(page.get_by_role("dialog")).to_have_count(0)
    assert ("GET", "/widget-dialog.js") not in desk.requests


def test_error_shows_message_and_keeps_text(page: Page, site, desk) -> None:
    open_page(page, site, desk)
    desk.answers.append(
        (
            400,
            {"error": {"code": "invalid", "message": "Enter a valid e-mail.", "field": "email"}},
            {},
        )
    )
    desk.answers.append(
        (429, {"error": {"code": "rate_limited", "message": "Slow down"}}, {"Retry-After": "90"})
    )
    report_with_keyboard(page, "reckless")
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Suggested correction").fill("careless")
    dialog.get_by_label("Comment (optional)").fill("Quote is wrong")
    email = dialog.get_by_label("E-mail (optional, for a reply)")
    email.fill("not-an-address")
    dialog.get_by_role("button", name="Send").click()
    expect(dialog).to_contain_text("Enter a valid e-mail.")
    expect(email).to_have_attribute("aria-invalid", "true")
    expect(email).to_be_focused()
    expect(dialog.get_by_label("Suggested correction")).to_have_value("careless")
    expect(dialog.get_by_label("Comment (optional)")).to_have_value("Quote is wrong")
    dialog.get_by_role("button", name="Send").click()
    expect(dialog).to_contain_text("try again in 2 min")
    expect(email).not_to_have_attribute("aria-invalid", "true")
    email.fill("reader@example.org")
    dialog.get_by_role("button", name="Send").click()
    expect(dialog).to_contain_text("Thank you!")
    assert [r["body"]["suggestion"] for r in desk.reports] == ["careless"] * 3


def test_offline_keeps_text(page: Page, site, desk) -> None:
    open_page(page, site, desk)
    report_with_keyboard(page, "reckless")
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Suggested correction").fill("careless")
    page.context.set_offline(True)
    dialog.get_by_role("button", name="Send").click()
    expect(dialog).to_contain_text("You are offline; we'll keep your text")
    expect(dialog.get_by_label("Suggested correction")).to_have_value("careless")
    page.context.set_offline(False)
    dialog.get_by_role("button", name="Send").click()
    expect(dialog).to_contain_text("Thank you!")
    assert len(desk.reports) == 1


HOSTILE_CSS = """<style>
  * { position: static !important; z-index: auto !important; opacity: .9 !important;
      font-size: 30px !important; color: red !important; background: yellow !important; }
  corrigenda-dialog, corrigenda-button { display: none !important; visibility: hidden !important;
      transform: scale(0) !important; }
  div, p, button, textarea, label, input { all: unset !important; }
  [role=dialog] { display: none !important; }
</style>"""


def test_hostile_page_css_cannot_break_the_dialog(page: Page, site, desk) -> None:
    open_page(page, site, desk, head=HOSTILE_CSS)
    report_with_keyboard(page, "reckless")
    dialog = page.get_by_role("dialog")
    send = dialog.get_by_role("button", name="Send")
    assert send.evaluate("b => getComputedStyle(b).fontSize") == "16px"
    assert dialog.evaluate("d => getComputedStyle(d).backgroundColor") in {
        "rgb(255, 255, 255)",
        "rgb(31, 32, 36)",
    }
    box = dialog.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 300
    send.click()  # a real click: nothing on the page covers the dialog
    expect(dialog).to_contain_text("Thank you!")


def test_strict_csp_page_has_no_console_errors(page: Page, site, desk) -> None:
    csp = (
        f"default-src 'self'; script-src {desk.origin}; connect-src {desk.origin}; style-src 'self'"
    )
    open_page(
        page,
        site,
        desk,
        headers={"Content-Security-Policy": csp},
        attrs='data-hint="Spotted an error? Select it and press Ctrl+Enter."',
    )
    expect(page.locator(".corrigenda-hint")).to_have_text(
        "Spotted an error? Select it and press Ctrl+Enter."
    )
    report_with_keyboard(page, "reckless")
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_role("button", name="Send")).to_have_css(
        "background-color", "rgb(11, 87, 208)"
    )
    dialog.get_by_role("button", name="Send").click()
    expect(dialog).to_contain_text("Thank you!")
    assert page.console_problems == []


@pytest.mark.parametrize(
    ("lang", "title", "send"),
    [("uk", "Повідомити про помилку", "Надіслати"), ("ru-RU", "Сообщить об ошибке", "Отправить")],
)
def test_page_language(page: Page, site, desk, lang: str, title: str, send: str) -> None:
    open_page(page, site, desk, lang=lang)
    report_with_keyboard(page, "reckless")
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_role("heading")).to_have_text(title)
    dialog.get_by_role("button", name=send).click()
    expect(page.get_by_role("dialog").locator(".msg.ok")).to_be_visible()
    assert desk.reports[0]["body"]["lang"] == lang[:2]
    assert ("GET", f"/widget-dialog.{lang[:2]}.js") in desk.requests


def test_publisher_strings_override(page: Page, site, desk) -> None:
    # Set before the widget's script tag, as documented in widget/README.md.
    head = "<script>window.corrigenda = {strings: {send: 'Submit report'}};</script>"
    open_page(page, site, desk, head=head)
    report_with_keyboard(page, "reckless")
    expect(page.get_by_role("dialog").get_by_role("button", name="Submit report")).to_be_visible()


def test_touch_button(browser, site, desk) -> None:
    context = browser.new_context(
        has_touch=True, is_mobile=True, viewport={"width": 390, "height": 800}
    )
    page = context.new_page()
    try:
        page.goto(site.add("/touch", page_html(desk.origin)))
        page.wait_for_function("() => window.corrigenda && window.corrigenda.desk")
        assert page.evaluate("matchMedia('(pointer: coarse)').matches")
        page.evaluate(SELECT_JS, ["reckless", 0, 8])
        button = page.get_by_role("button", name="Report an error")
        expect(button).to_be_visible()
        button.tap()
        expect(page.get_by_role("dialog").locator("mark")).to_have_text("reckless")
    finally:
        context.close()


def test_fixture_text_reading_is_sane() -> None:
    text = normalise(article_raw_text(ARTICLE)).text
    assert text.startswith('Kyiv\'s "new" budget 😀 The city council')
    assert "Share on" not in text and "Like" not in text and "Hidden" not in text
    assert "budget on Tuesday - after a long debate." in text
    assert '"reckless". Nobody' in text


def test_typing_in_the_dialog_never_reaches_page_shortcuts(page: Page, site, desk) -> None:
    open_page(page, site, desk)
    page.evaluate(
        "window.pageKeys = 0; document.addEventListener('keydown', () => window.pageKeys++)"
    )
    report_with_keyboard(page, "reckless")
    page.evaluate("window.pageKeys = 0")
    page.keyboard.type("jk careless")
    page.keyboard.press("Control+Enter")  # inside the dialog: sends
    expect(page.get_by_role("dialog")).to_contain_text("Thank you!")
    assert page.evaluate("window.pageKeys") == 0
    assert desk.reports[0]["body"]["suggestion"] == "jk careless"
