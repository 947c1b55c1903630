"""rebase(): follow a span through an edit; None when its passage is gone."""

import doctest
import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corrigenda.anchoring import Rebaser, Span, rebase

module = importlib.import_module("corrigenda.anchoring.rebase")

OLD = (
    "The council met on Tuesday. The leader of the oppostion, Ms Smith, said the budget was a "
    "disgrace. The mayor replied that the budget was balanced. The vote is on Friday."
)


def span_of(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def test_unchanged_passage_after_an_edit_elsewhere_moves_with_the_text():
    new = "Updated at noon. " + OLD.replace("Tuesday", "Wednesday")
    start, end = span_of(OLD, "the budget was balanced")
    assert rebase(OLD, new, start, end) == Span(*span_of(new, "the budget was balanced"), 1.0)


def test_fixed_typo_is_followed_and_marked_changed():
    new = OLD.replace("oppostion", "opposition")
    span = rebase(OLD, new, *span_of(OLD, "oppostion"))
    assert span is not None
    assert span.changed
    assert new[span.start : span.end] == "opposition"


def test_word_replaced_in_place_is_followed_and_marked_changed():
    new = OLD.replace("Ms Smith", "Ms Jones")
    span = rebase(OLD, new, *span_of(OLD, "Smith"))
    assert span is not None and span.changed
    assert new[span.start : span.end] == "Jones"


def test_insertion_inside_the_span_grows_it_and_marks_it_changed():
    new = OLD.replace("a disgrace", "a complete disgrace")
    span = rebase(OLD, new, *span_of(OLD, "budget was a disgrace"))
    assert span is not None and span.changed
    assert new[span.start : span.end] == "budget was a complete disgrace"


def test_edit_next_to_the_span_does_not_mark_it_changed():
    new = OLD.replace("Ms Smith,", "Ms Smith (Labour),")
    span = rebase(OLD, new, *span_of(OLD, "Ms Smith"))
    assert span == Span(*span_of(new, "Ms Smith"), 1.0)


def test_deleted_sentence_gives_none():
    sentence = "The mayor replied that the budget was balanced. "
    new = OLD.replace(sentence, "")
    assert rebase(OLD, new, *span_of(OLD, "replied that")) is None


def test_deleted_duplicate_word_gives_none_even_though_it_is_a_fix():
    old = "He said that the the budget was late."
    new = "He said that the budget was late."
    assert rebase(old, new, 17, 21) is None


def test_paragraph_rewritten_beyond_recognition_gives_none():
    new = OLD.replace(
        "The leader of the oppostion, Ms Smith, said the budget was a disgrace.",
        "Critics across the chamber have voiced strong objections to these figures.",
    )
    assert rebase(OLD, new, *span_of(OLD, "oppostion")) is None


def test_unique_word_alone_in_a_rewritten_sentence_is_not_trusted():
    """A diff pairs a word unique in both texts wherever it is: "a major [foreign] policy
    speech" rewritten as "his former [foreign] minister" pairs too. Without a side of its
    context, a short passage is not known to be the one reported."""
    old = "Founded in 2019 by a chemist, the firm opened a plant. It grew."
    new = "Critics say since 2019 nothing changed at all, and it shrank. It grew."
    assert rebase(old, new, *span_of(old, "2019")) is None
    kept = "Critics say since 2019 by a chemist nothing changed. It grew."
    assert rebase(old, kept, *span_of(old, "2019")) == Span(*span_of(kept, "2019"), 1.0)


def test_common_word_in_a_rewritten_sentence_is_not_trusted():
    old = "The mayor said the budget was fine. It grew."
    new = "Critics of the plan called the whole thing a mess. It grew."
    assert rebase(old, new, *span_of(old, "the budget")) is None


def test_moved_paragraph_is_found_in_its_new_place():
    paragraphs = [f"Paragraph {n} tells part {n} of the story in its own words." for n in range(8)]
    old = "\n".join(paragraphs)
    new = "\n".join(paragraphs[:2] + paragraphs[3:] + paragraphs[2:3])
    span = rebase(old, new, *span_of(old, "part 2 of the story"))
    assert span is not None and not span.changed
    assert span.start == new.index("part 2 of the story")


def test_a_sentence_inserted_after_the_span_is_not_part_of_it():
    old = "It was added in Python 3.8. See the notes."
    new = "It was added in Python 3.8. It was late. See the notes."
    span = rebase(old, new, *span_of(old, "added in Python 3.8."))
    assert span == Span(*span_of(new, "added in Python 3.8."), 1.0)


def test_first_word_after_a_deleted_paragraph_that_began_with_it_survives():
    old = "Intro here. The range type is immutable. The advantage is memory."
    new = "Intro here. The advantage is memory."
    start = old.index("The advantage")
    assert rebase(old, new, start, start + 3) == Span(12, 15, 1.0)


def test_moved_and_edited_passage_is_found_approximately():
    paragraphs = [f"Paragraph {n} tells part {n} of the story in its own words." for n in range(8)]
    old = " ".join(paragraphs)
    moved = paragraphs[2].replace("story", "stroy")
    new = " ".join(paragraphs[:2] + paragraphs[3:] + [moved])
    span = rebase(old, new, *span_of(old, "tells part 2 of the story"))
    assert span is not None and span.changed
    assert new[span.start : span.end] == "tells part 2 of the stroy"


def test_cyrillic_edit_is_followed():
    old = "Мер Києва заявив, що бюджет збалансованно. Голосування в п'ятницю."
    new = "Мер Києва заявив у вівторок, що бюджет збалансовано. Голосування в п'ятницю."
    span = rebase(old, new, *span_of(old, "збалансованно"))
    assert span is not None and span.changed
    assert new[span.start : span.end] == "збалансовано"


def test_rebaser_maps_many_spans_like_rebase_does():
    new = "Breaking: " + OLD.replace("oppostion", "opposition").replace("Friday", "Monday")
    rebaser = Rebaser(OLD, new)
    for start in range(0, len(OLD) - 10, 7):
        assert rebaser.rebase(start, start + 10) == rebase(OLD, new, start, start + 10)


def test_empty_span_is_none_and_a_span_outside_the_text_is_an_error():
    assert rebase(OLD, OLD, 5, 5) is None
    with pytest.raises(ValueError, match="outside"):
        rebase(OLD, OLD, 5, len(OLD) + 1)


# Typography, paragraph edges, duplicates ----------------------------------------------------

PARAGRAPHS = [
    'The council met on Tuesday to debate the plan. "We will not pay," he said.',
    "The United States Space Shuttle Endeavour has touched down in Florida.",
    'Residents packed the public gallery. "It is a disgrace," he said.',
    "The vote was postponed until Friday, when the mayor returns from Kyiv.",
]


def test_a_change_of_typography_alone_keeps_the_span_and_does_not_mark_it_changed():
    old = " ".join(PARAGRAPHS)
    new = old.replace(' "We', " \u201cWe").replace(',"', ",\u201d").replace(" the ", "\u00a0the ")
    new = new.replace("Endeavour", "Endea\u00advour").replace("Tuesday to", "Tuesday \u2014 to")
    span = rebase(old, new, *span_of(old, "Space Shuttle Endeavour has"))
    assert span is not None and not span.changed
    assert new[span.start : span.end] == "Space Shuttle Endea\u00advour has"
    span = rebase(old, new, *span_of(old, '"We will not pay," he said.'))
    assert (
        new[span.start : span.end] == "\u201cWe will not pay,\u201d he said." and not span.changed
    )


def test_a_repeated_phrase_at_a_moved_paragraph_edge_does_not_jump_to_its_copy():
    """ "he said." ends paragraphs 0 and 2; paragraph 0 moves to the end, and the diff can
    pair its "he said." with paragraph 2's, which is followed by the same paragraph 1."""
    old = " ".join(PARAGRAPHS)
    new = " ".join([PARAGRAPHS[2], PARAGRAPHS[1], PARAGRAPHS[3], PARAGRAPHS[0]])
    start = old.index("he said.")
    span = rebase(old, new, start, start + len("he said."))
    assert span is None or span.start == new.rindex("he said.")


def test_a_moved_one_sentence_paragraph_is_followed_though_both_neighbours_changed():
    old = " ".join(PARAGRAPHS)
    new = " ".join([PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[3], "Update.", PARAGRAPHS[1]])
    span = rebase(old, new, *span_of(old, PARAGRAPHS[1]))
    assert span is not None and not span.changed
    assert (span.start, span.end) == span_of(new, PARAGRAPHS[1])


def test_a_deleted_clause_is_not_moved_onto_a_copy_that_was_already_there():
    clause = '"else" clause, if present, is executed, and the loop terminates.'
    old = (
        f"The for statement runs its suite for each item. When the items are exhausted, the "
        f"{clause} A break ends it. The while statement tests an expression. When it is "
        f"false (which may be the first time it is tested) the suite of the {clause} The end."
    )
    start = old.index(clause)
    new = old[: start - len("When the items are exhausted, the ")] + old[start + len(clause) + 1 :]
    assert rebase(old, new, start, start + len(clause)) is None


def test_letters_added_at_the_end_of_the_last_word_stay_in_the_span():
    old = "Numeric types obey the rules: if two numbers compare equal, one is kept."
    new = old.replace("compare", "compaewe")
    span = rebase(old, new, *span_of(old, "numbers compare"))
    assert span is not None and span.changed
    assert new[span.start : span.end] == "numbers compaewe"


def test_a_sentence_replaced_in_place_by_another_is_gone():
    old = " ".join(PARAGRAPHS)
    new = old.replace(
        "Residents packed the public gallery.", "Nobody came to watch the debate that evening."
    )
    assert rebase(old, new, *span_of(old, "Residents packed the public gallery.")) is None


TYPOGRAPHY = {"'": "\u2019", '"': "\u201c", "-": "\u2013", " ": "\u00a0"}


@given(
    st.lists(
        st.sampled_from(["it's", '"no"', "a-b", "Київ", "said", "the"]), min_size=2, max_size=30
    ),
    st.data(),
)
@settings(deadline=None)
def test_retyping_never_moves_a_span_or_marks_it_changed(words, data):
    old = " ".join(words)
    flips = data.draw(st.lists(st.booleans(), min_size=len(old), max_size=len(old)))
    new = "".join(TYPOGRAPHY.get(c, c) if flip else c for c, flip in zip(old, flips, strict=True))
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, len(words) - 1))
    start = len(" ".join(words[:first])) + (1 if first else 0)
    end = len(" ".join(words[: last + 1]))
    span = rebase(old, new, start, end)
    assert span == Span(start, end, 1.0)


WORDS = st.sampled_from(
    ["the", "a", "budget", "council", "mayor", "vote", ",", ".", "Київ", "бюджет", "said", "rose"]
)


@given(st.lists(WORDS, min_size=1, max_size=50), st.data())
@settings(deadline=None)  # a behaviour test: shared CI machines are slow
def test_unchanged_text_returns_the_same_span(words, data):
    text = " ".join(words)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assert rebase(text, text, start, end) == Span(start, end, 1.0)


@given(st.lists(WORDS, min_size=3, max_size=50), st.lists(WORDS, max_size=10), st.data())
@settings(deadline=None)  # a behaviour test: shared CI machines are slow
def test_an_insertion_outside_the_span_shifts_it_unchanged(words, inserted, data):
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, len(words) - 1))
    before, quote, after = words[:first], words[first : last + 1], words[last + 1 :]
    old = " ".join(["START", *before, "QUOTE", *quote, "END", *after])
    new = " ".join(["START", *inserted, *before, "QUOTE", *quote, "END", *after, *inserted])
    start = old.index("QUOTE")
    span = rebase(old, new, start, start + len(" ".join(["QUOTE", *quote])))
    assert span is not None
    assert new[span.start : span.end] == old[start : start + len(" ".join(["QUOTE", *quote]))]
    assert span.start == new.index("QUOTE") and not span.changed


@given(st.lists(WORDS, max_size=50), st.lists(WORDS, max_size=50), st.data())
@settings(deadline=None)  # a behaviour test: shared CI machines are slow
def test_a_returned_span_is_inside_the_new_text(old_words, new_words, data):
    old, new = " ".join(old_words), " ".join(new_words)
    start = data.draw(st.integers(0, len(old)))
    end = data.draw(st.integers(start, len(old)))
    span = rebase(old, new, start, end)
    if span is not None:
        assert 0 <= span.start < span.end <= len(new)
        assert span.changed == (new[span.start : span.end] != old[start:end])


def test_doctests():
    assert doctest.testmod(module).failed == 0
