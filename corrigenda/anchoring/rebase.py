"""Follow a span from one revision of a text to the next through their diff.

>>> old = "The leader of the oppostion said no."
>>> new = "Update: The leader of the opposition said no."
>>> rebase(old, new, 18, 27)
Span(start=26, end=36, score=0.947368, changed=True)
>>> rebase(old, new, 4, 10)
Span(start=12, end=18, score=1.0, changed=False)
>>> rebase(old, "Nothing to see here.", 18, 27) is None
True
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from difflib import SequenceMatcher

from corrigenda.anchoring import fuzzy
from corrigenda.anchoring.diff import Opcode, char_opcodes
from corrigenda.anchoring.locate import (
    CONTEXT_PROBE,
    DEFAULT_MIN_SCORE,
    MAX_ERROR_RATE,
    PIECE,
    best_candidate,
    locate_with,
)
from corrigenda.anchoring.normalise import normalise
from corrigenda.anchoring.selectors import Selector, Span, selector_for

# A changed region is re-diffed by character, so a fixed typo maps letter by letter instead
# of swallowing its neighbours, when its sides multiply to at most this (difflib: ~10 ms)...
REFINE_MAX_PAIRS = 200_000
# ...and runs of REFINE_MIN_RUN+ equal characters cover this share of its shorter side: between
# unrelated sentences a character diff pairs stray letters that would pass for a kept span.
REFINE_MIN_RATIO = 0.5
REFINE_MIN_RUN = 3
# A changed span is followed when its old and new text are this similar (2 x kept characters
# / both lengths, as difflib's ratio).
MIN_KEPT_SHARE = 0.5
# A span rewritten in place (its context intact, e.g. "Smith" -> "Jones") is followed when
# the edit spills at most this many characters past it: about two words on either side.
LOCAL_EDIT_SLACK = 16
# ...and when its replacement is at most this many times longer, plus the slack.
LOCAL_GROWTH_MAX = 4
# ...and when it was a few words: a whole sentence replaced by another is a new sentence
# (rewritten beyond recognition), not the reported one fixed.
LOCAL_REWRITE_MAX_CHARS = 32
# Score of such an in-place rewrite: the place is sure, the words are new.
LOCAL_REWRITE_SCORE = 0.8
# Characters of context checked on each side of a span: about three words.
CONTEXT_WINDOW = 16
# A side's context counts as still there when this share of it survived next to the span
# (about two words); a shorter run is often common words a diff of rewritten prose pairs.
MIN_CONTEXT_KEPT = 0.75
# A passage found again closer than this to its old place did not move: see _search_moved.
MOVE_MIN_DISTANCE = CONTEXT_WINDOW
# A moved passage that was also edited is searched for approximately, in the new text the
# diff could not pair, when the quote has this many characters (its context must agree as
# well; a shorter quote allows no error at MAX_ERROR_RATE)...
MOVE_FUZZY_MIN_CHARS = 3
# ...and that unpaired text is at most this long (a full rewrite would cost a scan per span).
MOVE_FUZZY_MAX_CHARS = 20_000
# A span at least this long that survived verbatim needs no context to vouch for it; a
# shorter one needs one side (a diff pairs a word unique in both texts even when its whole
# sentence was rewritten around it).
SELF_EVIDENT_LENGTH = 32


class Rebaser:
    """Diff two revisions once, then map many spans from ``old_text`` to ``new_text``.

    Both texts are compared normalised (docs/normalisation.md), so a change of typography
    alone (curly quotes, dashes, NBSP, soft hyphens) neither breaks the diff nor counts as
    ``changed``; offsets in and out index the texts as given.

    >>> Rebaser('He said "no".', "He said\u00a0“no”.").rebase(8, 12)
    Span(start=8, end=12, score=1.0, changed=False)
    """

    def __init__(self, old_text: str, new_text: str) -> None:
        self.old_text, self.new_text = old_text, new_text
        self._old_map, self._new_map = normalise(old_text), normalise(new_text)
        self._old, self._new = self._old_map.text, self._new_map.text
        self._ops = char_opcodes(self._old, self._new)
        self._op_starts = [op[1] for op in self._ops]
        self._refined: dict[int, list[Opcode]] = {}
        self._fresh = [(op[3], op[4]) for op in self._ops if op[0] in ("insert", "replace")]
        self._fresh_chars = sum(b2 - b1 for b1, b2 in self._fresh)

    def rebase(self, start: int, end: int) -> Span | None:
        """The span in the new text, or None when it was deleted or rewritten past recognition.

        >>> Rebaser("a b c", "a B c").rebase(2, 3)
        Span(start=2, end=3, score=0.8, changed=True)
        """
        if not 0 <= start <= end <= len(self.old_text):
            raise ValueError(f"span {start}:{end} is outside a text of length {len(self.old_text)}")
        offsets = self._old_map.offsets  # into normalised coordinates: the characters kept
        start, end = bisect_left(offsets, start, 0, len(self._old)), bisect_left(offsets, end)
        end = min(end, len(self._old))
        if start >= end:
            return None
        found = self._rebase_normalised(start, end)
        if found is None:
            return None
        new_start, new_end = self._new_map.to_source(found.start, found.end)
        return replace(found, start=new_start, end=new_end)

    def _rebase_normalised(self, start: int, end: int) -> Span | None:
        ops = self._ops_over(start, end)
        new_start, new_end = _map_start(ops[0], start), _map_end(ops[-1], end)
        new_start, new_end = self._whole_words(start, end, new_start, new_end)
        if new_start < new_end:
            found = self._judge(ops, start, end, new_start, new_end)
            if found is not None and found.changed:
                # A similar sentence took the old place, and the reported one, intact, went
                # elsewhere (a moved paragraph): follow the words, not the place.
                moved = self._moved_verbatim(self._old[start:end])
                if moved is not None and not self._paired_elsewhere(moved, start, end):
                    return moved
            if found is not None:
                return found
        return self._search_moved(start, end, new_start)

    def _whole_words(self, start: int, end: int, new_start: int, new_end: int) -> tuple[int, int]:
        """A word replaced at the span's edge maps whole, however its letters pair up.

        "compa[r]e" -> "compa[ew]e" may leave "we" after the letters matched; the diff by
        word replaced "compare" by "compaewe", and the span ends where that word ends. A
        word glued to one beyond the edge ("all anti" -> "allxanti") is not replaced
        at the edge, and the span stays as the letters put it.
        """
        tag, _, a2, _, b2 = self._ops[bisect_right(self._op_starts, end - 1) - 1]
        if tag == "replace" and a2 == end:
            new_end = max(new_end, b2)
        tag, a1, _, b1, _ = self._ops[bisect_right(self._op_starts, start) - 1]
        if tag == "replace" and a1 == start:
            new_start = min(new_start, b1)
        return new_start, new_end

    def _judge(
        self, ops: list[Opcode], start: int, end: int, new_start: int, new_end: int
    ) -> Span | None:
        old, new = self._old[start:end], self._new[new_start:new_end]
        left, right = self._left_kept(start, new_start), self._right_kept(end, new_end)
        context = max(left, right) >= MIN_CONTEXT_KEPT
        if old == new:
            both = min(left, right) >= MIN_CONTEXT_KEPT or len(old) >= SELF_EVIDENT_LENGTH
            one = context and (self._unique(old) or self._confirmed(start, end, new_start))
            return Span(new_start, new_end, 1.0) if both or one else None
        kept = sum(min(a2, end) - max(a1, start) for tag, a1, a2, _, _ in ops if tag == "equal")
        ratio = round(2 * kept / (len(old) + len(new)), 6)
        if context and ratio >= MIN_KEPT_SHARE:
            return Span(new_start, new_end, ratio, True)
        if (
            end - start <= LOCAL_REWRITE_MAX_CHARS
            and min(left, right) >= MIN_CONTEXT_KEPT
            and _is_local(ops, start, end, len(new))
        ):
            return Span(new_start, new_end, LOCAL_REWRITE_SCORE, True)
        return None

    def _confirmed(self, start: int, end: int, new_start: int) -> bool:
        """A repeated passage kept with one side of its context: is it the best place for it?

        At a paragraph's edge the diff may pair the passage with a copy that shares the
        other side ("…," he said. | The next paragraph…) when the paragraph moved; the
        selector's scoring weighs both sides, and a tie there is not confirmation.
        """
        old = selector_for(self._old, start, end)
        selector = Selector(old.exact, old.prefix, old.suffix, new_start, None)
        found = locate_with(self._new, selector, DEFAULT_MIN_SCORE, fuzzy=False)
        return found is not None and found.start == new_start

    def _unique(self, passage: str) -> bool:
        """Once in each text: no other passage can have been paired with it."""
        return self._old.count(passage) == 1 and self._new.count(passage) == 1

    def _left_kept(self, start: int, new_start: int) -> float:
        """Share of the context before ``start`` kept by the diff right before ``new_start``.

        Only an unbroken run counts, paired by word (letters that a character diff pairs up
        are not surviving context) and landing next to the span: common words of a rewritten
        sentence ("one of the") that a diff pairs by chance are not the span's context.
        """
        window = min(CONTEXT_WINDOW, start)
        if not window:
            return 1.0  # the text's edge
        tag, a1, _, b1, _ = self._ops[bisect_right(self._op_starts, start - 1) - 1]
        if tag != "equal" or b1 + (start - a1) != new_start:
            return 0.0
        return min(window, start - a1) / window

    def _right_kept(self, end: int, new_end: int) -> float:
        """As ``_left_kept``, for the context after ``end`` and after ``new_end``."""
        window = min(CONTEXT_WINDOW, len(self._old) - end)
        if not window:
            return 1.0
        tag, a1, a2, b1, _ = self._ops[bisect_right(self._op_starts, end) - 1]
        if tag != "equal" or b1 + (end - a1) != new_end:
            return 0.0
        return min(window, a2 - end) / window

    def _search_moved(self, start: int, end: int, guess: int) -> Span | None:
        """A passage gone from its place may have moved: look for it verbatim, with context.

        Not next to its old place (unless exactly at it): a passage still standing there
        would have been matched by the diff, so what is found there is a neighbour repeating
        it (the surviving "the" of a deleted "the the").
        """
        old = selector_for(self._old, start, end)
        selector = Selector(old.exact, old.prefix, old.suffix, guess, None)
        found = locate_with(self._new, selector, DEFAULT_MIN_SCORE, fuzzy=False)
        found = found or self._moved_verbatim(old.exact) or self._search_moved_and_edited(selector)
        if found is None or (found.start != guess and _near(found, guess)):
            return None
        if self._paired_elsewhere(found, start, end):
            return None
        changed = self._new[found.start : found.end] != old.exact
        return Span(found.start, found.end, found.score, changed)

    def _moved_verbatim(self, passage: str) -> Span | None:
        """A long passage once in each text, wherever its context went (a moved paragraph).

        ``locate`` alone would not take it when both sides of its context changed; the diff
        adds what locate lacks: the old place was deleted, and ``_paired_elsewhere`` then
        checks that the new place is not old text that stayed.
        """
        if len(passage) < SELF_EVIDENT_LENGTH or self._old.count(passage) != 1:
            return None
        at = self._new.find(passage)
        if at < 0 or self._new.find(passage, at + 1) >= 0:
            return None
        return Span(at, at + len(passage), 1.0)

    def _paired_elsewhere(self, found: Span, start: int, end: int) -> bool:
        """Most of ``found`` is old text from outside ``start:end`` that the diff kept in place.

        Such a passage was in the old revision already, somewhere else: a duplicate of the
        quote (docs repeat whole clauses), not the quote moved. A moved passage lands in
        new text the diff could not pair (but for stray common words), or in text paired
        with its own old place.
        """
        elsewhere = 0
        for tag, a1, _, b1, b2 in self._ops:
            if b2 <= found.start or tag != "equal" or b2 - b1 < SELF_EVIDENT_LENGTH:
                continue  # a short pairing inside a moved paragraph is the diff's chance
            if b1 >= found.end:
                break
            lo, hi = max(b1, found.start) - b1 + a1, min(b2, found.end) - b1 + a1
            elsewhere += (hi - lo) - max(0, min(hi, end) - max(lo, start))
        return elsewhere * 2 > found.end - found.start

    def _search_moved_and_edited(self, selector: Selector) -> Span | None:
        """Approximate search for the quote in the new text that the diff left unpaired."""
        quote = selector.exact
        if len(quote) < MOVE_FUZZY_MIN_CHARS or self._fresh_chars > MOVE_FUZZY_MAX_CHARS:
            return None
        errors = int(len(quote) * MAX_ERROR_RATE)
        candidates = [
            (lo + s, lo + e, err)
            for lo, hi in self._probed_windows(selector, errors)
            for s, e, err in fuzzy.search(quote, self._new[lo:hi], errors)
        ]
        found = best_candidate(self._new, selector, candidates)
        return found if found is not None and found.score >= DEFAULT_MIN_SCORE else None

    def _probed_windows(self, selector: Selector, errors: int) -> list[tuple[int, int]]:
        """Stretches of unpaired new text next to an intact probe: the end of the prefix, the
        start of the suffix, or a PIECE of the quote (``str.find``, at C speed).

        Scanning all unpaired text per span (in Python) cost ~7 ms each; a match that kept
        no probe intact would not pass the context scoring anyway.
        """
        quote, reach = selector.exact, len(selector.exact) + errors
        probes = [(selector.prefix[-CONTEXT_PROBE:], None), (selector.suffix[:CONTEXT_PROBE], -1)]
        probes += [(quote[at : at + PIECE], at) for at in range(0, len(quote) - PIECE + 1, PIECE)]
        windows = []
        for b1, b2 in self._fresh:
            for probe, at in probes:
                hit = (
                    self._new.find(probe, max(0, b1 - len(probe)), b2 + len(probe)) if probe else -1
                )
                while hit >= 0:
                    # where the quote would start: after the prefix, before the suffix, or
                    # ``at`` characters before its piece
                    first = hit + len(probe) if at is None else hit - (reach if at < 0 else at)
                    windows.append((max(b1, first - errors), min(b2, first + reach)))
                    hit = self._new.find(probe, hit + 1, b2 + len(probe))
        return _merged([w for w in windows if w[1] - w[0] >= len(quote) - errors])

    def _ops_over(self, start: int, end: int, refine: bool = True) -> list[Opcode]:
        """Opcodes (refined where small) covering old characters ``start`` to ``end - 1``."""
        first = bisect_right(self._op_starts, start) - 1
        last = bisect_right(self._op_starts, end - 1) - 1
        ops: list[Opcode] = []
        for index in range(first, last + 1):
            op = self._ops[index]
            ops.extend(self._refine(index) if refine and op[0] == "replace" else [op])
        return [op for op in ops if op[1] < end and start < op[2]]

    def _refine(self, index: int) -> list[Opcode]:
        if index not in self._refined:
            _, a1, a2, b1, b2 = self._ops[index]
            ops = [self._ops[index]]
            if (a2 - a1) * (b2 - b1) <= REFINE_MAX_PAIRS:
                matcher = SequenceMatcher(None, self._old[a1:a2], self._new[b1:b2], autojunk=False)
                runs = sum(n for _, _, n in matcher.get_matching_blocks() if n >= REFINE_MIN_RUN)
                if runs >= REFINE_MIN_RATIO * min(a2 - a1, b2 - b1):
                    ops = [
                        (t, a1 + i1, a1 + i2, b1 + j1, b1 + j2)
                        for t, i1, i2, j1, j2 in matcher.get_opcodes()
                    ]
            self._refined[index] = ops
        return self._refined[index]


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping ``(start, end)`` windows joined into one.

    >>> _merged([(5, 9), (0, 3), (2, 4)])
    [(0, 4), (5, 9)]
    """
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _near(span: Span, at: int) -> bool:
    return at - MOVE_MIN_DISTANCE < span.end and span.start < at + MOVE_MIN_DISTANCE


def _map_start(op: Opcode, start: int) -> int:
    tag, a1, _, b1, _ = op
    return b1 + (start - a1) if tag == "equal" else b1


def _map_end(op: Opcode, end: int) -> int:
    tag, a1, _, b1, b2 = op
    return b1 + (end - a1) if tag == "equal" else b2


def _is_local(ops: list[Opcode], start: int, end: int, new_length: int) -> bool:
    """The edit that replaced the span stays within a few characters of it."""
    first, last = ops[0], ops[-1]
    spill = (start - first[1] if first[0] != "equal" else 0) + (
        last[2] - end if last[0] != "equal" else 0
    )
    return (
        spill <= LOCAL_EDIT_SLACK
        and new_length <= LOCAL_GROWTH_MAX * (end - start) + LOCAL_EDIT_SLACK
    )


def rebase(old_text: str, new_text: str, start: int, end: int) -> Span | None:
    """``old_text[start:end]`` in ``new_text``; see ``Rebaser`` to map many spans."""
    return Rebaser(old_text, new_text).rebase(start, end)
