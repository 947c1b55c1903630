import doctest
import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

from corrigenda.anchoring.diff import DIFFLIB_MAX_PAIRS, char_opcodes, matching_blocks, tokenise

module = importlib.import_module("corrigenda.anchoring.diff")

WORDS = st.sampled_from(
    ["the", "a", ",", ".", "budget", "council", "Київ", "бюджет", "said\n", "rose", " ", "  "]
)
TEXTS = st.lists(WORDS, max_size=40).map(" ".join)


def apply(ops, old, new):
    return "".join(new[b1:b2] if tag != "equal" else old[a1:a2] for tag, a1, a2, b1, b2 in ops)


@given(TEXTS, TEXTS)
@settings(deadline=None)  # a behaviour test: shared CI machines are slow
def test_opcodes_cover_both_texts_and_rebuild_the_new_one(old, new):
    ops = char_opcodes(old, new)
    assert apply(ops, old, new) == new
    assert [op[1] for op in ops] == sorted(op[1] for op in ops)
    assert sum(a2 - a1 for _, a1, a2, _, _ in ops) == len(old)
    for tag, a1, a2, b1, b2 in ops:
        if tag == "equal":
            assert old[a1:a2] == new[b1:b2]


@given(TEXTS)
@settings(deadline=None)  # a behaviour test: shared CI machines are slow
def test_identical_texts_are_one_equal_block(text):
    assert char_opcodes(text, text) == ([("equal", 0, len(text), 0, len(text))] if text else [])


def test_tokens_keep_their_offsets():
    tokens, starts = tokenise("Мер, said  no")
    assert tokens == ["Мер", ",", " ", "said", "  ", "no"]
    assert starts == [0, 3, 4, 5, 9, 11, 13]


def test_unique_words_anchor_a_moved_paragraph():
    a = ["one", "two", "three", ".", "four", "five", "six", ".", "seven", "eight", "nine", "."]
    b = ["seven", "eight", "nine", ".", "one", "two", "three", ".", "four", "five", "six", "."]
    matched = sum(n for _, _, n in matching_blocks(a, b))
    assert matched >= 8


def test_a_huge_gap_without_unique_tokens_is_left_unmatched():
    side = int(DIFFLIB_MAX_PAIRS**0.5) + 10
    a, b = ["x", "y"] * side, ["y", "x"] * side
    assert matching_blocks(a, b) == []


def test_a_small_gap_without_unique_tokens_goes_to_difflib():
    assert matching_blocks(["a", "b", "a", "b"], ["b", "a", "b", "a"]) == [(0, 1, 3)]


def test_an_inserted_sentence_is_placed_after_the_full_stop_not_before_it():
    old = "It came out in Python 3.8. Next paragraph here."
    new = "It came out in Python 3.8. It was late. Next paragraph here."
    [insert] = [op for op in char_opcodes(old, new) if op[0] != "equal"]
    assert new[insert[3] : insert[4]] == "It was late. "


def test_a_deleted_paragraph_is_cut_at_sentence_boundaries():
    old = "First one. The range type is immutable. The advantage is memory."
    new = "First one. The advantage is memory."
    [delete] = [op for op in char_opcodes(old, new) if op[0] != "equal"]
    assert old[delete[1] : delete[2]] == "The range type is immutable. "


def test_doctests():
    assert doctest.testmod(module).failed == 0
