"""Latin letters inside Cyrillic words and the reverse: invisible, and breaks search."""

from __future__ import annotations

import re

from corrigenda.proofreading.finding import Finding
from corrigenda.proofreading.rules import rule
from corrigenda.proofreading.text import CYRILLIC_RE, LATIN_RE, Word

_LAT = "aceopxyiABCEHIKMOPTXY"
_CYR = "асеорхуіАВСЕНІКМОРТХУ"
TO_CYRILLIC = dict(zip(_LAT, _CYR, strict=True))
TO_LATIN = dict(zip(_CYR, _LAT, strict=True))
# Ukrainian one-letter words a Latin homoglyph can imitate (and the Russian ones).
# Capitals are left out: "(A)", "(B)" label options in any language.
ONE_LETTER_WORDS = {"uk": set("аоіу"), "ru": set("аоу")}
_MIXED_CONFIDENCE = 0.95
_LONE_LETTER_CONFIDENCE = 0.8


def _fix(word: str, lang: str) -> str | None:
    """The word in one script, when every stray letter has a lookalike there."""
    cyr = len(CYRILLIC_RE.findall(word))
    lat = len(LATIN_RE.findall(word))
    to_cyrillic = cyr >= lat
    table = TO_CYRILLIC if to_cyrillic else TO_LATIN
    if to_cyrillic and lang == "ru":
        table = {k: v for k, v in table.items() if v not in "іІ"}
    stray = LATIN_RE if to_cyrillic else CYRILLIC_RE
    fixed = "".join(table.get(c, c) if stray.match(c) else c for c in word)
    mixed = CYRILLIC_RE.search(fixed) and LATIN_RE.search(fixed)
    return None if mixed else fixed


def check_mixed_script(words: list[Word], lang: str) -> list[Finding]:
    out = []
    lone_letters = lang in ONE_LETTER_WORDS
    for k, word in enumerate(words):
        if word.script == "mixed":
            out.extend(_mixed_pieces(word, lang))
        elif lone_letters and len(word.text) == 1 and word.text in TO_CYRILLIC:
            out.extend(_lone_letter(words, k, lang))
    return out


def _mixed_pieces(word: Word, lang: str) -> list[Finding]:
    r = rule("script.mixed")
    out = []
    for start, piece in _pieces(word):
        if CYRILLIC_RE.search(piece) and LATIN_RE.search(piece):
            fix = _fix(piece, lang)
            if fix is None:
                continue  # "поDOOM-ати": letters with no lookalike, mixed on purpose
            end = start + len(piece)
            out.append(Finding(start, end, piece, r.id, r.message, (fix,), _MIXED_CONFIDENCE))
    return out


def _lone_letter(words: list[Word], k: int, lang: str) -> list[Finding]:
    """A Latin "i" or "a" standing as a word between Cyrillic words."""
    word, r = words[k], rule("script.mixed")
    fixed = TO_CYRILLIC[word.text]
    around = [words[j] for j in (k - 1, k + 1) if 0 <= j < len(words)]
    if fixed not in ONE_LETTER_WORDS[lang] or not around:
        return []
    if not all(CYRILLIC_RE.search(w.text) for w in around):
        return []
    conf = _LONE_LETTER_CONFIDENCE
    return [Finding(word.start, word.end, word.text, r.id, r.message, (fixed,), conf)]


def _pieces(word: Word) -> list[tuple[int, str]]:
    """Pieces between hyphens and apostrophes: "IT-компанія", "Microsoft'у" mix scripts there."""
    out, start = [], word.start
    for piece in re.split(r"[-‐'’ʼ`]", word.text):
        out.append((start, piece))
        start += len(piece) + 1
    return out
