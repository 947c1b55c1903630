"""Ukrainian spellings the 2019 orthography (Український правопис, 2019) settled.

The dictionary still knows the older forms, since texts written before 2019 used them, so
the misspelling rule never flags them; a newsroom writing today corrects them:

* stems that gained "є": "проект" → "проєкт" (and every word built on it), "траекторія";
* compounds whose first part is one of the foreign elements the orthography writes solid:
  "веб-сайт" → "вебсайт", "екс-президент" → "експрезидент", "напів-фабрикат" (the
  hyphen stays before a capital, a figure or a Latin part: "екс-Югославія", "міні-ЗМІ");
* numerals in figures: a cardinal takes no ending ("5-ти" → "5"); an ordinal keeps one
  letter after a vowel and two after a consonant ("80-их" → "80-х", "5-ого" → "5-го"),
  joined by a hyphen ("1989му" → "1989-му").
"""

from __future__ import annotations

import re

from corrigenda.proofreading.finding import Finding
from corrigenda.proofreading.lexicon import lexicon
from corrigenda.proofreading.rules import rule
from corrigenda.proofreading.surroundings import in_russian_stretch
from corrigenda.proofreading.text import UK_VOWELS, Word, normalise_word, not_prose_spans, word_set

# Old stem → the 2019 spelling, found anywhere in a word ("законопроект", "проектор").
NEW_STEMS = (("проект", "проєкт"), ("проекц", "проєкц"), ("траектор", "траєктор"))
# First parts written solid with what follows (§ 35 of the 2019 orthography and the
# dictionaries after it); "віце-" keeps its hyphen, so it is not here.
_SOLID = (
    "авіа авто агро аудіо біо вело веб відео гео гідро гіпер екс екстра електро етно інфра "
    "кібер кіно контр макро максі мега медіа мета мікро міні мото мульти нано напів нео "
    "псевдо радіо стерео супер теле ультра фото"
)
SOLID_ELEMENTS = word_set(_SOLID)
# The part after the hyphen must be a word this long: "фото-, відео-" pairs and "супер-пупер"
# jingles are left to the writer.
SOLID_REST_MIN = 3
# Endings of cardinal numerals, which take none in figures: "5-ти", "20-ть", "2-ох".
CARDINAL_ENDINGS = frozenset(("ти", "ть", "ох", "ьох", "тьох", "ма", "ьма", "ома"))
# The last letters an ordinal's ending may have ("5-й", "5-го", "80-х", "5-ми", "3-тя").
ORDINAL_LAST = frozenset("йаяеєіїуюмхои")
# Endings a figure may carry with its hyphen lost ("1989му", "70х"); unit symbols such as
# "км" or "м" are not among them.
UNHYPHENATED_ENDINGS = frozenset(("й", "го", "му", "х", "та", "те", "ті", "ту", "тя"))
_VOWELS = frozenset(UK_VOWELS)
# Figures (a range "80-90" too) and the Cyrillic letters glued to them, as a whole token.
_NUMERAL_RE = re.compile(r"(?<![\w.,/:-])(\d+(?:[-–]\d+)*)(-?)([а-яієїґ]{1,4})(?![\w-])")
# What may cling to a numeral inside its whitespace-delimited chunk: "(5-ти),".
_PUNCTUATION = "()[]«»„“”\"'.,;:!?…"
_STEM_CONFIDENCE = 0.8
_SOLID_CONFIDENCE = 0.75
_NUMERAL_CONFIDENCE = 0.7


def check_orthography(
    text: str, words: list[Word], lang: str, vocabulary: frozenset[str] = frozenset()
) -> list[Finding]:
    """The forms to correct; a word in the site's ``vocabulary`` (an editor said "not an
    error": a site may keep the older spelling) is left as it is."""
    if lang != "uk":
        return []
    return [*_words(words, {normalise_word(v) for v in vocabulary}), *_numerals(text)]


def _words(words: list[Word], vocabulary: set[str]) -> list[Finding]:
    out = []
    for i, word in enumerate(words):
        if word.script != "cyrl" or not ("-" in word.norm or "е" in word.norm):
            continue  # every old stem has an "е"; every compound, a hyphen
        if word.norm in vocabulary:
            continue
        fix = _new_stem(word.text) or _solid(word.text)
        if fix and not in_russian_stretch(words, i):
            out.append(_finding(word.start, word.end, word.text, fix, _confidence(word, fix)))
    return out


def _confidence(word: Word, fix: str) -> float:
    return _SOLID_CONFIDENCE if len(fix) < len(word.text) else _STEM_CONFIDENCE


def _new_stem(text: str) -> str | None:
    """ "Проекту" → "Проєкту", "ШІ-проекти" → "ШІ-проєкти"; None when nothing is old."""
    lower = text.lower()
    fixed = lower
    for old, new in NEW_STEMS:
        fixed = fixed.replace(old, new)
    if fixed == lower or not all(_ukrainian(*pair) for pair in _changed_parts(lower, fixed)):
        return None  # "проектирование" is a Russian word, not an old Ukrainian spelling
    return "".join(f.upper() if c.isupper() else f for c, f in zip(text, fixed, strict=True))


def _changed_parts(old: str, new: str) -> list[tuple[str, str]]:
    return [(a, b) for a, b in zip(old.split("-"), new.split("-"), strict=True) if a != b]


def _ukrainian(old: str, new: str) -> bool:
    uk = lexicon("uk")
    return uk.known(normalise_word(new)) or uk.known(normalise_word(old))


def _solid(text: str) -> str | None:
    """ "веб-сайтів" → "вебсайтів"; None for a hyphen the orthography keeps."""
    head, sep, rest = text.replace("‐", "-").partition("-")
    if not sep or "-" in rest or head.lower() not in SOLID_ELEMENTS:
        return None
    if len(rest) < SOLID_REST_MIN or not rest.islower():
        return None  # "екс-Югославія", "міні-ЗМІ": a name or an abbreviation keeps it
    if any(rest.startswith(e) for e in SOLID_ELEMENTS):
        return None  # "фото-відеозйомка": two elements share the second half
    uk = lexicon("uk")
    solid = (head + rest).lower()
    if not (uk.known(solid) or uk.known(rest.replace("’", "'"))):
        return None
    return head + rest


def _numerals(text: str) -> list[Finding]:
    out = []
    skip = not_prose_spans(text)
    for m in _NUMERAL_RE.finditer(text):
        figure, hyphen, ending = m.groups()
        fix = _numeral_fix(figure, hyphen, ending.lower())
        if fix is None:
            continue
        start, end = m.span()
        # Digit-glued chunks are not prose for the other rules ("5-ти," is one); a chunk
        # that holds more than the numeral and its punctuation is a URL or a code.
        if any(a < end and start < b and _more_than(text[a:b], m.group()) for a, b in skip):
            continue
        out.append(_finding(start, end, m.group(), fix, _NUMERAL_CONFIDENCE))
    return out


def _more_than(chunk: str, numeral: str) -> bool:
    return chunk.strip(_PUNCTUATION) != numeral


def _numeral_fix(figure: str, hyphen: str, ending: str) -> str | None:
    """The figure as the orthography writes it, or None when it is already right.

    >>> _numeral_fix("5", "-", "ти"), _numeral_fix("80", "-", "их"), _numeral_fix("1989", "", "му")
    ('5', '80-х', '1989-му')
    >>> _numeral_fix("5", "-", "го"), _numeral_fix("3", "-", "тя"), _numeral_fix("5", "", "км")
    (None, None, None)
    """
    if ending in CARDINAL_ENDINGS:
        return figure
    if ending[-1] not in ORDINAL_LAST:
        return None
    keep = ending[-2:] if len(ending) >= 2 and ending[-2] not in _VOWELS else ending[-1]
    if not hyphen:
        return f"{figure}-{keep}" if keep in UNHYPHENATED_ENDINGS else None
    return f"{figure}-{keep}" if keep != ending else None


def _finding(start: int, end: int, text: str, fix: str, confidence: float) -> Finding:
    r = rule("spelling.orthography")
    return Finding(start, end, text, r.id, r.message, (fix,), confidence)
