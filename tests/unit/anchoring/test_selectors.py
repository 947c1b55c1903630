import doctest

import pytest

from corrigenda.anchoring import selectors as module
from corrigenda.anchoring.selectors import (
    CONTEXT_LENGTH,
    Selector,
    normalise_fragment,
    normalise_selector,
    selector_for,
)


def test_selector_for_takes_32_characters_of_context():
    text = "x" * 100 + "QUOTE" + "y" * 100
    sel = selector_for(text, 100, 105)
    assert sel == Selector("QUOTE", "x" * CONTEXT_LENGTH, "y" * CONTEXT_LENGTH, 100, 105)


def test_selector_for_at_the_edges_has_short_context():
    sel = selector_for("abc", 0, 3)
    assert (sel.prefix, sel.suffix) == ("", "")


def test_selector_for_rejects_spans_outside_the_text():
    with pytest.raises(ValueError, match="outside"):
        selector_for("abc", 2, 5)


def test_normalise_selector_normalises_typography_and_keeps_edge_spaces():
    sel = normalise_selector(Selector("«Київ»", prefix="місто\u00a0", suffix=" — столиця", start=3))
    assert sel == Selector('"Київ"', "місто ", " - столиця", 3, None)


def test_normalise_fragment_of_only_spaces_is_one_space():
    assert normalise_fragment("\u00a0\n") == " "
    assert normalise_fragment("") == ""


def test_doctests():
    assert doctest.testmod(module).failed == 0
