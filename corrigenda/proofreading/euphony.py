"""Ukrainian euphony: the prepositions that alternate for the sound of the phrase.

The 2019 orthography (§ 23, § 24) has "у" and "в", "з", "із" and "зі" alternate so that
consonants do not pile up. Two branches are flagged, the ones a copy editor corrects
without a second thought and that readers' texts break most:

* "в" between consonants: "пішов в кафе" → "пішов у кафе";
* "з" between a consonant and a hissing sound: "розмова з сестрою" → "із сестрою",
  "вийшов з школи" → "зі школи" (before "з", "с", "ш", "щ" and a consonant).

Only a plain space may stand either side: a comma, a dash, a quote or a line break is a
pause, after which the orthography's choice depends on more than letters. A neighbour
written in figures, in Latin or in capitals (read out by its letters) is left alone, and
so are quotations in Russian or in the pre-1933 spelling.
"""

from __future__ import annotations

from corrigenda.proofreading.finding import Finding
from corrigenda.proofreading.rules import rule
from corrigenda.proofreading.surroundings import in_old_orthography, in_russian_stretch
from corrigenda.proofreading.text import UK_CONSONANTS, UK_VOWELS, Word, spaced_apart

_VOWELS = frozenset(UK_VOWELS)
# "й" ends a word like a vowel glide ("мій у", "мій в" both heard); left out either way.
_CONSONANTS = frozenset(UK_CONSONANTS)
# A word ending in a soft sign or an apostrophe ends in the consonant before it.
_SILENT_TAIL = "ь'’ʼ"
# "з" before these sounds piles up hissing consonants.
_HISSING = frozenset("зсцчшщж")
# ...and before these followed by a consonant it becomes "зі" ("зі школи", "зі сходу").
_ZI_BEFORE = frozenset("зсшщ")
# Certain by the orthography's letter, yet writers skip it often and house styles apply it
# more or less strictly: worth an editor's glance rather than a verdict.
_CONFIDENCE = 0.6


def check_euphony(text: str, words: list[Word], lang: str) -> list[Finding]:
    if lang != "uk":
        return []
    out = []
    for i in range(1, len(words) - 1):
        word = words[i]
        if word.norm not in ("в", "з"):
            continue
        prev, nxt = words[i - 1], words[i + 1]
        if not (spaced_apart(text, prev, word) and spaced_apart(text, word, nxt)):
            continue
        fix = _fix(word.norm, prev, nxt)
        if fix is None or in_russian_stretch(words, i) or in_old_orthography(words, i):
            continue
        fix = fix.capitalize() if word.text.isupper() else fix
        # The span takes the next word along: "в кафе" → "у кафе" reads as a correction, and
        # each place is its own finding (the desk files one finding per rule and quote).
        quote = text[word.start : nxt.end]
        r = rule("spelling.euphony")
        suggestion = fix + text[word.end : nxt.end]
        out.append(Finding(word.start, nxt.end, quote, r.id, r.message, (suggestion,), _CONFIDENCE))
    return out


def _fix(preposition: str, prev: Word, nxt: Word) -> str | None:
    """The preposition the orthography asks for here, or None when this one is right.

    >>> from corrigenda.proofreading.text import words
    >>> pairs = (("в", "пішов кафе"), ("з", "брат сестрою"), ("з", "вийшов школи"))
    >>> [_fix(p, *words(pair)) for p, pair in pairs]
    ['у', 'із', 'зі']
    """
    if not (_plain(prev) and _plain(nxt)) or _last_sound(prev.norm) not in _CONSONANTS:
        return None
    first = nxt.norm[0]
    if preposition == "в":
        return "у" if first in _CONSONANTS or first == "й" else None
    if first not in _HISSING:
        return None
    second = nxt.norm[1:2]
    return "зі" if first in _ZI_BEFORE and second and second not in _VOWELS else "із"


def _plain(word: Word) -> bool:
    """A Cyrillic word in small letters (a capital only at its start) with a sound to read."""
    return word.script == "cyrl" and not word.is_allcaps and word.norm[:1].isalpha()


def _last_sound(norm: str) -> str:
    return norm.rstrip(_SILENT_TAIL)[-1:]
