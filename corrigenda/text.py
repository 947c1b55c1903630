"""Small text helpers for showing a span to an editor."""

from __future__ import annotations

import re

from corrigenda.anchoring.diff import char_opcodes

CONTEXT_CHARS = 240  # at most this much text either side: one long sentence, not a paragraph
SENTENCE_END = re.compile(r"[.!?…](?:[\"'»”)]*)\s+")


def sentence_around(
    text: str, start: int, end: int, limit: int = CONTEXT_CHARS
) -> tuple[str, str, str]:
    """Split ``text`` into (before, span, after), trimmed to the sentence around the span.

    >>> sentence_around("One. Two thre words here. Three.", 9, 13)
    ('Two ', 'thre', ' words here.')
    """
    window_start = max(0, start - limit)
    before = text[window_start:start]
    ends = list(SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    elif window_start > 0:
        before = "…" + before.lstrip()
    after = text[end : end + limit]
    stop = SENTENCE_END.search(after)
    if stop:
        after = after[: stop.end()].rstrip()
    elif end + limit < len(text):
        after = after.rstrip() + "…"
    return before, text[start:end], after


# Unchanged text between edits is cut to this many characters on each side: enough to see
# where an edit sits, short enough that a long article's diff stays readable.
DIFF_CONTEXT = 80


def word_diff(old: str, new: str, context: int = DIFF_CONTEXT) -> list[tuple[str, str]]:
    """``old`` → ``new`` as (op, text) segments, op in equal/delete/insert, equal runs cut.

    >>> for segment in word_diff("The oppostion said no.", "The opposition said no."):
    ...     print(segment)
    ('equal', 'The ')
    ('delete', 'oppostion')
    ('insert', 'opposition')
    ('equal', ' said no.')
    """
    segments: list[tuple[str, str]] = []
    for tag, a1, a2, b1, b2 in char_opcodes(old, new):
        if tag == "equal":
            segments.append(("equal", old[a1:a2]))
            continue
        if a2 > a1:
            segments.append(("delete", old[a1:a2]))
        if b2 > b1:
            segments.append(("insert", new[b1:b2]))
    return [_trim(segments, i, context) for i in range(len(segments))]


def _trim(segments: list[tuple[str, str]], index: int, context: int) -> tuple[str, str]:
    op, text = segments[index]
    if op != "equal" or len(text) <= 2 * context:
        return op, text
    first, last = index == 0, index == len(segments) - 1
    head = "" if first else text[:context]
    tail = "" if last else text[-context:]
    return op, f"{head}…{tail}" if head or tail else "…"
