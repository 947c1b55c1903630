"""Small text helpers for showing a span to an editor."""

from __future__ import annotations

import re

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
