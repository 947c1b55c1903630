"""Edit distance and approximate search, bit-parallel (Myers 1999; Hyyrö's formulation).

Python's integers grow as needed, so one integer holds a bit per pattern character and a
pattern of any length is matched in one pass over the text, with no extra dependency.

>>> distance("oppostion", "opposition")
1
>>> search("oppostion", "the opposition and the oppositions", 2)
[(4, 14, 1), (23, 33, 1)]
"""

from __future__ import annotations


def _pattern_bits(pattern: str) -> dict[str, int]:
    bits: dict[str, int] = {}
    for i, char in enumerate(pattern):
        bits[char] = bits.get(char, 0) | (1 << i)
    return bits


def _scores(pattern: str, text: str, anchored: bool) -> list[int]:
    """Edit distance of ``pattern`` to the best substring of text ending at each position.

    ``anchored``: the substring must start at 0 (global distance to each prefix of text).
    """
    m = len(pattern)
    mask, last = (1 << m) - 1, 1 << (m - 1)
    bits = _pattern_bits(pattern)
    pv, mv, score, carry = mask, 0, m, int(anchored)
    scores = []
    for char in text:
        eq = bits.get(char, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | ~(xh | pv)
        mh = pv & xh
        if ph & last:
            score += 1
        elif mh & last:
            score -= 1
        ph = (ph << 1) | carry
        pv = ((mh << 1) | ~(xv | ph)) & mask
        mv = ph & xv
        scores.append(score)
    return scores


def distance(a: str, b: str) -> int:
    """Levenshtein distance between ``a`` and ``b``.

    >>> distance("kitten", "sitting"), distance("", "abc"), distance("Київ", "Киев")
    (3, 3, 1)
    """
    if not a or not b:
        return len(a) + len(b)
    return _scores(a, b, anchored=True)[-1]


def similarity(a: str, b: str) -> float:
    """1 - distance / longer length; 1.0 for two empty strings.

    >>> similarity("the cats", "the bats"), similarity("", "")
    (0.875, 1.0)
    """
    longer = max(len(a), len(b))
    return 1.0 - distance(a, b) / longer if longer else 1.0


def _start_of(pattern: str, text: str, end: int, errors: int) -> int:
    """Where the best match of ``pattern`` ending at ``end`` with ``errors`` errors starts."""
    lo = max(0, end - len(pattern) - errors)
    back = _scores(pattern[::-1], text[lo:end][::-1], anchored=True)
    lengths = [n for n, score in enumerate(back, 1) if score == errors]
    best = min(lengths, key=lambda n: abs(n - len(pattern)), default=len(pattern))
    return end - best


def _local_minima(scores: list[int], max_errors: int) -> list[tuple[int, int]]:
    """(errors, end) at each end where the score is within budget and no worse than both sides."""
    out = []
    for i, score in enumerate(scores):
        if score > max_errors:
            continue
        if (i and scores[i - 1] < score) or (i + 1 < len(scores) and scores[i + 1] < score):
            continue
        out.append((score, i + 1))
    return out


def search(
    pattern: str, text: str, max_errors: int, limit: int = 1000
) -> list[tuple[int, int, int]]:
    """Non-overlapping approximate matches ``(start, end, errors)``, fewest errors first.

    >>> search("teh", "the tea", 1)
    [(4, 7, 1), (0, 2, 1)]
    """
    if not pattern or not text:
        return []
    max_errors = min(max_errors, len(pattern) - 1)
    minima = sorted(_local_minima(_scores(pattern, text, False), max_errors))[: limit * 4]
    ranked = []
    for errors, end in minima:  # equal errors: the length nearest the pattern's wins
        start = _start_of(pattern, text, end, errors)
        ranked.append((errors, abs(end - start - len(pattern)), end, start))
    taken: list[tuple[int, int, int]] = []
    for errors, _, end, start in sorted(ranked):
        if not any(s < end and start < e for s, e, _ in taken):
            taken.append((start, end, errors))
            if len(taken) >= limit:
                break
    return taken
