"""One text normalisation for the widget and the server (docs/normalisation.md).

>>> normalise("Hello,\u00a0 “world”…").text
'Hello, "world"...'
>>> fingerprint("")
'cbf29ce484222325'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

REMOVED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
SPACES = frozenset(
    [chr(c) for c in range(0x09, 0x0E)]
    + [" ", "\u0085", "\u00a0", "\u1680"]
    + [chr(c) for c in range(0x2000, 0x200B)]
    + ["\u2028", "\u2029", "\u202f", "\u205f", "\u3000"]
)
REPLACED = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    "\u2026": "...",
}

# Where combining marks live: the planes below U+20000 and the variation selectors supplement
# (tests/unit/anchoring/test_normalise.py checks that no mark lies outside them).
MARK_RANGES = (range(0x20000), range(0xE0100, 0xE01F0))

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MASK64 = 0xFFFFFFFFFFFFFFFF


@dataclass(frozen=True, slots=True)
class Normalised:
    """Normalised text and, per output code point, the input index it came from (+ end).

    ``source`` (the input) lets ``to_source`` give back whole clusters: "e" + U+0301 is one
    output character "é" that maps to the "e" alone.
    """

    text: str
    offsets: tuple[int, ...]
    source: str = field(default="", repr=False, compare=False)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to a span of the input text.

        The span ends after the combining marks of its last character, which NFC may have
        folded into it or left standing:

        >>> norm = normalise("Cafe\u0301 au lait")
        >>> norm.text[:4], norm.to_source(0, 4)
        ('Café', (0, 5))
        """
        first = self.offsets[start]
        if end <= start:
            return first, first
        last = self.offsets[end - 1] + 1
        while last < len(self.source) and _is_mark(self.source[last]):
            last += 1
        return first, last


def _is_mark(char: str) -> bool:
    return unicodedata.category(char).startswith("M")


@cache
def _needs_work() -> re.Pattern[str]:
    """Any character that normalising changes or drops, or that joins a cluster (a mark)."""
    marks = [c for r in MARK_RANGES for c in r if _is_mark(chr(c))]
    special = sorted({*map(ord, REMOVED), *map(ord, SPACES), *map(ord, REPLACED), *marks})
    special.remove(ord(" "))
    runs: list[list[int]] = []  # as ranges, so that the regex engine tests a bitmap
    for code in special:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return re.compile("[" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in runs) + "]")


def is_normalised(source: str) -> bool:
    """Whether ``normalise`` would return ``source`` itself with offsets 0, 1, 2, … (fast).

    >>> is_normalised('He said "no".'), is_normalised("He said “no”.")
    (True, False)
    """
    if source.startswith(" ") or source.endswith(" ") or "  " in source:
        return False
    return _needs_work().search(source) is None


def normalise(source: str) -> Normalised:
    """Normalise ``source`` and keep a map from output positions to input positions."""
    if is_normalised(source):  # most texts the desk handles were stored normalised
        return Normalised(source, tuple(range(len(source) + 1)), source)
    return _normalise_slowly(source)


def _normalise_slowly(source: str) -> Normalised:
    """``normalise`` code point by code point, as docs/normalisation.md §2 reads."""
    out: list[str] = []
    offsets: list[int] = []
    pending_space = False
    space_at = 0
    i, n = 0, len(source)
    while i < n:
        char = source[i]
        if char in REMOVED:
            i += 1
            continue
        if char in SPACES:
            if not pending_space:
                space_at = i
            pending_space = bool(out)
            i += 1
            continue
        j = i + 1
        while j < n and _is_mark(source[j]):
            j += 1
        piece = source[i:j]
        piece = unicodedata.normalize("NFC", piece) if j - i > 1 else REPLACED.get(char, char)
        if pending_space:
            out.append(" ")
            offsets.append(space_at)
            pending_space = False
        out.extend(piece)
        offsets.extend([i] * len(piece))
        i = j
    offsets.append(n)
    return Normalised("".join(out), tuple(offsets), source)


def normalise_text(source: str) -> str:
    """The normalised text alone."""
    stripped = source.strip(" ")  # a selection often ends with its space; nothing else to do
    return stripped if is_normalised(stripped) else normalise(source).text


def fingerprint(text: str) -> str:
    """FNV-1a 64 of the UTF-8 bytes of an already normalised text, as 16 hex digits."""
    value = FNV_OFFSET
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * FNV_PRIME) & MASK64
    return f"{value:016x}"
