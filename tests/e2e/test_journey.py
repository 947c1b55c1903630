"""The new user's journey in a real browser against `corrigenda demo` (issue: steps 2-4)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from corrigenda.demo.load import DEMO_EDITOR, DEMO_PASSWORD
from tests.e2e.conftest import person

pytestmark = pytest.mark.e2e
QUEUE_WAIT_MS = 20_000  # the worker polls twice a second; the queue page refreshes every 5 s

SELECT_WORD = """(word) => {
  const root = document.querySelector('[data-corrigenda-article]');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return true;
  }
  return false;
}"""


# The dialog's own words in the demo articles' languages (widget/src/i18n/).
LABELS = {
    "en": {
        "suggestion": "Suggested correction",
        "comment": "Comment (optional)",
        "send": "Send",
        "thanks": "Thank you",
    },
    "ru": {
        "suggestion": "Предлагаемое исправление",
        "comment": "Комментарий (необязательно)",
        "send": "Отправить",
        "thanks": "Спасибо",
    },
    "uk": {
        "suggestion": "Пропоноване виправлення",
        "comment": "Коментар (необов'язково)",
        "send": "Надіслати",
        "thanks": "Дякуємо",
    },
}


def report(
    page: Page,
    desk: str,
    slug: str,
    word: str,
    suggestion: str,
    comment: str = "",
    lang: str = "en",
) -> None:
    labels = LABELS[lang]
    page.goto(f"{desk}/demo/{slug}/")
    assert page.evaluate(SELECT_WORD, word)
    page.keyboard.press("Control+Enter")
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    expect(dialog.locator("mark")).to_have_text(word)
    suggestion_box = dialog.get_by_label(labels["suggestion"])
    expect(suggestion_box).to_have_value(word)
    suggestion_box.fill(suggestion)
    if comment:
        dialog.get_by_label(labels["comment"]).fill(comment)
    dialog.get_by_role("button", name=labels["send"]).click()
    expect(dialog).to_contain_text(labels["thanks"])


def log_in(page: Page, desk: str) -> None:
    page.goto(f"{desk}/desk/")
    page.get_by_label("E-mail").fill(DEMO_EDITOR)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/desk/$"))


def row_for(page: Page, quote: str):
    return page.locator("tr.row", has=page.locator("mark", has_text=quote))


def test_reader_report_reaches_the_editor_who_decides(browser, desk, page):
    report(page, desk, "harwick-library-reopens", "goverment", "government", comment="Spelling.")
    assert page.problems == [], page.problems

    second_reader = person(browser).new_page()
    report(second_reader, desk, "harwick-library-reopens", "goverment", "government")
    second_reader.context.close()

    editor = person(browser).new_page()
    log_in(editor, desk)
    row = row_for(editor, "goverment")
    expect(row).to_have_count(1, timeout=QUEUE_WAIT_MS)
    expect(row.locator("td.count")).to_have_attribute("data-count", "2", timeout=QUEUE_WAIT_MS)
    expect(row).to_contain_text("The goverment grant came with one condition")

    row.locator("a").click()
    expect(editor.locator("blockquote.sentence mark")).to_have_text("goverment")
    expect(editor.locator("blockquote.sentence")).to_contain_text("grant came with one condition")
    expect(editor.get_by_text("Spelling.")).to_be_visible()
    expect(editor.get_by_label("Final text")).to_have_value("government")
    editor.get_by_role("button", name=re.compile("^Accept")).click()
    expect(editor.locator(".message")).to_contain_text("accepted")

    editor.goto(f"{desk}/desk/?status=accepted")
    row_for(editor, "goverment").locator("a").click()
    expect(editor.locator(".trail")).to_contain_text(f"Accepted by {DEMO_EDITOR}")
    editor.context.close()


def test_editor_rejects_with_a_reason_and_marks_spam(browser, desk, page):
    report(page, desk, "kazan-street-music", "фестивль", "фестиваль", lang="ru")
    report(page, desk, "vinnytsia-pishokhidnyi-mist", "Будівнитство", "Будівництво", lang="uk")
    report(page, desk, "harwick-library-reopens", "reading room", "spam spam spam")

    editor = person(browser).new_page()
    log_in(editor, desk)
    expect(row_for(editor, "фестивль")).to_have_count(1, timeout=QUEUE_WAIT_MS)
    row_for(editor, "фестивль").locator("a").click()
    editor.get_by_label("Reason for rejecting").fill("The spelling is the festival's own.")
    editor.get_by_role("button", name=re.compile("^Reject")).click()
    expect(editor.locator(".message")).to_contain_text("rejected")

    expect(row_for(editor, "reading room")).to_have_count(1, timeout=QUEUE_WAIT_MS)
    row_for(editor, "reading room").locator("a").click()
    editor.on("dialog", lambda d: d.accept())
    editor.get_by_role("button", name=re.compile("^Spam")).click()
    expect(editor.locator(".message")).to_contain_text("spam")

    editor.goto(f"{desk}/desk/?status=rejected")
    row_for(editor, "фестивль").locator("a").click()
    expect(editor.locator(".trail")).to_contain_text("The spelling is the festival's own.")
    editor.context.close()
