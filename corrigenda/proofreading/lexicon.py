"""Per-language lexicons, loaded lazily once per process.

* frequencies: ``wordfreq`` (ships en/uk/ru lists; a form's Zipf value is log10 of its
  frequency per billion words);
* what is a word: for English the curated list shipped by ``pyspellchecker`` plus simple
  inflection and British spelling; for Ukrainian and Russian the ``pymorphy3`` dictionaries
  (every inflected form of a known lemma is known).
"""

from __future__ import annotations

import gzip
import json
import math
import re
from functools import cache, cached_property
from importlib import resources

from corrigenda.proofreading.keyboard import LAYOUTS

# Forms this frequent are words even when the dictionary lacks them (names, new coinages);
# misspellings this frequent ("alot" 3.9) are rare, and an everyday typo like "teh" (3.0)
# stays below the English bar.
TRUSTED_ZIPF = {"en": 3.5, "uk": 3.0, "ru": 3.0}
# Suggestions must be at least this frequent: rarer forms are more often typos themselves.
SUGGEST_MIN_ZIPF = 1.0
# Words indexed for multi-edit suggestions; rarer targets are found only one edit away.
INDEX_MIN_ZIPF = {"en": 2.5, "uk": 2.8, "ru": 2.8}

# English suffixes stripped to find a dictionary stem: (suffix, replacement, the stem must
# not end with one of these letters) so that "troopss" and "dieed" stay unknown.
_EN_SUFFIXES = (
    ("'s", "", ""),
    ("s'", "s", ""),
    ("ies", "y", ""),
    ("es", "", "aeiuy"),
    ("s", "", "s'"),
    ("ied", "y", ""),
    ("ed", "", "e"),
    ("ed", "e", "e"),
    ("ing", "", "e"),
    ("ing", "e", "e"),
    ("ly", "", ""),
    ("ness", "", ""),
    ("er", "", "e"),
    ("est", "", "e"),
)
# British spellings at the end of a word (before an inflection); the dictionary is American.
_EN_VARIANTS = tuple(
    (re.compile(brit + r"(?=(?:" + tails + r")$)"), amer)
    for brit, amer, tails in (
        ("our", "or", "|s|ed|ing|ful|ite|ites|able|ably|al|less|er|ers"),
        ("is", "iz", "e|es|ed|ing|er|ers|ation|ations|ational"),
        ("ys", "yz", "e|es|ed|ing|er"),
        ("tre", "ter", "|s|d"),
        ("ogue", "og", "|s"),
        ("ll", "l", "ed|ing|er|ers|ery"),
        ("ence", "ense", "|s"),
    )
)


class Lexicon:
    def __init__(self, lang: str) -> None:
        import wordfreq

        self.lang = lang
        self.freq: dict[str, float] = wordfreq.get_frequency_dict(lang)
        self.alphabet = "".join(sorted(set("".join(LAYOUTS[lang])) | {"'"}))
        if lang == "ru":
            self.alphabet += "ё"
        if lang == "uk":
            self.alphabet += "ґ"

    def zipf(self, word: str) -> float:
        f = self.freq.get(word)
        return math.log10(f) + 9 if f else 0.0

    def lemma_zipf(self, word: str) -> float:
        """Frequency of the word's commonest lemma: inflected forms are individually rare."""
        if self.lang == "en":
            return self.zipf(word)
        lemmas = {p.normal_form for p in self._morph.parse(word) if p.is_known}
        return max([self.zipf(word), *(self.zipf(lemma) for lemma in lemmas)])

    def known(self, word: str) -> bool:
        """Is this (lower-case, normalised) form a word of the language?"""
        if self.zipf(word) >= TRUSTED_ZIPF[self.lang]:
            return True
        return self._in_dictionary(word)

    def suggestible(self, word: str) -> bool:
        return self.zipf(word) >= SUGGEST_MIN_ZIPF and self.known(word)

    def _in_dictionary(self, word: str) -> bool:
        if self.lang != "en":
            return bool(self._morph.word_is_known(word))
        if word in self._en_words:
            return True
        return any(self._en_base(v) for v in _en_variants(word))

    def _en_base(self, word: str) -> bool:
        if word in self._en_words:
            return True
        for suffix, repl, not_after in _EN_SUFFIXES:
            stem = word[: -len(suffix)]
            fits = word.endswith(suffix) and len(stem) >= 3 and stem[-1] not in not_after
            if fits and stem + repl in self._en_words:
                return True
        return False

    @cached_property
    def _morph(self):  # type: ignore[no-untyped-def]
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang=self.lang)

    @cached_property
    def _en_words(self) -> frozenset[str]:
        data = resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes()
        return frozenset(json.loads(gzip.decompress(data)))

    @cached_property
    def indexed(self) -> list[str]:
        """Frequent known words, the targets of multi-edit suggestions."""
        bar = 10 ** (INDEX_MIN_ZIPF[self.lang] - 9)
        letters = set(self.alphabet)
        return [
            w
            for w, f in self.freq.items()
            if f >= bar and set(w) <= letters and w[0] != "'" and self._in_dictionary(w)
        ]


def _en_variants(word: str) -> list[str]:
    """The word and its American spellings.

    >>> _en_variants("colourful"), _en_variants("yestreday")
    (['colourful', 'colorful'], ['yestreday'])
    """
    out = [word]
    for pattern, amer in _EN_VARIANTS:
        fixed = pattern.sub(amer, word)
        if fixed != word:
            out.append(fixed)
    return out


@cache
def lexicon(lang: str) -> Lexicon:
    return Lexicon(lang)
