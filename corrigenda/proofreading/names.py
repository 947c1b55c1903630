"""Names: consistent in the article means intended; a near-miss of another name is a typo."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cached_property, lru_cache

from corrigenda.proofreading.distance import osa
from corrigenda.proofreading.lexicon import lexicon
from corrigenda.proofreading.text import normalise_word

# Names shorter than this have too many legitimate one-letter neighbours (Ivan/Iran).
MIN_VARIANT_LEN = 5
# Longer names tolerate two slips (Ponomarenko/Ponamarenka); shorter ones one.
LONG_NAME_LEN = 9
# Inflected forms of one name differ only in the ending: this many letters may change.
INFLECTION_TAIL = 2
# ...and the longest case endings ("-ами", "-ого", "-ими") replace up to three.
ENDING_MAX_LEN = 3
# Case endings of nouns and adjectives: two forms of a name the dictionary does not know
# ("Анінька", "Аніньку", "Аніньки") differ only by them.
_ENDINGS = {
    "uk": "а я у ю і и е є о й ь ою ею єю ові еві єві ом ем єм ів їв ам ям ах ях ами ями ий "
    "ій ого ому им ими их ої ої",
    "ru": "а я у ю и ы е о й ь ой ей ою ею ом ем ов ев ам ям ах ях ами ями ый ий ого его ому "
    "ему ым им ыми ими ых их ая яя",
}
CASE_ENDINGS = {lang: frozenset(("", *e.split())) for lang, e in _ENDINGS.items()}


@lru_cache(maxsize=1 << 14)
def lemmas(lang: str, word: str) -> set[str]:
    """Dictionary forms a (name) form may come from, by the language's morphology."""
    return {p.normal_form for p in lexicon(lang).morph.parse(word)}


def strip_possessive(name: str) -> str:
    if name[-1:] not in "s'’":  # most names: no possessive to strip
        return name
    for tail in ("'s", "’s", "ʼs", "'", "’"):
        if name.endswith(tail):
            return name[: -len(tail)]
    return name


class NameBook:
    """Capitalised words of one article (and the site's vocabulary), grouped by name."""

    def __init__(self, lang: str, names: Iterable[str], vocabulary: Iterable[str]) -> None:
        self.lang = lang
        self._names, self._vocabulary = names, vocabulary  # read on first need
        self._uses: dict[str, int] = {}
        self._variants: dict[str, tuple[str, bool] | None] = {}

    @cached_property
    def counts(self) -> Counter[str]:
        return Counter(strip_possessive(n) for n in self._names)

    @cached_property
    def vocabulary(self) -> set[str]:
        return {strip_possessive(v) for v in self._vocabulary if v[:1].isupper()}

    @cached_property
    def by_initial(self) -> dict[str, list[tuple[str, int]]]:
        """The article's names and their counts under their first letter: two forms of one
        name always share it, so a name is compared only with its own group."""
        groups: dict[str, list[tuple[str, int]]] = {}
        for name, n in self.counts.items():
            groups.setdefault(name[:1], []).append((name, n))
        return groups

    @cached_property
    def vocabulary_by_initial(self) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {}
        for name in self.vocabulary:
            groups.setdefault(name[:1], []).append(name)
        return groups

    @cached_property
    def first(self) -> dict[str, int]:
        """Order of first use."""
        return {n: i for i, n in enumerate(self.counts)}

    def uses(self, name: str) -> int:
        """How often this name, in any inflected form, occurs in the article."""
        if name not in self._uses:
            same, group = self.same_name, self.by_initial.get(name[:1], ())
            self._uses[name] = sum(c for other, c in group if same(name, other))
        return self._uses[name]

    def same_name(self, a: str, b: str) -> bool:
        """Two forms of one name: equal, or (uk, ru) sharing all but an inflectional ending
        and a lemma, so "Кумбарами" is "Кумбари" but "Пономарьов" is not "Пономарев"."""
        if a == b:
            return True
        if self.lang == "en":  # "Lankan", "Lankans"
            return a + "s" == b or b + "s" == a or a + "es" == b or b + "es" == a
        if abs(len(a) - len(b)) <= INFLECTION_TAIL and (a.startswith(b) or b.startswith(a)):
            return True  # "Велз", "Велза"
        if min(len(a), len(b)) < MIN_VARIANT_LEN:
            return False
        stem = max(len(a), len(b)) - ENDING_MAX_LEN
        if a[:stem] != b[:stem]:
            return False
        if self._same_stem(a, b):
            return True
        return bool(self._lemmas(a) & self._lemmas(b)) or a.startswith(b) or b.startswith(a)

    def _same_stem(self, a: str, b: str) -> bool:
        """One stem with two case endings: "Аніньку" and "Аніньки", "Петра" and "Петро"."""
        endings = CASE_ENDINGS.get(self.lang, frozenset())
        a, b = a.lower(), b.lower()
        pairs = zip(a, b, strict=False)  # up to the shorter one's end
        common = next((i for i, (x, y) in enumerate(pairs) if x != y), min(len(a), len(b)))
        return a[common:] in endings and b[common:] in endings

    def _lemmas(self, word: str) -> set[str]:
        return lemmas(self.lang, normalise_word(word))

    def variant_of(self, name: str) -> tuple[str, bool] | None:
        """(A more established name this one is a near-miss of, whether it is only a tie)."""
        if name not in self._variants:
            self._variants[name] = self._variant_of(name)
        return self._variants[name]

    def _variant_of(self, name: str) -> tuple[str, bool] | None:
        if len(name) < MIN_VARIANT_LEN:
            return None
        mine = self.uses(name)
        limit = 2 if len(name) >= LONG_NAME_LEN else 1
        # The nearest; among equals the most used, then the first used, then by spelling,
        # so that a text always gets the same answer.
        best: tuple[int, int, int, str] | None = None
        initial = name[:1]
        mine_group = (other for other, _ in self.by_initial.get(initial, ()))
        for other in {*mine_group, *self.vocabulary_by_initial.get(initial, ())}:
            if abs(len(other) - len(name)) > limit or self.same_name(name, other):
                continue
            d = osa(name, other)
            if d == 0 or d > limit:
                continue
            theirs = self.uses(other) + (mine + 1 if other in self.vocabulary else 0)
            first = self.first.get(other, -1)
            if theirs > mine or (theirs == mine and first < self.first.get(name, -1)):
                rank = (d, -theirs, first, other)
                best = rank if best is None else min(best, rank)
        return (best[3], -best[1] == mine) if best else None
