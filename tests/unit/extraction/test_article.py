"""extract(): marked roots read like the widget, other pages through trafilatura."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corrigenda.extraction import Extracted, extract

HERE = Path(__file__).parent
VECTORS = json.loads((HERE.parents[1] / "vectors" / "dom_text.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_marked_pages_give_the_vector_text(vector: dict[str, str]) -> None:
    extracted = extract(vector["html"])
    assert (extracted.text, extracted.method) == (vector["text"], "marked")


def test_a_news_page_without_markers_goes_through_trafilatura() -> None:
    html = (HERE / "news_page.html").read_text(encoding="utf-8")
    page = extract(html, url="https://ledger.example/news/bridge")
    assert page.method == "trafilatura"
    assert page.title == "Council approves river bridge budget"
    assert page.lang == "en"
    assert "approved a £4.2 million budget" in page.text
    assert "crossing's cost" in page.text  # normalised: typographic apostrophe
    assert '"This is the most important' in page.text
    assert "mobility scooters side by side" in page.text
    for boilerplate in ("cookies", "Most read", "All rights reserved", "Weather", "Share this"):
        assert boilerplate not in page.text


def test_the_marked_root_is_preferred_to_trafilatura() -> None:
    html = (HERE / "news_page.html").read_text(encoding="utf-8")
    marked = html.replace(
        '<div class="story-body">', '<div class="story-body" data-corrigenda-article>'
    )
    page = extract(marked)
    assert page.method == "marked"
    assert page.text.startswith("The town council on Tuesday")
    assert page.text.endswith("won the contract.")


@pytest.mark.parametrize(
    ("head", "title"),
    [
        ('<meta property="og:title" content=" OG&nbsp;title "><title>Tab</title>', "OG title"),
        ('<meta name="og:title" content="Named"><title>Tab</title>', "Named"),
        ("<title>Tab — Site</title>", "Tab - Site"),
        ('<meta property="og:title" content="">', "Heading"),
        ("", "Heading"),
    ],
)
def test_title(head: str, title: str) -> None:
    html = f"<html><head>{head}</head><body><h1>Head<b>ing</b></h1><main>x</main></body></html>"
    assert extract(html).title == title


@pytest.mark.parametrize(
    ("html", "lang"),
    [
        ('<html lang="uk"><main>x</main></html>', "uk"),
        ('<html lang="EN-gb"><main>x</main></html>', "en"),
        ('<html lang="ru_RU"><main>x</main></html>', "ru"),
        ('<html lang="eng"><main>x</main></html>', None),
        ('<head><meta http-equiv="Content-Language" content="ru"></head><main>x</main>', "ru"),
        (
            '<html><head><meta property="og:locale" content="uk_UA"></head><main>x</main></html>',
            "uk",
        ),
        (
            '<html lang=""><head><meta name="language" content="en"></head><main>x</main></html>',
            "en",
        ),
        ("<main>x</main>", None),
    ],
)
def test_lang(html: str, lang: str | None) -> None:
    assert extract(html).lang == lang


def test_empty_and_textless_pages() -> None:
    assert extract("") == Extracted(None, "", None, "trafilatura")
    assert extract("<html><body></body></html>").text == ""
    assert extract("<main><script>x()</script></main>") == Extracted(None, "", None, "marked")


def test_ukrainian_page_keeps_its_letters() -> None:
    html = '<html lang="uk"><article><h1>Новини</h1><p>Ім’я — «Ґанна»</p></article></html>'
    assert extract(html) == Extracted("Новини", 'Новини Ім\'я - "Ґанна"', "uk", "marked")
