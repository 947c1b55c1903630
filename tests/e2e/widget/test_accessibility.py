"""The dialog for everyone: axe-core audit, keyboard only, 200% zoom, reduced motion, dark
scheme and contrast (issue 3, "Accessibility and isolation")."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.widget.conftest import open_context_page
from tests.e2e.widget.helpers import open_page, report_with_keyboard

AXE = Path(__file__).resolve().parents[3] / "widget" / "node_modules" / "axe-core" / "axe.min.js"
FAILING_IMPACTS = ("serious", "critical")
MIN_CONTRAST = 4.5  # WCAG 2.2 AA, normal text
# 200% zoom of a 1280×800 window: the layout gets half the CSS pixels.
ZOOMED_VIEWPORT = {"width": 640, "height": 400}

# axe on the shadow root's content: a selector list walks from the host into its shadow root.
AXE_RUN_JS = """async () => {
  const result = await axe.run(
    {include: [["corrigenda-dialog", ".backdrop"]]},
    {resultTypes: ["violations"]},
  );
  return result.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" > "))}));
}"""

# Contrast of an element's text against the first opaque background behind it (WCAG 2.x
# relative luminance), crossing from the shadow root to its host.
CONTRAST_JS = """(el) => {
  const rgba = (c) => c.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  let node = el;
  let bg;
  while (node) {
    const c = rgba(getComputedStyle(node).backgroundColor);
    if (c.length === 3 || c[3] === 1) { bg = c; break; }
    node = node.parentElement || node.getRootNode().host;
  }
  const [a, b] = [lum(rgba(getComputedStyle(el).color)), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""
# Every kind of text the dialog shows, by a CSS selector inside its shadow root.
TEXTS = [
    "h2",
    "blockquote",
    "mark",
    "legend",
    ".kinds label",
    "label[for=email]",
    "textarea",
    "button.primary",
    "button:not(.primary)",
    ".msg",
]


def shadow(page: Page, css: str):
    """A locator inside the dialog's shadow root (Playwright pierces open shadow roots)."""
    return page.locator(f"corrigenda-dialog {css}").first


def run_axe(page: Page) -> list[dict]:
    if not AXE.is_file():
        pytest.fail(f"axe-core is missing at {AXE}: run `npm ci` in widget/ (make test does).")
    page.add_script_tag(path=str(AXE))
    return [v for v in page.evaluate(AXE_RUN_JS) if v["impact"] in FAILING_IMPACTS]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violations(page: Page, site, desk, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)
    open_page(page, site, desk)
    report_with_keyboard(page, "reckless")
    assert run_axe(page) == []
    # And with an error on a field, and after sending.
    desk.answers.append((400, {"error": {"message": "Bad e-mail", "field": "email"}}, {}))
    page.get_by_role("dialog").get_by_role("button", name="Send").click()
    expect(page.get_by_role("dialog")).to_contain_text("Bad e-mail")
    assert run_axe(page) == []
    page.get_by_role("dialog").get_by_role("button", name="Send").click()
    expect(page.get_by_role("dialog")).to_contain_text("Thank you!")
    assert run_axe(page) == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_contrast_at_least_4_5(page: Page, site, desk, scheme: str) -> None:
    page.emulate_media(color_scheme=scheme)
    open_page(page, site, desk)
    report_with_keyboard(page, "reckless")
    background = shadow(page, ".box").evaluate("b => getComputedStyle(b).backgroundColor")
    assert background == ("rgb(255, 255, 255)" if scheme == "light" else "rgb(31, 32, 36)")
    desk.answers.append((400, {"error": {"message": "Bad e-mail", "field": "email"}}, {}))
    page.get_by_role("dialog").get_by_role("button", name="Send").click()  # an error message
    expect(shadow(page, ".msg.error")).to_be_visible()
    ratios = {css: shadow(page, css).evaluate(CONTRAST_JS) for css in TEXTS}
    page.get_by_role("dialog").get_by_role("button", name="Send").click()
    expect(shadow(page, ".msg.ok")).to_be_visible()
    ratios[".msg.ok"] = shadow(page, ".msg").evaluate(CONTRAST_JS)
    low = {css: round(r, 2) for css, r in ratios.items() if r < MIN_CONTRAST}
    assert low == {}


def test_keyboard_only_from_selection_to_thanks(page: Page, site, desk) -> None:
    open_page(page, site, desk)
    report_with_keyboard(page, "reckless")  # Ctrl+Enter; focus lands in the suggestion
    focused = (
        "() => { const e = document.activeElement.shadowRoot.activeElement;"
        " return e.name || e.textContent; }"
    )
    outline = "() => getComputedStyle(document.activeElement.shadowRoot.activeElement).outlineStyle"
    page.keyboard.type("careless")
    order = []
    for _ in range(6):  # every control once, then back round to the start
        page.keyboard.press("Tab")
        order.append(page.evaluate(focused))
        assert page.evaluate(outline) != "none"  # visible focus on each stop
    assert order == ["comment", "email", "Cancel", "Send", "kind", "suggestion"]
    page.keyboard.press("Shift+Tab")  # back to the kinds: the checked one has focus
    page.keyboard.press("ArrowRight")  # "Factual error"
    page.keyboard.press("ArrowRight")  # "Needs clarification"
    page.keyboard.press("Space")
    expect(page.get_by_role("dialog").get_by_label("Needs clarification")).to_be_checked()
    for text in (None, "Which quote?", "reader@example.org"):  # suggestion, comment, e-mail
        page.keyboard.press("Tab")
        if text:
            page.keyboard.type(text)
    page.keyboard.press("Tab")  # Cancel
    page.keyboard.press("Tab")  # Send
    page.keyboard.press("Enter")
    expect(page.get_by_role("dialog")).to_contain_text("Thank you!")
    body = desk.reports[0]["body"]
    assert (body["kind"], body["suggestion"], body["comment"], body["email"]) == (
        "clarification",
        "careless",
        "Which quote?",
        "reader@example.org",
    )
    page.keyboard.press("Enter")  # the focused Close button
    expect(page.get_by_role("dialog")).to_have_count(0)


def test_usable_at_200_percent_zoom(browser: Browser, site, desk) -> None:
    page = open_context_page(browser, viewport=ZOOMED_VIEWPORT, device_scale_factor=2)
    try:
        open_page(page, site, desk)
        report_with_keyboard(page, "reckless")
        box = shadow(page, ".box")
        rect = box.bounding_box()
        assert rect and rect["height"] <= ZOOMED_VIEWPORT["height"]
        assert box.evaluate("b => b.scrollHeight > b.clientHeight")  # it really must scroll
        dialog = page.get_by_role("dialog")
        controls = [
            dialog.get_by_label(name)
            for name in (
                "Typo",
                "Factual error",
                "Needs clarification",
                "Other",
                "Suggested correction",
                "Comment (optional)",
                "E-mail (optional, for a reply)",
            )
        ] + [dialog.get_by_role("button", name=name) for name in ("Cancel", "Send")]
        for control in controls:
            control.scroll_into_view_if_needed()
            expect(control).to_be_in_viewport()
        dialog.get_by_label("Other").click()  # real clicks: nothing covers the controls
        dialog.get_by_role("button", name="Send").click()
        expect(dialog).to_contain_text("Thank you!")
        assert desk.reports[0]["body"]["kind"] == "other"
        assert page.console_problems == []  # type: ignore[attr-defined]
    finally:
        page.context.close()


@pytest.mark.parametrize(("motion", "animation"), [("reduce", "none"), ("no-preference", "rise")])
def test_reduced_motion_means_no_animation(
    browser: Browser, site, desk, motion: str, animation: str
) -> None:
    page = open_context_page(browser, reduced_motion=motion)
    try:
        open_page(page, site, desk)
        report_with_keyboard(page, "reckless")
        moving = """() => [...document.querySelector("corrigenda-dialog").shadowRoot
          .querySelectorAll("*")].map((el) => getComputedStyle(el))
          .map((s) => [s.animationName, s.transitionDuration])"""
        names = {name for name, _ in page.evaluate(moving)}
        durations = {duration for _, duration in page.evaluate(moving)}
        assert names == ({"none"} if animation == "none" else {"none", animation})
        assert durations == {"0s"}  # no transitions in either case
    finally:
        page.context.close()
