"""Names: consistent in the article means intended; a near-miss of another name is a typo."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from corrigenda.proofreading.distance import osa
from corrigenda.proofreading.lexicon import lexicon
from corrigenda.proofreading.text import normalise_word

# Names shorter than this have too many legitimate one-letter neighbours (Ivan/Iran).
MIN_VARIANT_LEN = 5
# Longer names tolerate two slips (Ponomarenko/Ponamarenka); shorter ones one.
LONG_NAME_LEN = 9
# Inflected forms of one name differ only in the ending: this many letters may change.
INFLECTION_TAIL = 2


@lru_cache(maxsize=1 << 14)
def lemmas(lang: str, word: str) -> set[str]:
    """Dictionary forms a (name) form may come from, by the language's morphology."""
    return {p.normal_form for p in lexicon(lang).morph.parse(word)}


def strip_possessive(name: str) -> str:
    for tail in ("'s", "’s", "ʼs", "'", "’"):
        if name.endswith(tail):
            return name[: -len(tail)]
    return name


class NameBook:
    """Capitalised words of one article (and the site's vocabulary), grouped by name."""

    def __init__(self, lang: str, names: Iterable[str], vocabulary: Iterable[str]) -> None:
        self.lang = lang
        self.counts = Counter(strip_possessive(n) for n in names)
        self.vocabulary = {strip_possessive(v) for v in vocabulary if v[:1].isupper()}
        self.first = {n: i for i, n in enumerate(self.counts)}  # order of first use

    def uses(self, name: str) -> int:
        """How often this name, in any inflected form, occurs in the article."""
        return sum(c for other, c in self.counts.items() if self.same_name(name, other))

    def same_name(self, a: str, b: str) -> bool:
        if a == b:
            return True
        if self.lang == "en" or min(len(a), len(b)) < MIN_VARIANT_LEN:
            return False
        stem = max(len(a), len(b)) - INFLECTION_TAIL
        if a[:stem] == b[:stem] and abs(len(a) - len(b)) <= INFLECTION_TAIL:
            return bool(self._lemmas(a) & self._lemmas(b)) or a.startswith(b) or b.startswith(a)
        return False

    def _lemmas(self, word: str) -> set[str]:
        return lemmas(self.lang, normalise_word(word))

    def variant_of(self, name: str) -> tuple[str, bool] | None:
        """(A more established name this one is a near-miss of, whether it is only a tie)."""
        if len(name) < MIN_VARIANT_LEN:
            return None
        mine = self.uses(name)
        limit = 2 if len(name) >= LONG_NAME_LEN else 1
        best: tuple[int, str, bool] | None = None
        for other in {*self.counts, *self.vocabulary}:
            if (
                abs(len(other) - len(name)) > limit
                or other[:1] != name[:1]
                or self.same_name(name, other)
            ):
                continue
            d = osa(name, other)
            if d == 0 or d > limit:
                continue
            theirs = self.uses(other) + (mine + 1 if other in self.vocabulary else 0)
            earlier = self.first.get(other, -1) < self.first.get(name, -1)
            if (theirs > mine or (theirs == mine and earlier)) and (best is None or d < best[0]):
                best = (d, other, theirs == mine)
        return (best[1], best[2]) if best else None
