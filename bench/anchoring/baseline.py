"""A Hypothesis-client-like anchor, the baseline (``src/annotator/anchoring``).

As in its ``html.ts`` and ``match-quote.ts``: the recorded position is used when the quote
is still there; otherwise every exact occurrence, or failing that every approximate one
(up to min(256, len/2) errors), is scored 50 x quote + 20 x prefix + 20 x suffix +
2 x position, and the best is returned: there is no minimum score.
"""

from __future__ import annotations

from corrigenda.anchoring import Selector, Span, fuzzy

QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT = 50, 20, 20, 2
MAX_ERRORS_CAP = 256


def match_quote(text: str, sel: Selector) -> Span | None:
    quote = sel.exact
    if not quote:
        return None
    if sel.start is not None and text[sel.start : sel.start + len(quote)] == quote:
        return Span(sel.start, sel.start + len(quote), 1.0)
    matches = _search(text, quote, min(MAX_ERRORS_CAP, len(quote) // 2))
    if not matches:
        return None
    scored = [(_score(text, sel, s, e, errors), s, e) for s, e, errors in matches]
    score, start, end = max(scored, key=lambda item: (item[0], -item[1]))
    return Span(start, end, score)


def _search(text: str, quote: str, max_errors: int) -> list[tuple[int, int, int]]:
    exact, at = [], text.find(quote)
    while at >= 0:
        exact.append((at, at + len(quote), 0))
        at = text.find(quote, at + 1)
    return exact or fuzzy.search(quote, text, max_errors, limit=10_000)


def _text_match_score(window: str, context: str) -> float:
    if not context or not window:
        return 0.0
    found = fuzzy.search(context, window, len(context))
    return 1 - min(errors for _, _, errors in found) / len(context) if found else 0.0


def _score(text: str, sel: Selector, start: int, end: int, errors: int) -> float:
    quote = 1 - errors / len(sel.exact)
    prefix = (
        _text_match_score(text[max(0, start - len(sel.prefix)) : start], sel.prefix)
        if sel.prefix
        else 1.0
    )
    suffix = _text_match_score(text[end : end + len(sel.suffix)], sel.suffix) if sel.suffix else 1.0
    position = 1.0 if sel.start is None else 1 - abs(start - sel.start) / max(1, len(text))
    raw = (
        QUOTE_WEIGHT * quote
        + PREFIX_WEIGHT * prefix
        + SUFFIX_WEIGHT * suffix
        + POSITION_WEIGHT * position
    )
    return raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT)
