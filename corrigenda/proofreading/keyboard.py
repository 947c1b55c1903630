"""Keyboard geometry: which keys a finger hits by mistake (QWERTY, ЙЦУКЕН ru and uk)."""

from __future__ import annotations

from functools import cache

LAYOUTS: dict[str, tuple[str, ...]] = {
    "en": ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
    "ru": ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"),
    "uk": ("йцукенгшщзхї", "фівапролджє", "ячсмитьбю"),
}


@cache
def neighbours(lang: str) -> dict[str, frozenset[str]]:
    """Keys touching each key: same row ±1, the row above at i and i+1, below at i-1 and i.

    >>> sorted(neighbours("en")["s"])
    ['a', 'd', 'e', 'w', 'x', 'z']
    """
    rows = LAYOUTS[lang]
    out: dict[str, set[str]] = {}
    for r, row in enumerate(rows):
        for i, key in enumerate(row):
            near = out.setdefault(key, set())
            for rr, ii in (
                (r, i - 1),
                (r, i + 1),
                (r - 1, i),
                (r - 1, i + 1),
                (r + 1, i - 1),
                (r + 1, i),
            ):
                if 0 <= rr < len(rows) and 0 <= ii < len(rows[rr]):
                    near.add(rows[rr][ii])
    return {k: frozenset(v) for k, v in out.items()}


def adjacent(lang: str, a: str, b: str) -> bool:
    return b in neighbours(lang).get(a, frozenset())
