"""Find a reader's selection in a text, precision first: a ``Span`` when sure, else ``None``.

Every candidate (each exact occurrence of the quote, else each approximate one) gets a score
in [0, 1] from how well the quote, the context on each side and the position agree, in the
manner of the Hypothesis client's ``match-quote``; unlike it there is a minimum score, and a
winner that its runner-up ties loses points instead of being picked at random.

>>> text = "The leader of the opposition said no. The leader of the party said yes."
>>> locate(text, Selector("leader", prefix="no. The ", suffix=" of the party", start=42))
Span(start=42, end=48, score=1.0, changed=False)
>>> locate(text, Selector("leader of the"))  # twice, no context to tell them apart
>>> span = locate(text, Selector("oppostion", prefix="leader of the ", suffix=" said no."))
>>> text[span.start : span.end], span.score > DEFAULT_MIN_SCORE
('opposition', True)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from corrigenda.anchoring import fuzzy
from corrigenda.anchoring.normalise import Normalised, normalise
from corrigenda.anchoring.selectors import Selector, Span, normalise_selector

# Below this a match is a guess, returned only when the caller asks with a lower min_score.
# At 0.65 a unique exact quote without recorded context is taken alone; with context, a
# short one needs one side to agree, a fuzzy match needs context, and one that both sides
# contradict is never taken (CONTRADICTED_MAX_SCORE; see tests/unit/anchoring).
DEFAULT_MIN_SCORE = 0.65
# Weights of the evidence, as in the Hypothesis client: the quote counts most, context
# breaks ties between repeats, position only between otherwise equal candidates.
QUOTE_WEIGHT = 50
PREFIX_WEIGHT = 20
SUFFIX_WEIGHT = 20
POSITION_WEIGHT = 2
# A quote this long weighs QUOTE_WEIGHT: a 4-letter word says less than a whole sentence.
QUOTE_REFERENCE_LENGTH = 16
# Bounds on that scaling: even one letter is some evidence; a long quote must not drown
# contradicting context completely.
QUOTE_FACTOR_MIN = 0.5
QUOTE_FACTOR_MAX = 3.0
# An approximate quote weighs no more than a reference-length one however long it is: alone it
# may be a sibling sentence ("said on Monday" / "said on Sunday"), so context must agree.
FUZZY_QUOTE_FACTOR_MAX = 1.0
# Similarity that two unrelated snippets of prose reach by chance (edit-distance based);
# context scores are rescaled so that this counts as no agreement at all.
CONTEXT_CHANCE = 0.3
# Score of a context side the selector does not carry: no evidence either way.
UNKNOWN_CONTEXT_SCORE = 0.5
# Edit budget of the fuzzy search, relative to the quote: a third keeps a typo fixed in a
# 3-letter word findable, while context scoring rejects the many weak matches it lets in.
MAX_ERROR_RATE = 1 / 3
# Cap on candidates scored; a quote like "the" occurs a few hundred times in an article.
MAX_CANDIDATES = 2000
# Beyond this many exact occurrences (a single letter), only those with this many characters
# of context matching exactly on one side are scored: scoring thousands costs ~0.1 s.
MANY_OCCURRENCES = 200
CONTEXT_PROBE = 8
# A context side scoring below this (rescaled, 0 = chance) contradicts the candidate...
CONTEXT_CONTRADICTS = 0.25
# ...and a candidate that both recorded sides contradict scores at most this: a quote whose
# passage was deleted may still occur elsewhere verbatim (a pull quote, a repeated lede), so
# alone it is a guess for the editor to check (the desk's bar for that is 0.5), never sure.
CONTRADICTED_MAX_SCORE = 0.6
# ...unless the quote is whole sentences of this length, which move with their paragraph.
WHOLE_SENTENCES_MIN_CHARS = 32
SENTENCE_START = re.compile(r"(?:^|[.!?][\"')\]]?) ?$")
SENTENCE_END = re.compile(r"[.!?][\"')\]]?$")
# A paragraph after a heading or a caption has no full stop before it: a capital will do,
# after any of these opening marks.
OPENING_MARKS = "\"'(-"
# Pieces of a long quote looked up verbatim before any approximate search (see
# approximate_candidates): long enough to be rare in an article, short enough that an edited
# sentence keeps some intact; from MIN_PIECES pieces on, and up to MAX_WINDOWS hits.
PIECE = 16
MIN_PIECES = 3
MAX_WINDOWS = 50
# A winner closer than this to its runner-up is not known to be the right one...
AMBIGUITY_MARGIN = 0.05
# ...and loses up to this much, so a perfect but tied match (1.0) falls below the default.
AMBIGUITY_PENALTY = 0.4


def locate(text: str, selector: Selector, min_score: float = DEFAULT_MIN_SCORE) -> Span | None:
    """The span of ``text`` the selector points at, or None when not confident enough.

    Offsets of the result index ``text`` itself; matching happens on normalised text.

    >>> locate("He said “no”…  twice", Selector('"no"...', prefix="said ", suffix=" twice"))
    Span(start=8, end=13, score=1.0, changed=False)
    """
    return locate_with(text, selector, min_score, fuzzy=True)


def locate_with(text: str, selector: Selector, min_score: float, fuzzy: bool) -> Span | None:
    """``locate``; without ``fuzzy`` only exact occurrences are considered (cheap)."""
    norm = _normalised(text)
    sel = normalise_selector(selector)
    if not sel.exact:
        return None
    found = _best(norm.text, sel, fuzzy)
    if found is None or found.score < min_score:
        return None
    start, end = norm.to_source(found.start, found.end)
    return replace(found, start=start, end=end)


@lru_cache(maxsize=16)
def _normalised(text: str) -> Normalised:
    # Cached: the desk locates many reports in the same revision one after another.
    return normalise(text)


def _best(text: str, sel: Selector, allow_fuzzy: bool) -> Span | None:
    """The best-scoring candidate, its score lowered when a runner-up comes close."""
    if sel.start is not None and _at_recorded_place(text, sel, sel.start):
        return Span(sel.start, sel.start + len(sel.exact), 1.0)
    found = best_candidate(text, sel, _exact_candidates(text, sel))
    if allow_fuzzy and (found is None or found.score < DEFAULT_MIN_SCORE):
        errors = int(len(sel.exact) * MAX_ERROR_RATE)
        fuzzy_found = approximate_candidates(text, sel.exact, errors) if errors else []
        found = best_candidate(text, sel, fuzzy_found) or found
    return found


def approximate_candidates(text: str, quote: str, errors: int) -> list[tuple[int, int, int]]:
    """Approximate matches of ``quote``; a long one is searched near its intact pieces only.

    An edited sentence keeps most of its PIECE-long stretches verbatim, and ``str.find``
    spots them at C speed; the bit-parallel search (Python) then runs on a few windows
    instead of the whole article. A match that keeps no piece intact has at least one
    error per piece and loses to one that does, unless nothing does: then all is searched.
    """
    windows = _windows(text, quote, errors)
    if windows is None:
        return fuzzy.search(quote, text, errors, MAX_CANDIDATES)
    found = []
    for lo, hi in windows:
        found += [(lo + s, lo + e, n) for s, e, n in fuzzy.search(quote, text[lo:hi], errors)]
    return found


def _windows(text: str, quote: str, errors: int) -> list[tuple[int, int]] | None:
    """Where a match keeping one piece of ``quote`` intact can lie, merged; None: anywhere."""
    if len(quote) < MIN_PIECES * PIECE:
        return None
    spans: list[tuple[int, int]] = []
    for offset in range(0, len(quote) - PIECE + 1, PIECE):
        piece, at = quote[offset : offset + PIECE], text.find(quote[offset : offset + PIECE])
        while at >= 0:
            spans.append((max(0, at - offset - errors), at - offset + len(quote) + errors))
            if len(spans) > MAX_WINDOWS:
                return None  # a quote made of common phrases: the pieces say little
            at = text.find(piece, at + 1)
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged or None


def best_candidate(text: str, sel: Selector, candidates: list[tuple[int, int, int]]) -> Span | None:
    """The best of ``(start, end, errors)`` candidates, its score lowered if a runner-up ties.

    >>> twice = [(2, 5, 0), (9, 12, 0)]
    >>> best_candidate("a cat, a cat", Selector("cat", prefix="a ", suffix=","), twice)
    Span(start=2, end=5, score=1.0, changed=False)
    >>> best_candidate("a cat, a cat", Selector("cat", prefix="a "), twice).score  # a tie
    0.446154
    """
    candidates = [_snapped(text, sel, *found) if found[2] else found for found in candidates]
    ranked = _ranked(text, sel, candidates)
    if not ranked:
        return None
    _, start, end = ranked[0]
    return Span(start, end, round(_decided(ranked), 6))


def _snapped(text: str, sel: Selector, start: int, end: int, errors: int) -> tuple[int, int, int]:
    """An approximate match with its edges moved, within the error budget, to where context is.

    Edit distance cannot tell "[Eew]ceptions" from "E[ewceptions]" when "Exceptions" was
    edited at its first letter; the context recorded on either side can.

    >>> _snapped("is: Eewceptions are", Selector("Exceptions", prefix="is: "), 5, 15, 2)
    (4, 15, 2)
    """
    before, after = sel.prefix[-CONTEXT_PROBE:], sel.suffix[:CONTEXT_PROBE]
    slack = int(len(sel.exact) * MAX_ERROR_RATE)  # as far as the search may have strayed
    new_start, new_end = start, end
    if before and not _preceded(text, before, start):
        new_start = _nearest(start, slack, lambda at: _preceded(text, before, at))
    if after and not text.startswith(after, end):
        new_end = _nearest(end, slack, lambda at: text.startswith(after, at))
    if (new_start, new_end) == (start, end) or new_start >= new_end:
        return start, end, errors
    return new_start, new_end, fuzzy.distance(sel.exact, text[new_start:new_end])


def _preceded(text: str, piece: str, at: int) -> bool:
    return at >= len(piece) and text.startswith(piece, at - len(piece))


def _nearest(at: int, slack: int, fits: Callable[[int], bool]) -> int:
    """The offset within ``slack`` of ``at`` nearest to it where ``fits`` holds, else ``at``."""
    for step in sorted(range(-slack, slack + 1), key=abs):
        if at + step >= 0 and fits(at + step):
            return at + step
    return at


def _at_recorded_place(text: str, sel: Selector, start: int) -> bool:
    """The quote and its whole context are still exactly at the recorded offset."""
    end = start + len(sel.exact)
    if not (sel.prefix or start == 0) or not (sel.suffix or end == len(text)):
        return False  # a selector without its context proves nothing by its offsets
    return (
        text[start:end] == sel.exact
        and text[max(0, start - len(sel.prefix)) : start] == sel.prefix
        and text[end : end + len(sel.suffix)] == sel.suffix
    )


def _exact_candidates(text: str, sel: Selector) -> list[tuple[int, int, int]]:
    quote = sel.exact
    found: list[tuple[int, int, int]] = []
    at = text.find(quote)
    while at >= 0:
        found.append((at, at + len(quote), 0))
        at = text.find(quote, at + 1)
    if len(found) > MANY_OCCURRENCES:
        before, after = sel.prefix[-CONTEXT_PROBE:], sel.suffix[:CONTEXT_PROBE]
        found = [
            (s, e, errors)
            for s, e, errors in found
            if (s >= len(before) and text.startswith(before, s - len(before)))
            or text.startswith(after, e)
        ]
    return found[:MAX_CANDIDATES]


def _ranked(
    text: str, sel: Selector, candidates: list[tuple[int, int, int]]
) -> list[tuple[float, int, int]]:
    scored = [(score_candidate(text, sel, s, e, errors), s, e) for s, e, errors in candidates]
    return sorted(scored, key=lambda item: (-item[0], item[1]))


def _decided(ranked: list[tuple[float, int, int]]) -> float:
    """The winner's score, minus a penalty when the runner-up is within AMBIGUITY_MARGIN."""
    best = ranked[0][0]
    if len(ranked) < 2:
        return best
    gap = best - ranked[1][0]
    return max(0.0, best - AMBIGUITY_PENALTY * max(0.0, 1 - gap / AMBIGUITY_MARGIN))


def score_candidate(text: str, sel: Selector, start: int, end: int, errors: int) -> float:
    """Weighted agreement of quote, context and position for ``text[start:end]``.

    >>> score_candidate("a cat sat", Selector("cat", prefix="a ", suffix=" sat", start=2), 2, 5, 0)
    1.0
    >>> elsewhere = Selector("cat", prefix="one ", suffix=" ran")
    >>> round(score_candidate("a cat sat", elsewhere, 2, 5, 0), 2)
    0.47
    """
    ceiling = FUZZY_QUOTE_FACTOR_MAX if errors else QUOTE_FACTOR_MAX
    factor = min(ceiling, max(QUOTE_FACTOR_MIN, len(sel.exact) / QUOTE_REFERENCE_LENGTH))
    quote_weight = QUOTE_WEIGHT * factor
    quote = 1 - errors / len(sel.exact)
    prefix = _context(sel.prefix, text[max(0, start - len(sel.prefix)) : start])
    suffix = _context(sel.suffix, text[end : end + len(sel.suffix)])
    total = quote_weight + PREFIX_WEIGHT + SUFFIX_WEIGHT
    evidence = quote_weight * quote + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix
    if sel.start is not None:  # without a recorded offset, position is no evidence at all
        total += POSITION_WEIGHT
        evidence += POSITION_WEIGHT * (1 - min(1.0, abs(start - sel.start) / max(1, len(text))))
    score = evidence / total
    if sel.prefix and sel.suffix and max(prefix, suffix) < CONTEXT_CONTRADICTS:
        score = score if _whole_sentences(sel) else min(score, CONTRADICTED_MAX_SCORE)
    return round(score, 6)


def _whole_sentences(sel: Selector) -> bool:
    """The quote is one or more whole sentences, long enough to be unlikely twice.

    Its context is then other sentences, which a moved paragraph changes on both sides; a
    phrase's context is its own sentence, so a phrase whose context changed on both sides
    is in some other sentence. A sentence starts after . ! ? or, after a heading or a
    caption (no full stop), with a capital.

    >>> _whole_sentences(Selector("the vote was held on Friday at noon.", prefix="said. "))
    True
    >>> _whole_sentences(Selector('"The vote was held on Friday at noon."', prefix="Photo: AP "))
    True
    >>> _whole_sentences(Selector("the vote was held on Friday at noon", prefix="said "))
    False
    """
    first = sel.exact.lstrip(OPENING_MARKS)[:1]
    starts = SENTENCE_START.search(sel.prefix) is not None or first.isupper()
    return (
        len(sel.exact) >= WHOLE_SENTENCES_MIN_CHARS
        and starts
        and SENTENCE_END.search(sel.exact) is not None
    )


def _context(expected: str, actual: str) -> float:
    """Agreement of a context side, 0 at chance level, 1 when identical."""
    if not expected:  # no context recorded (or the quote began the text): no evidence
        return UNKNOWN_CONTEXT_SCORE
    if expected == actual:  # the usual case, without the edit-distance scan
        return 1.0
    similarity = fuzzy.similarity(expected, actual)
    return max(0.0, (similarity - CONTEXT_CHANCE) / (1 - CONTEXT_CHANCE))
