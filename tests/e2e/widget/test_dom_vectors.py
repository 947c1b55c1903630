"""The widget's live-DOM walk against the shared vectors (tests/vectors/dom_text.json).

Each vector page gets the widget; the whole article root is selected and reported, and the
report's quote and revision must be the vector's text and its fingerprint, exactly what
corrigenda.extraction computes from the same HTML on the desk's side.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from corrigenda.anchoring import fingerprint

VECTORS = json.loads(
    (Path(__file__).resolve().parents[3] / "tests" / "vectors" / "dom_text.json").read_text("utf-8")
)
SELECT_ROOT_JS = """() => {
  const root = document.querySelector("[data-corrigenda-article]")
    || document.querySelector("article") || document.querySelector("main");
  const range = document.createRange();
  range.selectNodeContents(root);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
}"""


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_dom_text_vector(page: Page, site, desk, vector: dict) -> None:
    script = f'<script src="{desk.origin}/widget.js" data-site="pk_test"></script>'
    page.goto(site.add("/vector", vector["html"] + script))
    page.wait_for_function("() => window.corrigenda && window.corrigenda.desk")
    page.evaluate(SELECT_ROOT_JS)
    page.keyboard.press("Control+Enter")
    if not vector["text"]:
        page.wait_for_timeout(300)
        expect(page.get_by_role("dialog")).to_have_count(0)
        return
    page.get_by_role("dialog").get_by_role("button", name="Send").click()
    expect(page.get_by_role("dialog").locator(".msg.ok")).to_be_visible()
    report = desk.reports[-1]["body"]
    assert report["selector"]["exact"] == vector["text"]
    assert (report["selector"]["start"], report["selector"]["end"]) == (0, len(vector["text"]))
    assert report["revision"] == fingerprint(vector["text"])
