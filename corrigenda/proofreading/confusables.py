"""Real-word slips: a word of the language in a place it cannot stand.

Spell-checked text keeps the slips that are words: "could of", "more then", "its a", "came
form", "a apple", "в течении года". Each is matched only in a context where the typed word
cannot be meant, so the rule stays quiet on "a form of", "then, more", "an hour" and "в
течении реки".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from corrigenda.proofreading.finding import Finding
from corrigenda.proofreading.rules import rule
from corrigenda.proofreading.suggest import match_case
from corrigenda.proofreading.text import Word, spaced_apart, word_set


@dataclass(frozen=True, slots=True)
class Confusable:
    """``first second``, with the word at ``slot`` (0, 1, or ``BOTH``) meant as ``fix``;
    with ``continued``, only when another word follows at once ("more then expected", not
    "there were more then, and"); with ``before``, only when that word is one of these
    ("в течении года", not "в течении реки")."""

    first: frozenset[str]
    second: frozenset[str]
    slot: int
    fix: str
    continued: bool = False
    before: frozenset[str] = frozenset()


BOTH = 2  # the two words together are meant as one ("на протязі" → "протягом")


_COMPARATIVES = word_set(
    "more less better worse greater fewer larger smaller higher lower rather bigger longer "
    "shorter older younger faster slower cheaper stronger weaker other"
)
# Verbs and adverbs that take "from" and never "form" after them ("came form the north").
_FROM_TAKERS = word_set(
    "came come comes coming away apart derived resigned removed returned released escaped "
    "fled emerged recovered withdrew withdrawn excluded banned barred suffers suffered"
)
_MODALS = word_set("will would could should can cannot might must to")
# What is heard, right after "hear" ("will hear the case", "to hear from them"); "will here
# be" or "to here and" are other phrases.
_HEARD = word_set("the a an it him her them what from about evidence arguments testimony")
# Words that open a stretch of time after "в течение" / "протягом".
_TIME = {
    "ru": word_set(
        "года дня недели месяца часа суток лет нескольких всего всей долгого долгих двух трех "
        "трёх пяти десяти последних ближайших ночи зимы лета весны осени века столетия сезона "
        "матча игры минуты минут часов дней недель месяцев периода срока жизни войны этого "
        "того целого полугода квартала следующего предыдущего первого второго многих"
    ),
    "uk": word_set(
        "року дня тижня місяця години доби років кількох всього усього всієї усієї двох трьох "
        "п'яти десяти останніх найближчих ночі зими літа весни осені століття сезону матчу гри "
        "хвилини хвилин годин днів тижнів місяців періоду строку життя війни цього того цілого "
        "півроку кварталу наступного минулого першого другого тривалого довгого багатьох"
    ),
}
CONFUSABLES = {
    "en": (
        Confusable(word_set("could would should must might"), word_set("of"), 1, "have"),
        Confusable(_COMPARATIVES, word_set("then"), 1, "than", continued=True),
        Confusable(word_set("their"), word_set("is are was were"), 0, "there"),
        Confusable(word_set("its"), word_set("a an the"), 0, "it's"),
        Confusable(word_set("it's"), word_set("own"), 0, "its"),
        Confusable(word_set("your"), word_set("welcome"), 0, "you're"),
        Confusable(_FROM_TAKERS, word_set("form"), 1, "from"),
        Confusable(word_set("untied"), word_set("states nations kingdom"), 0, "united"),
        Confusable(_MODALS, word_set("here"), 1, "hear", before=_HEARD),
    ),
    # "в течение" and "в продолжение" of a stretch of time are prepositions; "в течении
    # реки" is the river's flow, so only a word of time after them counts.
    "ru": (
        Confusable(word_set("в"), word_set("течении"), 1, "течение", before=_TIME["ru"]),
        Confusable(word_set("в"), word_set("продолжении"), 1, "продолжение", before=_TIME["ru"]),
    ),
    # "на протязі" + time is a calque of the Russian "на протяжении": "протягом" ("на
    # протязі" is "in a draught").
    "uk": (Confusable(word_set("на"), word_set("протязі"), BOTH, "протягом", before=_TIME["uk"]),),
}
# "could of course", "must of necessity": an adverbial phrase, not "could have".
_NOT_BEFORE = {"of": word_set("course necessity")}
_CONFIDENCE = 0.8

# Words after "a" that begin with a vowel letter but a consonant sound ("a one-off",
# "a European", "a ewe"); words starting with "u" sound either way and are left alone.
_CONSONANT_SOUND = ("one", "once", "eu", "ewe")
# ...and words after "an" that begin with a silent "h" ("an hour").
_SILENT_H = ("hour", "honest", "honour", "honor", "heir")
_VOWEL_LETTERS = "aeio"
# First letters that may sound either way ("an hotel", "a union", "an yttrium"): no finding.
_NEITHER = "aeiouhy"
_ARTICLES = ("a", "an", "A", "An")
_AN = ("a", "an")
# An article never stands before these: "a" there is a letter ("point a of the plan").
_FUNCTION_WORDS = word_set(
    "of is and or in on at as if it its an a are all any also into onto upon our out off over "
    "even ever each either else to the by"
)
_ARTICLE_CONFIDENCE = 0.75


def check_confusables(text: str, words: list[Word], lang: str) -> list[Finding]:
    table = CONFUSABLES.get(lang)
    if table is None:
        return []
    out: list[Finding] = []
    starts = _first_words(lang)
    seconds = _second_words(lang)
    for i, (a, b) in enumerate(pairwise(words)):
        if a.norm not in starts:
            continue  # most words begin no pair: one set lookup each
        if b.norm not in seconds.get(a.norm, ()) and not (lang == "en" and a.norm in _AN):
            continue  # "to" and "will" begin many pairs, few of them listed
        after = words[i + 2] if i + 2 < len(words) else None
        if not _adjacent(text, a, b):
            continue
        followed = after is not None and _adjacent(text, b, after)
        out.extend(_confusion(text, table, a, b, after if followed else None))
        if lang == "en":
            out.extend(_article(a, b))
    return out


@cache
def _first_words(lang: str) -> frozenset[str]:
    """Every word a pair of either kind can begin with."""
    articles = _AN if lang == "en" else ()
    return frozenset().union(*(c.first for c in CONFUSABLES[lang]), articles)


@cache
def _second_words(lang: str) -> dict[str, frozenset[str]]:
    """For each word a listed pair begins with, the words that may follow it."""
    out: dict[str, set[str]] = {}
    for c in CONFUSABLES[lang]:
        for first in c.first:
            out.setdefault(first, set()).update(c.second)
    return {first: frozenset(seconds) for first, seconds in out.items()}


def _adjacent(text: str, a: Word, b: Word) -> bool:
    """One phrase, in ordinary letters (a heading in capitals is left alone)."""
    return spaced_apart(text, a, b) and not a.is_allcaps and not b.is_allcaps


def _confusion(
    text: str, table: tuple[Confusable, ...], a: Word, b: Word, after: Word | None
) -> list[Finding]:
    r = rule("spelling.confusable")
    for c in table:
        if a.norm not in c.first or b.norm not in c.second:
            continue
        word = (a, b)[min(c.slot, 1)]
        if after is not None and after.norm in _NOT_BEFORE.get(word.norm, ()):
            continue
        if (c.continued or c.before) and after is None:
            continue
        if c.before and after is not None and after.norm not in c.before:
            continue
        start, end = (a.start, b.end) if c.slot == BOTH else (word.start, word.end)
        model = a.text if c.slot == BOTH else word.text
        fix = match_case(model, (c.fix,))
        message = f"{r.message} Here: “{c.fix}”?"
        return [Finding(start, end, text[start:end], r.id, message, fix, _CONFIDENCE)]
    return []


def _letter_named(word: str) -> bool:
    """A letter said by its name, alone or heading a compound ("X", "N-ary", "U-turn")."""
    return len(word) == 1 or word[1:2] in "-‐"


def _article(a: Word, b: Word) -> list[Finding]:
    """ "a apple" → "an apple", "a hour" → "an hour", "an new" → "a new" (or "and new")."""
    first = b.text[:1]
    if a.text not in _ARTICLES or not (first.isascii() and first.isalpha()) or b.has_inner_capital:
        return []  # "an élite", a word in another script: its sound is not in its letters
    if _letter_named(b.text) or (a.text == "A" and not a.sentence_start):
        return []  # "an X-ray", "an S and an I": letters say their names; "if A equals"
    low = b.text.lower()
    if low in _FUNCTION_WORDS:
        return []  # "point a of the plan": a letter, not an article
    odd = low.startswith(_CONSONANT_SOUND)
    vowel = (low[0] in _VOWEL_LETTERS and not odd) or low.startswith(_SILENT_H)
    consonant = low[0] not in _NEITHER or odd
    if a.norm == "a" and vowel:
        fixes = match_case(a.text, ("an",))
    elif a.norm == "an" and consonant:
        fixes = match_case(a.text, ("a", "and"))
    else:
        return []
    r = rule("grammar.article")
    return [Finding(a.start, a.end, a.text, r.id, r.message, fixes, _ARTICLE_CONFIDENCE)]
