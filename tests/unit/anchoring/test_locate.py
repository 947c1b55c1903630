"""locate(): precision first — a span when sure, None otherwise."""

import doctest
import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

from corrigenda.anchoring import Selector, Span, fuzzy, locate, selector_for
from corrigenda.anchoring.locate import (
    DEFAULT_MIN_SCORE,
    MAX_CANDIDATES,
    MAX_ERROR_RATE,
    PIECE,
    approximate_candidates,
)

module = importlib.import_module("corrigenda.anchoring.locate")

ARTICLE = (
    "The council met on Tuesday. The leader of the oppostion said the budget was a disgrace "
    "and promised to vote against it. The mayor replied that the budget was balanced. "
    "Later, the leader of the council said the vote would go ahead on Friday."
)


def quote_at(text: str, quote: str, nth: int = 0) -> Selector:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return selector_for(text, start, start + len(quote))


def test_unique_quote_is_found_with_a_high_score():
    sel = quote_at(ARTICLE, "oppostion")
    span = locate(ARTICLE, sel)
    assert span == Span(sel.start, sel.end, 1.0)


def test_unique_quote_without_any_context_is_found():
    span = locate(ARTICLE, Selector("promised to vote against"))
    assert span is not None
    assert ARTICLE[span.start : span.end] == "promised to vote against"


def test_repeated_phrase_is_told_apart_by_its_context_after_an_edit():
    sel = quote_at(ARTICLE, "the budget was", nth=1)
    edited = "BREAKING. " + ARTICLE
    span = locate(edited, sel)
    assert span is not None
    assert span.start == edited.index("the budget was balanced")


def test_repeated_phrase_with_only_a_suffix_is_told_apart():
    sel = Selector("the leader of the", suffix=" council said")
    span = locate(ARTICLE, sel)
    assert span is not None
    assert span.start == ARTICLE.index("the leader of the council")


def test_repeats_that_context_cannot_tell_apart_are_not_guessed():
    text = "Prices rose. Prices rose. Prices rose."
    sel = Selector("Prices rose.", prefix="", suffix="")
    assert locate(text, sel) is None


def test_a_lower_bar_gives_the_best_guess_nearest_the_recorded_place():
    text = "Prices rose. Prices rose. Prices rose."
    sel = Selector("Prices rose.", start=13, end=25)
    guess = locate(text, sel, min_score=0.3)
    assert guess is not None
    assert guess.start == 13
    assert guess.score < DEFAULT_MIN_SCORE


def test_identical_repeats_are_found_at_the_recorded_offsets_in_the_same_text():
    text = "Prices rose. Prices rose. Prices rose. Prices rose."
    sel = selector_for(text, 13, 25)
    assert locate(text, sel) == Span(13, 25, 1.0)


def test_identical_repeats_with_the_text_shifted_are_not_guessed():
    text = "Prices rose. " * 12
    sel = selector_for(text, 78, 90)
    assert locate("Update: " + text, sel) is None


def test_typography_differences_are_tolerated_and_offsets_index_the_raw_text():
    raw = "He said\u00a0\u201cno\u201d\u2026 and left \u2014 for\u00adever."
    sel = Selector('"no"...', prefix="He said ", suffix=" and left - forever.")
    span = locate(raw, sel)
    assert span is not None
    assert raw[span.start : span.end] == "\u201cno\u201d\u2026"


def test_a_curly_selector_matches_straight_text():
    sel = Selector("\u2018quote\u2019", prefix="a\u00a0", suffix="\u00a0here")
    span = locate("a 'quote' here", sel)
    assert span == Span(2, 9, 1.0)


def test_whitespace_runs_in_the_text_are_tolerated():
    raw = "The   leader\n\nof the\topposition spoke."
    span = locate(raw, Selector("leader of the opposition", prefix="The ", suffix=" spoke."))
    assert span is not None
    assert raw[span.start : span.end] == "leader\n\nof the\topposition"


def test_combining_marks_stay_inside_the_span():
    raw = "Le cafe\u0301 est ferme\u0301 aujourd'hui."
    span = locate(raw, Selector("ferm\u00e9", prefix="caf\u00e9 est ", suffix=" aujourd'hui."))
    assert span is not None
    assert raw[span.start : span.end] == "ferme\u0301"


def test_cyrillic_quote_edited_by_the_editor_is_found():
    text = "Київ є столицею України. Мер міста заявив, що бюджет збалансовано."
    sel = Selector("бюджет збалансованно", prefix="Мер міста заявив, що ", suffix=".")
    span = locate(text, sel)
    assert span is not None
    assert text[span.start : span.end] == "бюджет збалансовано"


def test_russian_repeated_word_told_apart_by_context():
    text = "Москва — город. В Москве дождь. Москва — столица России."
    sel = Selector("Москва", prefix="дождь. ", suffix=" - столица")
    span = locate(text, sel)
    assert span is not None
    assert span.start == text.rindex("Москва")


def test_edited_quote_is_found_with_changed_text():
    sel = quote_at(ARTICLE, "oppostion")
    fixed = ARTICLE.replace("oppostion", "opposition")
    span = locate(fixed, sel)
    assert span is not None
    assert fixed[span.start : span.end] == "opposition"
    assert span.score >= DEFAULT_MIN_SCORE


def test_quote_deleted_together_with_its_context_is_not_found():
    sel = quote_at(ARTICLE, "oppostion")
    cut = ARTICLE.replace(
        "The leader of the oppostion said the budget was a disgrace "
        "and promised to vote against it. ",
        "",
    )
    assert locate(cut, sel) is None


def test_short_word_whose_passage_was_deleted_is_not_anchored_to_another_occurrence():
    sel = quote_at(ARTICLE, "budget", nth=0)
    cut = ARTICLE.replace("The leader of the oppostion said the budget was a disgrace and ", "The ")
    assert "budget" in cut
    assert locate(cut, sel) is None


def test_long_quote_with_edits_is_found():
    sentence = "Депутати ухвалили закон про місцеве самоврядування після довгих дебатів. "
    body = "".join(f"Абзац {i}. " + sentence.replace("закон", f"закон №{i}") for i in range(40))
    start = body.index("Абзац 20.")
    sel = selector_for(body, start, start + 1000)
    edited = (
        body[: start + 500]
        + "[виправлено] "
        + body[start + 500 :].replace("дебатів", "дискусій", 1)
    )
    span = locate(edited, sel)
    assert span is not None
    assert span.start == start


def test_moved_paragraph_is_found_in_its_new_place():
    paragraphs = [f"Paragraph {n} tells part {n} of the story in its own words." for n in range(8)]
    text = " ".join(paragraphs)
    sel = quote_at(text, "part 3 of the story")
    moved = " ".join(paragraphs[:3] + paragraphs[4:] + paragraphs[3:4])
    span = locate(moved, sel)
    assert span is not None
    assert moved[span.start : span.end] == "part 3 of the story"


def test_inserted_boilerplate_does_not_lose_the_quote():
    sel = quote_at(ARTICLE, "balanced")
    boiler = "Subscribe to our newsletter. Share this article. " * 5
    edited = ARTICLE.replace("The mayor", boiler + "The mayor")
    span = locate(edited, sel)
    assert span is not None
    assert edited[span.start : span.end] == "balanced"


def test_empty_or_blank_quote_is_never_found():
    assert locate(ARTICLE, Selector("")) is None
    assert locate(ARTICLE, Selector(" \u00a0 ")) is None


def test_quote_longer_than_the_text_is_not_found():
    assert locate("short", Selector("a much longer quote than the text")) is None


# A deleted passage that occurs once more elsewhere -------------------------------------------

NEWS = (
    "The council met on Tuesday to debate the plan. Residents packed the public gallery. "
    "The leader of the opposition said the new ring road would cost far too much money for "
    "the city to bear. The mayor disagreed. Later his spokesman warned that it would cost "
    "far too much money to build this year, and the vote was postponed until Friday."
)
PHRASE = "would cost far too much money"  # 29 characters, twice in NEWS


def test_a_deleted_phrase_is_not_moved_to_its_twin_whose_context_differs_on_both_sides():
    sel = quote_at(NEWS, PHRASE)
    deleted = NEWS.replace("The leader of the opposition said the new ring road", "").replace(
        f"{PHRASE} for the city to bear. ", ""
    )
    assert deleted.count(PHRASE) == 1
    assert locate(deleted, sel) is None
    guess = locate(deleted, sel, min_score=0.5)  # the desk shows it as "needs check"
    assert guess is not None and deleted[guess.start : guess.end] == PHRASE


def test_a_phrase_keeping_one_side_of_its_context_is_still_found():
    sel = quote_at(NEWS, PHRASE)
    edited = NEWS.replace("for the city to bear", "for a small city like ours")
    span = locate(edited, sel)
    assert span is not None and span.start == edited.index(PHRASE)


def test_a_moved_one_sentence_paragraph_is_found_though_both_neighbours_changed():
    moved = "Residents packed the public gallery."
    sel = quote_at(NEWS, moved)
    edited = NEWS.replace(moved + " ", "") + " " + moved
    span = locate(edited, sel)
    assert span is not None and edited[span.start : span.end] == moved


def test_an_edit_at_the_first_letter_keeps_the_whole_word_in_the_span():
    text = "It said so. Exceptions are identified by class instances, it said."
    sel = quote_at(text, "Exceptions are identified")
    edited = text.replace("Exceptions", "Eewceptions")
    span = locate(edited, sel)
    assert span is not None
    assert edited[span.start : span.end] == "Eewceptions are identified"


def test_a_long_edited_quote_is_found_through_its_intact_pieces():
    sentence = (
        "The leader of the opposition said the budget was a disgrace and promised that his "
        "party would vote against it at the meeting on Friday afternoon."
    )
    text = f"{ARTICLE} {sentence} {ARTICLE}"
    sel = quote_at(text, sentence)
    edited = text.replace("disgrace", "disaster").replace("Friday", "Monday")
    span = locate(edited, sel)
    assert span is not None
    assert edited[span.start : span.end] == sentence.replace("disgrace", "disaster").replace(
        "Friday", "Monday"
    )


@given(
    st.lists(st.sampled_from("abcdefgh "), min_size=48, max_size=90).map("".join),
    st.lists(st.sampled_from("abcdefgh "), max_size=300).map("".join),
    st.lists(st.tuples(st.integers(0, 89), st.sampled_from("xyz")), max_size=4),
)
@settings(max_examples=200, deadline=None)
def test_searching_near_intact_pieces_finds_the_best_match_the_full_search_finds(
    quote, around, edits
):
    """The window search may skip weak matches, never the best one while a piece is intact."""
    edited = list(quote)
    for at, char in edits:
        edited[min(at, len(edited) - 1)] = char
    text = around[: len(around) // 2] + "".join(edited) + around[len(around) // 2 :]
    errors = int(len(quote) * MAX_ERROR_RATE)
    full = fuzzy.search(quote, text, errors, MAX_CANDIDATES)
    if full and min(e for _, _, e in full) < len(quote) // PIECE:
        windowed = approximate_candidates(text, quote, errors)
        assert min(e for _, _, e in windowed) == min(e for _, _, e in full)


# Properties ---------------------------------------------------------------------------------

WORDS = st.sampled_from(
    [
        "the",
        "a",
        "budget",
        "council",
        "mayor",
        "vote",
        "leader",
        "said",
        "rose",
        "fell",
        "Київ",
        "бюджет",
        "мер",
        "заявив",
        "opposition",
        "Friday",
        "Tuesday",
        "plan",
        "city",
        "tax",
        "road",
        "school",
    ]
)
TEXTS = st.lists(WORDS, min_size=1, max_size=60).map(" ".join)


@given(
    TEXTS, st.text(max_size=30), st.text(max_size=10), st.text(max_size=10), st.integers(-5, 500)
)
@settings(max_examples=200, deadline=None)
def test_a_returned_span_is_inside_the_text(text, exact, prefix, suffix, start):
    span = locate(text, Selector(exact, prefix, suffix, start, None), min_score=0.0)
    if span is not None:
        assert 0 <= span.start <= span.end <= len(text)


@given(st.lists(WORDS, min_size=1, max_size=60), st.data())
@settings(deadline=None)  # a behaviour test: shared CI machines are slow
def test_unchanged_text_with_exact_context_returns_the_same_span(words, data):
    text = " ".join(words)
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, len(words) - 1))
    start = len(" ".join(words[:first])) + (1 if first else 0)
    end = len(" ".join(words[: last + 1]))
    assert locate(text, selector_for(text, start, end)) == Span(start, end, 1.0)


# The deleted passage and the rest of the article use different words (same alphabets): a
# long quote repeated verbatim elsewhere *is* taken, by design, so it must not be generated.
REST = st.sampled_from(
    [
        "the",
        "a",
        "budget",
        "council",
        "mayor",
        "vote",
        "leader",
        "said",
        "rose",
        "fell",
        "Київ",
        "бюджет",
        "мер",
    ]
)
PASSAGE = st.sampled_from(
    [
        "opposition",
        "Friday",
        "plan",
        "city",
        "tax",
        "road",
        "school",
        "an",
        "Одеса",
        "податок",
        "міста",
    ]
)


@given(
    st.lists(REST, max_size=60),
    st.lists(PASSAGE, min_size=1, max_size=6),
    st.lists(PASSAGE, min_size=1, max_size=8),
    st.lists(REST, max_size=60),
)
@settings(max_examples=300, deadline=None)
def test_a_quote_deleted_with_its_context_is_never_anchored_elsewhere(before, quote, around, after):
    """The quote is cut with 40 characters each side (more than the selector's 32)."""
    context = " ".join(around)
    passage = f"{context} {' '.join(quote)} {context}"
    text = " ".join([*before, passage, *after])
    at = text.index(passage) + len(context) + 1
    sel = selector_for(text, at, at + len(" ".join(quote)))
    remaining = text[: max(0, at - 40)] + " " + text[sel.end + 40 :]
    assert locate(remaining, sel) is None


@given(
    st.lists(REST, min_size=8, max_size=60),
    st.lists(PASSAGE, min_size=1, max_size=6),
    st.lists(PASSAGE, min_size=6, max_size=8),
    st.lists(REST, min_size=8, max_size=60),
)
@settings(max_examples=300, deadline=None)
def test_a_phrase_deleted_with_its_context_is_not_anchored_on_a_copy_in_other_words(
    before, quote, around, after
):
    """As above, with the phrase once more elsewhere, amid other words on both sides."""
    context = " ".join(around)
    phrase = " ".join(quote)
    text = " ".join([*before, context, phrase, context, *after])
    at = text.index(f"{context} {phrase} {context}") + len(context) + 1
    sel = selector_for(text, at, at + len(phrase))
    remaining = " ".join([*before, phrase, *after])
    assert locate(remaining, sel) is None


def test_doctests():
    assert doctest.testmod(module).failed == 0
