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
    DEFAULT_MIN_SCORE,
    MAX_ERROR_RATE,
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
# Score of such an in-place rewrite: the place is sure, the words are new.
LOCAL_REWRITE_SCORE = 0.8
# Characters of context checked on each side of a span: about three words.
CONTEXT_WINDOW = 16
# A side's context counts as still there when this share of it survived; below, common
# words and spaces that a diff of rewritten prose still pairs up are mistaken for it.
MIN_CONTEXT_KEPT = 0.5
# A passage found again closer than this to its old place did not move: see _search_moved.
MOVE_MIN_DISTANCE = CONTEXT_WINDOW
# A moved passage that was also edited is searched for approximately, in the new text the
# diff could not pair, when the quote has this many characters (shorter ones are found
# exactly or not at all)...
MOVE_FUZZY_MIN_CHARS = 12
# ...and that unpaired text is at most this long (a full rewrite would cost a scan per span).
MOVE_FUZZY_MAX_CHARS = 20_000
# A span at least this long that survived verbatim needs no context to vouch for it (nor does
# one that occurs once in each text).
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
        if new_start < new_end:
            found = self._judge(ops, start, end, new_start, new_end)
            if found is not None:
                return found
        return self._search_moved(start, end, new_start)

    def _judge(
        self, ops: list[Opcode], start: int, end: int, new_start: int, new_end: int
    ) -> Span | None:
        old, new = self._old[start:end], self._new[new_start:new_end]
        left = self._kept_share(max(0, start - CONTEXT_WINDOW), start)
        right = self._kept_share(end, min(len(self._old), end + CONTEXT_WINDOW))
        context = max(left, right) >= MIN_CONTEXT_KEPT
        if old == new and (context or self._self_evident(old)):
            return Span(new_start, new_end, 1.0)
        kept = sum(min(a2, end) - max(a1, start) for tag, a1, a2, _, _ in ops if tag == "equal")
        ratio = round(2 * kept / (len(old) + len(new)), 6)
        if context and ratio >= MIN_KEPT_SHARE:
            return Span(new_start, new_end, ratio, True)
        if min(left, right) >= MIN_CONTEXT_KEPT and _is_local(ops, start, end, len(new)):
            return Span(new_start, new_end, LOCAL_REWRITE_SCORE, True)
        return None

    def _self_evident(self, passage: str) -> bool:
        """Long enough, or once in each text: no other passage can have been paired with it."""
        if len(passage) >= SELF_EVIDENT_LENGTH:
            return True
        return self._old.count(passage) == 1 and self._new.count(passage) == 1

    def _kept_share(self, start: int, end: int) -> float:
        """Share of ``old_text[start:end]`` that the diff kept; 1.0 when empty (text edge)."""
        if start >= end:
            return 1.0
        # By word only: letters that a character diff pairs up are not surviving context.
        ops = self._ops_over(start, end, refine=False)
        kept = sum(min(a2, end) - max(a1, start) for tag, a1, a2, _, _ in ops if tag == "equal")
        return kept / (end - start)

    def _search_moved(self, start: int, end: int, guess: int) -> Span | None:
        """A passage gone from its place may have moved: look for it verbatim, with context.

        Not next to its old place (unless exactly at it): a passage still standing there
        would have been matched by the diff, so what is found there is a neighbour repeating
        it (the surviving "the" of a deleted "the the").
        """
        old = selector_for(self._old, start, end)
        selector = Selector(old.exact, old.prefix, old.suffix, guess, None)
        found = locate_with(self._new, selector, DEFAULT_MIN_SCORE, fuzzy=False)
        found = found or self._search_moved_and_edited(selector)
        if found is None or (found.start != guess and _near(found, guess)):
            return None
        changed = self._new[found.start : found.end] != old.exact
        return Span(found.start, found.end, found.score, changed)

    def _search_moved_and_edited(self, selector: Selector) -> Span | None:
        """Approximate search for the quote in the new text that the diff left unpaired."""
        quote = selector.exact
        if len(quote) < MOVE_FUZZY_MIN_CHARS or self._fresh_chars > MOVE_FUZZY_MAX_CHARS:
            return None
        errors = int(len(quote) * MAX_ERROR_RATE)
        candidates = [
            (b1 + s, b1 + e, err)
            for b1, b2 in self._fresh
            if b2 - b1 >= len(quote) - errors
            for s, e, err in fuzzy.search(quote, self._new[b1:b2], errors)
        ]
        found = best_candidate(self._new, selector, candidates)
        return found if found is not None and found.score >= DEFAULT_MIN_SCORE else None

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
                matcher = SequenceMatcher(
                    None, self._old[a1:a2], self._new[b1:b2], autojunk=False
                )
                runs = sum(n for _, _, n in matcher.get_matching_blocks() if n >= REFINE_MIN_RUN)
                if runs >= REFINE_MIN_RATIO * min(a2 - a1, b2 - b1):
                    ops = [
                        (t, a1 + i1, a1 + i2, b1 + j1, b1 + j2)
                        for t, i1, i2, j1, j2 in matcher.get_opcodes()
                    ]
            self._refined[index] = ops
        return self._refined[index]


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
