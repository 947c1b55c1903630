"""The whole loop in a real browser: report → accept with a note → the CMS applies it → the
desk sees the fix → the issue closes → the note is public → the reader hears back."""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from urllib.request import urlopen

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import person
from tests.e2e.test_journey import SELECT_WORD, log_in

pytestmark = pytest.mark.e2e
FIX_WAIT_S = 40  # webhook at once, then the desk re-reads the article 5 s later


def test_accepted_correction_goes_live_and_public(browser, desk, page, mailbox):
    page.goto(f"{desk}/demo/harwick-library-reopens/")
    assert page.evaluate(SELECT_WORD, "Elison")
    page.keyboard.press("Control+Enter")
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("Factual error").check()
    dialog.get_by_label("Suggested correction").fill("Ellison")
    dialog.get_by_label("E-mail (optional, for a reply)").fill("reader@example.org")
    dialog.get_by_role("button", name="Send").click()
    expect(dialog).to_contain_text("Thank you")

    editor = person(browser).new_page()
    log_in(editor, desk)
    row = editor.locator("tr.row", has=editor.locator("mark", has_text="Elison"))
    expect(row).to_have_count(1, timeout=20_000)
    row.locator("a").click()
    expect(editor.get_by_label("Tell readers")).to_have_value("correction")
    note = editor.get_by_label(re.compile("^Public note"))
    expect(note).to_have_value(re.compile("said \u201cElison\u201d.*\u201cEllison\u201d"))
    note.fill(
        "Correction: an earlier version of this article misspelled the name of the "
        "head librarian, Margaret Ellison."
    )
    editor.get_by_role("button", name=re.compile("^Accept")).click()
    expect(editor.locator(".message")).to_contain_text("accepted")

    issue_url = editor.url
    deadline = time.monotonic() + FIX_WAIT_S
    while time.monotonic() < deadline:
        editor.goto(editor.url if "/issues/" in editor.url else issue_url)
        if "Fixed" in editor.locator("h1").inner_text():
            break
        time.sleep(1)
    editor.goto(f"{desk}/desk/?status=fixed")
    fixed = editor.locator("tr.row", has_text="Ellison")
    expect(fixed).to_have_count(1)

    page.goto(f"{desk}/demo/harwick-library-reopens/")
    expect(page.locator("article")).to_contain_text("Ms Ellison said the library")

    page.goto(f"{desk}/corrections/demo/")
    expect(page.locator("main")).to_contain_text("misspelled the name of the head librarian")
    with urlopen(f"{desk}/corrections/demo/feed/") as feed:  # noqa: S310  (our loopback desk)
        root = ET.fromstring(feed.read())  # noqa: S314  (our own feed)
    summaries = [e.text for e in root.iter("{http://www.w3.org/2005/Atom}summary")]
    assert any("head librarian" in (s or "") for s in summaries)
    with urlopen(f"{desk}/api/v1/corrections?url={desk}/demo/harwick-library-reopens/") as r:  # noqa: S310
        assert "head librarian" in r.read().decode()

    deadline = time.monotonic() + 10
    while not mailbox.messages and time.monotonic() < deadline:
        time.sleep(0.5)
    [message] = [m for m in mailbox.messages if m["X-Envelope-To"] == "reader@example.org"]
    assert "Ellison" in message.get_payload(decode=True).decode()
    editor.context.close()
