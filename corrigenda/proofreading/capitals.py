"""Capitals: a sentence that opens with a small letter ("…на розі вулиць. живучи від…"),
and a name always written with a capital written without one ("in ukraine", "у києві")."""

from __future__ import annotations

import re
from functools import cache
from itertools import chain

from corrigenda.proofreading.finding import Finding
from corrigenda.proofreading.lexicon import lexicon
from corrigenda.proofreading.rules import rule
from corrigenda.proofreading.text import Word, not_prose_spans, word_set

# A full stop, "?" or "!" after a non-space (not a run of marks: "!!! а-а-а"), then space,
# perhaps an opening quote or bracket, then a word in small letters. An ellipsis is left
# out: "…" and "..." pause mid-sentence as often as they end one; a dash after "?" opens
# the author's words ("— Хто там? — спитала вона"), so none may stand between. The mark
# is matched first and its neighbour checked behind it: the scan jumps from mark to mark.
_SENTENCE_CASE_RE = re.compile(r"[.!?](?<=[^\s.…!?].)\s+[\"«“„(]?(?P<word>[^\W\d_][\w'’ʼ-]*)")
# The text's first word opens a sentence too: "гаразд, фактами…" (no mark before it).
_TEXT_START_RE = re.compile(r"\s*[\"«“„(]?(?P<word>[^\W\d_][\w'’ʼ-]*)")


# Words a full stop follows without ending the sentence: abbreviations and units.
ABBREVIATIONS = {
    "en": word_set(
        "etc vs eg ie al approx cf mr mrs ms dr st jr sr inc ltd co corp gov sen rep gen "
        "col lt sgt no nos pp vol fig jan feb mar apr jun jul aug sep sept oct nov dec "
        "ft lb lbs oz mph est dept univ"
    ),
    "uk": word_set(
        "т д ін ст р рр с див напр тис млн млрд трлн грн коп км м см мм кг г вул пл просп "
        "обл смт акад проф доц ім буд кв тел зб вид нар пор прим розд ред упоряд мін сек "
        "год хв чол шт гр англ рос лат нім франц укр кол зам заст ел тт дол"
    ),
    "ru": word_set(
        "т д п др пр г гг в вв ул пл им стр см тыс млн млрд трлн руб коп км м мм кг проф "
        "акад доц мин сек ч изд ред обл пос с чел шт напр гл англ лат нем франц рус зам "
        "долл ср тов"
    ),
}
# Longer cuts ("Техн.", "Адмін.") are told from words by the dictionary.
ABBREVIATION_MAX_LEN = 6
# Every word here is the start of a sentence a reader sees; the rule is certain when the
# mark is a full stop, less so after "?" and "!", which some writers run on.
_STOP_CONFIDENCE = 0.8
_MARK_CONFIDENCE = 0.6


def check_sentence_case(text: str, lang: str) -> list[Finding]:
    r = rule("spelling.capitalisation")
    skip = not_prose_spans(text)
    out = []
    first = _TEXT_START_RE.match(text)
    for m in chain((first,) if first else (), _SENTENCE_CASE_RE.finditer(text)):
        word = m.group("word")
        if not word.islower():  # most sentences, and "iPhone"
            continue
        start, end = m.span("word")
        mark_at = m.start() if m.re is _SENTENCE_CASE_RE else -1  # -1: the text's start
        if mark_at >= 0 and (
            _after_abbreviation(text, mark_at, lang) or _numbered_item(text, mark_at)
        ):
            continue  # "т. д. він", "1. item"
        if any(a < end and start < b for a, b in skip) or _bracketed_tag(text, start, end):
            continue
        fix = word[0].upper() + word[1:]
        conf = _STOP_CONFIDENCE if mark_at >= 0 and text[mark_at] == "." else _MARK_CONFIDENCE
        out.append(Finding(start, end, word, r.id, r.message, (fix,), conf))
    return out


def _bracketed_tag(text: str, start: int, end: int) -> bool:
    """A word alone in brackets, a signature or a note ("(ск)", "(sic)"): no sentence."""
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def _numbered_item(text: str, mark_at: int) -> bool:
    """A list's number at the start of a line: "1. перший пункт"."""
    j = mark_at
    while j > 0 and text[j - 1].isdigit():
        j -= 1
    return j < mark_at and (j == 0 or text[j - 1] == "\n")


def _after_abbreviation(text: str, mark_at: int, lang: str) -> bool:
    """The full stop closes "т. д.", "напр.", "e.g.", an initial or a short dotted code."""
    if text[mark_at] != ".":
        return False
    j = mark_at
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’"):
        j -= 1
    before = text[j:mark_at]
    if not before:  # after a bracket, a quote or a figure: "(див. вище). далі", "CS50. Далі"
        return False
    if len(before) <= 1 or (j > 0 and text[j - 1] == "."):  # initial, or "e.g.", "т.ч."
        return True
    if before.lower() in ABBREVIATIONS.get(lang, frozenset()):
        return True
    # A short stem no dictionary knows is a cut word: "Техн. поддержка", "Держ. служба".
    return len(before) <= ABBREVIATION_MAX_LEN and not lexicon(lang).in_dictionary(before.lower())


# Names no style writes in small letters, and with no common word of the same spelling
# ("march", "may", "china", "turkey", "polish", "french fries" and Ukrainian "суми",
# "рівне" are left out). Ukrainian entries are lemmas, their forms found by the dictionary.
# Ukrainian outlets write "росія", "рф" and "москва" small on purpose, in Russian too
# ("россия"): not listed.
PROPER_NOUNS = {
    "en": word_set(
        "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays "
        "wednesdays thursdays fridays saturdays sundays january february april june july "
        "september october november december english german russian ukrainian american "
        "british european australian canadian african asian chinese japanese italian "
        "spanish israeli palestinian iranian mexican brazilian korean ukraine russia "
        "america britain england scotland ireland germany france italy spain poland india "
        "canada australia mexico europe africa asia israel iran iraq syria egypt moscow "
        "kyiv kiev london paris berlin beijing tokyo"
    ),
    "uk": word_set(
        "україна київ харків львів одеса дніпро запоріжжя херсон миколаїв чернігів полтава "
        "вінниця житомир луцьк тернопіль ужгород чернівці черкаси донецьк луганськ крим "
        "маріуполь європа америка азія африка австралія німеччина франція польща британія "
        "англія італія іспанія канада японія туреччина ізраїль литва латвія естонія "
        "молдова румунія угорщина словаччина чехія грузія білорусь вашингтон лондон париж "
        "берлін варшава брюссель"
    ),
    "ru": word_set(
        "украина киев петербург европа америка азия африка австралия "
        "германия франция польша британия англия италия испания канада япония турция "
        "израиль беларусь казахстан вашингтон лондон париж берлин варшава"
    ),
}
# Certain but for a deliberate house style, which the site's owner can switch the rule off for.
_PROPER_CONFIDENCE = 0.8


def check_proper_nouns(words: list[Word], lang: str) -> list[Finding]:
    """A listed name in small letters: "in ukraine" → "Ukraine", "у києві" → "Києві"."""
    r = rule("spelling.proper_noun")
    forms = _proper_forms(lang)
    # ``words`` holds no token of an address, a mail or a hashtag ("london.gov.uk").
    return [
        Finding(
            w.start, w.end, w.text, r.id, r.message, (_capitalised(w.text),), _PROPER_CONFIDENCE
        )
        for w in words
        if w.text in forms
    ]


def _capitalised(word: str) -> str:
    return word[0].upper() + word[1:]


@cache
def _proper_forms(lang: str) -> frozenset[str]:
    """Every form of the listed names that is no form of another word."""
    names = PROPER_NOUNS.get(lang, frozenset())
    if lang == "en":
        return names
    morph = lexicon(lang).morph
    forms = {
        form.word
        for name in names
        for parse in morph.parse(name)
        if parse.normal_form == name
        for form in parse.lexeme
        # A country in the plural is a figure of speech: "відкриття «америк»".
        if "plur" not in form.tag.grammemes or "Pltm" in form.tag.grammemes
    }
    return frozenset(f for f in forms if _only_a_name(morph, f, names))


# Readings that are words written small: adjectives ("донецька область") and peoples.
_SMALL_WORD_TAGS = frozenset({"ADJF", "ADJS", "PRTF"})
_PERSON_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


def _only_a_name(morph, form: str, names: frozenset[str]) -> bool:
    """No reading of ``form`` is a word written small: an adjective ("донецька область")
    or a people ("білоруси", "черкаси"). Rare things ("кий", a cue: "києві") don't count."""
    for p in morph.parse(form):
        if not p.is_known or p.normal_form in names:
            continue
        tags = p.tag.grammemes
        if tags & _SMALL_WORD_TAGS or ("anim" in tags and not tags & _PERSON_NAME_TAGS):
            return False
    return True
