"""What the words around a flagged word say about it: an old-orthography quote, a Russian
quote inside Ukrainian text, a French or Latin phrase inside a Ukrainian or Russian one.
Asked only about words about to be flagged, so it is cheap."""

from __future__ import annotations

import re

from corrigenda.proofreading.lexicon import lexicon
from corrigenda.proofreading.text import UK_CONSONANTS, Word

# Words either side that make up a word's surroundings: about a sentence.
WINDOW = 12
# Other words in the window with the mark of old spelling (or of Russian) that settle it:
# one could be a typo of its own; two are a quotation.
MIN_MARKED = 2
# Zhelekhivka and the 1920s orthographies: "ї" after a consonant (дїло, цїле, лїтература),
# "сьв", "сьм", "ся" written apart from its verb; modern Ukrainian has none of them.
_OLD_UK_RE = re.compile(rf"[{UK_CONSONANTS}]ї|сь[вм]|^ся$")
# Letters Russian has and Ukrainian lacks.
_RU_LETTERS_RE = re.compile(r"[ыэъё]")


def _window(words: list[Word], i: int) -> list[Word]:
    return words[max(0, i - WINDOW) : i] + words[i + 1 : i + 1 + WINDOW]


def in_old_orthography(words: list[Word], i: int) -> bool:
    """The word sits among words spelt the pre-1933 Ukrainian way (a quoted old text).

    >>> from corrigenda.proofreading.text import words as ws
    >>> t = ws("Єсли наш нарід в недолї і долї не стратив ся мови.")
    >>> in_old_orthography(t, 0)
    True
    """
    marked = sum(1 for w in _window(words, i) if _OLD_UK_RE.search(w.norm))
    return marked >= MIN_MARKED


def in_russian_stretch(words: list[Word], i: int) -> bool:
    """In Ukrainian text, the word sits among Russian ones (a quote, a title, a dialogue).

    >>> from corrigenda.proofreading.text import words as ws
    >>> t = ws("Він сказав: «Шляпу надень, это ведь холодно, ещё и дождь».")
    >>> in_russian_stretch(t, 3)
    True
    """
    uk, ru = lexicon("uk"), lexicon("ru")
    marked = 0
    for w in _window(words, i):
        if w.script != "cyrl" or len(w.norm) < 2:
            continue
        if _RU_LETTERS_RE.search(w.norm) or (not uk.known(w.norm) and ru.known(w.norm)):
            marked += 1
            if marked >= MIN_MARKED:
                return True
    return False


def in_other_latin_language(words: list[Word], i: int) -> bool:
    """In Cyrillic text, the Latin-script word sits among other Latin words English does
    not know: a phrase in French, Latin or German ("Il faut tenter de vivre"), which the
    English lexicon has no say on.

    >>> from corrigenda.proofreading.text import words as ws
    >>> t = ws("Напис «Le vent se lève. Il faut tenter de vivre» знають усі.")
    >>> in_other_latin_language(t, 6), in_other_latin_language(ws("Це Microsoft Wrod."), 2)
    (True, False)
    """
    en = lexicon("en")
    marked = 0
    for w in _window(words, i):
        if w.script == "latn" and len(w.norm) >= 2 and not en.known(w.norm):
            marked += 1
            if marked >= MIN_MARKED:
                return True
    return False
