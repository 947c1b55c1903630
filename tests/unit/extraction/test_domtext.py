"""The article-root walk of docs/normalisation.md section 1, on the shared vectors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corrigenda.anchoring import normalise_text
from corrigenda.extraction.domtext import article_root, parse_html, raw_text

VECTORS = json.loads(
    (Path(__file__).parents[2] / "vectors" / "dom_text.json").read_text(encoding="utf-8")
)


def root_text(html: str) -> str:
    root = article_root(parse_html(html))
    assert root is not None
    return normalise_text(raw_text(root))


def test_vectors_are_well_formed() -> None:
    assert len({v["name"] for v in VECTORS}) == len(VECTORS) >= 30
    for vector in VECTORS:
        assert set(vector) == {"name", "html", "text"}
        assert normalise_text(vector["text"]) == vector["text"], vector["name"]


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_vector(vector: dict[str, str]) -> None:
    assert root_text(vector["html"]) == vector["text"]


def test_raw_text_spaces_blocks_before_normalisation() -> None:
    root = article_root(parse_html("<main><p>a</p>b<br>c<i>d</i></main>"))
    assert root is not None
    assert raw_text(root) == "  a b cd "


def test_no_root_no_document() -> None:
    assert article_root(parse_html("<div><p>no root here</p></div>")) is None
    assert parse_html("") is None
    assert parse_html("  \n ") is None
    assert article_root(None) is None


def test_the_root_itself_is_walked_even_when_marked_hidden() -> None:
    # The page chose this element as its article: the walk starts inside it.
    assert root_text("<article hidden><p>x</p></article>") == "x"


def test_an_xml_declaration_and_a_meta_charset_do_not_confuse_the_parser() -> None:
    html = (
        '<?xml version="1.0" encoding="iso-8859-1"?>'
        '<html><head><meta charset="koi8-r"></head><body><main>Ёж</main></body></html>'
    )
    assert root_text(html) == "Ёж"


def test_deep_nesting_loses_no_text() -> None:
    # 2000 levels: past libxml2's default limit of 256, and past Python's recursion limit.
    html = "<main>" + "<div><span>" * 1000 + "deep" + "</span></div>" * 1000 + "<p>end</p></main>"
    assert root_text(html) == "deep end"


@given(st.text(alphabet=st.sampled_from("<>/ pbrdivscript\u00a0а“…&;hidden=\"'"), max_size=80))
def test_any_markup_gives_normalised_text(fragment: str) -> None:
    root = article_root(parse_html(f"<article>{fragment}</article>"))
    if root is not None:
        text = normalise_text(raw_text(root))
        assert text == normalise_text(text)
