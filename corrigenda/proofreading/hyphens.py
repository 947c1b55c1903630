"""A hyphenated word written as two ("будь який", "хто небудь", "из за", "кое кто"), and a
hyphen in a word written solid or as two ("ніби-то", "что-бы", "будь-ласка").

Some parts stand only inside a hyphenated word: a particle ("-небудь", "-нибудь", "кое-")
or a preposition bound to another one ("з-за", "из-под"). Two tokens with a space between
them are a lost hyphen when they are such parts and the dictionary lists the pair joined;
"будь ласка" and "будь уважним" are two words, since it does not.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from corrigenda.proofreading.finding import Finding
from corrigenda.proofreading.lexicon import lexicon
from corrigenda.proofreading.rules import rule
from corrigenda.proofreading.suggest import match_case
from corrigenda.proofreading.text import Word, normalise_word, spaced_apart, word_set

# Parts that begin a hyphenated word ("будь-який", "кое-как")...
BOUND_LEFT = {"uk": word_set("будь"), "ru": word_set("кое кой")}
# ...that end one ("хто-небудь", "что-нибудь")...
BOUND_RIGHT = {"uk": word_set("небудь"), "ru": word_set("нибудь")}
# ...and prepositions bound to each other ("з-за", "из-под"); not every pair the dictionary
# joins: "з понад сотнею" is "with over a hundred", "з-понад" is "from above".
BOUND_PAIRS = {
    "uk": frozenset({("з", "за"), ("з", "під"), ("із", "за"), ("із", "під")}),
    "ru": frozenset({("из", "за"), ("из", "под")}),
}
_CONFIDENCE = 0.85
# A hyphen the dictionary does not write, between parts of at least this many letters:
# "ніби-то" is "нібито"; "ні-с" and "д-р" are a stammer and an abbreviation.
STRAY_PART_MIN_LEN = 2
# ...when the solid word is at least this common (1 in a million words): a rare solid word
# is more likely a coincidence than what a hyphenated pair meant.
SOLID_MIN_ZIPF = 3.0
# Pairs the hyphen joins that are two words, which no dictionary lookup can tell.
SPACED = {
    "uk": {"будь-ласка": "будь ласка", "на-жаль": "на жаль", "так-само": "так само"},
    "ru": {"как-будто": "как будто", "то-есть": "то есть", "что-ли": "что ли"},
}


@cache
def _bound_pattern(lang: str) -> re.Pattern[str]:
    """Any bound part, or bound pair, as words of their own, in any case."""
    parts = [*BOUND_LEFT[lang], *BOUND_RIGHT[lang], *(rf"{a}\s+{b}" for a, b in BOUND_PAIRS[lang])]
    return re.compile(rf"\b(?:{'|'.join(sorted(parts))})\b", re.IGNORECASE)


def check_lost_hyphen(text: str, words: list[Word], lang: str) -> list[Finding]:
    left, right = BOUND_LEFT.get(lang), BOUND_RIGHT.get(lang)
    if left is None or right is None:
        return []
    if not _bound_pattern(lang).search(text):
        return []  # one scan of the text: most articles hold no such part
    r = rule("spelling.lost_hyphen")
    out = []
    pairs = BOUND_PAIRS[lang]
    pair_lefts = {p for p, _ in pairs}
    for a, b in pairwise(words):
        bound = (
            a.norm in left
            or b.norm in right
            or (a.norm in pair_lefts and (a.norm, b.norm) in pairs)
        )
        if not bound or not spaced_apart(text, a, b):
            continue  # a comma or a line break between them is a pause
        if "-" in a.text or "-" in b.text or not lexicon(lang).known(f"{a.norm}-{b.norm}"):
            continue
        joined = f"{a.text}-{b.text}"
        out.append(
            Finding(a.start, b.end, text[a.start : b.end], r.id, r.message, (joined,), _CONFIDENCE)
        )
    return out


def check_stray_hyphen(
    text: str, words: list[Word], lang: str, vocabulary: frozenset[str] = frozenset()
) -> list[Finding]:
    """A hyphen the dictionary does not write; a word in the site's ``vocabulary`` (an
    editor said "not an error": "он-лайн" is the house spelling) is left alone."""
    spaced = SPACED.get(lang)
    if spaced is None or "-" not in text:
        return []
    r = rule("spelling.stray_hyphen")
    out = []
    house = {normalise_word(v) for v in vocabulary if "-" in v}
    for w in [w for w in words if "-" in w.norm]:  # most words have none
        if w.norm.count("-") != 1 or (w.is_capitalised and not w.sentence_start):
            continue  # "Мак-Кейн" is a name
        if w.norm in house:
            continue
        fix = spaced.get(w.norm) or _solid(w.norm, lang)
        if fix is not None:
            fixes = match_case(w.text, (fix,))
            out.append(Finding(w.start, w.end, w.text, r.id, r.message, fixes, _CONFIDENCE))
    return out


def _solid(norm: str, lang: str) -> str | None:
    """The dictionary's solid word for a hyphenated pair it does not list: "ніби-то"."""
    left, right = norm.split("-")
    if min(len(left), len(right)) < STRAY_PART_MIN_LEN or left == right:
        return None  # "па-па", "а-а": speech drawn out or repeated
    lex = lexicon(lang)
    solid = left + right
    if lex.known(norm) or not lex.in_dictionary(solid) or lex.zipf(solid) < SOLID_MIN_ZIPF:
        return None
    return solid
