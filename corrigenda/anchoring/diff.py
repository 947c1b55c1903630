"""A near-linear diff of two revisions: word tokens, patience anchors, character opcodes.

Common prefix and suffix are stripped, tokens that occur once on each side anchor the
alignment (their longest increasing run), and the gaps between anchors are solved the
same way; only a small gap without unique tokens goes to ``difflib``. Matched token runs
become character ranges, so offsets stay exact.

>>> char_opcodes("The leader of the oppostion.", "The leader of the opposition.")
[('equal', 0, 18, 0, 18), ('replace', 18, 27, 18, 28), ('equal', 27, 28, 28, 29)]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

# Words, runs of white space, and single other characters: a word is the unit an edit
# touches, while punctuation stays separate so "said," still matches "said".
TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
# A gap without any unique token goes to difflib (quadratic) only up to this many token
# pairs (~10 ms); larger such gaps are left unmatched, which maps spans there to None.
DIFFLIB_MAX_PAIRS = 40_000

Block = tuple[int, int, int]  # (start in a, start in b, length)
Opcode = tuple[str, int, int, int, int]  # like difflib: tag, a1, a2, b1, b2


def tokenise(text: str) -> tuple[list[str], list[int]]:
    """Tokens and their start offsets, plus a final offset equal to ``len(text)``.

    >>> tokenise("Hi, you")
    (['Hi', ',', ' ', 'you'], [0, 2, 3, 4, 7])
    """
    tokens, starts = [], []
    for match in TOKEN.finditer(text):
        tokens.append(match.group())
        starts.append(match.start())
    starts.append(len(text))
    return tokens, starts


def matching_blocks(a: Sequence[str], b: Sequence[str]) -> list[Block]:
    """Runs of equal tokens ``(i, j, n)``, increasing in both sequences.

    >>> matching_blocks("x a b c y".split(), "a b z c".split())
    [(1, 0, 2), (3, 3, 1)]
    """
    blocks: list[Block] = []
    stack = [(0, len(a), 0, len(b))]
    while stack:
        alo, ahi, blo, bhi = stack.pop()
        head = _common_head(a, b, alo, ahi, blo, bhi)
        if head:
            blocks.append((alo, blo, head))
            alo, blo = alo + head, blo + head
        tail = _common_tail(a, b, alo, ahi, blo, bhi)
        if tail:
            blocks.append((ahi - tail, bhi - tail, tail))
            ahi, bhi = ahi - tail, bhi - tail
        if alo < ahi and blo < bhi:
            blocks.extend(_split_gap(a, b, alo, ahi, blo, bhi, stack))
    return _merge(sorted(blocks))


def _common_head(a: Sequence[str], b: Sequence[str], alo: int, ahi: int, blo: int, bhi: int) -> int:
    n = 0
    while alo + n < ahi and blo + n < bhi and a[alo + n] == b[blo + n]:
        n += 1
    return n


def _common_tail(a: Sequence[str], b: Sequence[str], alo: int, ahi: int, blo: int, bhi: int) -> int:
    n = 0
    while alo < ahi - n and blo < bhi - n and a[ahi - n - 1] == b[bhi - n - 1]:
        n += 1
    return n


def _split_gap(a, b, alo, ahi, blo, bhi, stack) -> list[Block]:
    """Anchor a gap on its unique common tokens and queue the sub-gaps; else difflib."""
    anchors = _unique_anchors(a[alo:ahi], b[blo:bhi])
    if not anchors:
        if (ahi - alo) * (bhi - blo) > DIFFLIB_MAX_PAIRS:
            return []
        matcher = SequenceMatcher(None, a[alo:ahi], b[blo:bhi], autojunk=False)
        return [(alo + i, blo + j, n) for i, j, n in matcher.get_matching_blocks() if n]
    blocks = []
    prev_a, prev_b = alo, blo
    for i, j in anchors:
        stack.append((prev_a, alo + i, prev_b, blo + j))
        blocks.append((alo + i, blo + j, 1))
        prev_a, prev_b = alo + i + 1, blo + j + 1
    stack.append((prev_a, ahi, prev_b, bhi))
    return blocks


def _unique_anchors(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    """Positions of tokens unique in both, longest run increasing in both (patience diff).

    >>> _unique_anchors("c a b".split(), "a b c".split())
    [(1, 0), (2, 1)]
    """
    count_a, count_b = Counter(a), Counter(b)
    where_b = {token: j for j, token in enumerate(b) if count_b[token] == 1}
    pairs = [(i, where_b[t]) for i, t in enumerate(a) if count_a[t] == 1 and t in where_b]
    return _longest_increasing(pairs)


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence of ``pairs`` (sorted by first item) increasing in the second."""
    tails: list[int] = []  # tails[k]: smallest second item ending a run of length k + 1
    ends: list[int] = []  # index in pairs of that run's last pair
    back: list[int] = []
    for index, (_, j) in enumerate(pairs):
        k = bisect_left(tails, j)
        back.append(ends[k - 1] if k else -1)
        if k == len(tails):
            tails.append(j)
            ends.append(index)
        else:
            tails[k], ends[k] = j, index
    run, at = [], ends[-1] if ends else -1
    while at >= 0:
        run.append(pairs[at])
        at = back[at]
    return run[::-1]


def _merge(blocks: list[Block]) -> list[Block]:
    merged: list[Block] = []
    for i, j, n in blocks:
        if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
            merged[-1] = (merged[-1][0], merged[-1][1], merged[-1][2] + n)
        else:
            merged.append((i, j, n))
    return merged


def char_opcodes(old: str, new: str) -> list[Opcode]:
    """difflib-style opcodes over characters, computed on word tokens."""
    a, a_at = tokenise(old)
    b, b_at = tokenise(new)
    ops: list[Opcode] = []
    pos_a = pos_b = 0
    for i, j, n in matching_blocks(a, b):
        start_a, start_b, length = a_at[i], b_at[j], a_at[i + n] - a_at[i]
        ops.extend(_gap(pos_a, start_a, pos_b, start_b))
        ops.append(("equal", start_a, start_a + length, start_b, start_b + length))
        pos_a, pos_b = start_a + length, start_b + length
    ops.extend(_gap(pos_a, len(old), pos_b, len(new)))
    return _slide(ops, old, new)


def _slide(ops: list[Opcode], old: str, new: str) -> list[Opcode]:
    """Slide each insertion or deletion to the best boundary among its equivalent places.

    "3.8[. Hi]." and "3.8.[ Hi.]" are the same edit; the second keeps a span ending at
    "3.8." whole. Like diff-match-patch's semantic clean-up, the edges are moved to where
    they fall on sentence, then word boundaries (ties go right).

    >>> _slide([("equal", 0, 3, 0, 3), ("insert", 3, 3, 3, 7), ("equal", 3, 4, 7, 8)],
    ...        "3.8.", "3.8. Hi.")
    [('equal', 0, 4, 0, 4), ('insert', 4, 4, 4, 8)]
    """
    out = list(ops)
    for k in range(1, len(out) - 1):
        tag, a1, a2, b1, b2 = out[k]
        before, after = out[k - 1], out[k + 1]
        if tag not in ("insert", "delete") or before[0] != "equal" or after[0] != "equal":
            continue
        on_new = tag == "insert"
        text, i, j = (new, b1, b2) if on_new else (old, a1, a2)
        low, high = (before[3], after[4]) if on_new else (before[1], after[2])
        left = right = 0
        while i - left > low and text[i - left - 1] == text[j - left - 1]:
            left += 1
        while j + right < high and text[i + right] == text[j + right]:
            right += 1
        step = max(
            range(-left, right + 1), key=lambda d: (_edge(text, i + d) + _edge(text, j + d), d)
        )
        if step:
            out[k - 1] = ("equal", before[1], before[2] + step, before[3], before[4] + step)
            out[k] = (tag, a1 + step, a2 + step, b1 + step, b2 + step)
            out[k + 1] = ("equal", after[1] + step, after[2], after[3] + step, after[4])
    return [op for op in out if op[1] < op[2] or op[3] < op[4]]


def _edge(text: str, at: int) -> int:
    """How good a place ``at`` is for an edit to begin or end: text edge > sentence > word."""
    if at <= 0 or at >= len(text):
        return 6
    before, after = text[at - 1], text[at]
    if before == " " and at >= 2 and text[at - 2] in ".!?":
        return 5  # start of a sentence
    if before in ".!?" and after == " ":
        return 4  # end of a sentence
    if before == " " or after == " ":
        return 3
    return 0 if before.isalnum() and after.isalnum() else 2


def _gap(a1: int, a2: int, b1: int, b2: int) -> list[Opcode]:
    if a1 < a2 and b1 < b2:
        return [("replace", a1, a2, b1, b2)]
    if a1 < a2:
        return [("delete", a1, a2, b1, b1)]
    if b1 < b2:
        return [("insert", a1, a1, b1, b2)]
    return []
