"""Repeated words ("the the") and phrases ("is a is a"); not legitimate repeats ("had had")."""

from __future__ import annotations

import itertools
import re

from corrigenda.proofreading.finding import Finding
from corrigenda.proofreading.rules import rule
from corrigenda.proofreading.text import Word

# Words whose doubling is grammatical or idiomatic in each language.
LEGIT_REPEATS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "had",
            "that",
            "is",
            "do",
            "bye",
            "no",
            "yes",
            "ha",
            "ho",
            "well",
            "so",
            "very",
            "really",
            "far",
            "blah",
            "bla",
            "knock",
            "tut",
            "chop",
            "never",
            "now",
            "there",
            "bang",
            "boo",
            "choo",
            "chi",
            "cha",
            "tom",
            "dum",
            "la",
            "ta",
        ]
    ),
    "uk": frozenset(
        [
            "так",
            "ні",
            "ну",
            "ой",
            "ах",
            "ох",
            "ха",
            "хо",
            "го",
            "ля",
            "ла",
            "де",
            "да",
            "тук",
            "бам",
            "ого",
            "ага",
            "ще",
            "дуже",
        ]
    ),
    "ru": frozenset(
        [
            "так",
            "нет",
            "да",
            "ну",
            "ой",
            "ах",
            "ох",
            "ха",
            "хо",
            "го",
            "ля",
            "ла",
            "тук",
            "бам",
            "ого",
            "ага",
            "еще",
            "ещё",
            "очень",
        ]
    ),
}
# Longest repeated phrase looked for, in words.
MAX_PHRASE = 4
# Only spaces (and at most one line break) may separate the copies: punctuation between
# them ("No, no") marks a deliberate repeat.
_GAP_RE = re.compile(r"[ \t\u00a0]*\n?[ \t\u00a0]*")
_WORD_CONFIDENCE = 0.9
_PHRASE_CONFIDENCE = 0.85


def _joined(text: str, a: Word, b: Word) -> bool:
    gap = text[a.end : b.start]
    return bool(gap) and _GAP_RE.fullmatch(gap) is not None


def check_repetition(text: str, words: list[Word], lang: str) -> list[Finding]:
    out: list[Finding] = []
    after = 0  # words before this index are inside a repeat already reported
    for i in _recurring(words):
        if i < after:
            continue
        n = _repeat_length(text, words, i, lang)
        if not n:
            continue
        first, last = words[i], words[i + 2 * n - 1]
        kind = "repetition.word" if n == 1 else "repetition.phrase"
        r = rule(kind)
        fix = text[first.start : words[i + n - 1].end]
        conf = _WORD_CONFIDENCE if n == 1 else _PHRASE_CONFIDENCE
        span = text[first.start : last.end]
        out.append(Finding(first.start, last.end, span, r.id, r.message, (fix,), conf))
        after = i + 2 * n
    return out


def _recurring(words: list[Word]) -> list[int]:
    """Indexes of words whose form comes back within MAX_PHRASE words: the only places a
    repeat can start, found in one pass instead of comparing every word with its window."""
    last: dict[str, int] = {}
    starts = set()
    for i, word in enumerate(words):
        j = last.get(word.norm)
        if j is not None and i - j <= MAX_PHRASE:
            starts.add(j)
        last[word.norm] = i
    return sorted(starts)


def _repeat_length(text: str, words: list[Word], i: int, lang: str) -> int:
    first = words[i].norm
    for n in range(1, min(MAX_PHRASE, (len(words) - i) // 2) + 1):
        if first != words[i + n].norm:
            continue
        span = words[i : i + 2 * n]
        if [w.norm for w in span[:n]] != [w.norm for w in span[n:]]:
            continue
        if not all(_joined(text, a, b) for a, b in itertools.pairwise(span)):
            return 0
        if _heading_then_text(span[:n], span[n:]):
            return 0
        if n == 1 and not _is_slip(words, i, lang):
            return 0
        return n
    return 0


def _is_slip(words: list[Word], i: int, lang: str) -> bool:
    a, b = words[i], words[i + 1]
    if a.norm in LEGIT_REPEATS.get(lang, frozenset()) or not a.norm.isalpha():
        return False
    # "Duran Duran", "Walla Walla": a capitalised second copy is a name, not a slip.
    return not (b.is_capitalised and not b.is_allcaps)


def _heading_then_text(one: list[Word], two: list[Word]) -> bool:
    """One copy in capitals and the other not: a heading, a caption or a dateline before
    the text that repeats it ("СИСТЕМНЫЕ ПРОГРАММЫ Системные программы", "Львів ЛЬВІВ")."""
    caps = [all(w.is_allcaps for w in copy) for copy in (one, two)]
    # A single letter ("A a") has no case to tell a heading by.
    return caps[0] != caps[1] and all(len(w.norm) > 1 for w in one)
