"""Misspellings: words no lexicon knows that sit near a frequent word, and name variants."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache, lru_cache, partial

from corrigenda.proofreading.capitals import ABBREVIATION_MAX_LEN
from corrigenda.proofreading.distance import DOUBLE_COST, distance, habitual
from corrigenda.proofreading.finding import Finding
from corrigenda.proofreading.lexicon import TRUSTED_ZIPF, Lexicon, lexicon
from corrigenda.proofreading.names import (
    INFLECTION_TAIL,
    MIN_VARIANT_LEN,
    NameBook,
    strip_possessive,
)
from corrigenda.proofreading.rules import rule
from corrigenda.proofreading.suggest import (
    MAX_WEIGHED,
    SHOWN,
    doubling_variants,
    match_case,
    ranked,
    transpositions,
)
from corrigenda.proofreading.surroundings import (
    in_old_orthography,
    in_other_latin_language,
    in_russian_stretch,
)
from corrigenda.proofreading.text import Word, normalise_word, script_of, token_info, word_set

# Shorter words are mostly abbreviations and interjections; checking them costs precision.
MIN_LEN = 3
# A form attested in the frequency list is flagged only when a word this many Zipf points
# more frequent is one cheap edit away: "recieve" (2.8) beside "receive" (4.9). English
# asks for ten times ("accomodation" 2.4 beside "accommodation" 4.1): its curated list
# leaves few real words out; Russian about thirty ("расчитывать" 2.7, "рассчитывать" 4.2);
# Ukrainian, whose web text has the most forms the dictionary lacks, a hundred.
DOMINANCE = {"en": 1.0, "uk": 2.0, "ru": 1.5}
# ...but in Ukrainian a doubled letter in a loanword ("мессенджер", "аккаунтів", "доллар")
# is the commonest misspelling web text repeats: twice as common a single letter will do.
# Russian asks ten times ("расчитывать" 2.7 beside "рассчитывать" 4.2, "бешенно").
DOUBLE_DOMINANCE = {"uk": 0.3, "ru": 1.0}
GREY_MAX_DISTANCE = 1.0
# ...and, in English, a full slip too, from a word a hundred times commoner: the web's
# stock misspellings ("reccomend", "tommorow", "arguement") are one.
FULL_SLIP_DOMINANCE = {"en": 2.0}
# ...and a long word, whose lookalikes are fewer, from a word this much commoner: English
# 10^1.75 ("dissapoint"), Russian 10^2.5 ("инциндент"). Short rare forms one
# full slip from a common word are archaic, dialect or slang far more often ("жизнию",
# "оною", "фамилья"; "rofl", "haute").
LONG_FULL_SLIP_DOMINANCE = {"en": 1.75, "ru": 2.5}
LONG_FULL_SLIP_LEN = 8
# Ukrainian and Russian words take many forms and coinages the lists lack, so an unknown
# word more than one slip from every word is a new word far more often than a typo: of the
# 30 such flags read on the clean corpora, one was a typo ("забудівельникуа").
MAX_SLIP_DISTANCE = {"uk": 1.0, "ru": 1.0}
# ...except a long word (9 letters or more), which may sit two cheap slips from its fix
# ("терріторія", "координально", "інцендент"): long coinages rarely land that near a
# common word. Ukrainian habitual misspellings 24 → 27 of 35; 4 more flags on its corpus.
LONG_REACH = 1.5
LONG_REACH_LEN = 9
# A capitalised unknown word mid-sentence is a name unless it is one edit from a word at
# least this frequent ("Goverment" in a headline).
NAME_TYPO_MIN_ZIPF = {"en": 3.0, "uk": 4.0, "ru": 4.0}
# ...and beside another capitalised word ("Dan Bursch", "Hume Higheway") only one slip from
# a very common word (1 in 10,000): names there are near other names ("Busch"), not words.
FULL_NAME_MIN_ZIPF = 4.0
# ...or two letters swapped in a name the list knows at all ("Sequioa"): names one such
# swap apart are rare, and the swap is among the commonest slips of a fast hand. Not in
# Ukrainian, where translated fiction spells foreign names both ways ("Мангум", "Магнум").
SWAPPED_NAME_MIN_ZIPF = {"en": 1.5, "ru": 1.5}
# Words English always capitalises though they are no names: a cheap slip on one ("Thrusday",
# "Febuary") is flagged wherever it stands, however often the web repeats it.
CALENDAR = {
    "en": word_set(
        "monday tuesday wednesday thursday friday saturday sunday january february march "
        "april june july august september october november december"
    )
}
# ...from six letters: shorter capitalised words near "June" and "July" are names ("Junee").
CALENDAR_SLIP_MIN_LEN = 6
# A cheap slip on a day or month is a typo nearly always: a name spelt so is rare.
_CALENDAR_CONFIDENCE = 0.9
# Short capitalised words (Kons, Ions, Mons) are too often real names one letter apart.
NAME_MIN_LEN = 5
# ...unless, opening a sentence, it is one slip from a very common word ("Teh" → "The").
SHORT_START_MIN_ZIPF = 5.0
# A slip is near a word people write often; unknown words near only rare ones are
# more often slang, jargon or a name than a typo.
MIN_TARGET_ZIPF = 2.5
# A blunter slip (a stray letter, a far key) is taken only near a commoner word.
BLUNT_SLIP_MIN_ZIPF = 3.0
# ...but a long word one slip from a dictionary word is a typo whatever that word's rank:
# long words have few neighbours, so the chance of a lookalike coinage is small.
LONG_WORD_LEN = 9
# Words in the other script (brands, code, quotes) are flagged only for a cheap slip
# (neighbouring key, swap, doubling) from a word at least this frequent.
FOREIGN_MIN_ZIPF = 4.0
# ...and a short Latin word in small letters there is an abbreviation or code, left alone.
SHORT_LATIN_LEN = 4
# An unknown word used this often in one article (any inflection) is the author's term;
# a slip that is not a cheap one (near key, swap, doubling) rarely repeats so exactly.
# Twice is enough: on the development texts the bar of three let through only false
# alarms ("адмінки" twice in one post); at two, no injected or UA-GEC typo was lost.
COINAGE_USES = 2
# Words either side of a full slip looked at for another unknown word: a short phrase, in
# one sentence. On the clean corpora it dropped 22 flags, about 3 of them typos; on the English
# fortunes 131 (2,041 → 1,910), nearly all jargon and wordplay ("logrotate", "giraffiti").
NEIGHBOURHOOD = 3
# Pieces of a hyphenated word shorter than this are particles and prefixes ("ну-тка").
PART_MIN_LEN = 4
# Russian-language news quotes Ukrainian names and words: those are not typos.
# Not the reverse: a Russian word in Ukrainian text is usually surzhyk ("можно", "честно").
_SIBLING = {"ru": "uk"}
# Word-forming prefixes: an unknown word made of one and a known word is a derivation the
# dictionary lacks, not a slip (unless one cheap slip from a word). One-letter prepositions
# ("с", "в", "з") are left out: a stray letter before a word is a common slip ("см'ятку").
PREFIXES = {
    "en": ("un", "non", "anti", "over", "under", "re", "pre", "post", "counter", "mis", "sub",
           "super", "inter", "multi", "semi", "co"),
    "uk": ("а", "анти", "без", "ви", "від", "до", "за", "на", "над", "не", "недо",
           "пере", "перед", "по", "під", "при", "пра", "про", "роз", "су", "само",
           "супер", "контр", "псевдо", "напів", "міні", "мега", "екс", "віце"),
    "ru": ("а", "анти", "без", "бес", "вы", "до", "за", "из", "ис", "на", "над", "не",
           "недо", "об", "от", "пере", "по", "под", "пре", "при", "про", "раз", "рас",
           "су", "само", "супер", "контр", "псевдо", "полу", "мини", "мега", "экс"),
}  # fmt: skip
# ...and the word after the prefix must be this long: short rests match by accident.
DERIVED_MIN_REST = 4
# Adverbs in "-ськи" ("шахрайськи", "космически") come from adjectives in "-ський".
_SKI_ADVERB_TAILS = ("ськи", "цьки", "зьки", "ски", "цки")
# Adverbs made from adjectives ("обчислювально") this long: short ones are in the
# dictionary, and a slip on a short adjective's ending looks like one.
ADVERB_MIN_LEN = 7
# Titles and forms of address: the capitalised word after one is a name, compared only
# with the article's other names ("пан Хірояма", "Містер Мейор", "Dr Naeil").
TITLES = {
    "en": frozenset(("mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "prof")),
    "uk": frozenset(
        ("пан", "пані", "пана", "панові", "паном", "містер", "місіс", "міс", "сер", "леді")
    ),
    "ru": frozenset(
        ("господин", "госпожа", "господина", "мистер", "миссис", "мисс", "сэр", "леди")
    ),
}


# English two-letter words, units and particles of foreign names; another two small letters
# are a slip on a common word ("te" plan, bread "nd" butter), however often the web has them.
EN_TWO_LETTER_WORDS = word_set(
    "a am an as at ax be by do eh go ha he hi hm ho id if in is it la lo ma me mi mo mr ms mu "
    "my no nu of oh ok on or ow ox pa pi re so ta to uh um up us we ye yo km kg cm mm ml mg "
    "kw mw gw mb gb tb pm vs st dr ft lb oz mp pc tv dj ai ip eg ie et al ad ex de du en da "
    "di le el vc"
)
# The fix of a stray two-letter word is one of the commonest words ("the", "and", "of").
TWO_LETTER_FIX_MIN_ZIPF = 5.5
_TWO_LETTER_CONFIDENCE = 0.6


# Reported speech puts the speaker after the verb ("— сказав Годло"): the capitalised word
# there is a name too, checked only against the article's other names. Not in English,
# where a capitalised title follows as often ("said Prime Minister John Howard").
SPEECH_VERBS = {
    "uk": word_set(
        "сказав сказала каже мовив мовила спитав спитала запитав запитала відповів відповіла "
        "додав додала вигукнув вигукнула зауважив зауважила промовив промовила"
    ),
    "ru": word_set(
        "сказал сказала говорит спросил спросила ответил ответила добавил добавила "
        "воскликнул воскликнула заметил заметила произнёс произнес произнесла"
    ),
}
# An attested form made of two common words ("gasfield") is a compound, not a slip; in
# English only when the nearest word is a full slip away, since the list's compounds are
# spelt out and the web's stock misspellings split into words ("posession": "pos" + "session").
# Russian too: its compounds take a linking vowel, so two words side by side are more often
# a slip that splits by chance ("обьявление": "обь" + "явление", "женшина": "жен" + "шина").
COMPOUND_SHELTER_DIST = {"en": GREY_MAX_DISTANCE, "ru": GREY_MAX_DISTANCE}
# Both halves of a closed compound must be at least this common to vouch for it.
COMPOUND_PART_ZIPF = 3.0
# Words proofread in a process, per language, before the frequent-word lists are built:
# building them reads a whole frequency list (0.2–0.6 s once), which a one-page `corrigenda
# check` would spend on words it never meets; a worker or a long text gains it back.
LISTS_AFTER_WORDS = 20_000
_words_seen: Counter[str] = Counter()
# Distinct tokens whose verdict is remembered (per language): a year of a site's articles.
VERDICT_CACHE_SIZE = 1 << 18
# A known word is checked as a slip on a rarer name only while it is itself uncommon: a
# word this frequent ("Україна", "Марина") is meant.
KNOWN_VARIANT_MAX_ZIPF = 4.0
# The same letter alone between hyphens, twice: speech drawn out in writing.
_DRAWN_OUT_RE = re.compile(r"(?:^|[-‐])(\w)[-‐]\1(?:[-‐]|$)")
# A letter held down ("Емммм", "sooooo") is expressive, not a slip.
_EXPRESSIVE_RE = re.compile(r"(\w)\1{3,}")
_SENTENCE_END_RE = re.compile(r"[.!?…]")
_UK_ONLY, _RU_ONLY = set("іїєґ"), set("ыэёъ")
_CYRILLIC_PAIR = {"uk", "ru"}
_PARTS_RE = re.compile("[ -]")
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox"})
_ADJECTIVE_TAILS = ("ий", "ій", "ый", "ой")


def word_lang(word: str, lang: str, script: str | None = None) -> str | None:
    """Which lexicon judges this word: the article's, or that of the word's own script."""
    script = script or script_of(word)
    if script == "latn":
        return "en" if word.isascii() or lang == "en" else None
    if script != "cyrl":
        return None
    letters = set(word.lower())
    if letters & _UK_ONLY:
        return "uk"
    if letters & _RU_ONLY:
        return "ru"
    return lang if lang in ("uk", "ru") else "ru"


def parts(word: Word) -> Iterator[Word]:
    """The word, or the pieces of a hyphenated compound none of whose wholes is known."""
    start = word.start
    for piece in word.text.replace("‐", "-").split("-"):
        yield Word(start, start + len(piece), piece, word.sentence_start and start == word.start)
        start += len(piece) + 1


def check_spelling(
    text: str, words: list[Word], lang: str, vocabulary: frozenset[str]
) -> list[Finding]:
    vocab = {normalise_word(v) for v in vocabulary}
    # Both are built on first need: most articles have few unknown words.
    book = NameBook(lang, (w.text for w in words if w.is_capitalised), vocabulary)
    context = _LazyCounter(w.norm for w in words)
    out = []
    # A known name is only ever a slip on a name no lexicon knows (or a site's name), and
    # two forms of a name share their initial: known names wait until those are collected.
    known_names: list[Word] = []
    unknown_initials: set[str] = set()
    plain = _plain_so_far(lang, len(words))
    for i, word in enumerate(words):
        token = word.text
        if token in plain:
            continue  # most of any text: nothing to look up
        if token[:1].isupper() and token[1:].islower() and token.lower() in plain:
            known_names.append(word)  # a sentence's first word, as _needs_check would
            continue
        target = _needs_check(word.text, lang)
        if target is None:
            if word.text[:1].isupper():
                known_names.append(word)
            continue
        if word.text[:1].isupper():
            unknown_initials.add(word.text[:1])
        if word.norm in vocab or _quoted_other_spelling(words, i, target, lang):
            continue
        if _cut_short(text, word) or _starred(text, word):
            continue
        full_name = word.is_capitalised and _in_full_name(words, i)
        titled = word.is_capitalised and i > 0 and _names_next(words[i - 1].norm, lang)
        if full_name and word.sentence_start:  # "Ludde Ingvall, the skipper": a name
            word = word.with_sentence_start(False)
        hyphenated = "-" in word.text or "‐" in word.text
        if hyphenated and _DRAWN_OUT_RE.search(word.text):
            continue  # "пові-і-і-ільний", "зо-о-о-овсім": a drawn-out vowel, on purpose
        pieces = list(parts(word)) if hyphenated else [word]
        if hyphenated and _transliterated(pieces, target):
            continue
        for piece in pieces:
            if hyphenated and (len(piece.text) < PART_MIN_LEN or piece.norm in vocab):
                continue
            if hyphenated and piece.end < word.end and _loan_head(piece, pieces[-1], target):
                continue
            foreign = target != lang
            crowded = partial(_among_unknown, text, words, i, lang, vocab)  # asked of few
            finding = _check_word(piece, target, book, context, foreign, full_name, titled, crowded)
            if finding:
                out.append(finding)
    if known_names:
        unknown_initials.update(book.vocabulary_by_initial)
    for word in known_names:
        if word.text[:1] in unknown_initials and _may_be_variant(word):
            out.extend(_known_name_variant(word, lang, book))
    return out


def _among_unknown(text: str, words: list[Word], i: int, lang: str, vocab: set[str]) -> bool:
    """Another small-letter word a few words away is unknown too, and not even in the
    frequency list: a phrase in a dialect, a mocked accent or a language no lexicon has
    ("плиїхати і плосити", "збиравси ручійком", "жізні") far more often than two slips so
    close.

    Asked only about a word one full slip from its fix; a cheap slip is flagged anyway, and
    a neighbour one cheap slip from a word is a typo too, not a phrase.
    """
    word = words[i]
    for other in words[max(0, i - NEIGHBOURHOOD) : i] + words[i + 1 : i + 1 + NEIGHBOURHOOD]:
        token = other.text
        if len(token) < MIN_LEN or not token.islower() or other.script != word.script:
            continue
        if other.norm in vocab or _needs_check(token, lang) is None:
            continue
        gap = (
            text[word.end : other.start] if other.start > word.end else text[other.end : word.start]
        )
        if _SENTENCE_END_RE.search(gap):
            continue  # another sentence: "Це наша терріторія. Про цей інцендент"
        if lexicon(lang).zipf(other.norm) == 0 and not _cheap_slip(other.norm, lang):
            return True
    return False


def _cheap_slip(norm: str, lang: str) -> bool:
    """One cheap slip from a word people write: a typo of its own ("праціють цілодобов"),
    which says nothing of the words around it."""
    lex = lexicon(lang)
    return any(
        d < GREY_MAX_DISTANCE and lex.zipf(c) >= MIN_TARGET_ZIPF
        for c, d in ranked(lex, norm, near=True)
    )


class _LazyCounter(Counter[str]):
    """A Counter of an iterable, counted on first look."""

    def __init__(self, items: Iterator[str]) -> None:
        super().__init__()
        self._items: Iterator[str] | None = items

    def _fill(self) -> None:
        if self._items is not None:
            items, self._items = self._items, None
            self.update(items)

    def __contains__(self, key: object) -> bool:
        self._fill()
        return super().__contains__(key)

    def items(self):
        self._fill()
        return super().items()


@lru_cache(maxsize=VERDICT_CACHE_SIZE)
def _needs_check(text: str, lang: str) -> str | None:
    """The language to check this token against, or None when it is fine as it stands.

    A token's verdict depends on its spelling alone, so it is decided once per process.
    """
    norm, script = token_info(text)
    caps = text.isupper() and sum(c.isalpha() for c in text) >= 2
    if caps or (len(text) > 1 and not text[1:].islower() and not text.isupper()):
        return None  # acronyms, camelCase and McNames
    target = word_lang(text, lang, script)
    if _stray_two_letters(text, lang):
        return lang
    if target is None or _known(norm, target):
        return None
    # A letter of the sibling alphabet in a word neither language knows: a slip of the
    # keyboard layout or the ear in the article's own language ("Украъна", "выбухи").
    return lang if {target, lang} == _CYRILLIC_PAIR else target


def _plain_so_far(lang: str, n_words: int) -> frozenset[str]:
    """The frequent-word list, once this process has proofread enough words to pay for it;
    until then none (every token is judged by ``_needs_check``, with the same verdicts)."""
    _words_seen[lang] += n_words
    return _plain_words(lang) if _words_seen[lang] >= LISTS_AFTER_WORDS else frozenset()


def warm(lang: str) -> None:
    """Build the frequent-word lists now (a benchmark's warm-up, a long-lived worker)."""
    _words_seen[lang] = max(_words_seen[lang], LISTS_AFTER_WORDS)
    _plain_words(lang)


@cache
def _plain_words(lang: str) -> frozenset[str]:
    """Frequent words in small letters that ``_needs_check`` would pass after a few lookups,
    listed once per process (a fraction of a second): most tokens then cost one set lookup.
    """
    return frozenset(
        w
        for w in lexicon(lang).frequent_words()
        if w.islower()
        and normalise_word(w) == w
        and word_lang(w, lang) == lang
        and not _stray_two_letters(w, lang)
    )


def _stray_two_letters(text: str, lang: str) -> bool:
    """Two small Latin letters that are no English word: "te", "nd", "fo"."""
    return (
        lang == "en"
        and len(text) == 2
        and text.isascii()
        and text.isalpha()
        and text.islower()
        and text not in EN_TWO_LETTER_WORDS
    )


def _two_letter_slip(word: Word, lang: str, context: Counter[str]) -> Finding | None:
    """A slip on a very common word; None when no such word is one slip away."""
    lex = lexicon(lang)
    fixes = tuple(
        c
        for c, d in ranked(lex, word.norm, context)
        if d <= GREY_MAX_DISTANCE and lex.zipf(c) >= TWO_LETTER_FIX_MIN_ZIPF
    )
    if not fixes:
        return None
    return _misspelling(word, fixes, _TWO_LETTER_CONFIDENCE)


def _names_next(norm: str, lang: str) -> bool:
    """A title ("пан", "Mr") or a verb of saying: the capitalised word after it is a name."""
    return norm in TITLES.get(lang, ()) or norm in SPEECH_VERBS.get(lang, ())


# Characters looked at after an abbreviation's full stop: the spaces and the next letter.
_CUT_LOOKAHEAD = 8


def _starred(text: str, word: Word) -> bool:
    """An asterisk against the word: a word censored on purpose ("ніфі*а") or a wildcard
    ("*бол"); one between letters for the apostrophe is the apostrophe rule's."""
    return text[word.end : word.end + 1] == "*" or text[word.start - 1 : word.start] == "*"


def _cut_short(text: str, word: Word) -> bool:
    """A short word with a full stop the sentence runs on after: an abbreviation ("для
    дист. навчання", "в англ. мові"), which no dictionary lists."""
    if len(word.text) > ABBREVIATION_MAX_LEN or text[word.end : word.end + 1] != ".":
        return False
    after = text[word.end + 1 : word.end + 1 + _CUT_LOOKAHEAD]
    rest = after.lstrip(" \t\u00a0")  # any spaces on the line, as a tab or two
    return rest != after and rest[:1].islower()


def _transliterated(pieces: list[Word], lang: str) -> bool:
    """A compound no part of which is a word ("булет-поінти", "тім-білдинг"): a foreign
    term written in this alphabet, not a slip (a slip leaves the other parts known)."""
    return all(len(p.norm) >= PART_MIN_LEN and not _known(p.norm, lang) for p in pieces)


def _in_full_name(words: list[Word], i: int) -> bool:
    """Next to another capitalised word ("Dan Bursch", "Hume Highway"): part of a name."""
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt is not None and nxt.is_capitalised and not nxt.sentence_start:
        return nxt.start - word.end == 1
    prev = words[i - 1] if i > 0 else None
    return (
        not word.sentence_start
        and prev is not None
        and prev.is_capitalised
        and word.start - prev.end == 1
    )


def _quoted_other_spelling(words: list[Word], i: int, target: str, lang: str) -> bool:
    """A quotation in pre-1933 Ukrainian, Russian words quoted in Ukrainian text, or a
    phrase in another Latin-script language quoted in Ukrainian or Russian."""
    if target == "en" and lang != "en":
        return in_other_latin_language(words, i)
    if lang != "uk" or target != "uk":
        return False
    if in_old_orthography(words, i):
        return True
    return lexicon("ru").known(words[i].norm) and in_russian_stretch(words, i)


def _may_be_variant(word: Word) -> bool:
    """A known capitalised word (not an acronym: "ВУЗів") that could be a slip on a name."""
    text = word.text
    return text[:1].isupper() and len(text) >= MIN_VARIANT_LEN and text[1:].islower()


def _known_name_variant(word: Word, lang: str, book: NameBook) -> list[Finding]:
    """A known surname ("Пономарьов") beside a rarer spelling of it used first ("Пономарев").

    Only against a name the lexicon does not know: two known names one letter apart
    ("Олена", "Олега") are two people.
    """
    target = word_lang(word.text, lang, word.script)
    if target is None or lexicon(target).zipf(word.norm) >= KNOWN_VARIANT_MAX_ZIPF:
        return []
    name = strip_possessive(word.text)
    variant = book.variant_of(name)
    if variant is None or _known(normalise_word(variant[0]), target):
        return []
    return [_name_finding(word, name, *variant)]


def _known(norm: str, lang: str) -> bool:
    """Known in its language or, for Cyrillic, in its sibling (a Ukrainian quote in Russian)."""
    if lexicon(lang).known(norm):
        return True
    sibling = _SIBLING.get(lang)
    return sibling is not None and lexicon(sibling).known(norm)


def _check_word(
    word: Word,
    lang: str,
    book: NameBook,
    context: Counter[str],
    foreign: bool,
    full_name: bool = False,
    titled: bool = False,
    crowded: Callable[[], bool] = lambda: False,
) -> Finding | None:
    norm = word.norm
    if not foreign and _stray_two_letters(word.text, lang):
        return _two_letter_slip(word, lang, context)
    if len(norm) < MIN_LEN or _known(norm, lang) or _EXPRESSIVE_RE.search(norm):
        return None
    if norm.endswith("'s") and _known(norm[:-2], lang):
        return None
    if _adverb_of_adjective(norm, lang) or _etymological_g(norm, lang):
        return None
    if word.is_capitalised and (day := _calendar_slip(norm, lang)):
        return _misspelling(word, match_case(word.text, (day,)), _CALENDAR_CONFIDENCE)
    # A sentence opening with a form the dictionary lists as distorted ("Нажаль, …") is
    # that word, however often the article repeats it: not a name.
    if word.is_capitalised and not (word.sentence_start and lexicon(lang).distorted(norm)):
        name = strip_possessive(word.text)
        variant = book.variant_of(name)
        # A common word capitalised elsewhere ("Міжнародний" in a title) is no name: a slip
        # on its form ("Міжнароднна") is a misspelling of the word the dictionary suggests.
        if variant and lexicon(lang).zipf(normalise_word(variant[0])) < KNOWN_VARIANT_MAX_ZIPF:
            return _name_finding(word, name, *variant)
        if titled or book.uses(name) >= 2 or not _may_be_name_slip(word, lang):
            return None  # "пан Хірояма", "Mr Hamed": a title names the next word
    if _grey_without_rival(lexicon(lang), norm):
        return None
    # A capitalised word mid-sentence is flagged only one slip from a common word.
    name_like = word.is_capitalised and not word.sentence_start
    reach = _reach(norm, lang)
    found = ranked(lexicon(lang), norm, context, MAX_WEIGHED, near=name_like, reach=reach)
    cands = _within_reach(found, lang, reach)
    if not cands or not _plausible_slip(word, lang, cands[0], foreign, full_name):
        return None
    if cands[0][1] >= GREY_MAX_DISTANCE and (crowded() or _coinage(norm, lang, context)):
        return None
    dist, z = cands[0][1], lexicon(lang).zipf(norm)
    confidence = max(0.3, min(0.95, 0.95 - 0.2 * (dist - 0.5) - (0.15 if z > 0 else 0.0)))
    fixes = [c for c, _ in cands]
    standard = lexicon(lang).standard_form(norm)
    if standard is not None:  # "почистіть" is "почистьте", not the nearest word
        fixes = [standard, *(c for c in fixes if c != standard)][:SHOWN]
    suggestions = match_case(word.text, fixes)
    return _misspelling(word, suggestions, round(confidence, 2))


def _misspelling(word: Word, fixes: tuple[str, ...], confidence: float) -> Finding:
    r = rule("spelling.misspelling")
    return Finding(word.start, word.end, word.text, r.id, r.message, fixes, confidence)


@lru_cache(maxsize=VERDICT_CACHE_SIZE)
def _calendar_slip(norm: str, lang: str) -> str | None:
    """The day or month this capitalised word is one cheap slip from ("Thrusday").

    Only days and months of its first two letters and about its length are measured: a
    capitalised word is most often a name, and most names are near none of them.
    """
    if len(norm) < CALENDAR_SLIP_MIN_LEN:
        return None  # "Marc", "Junee" (a town): names near the short months
    start = (norm[:2], norm[1::-1])  # a slip in the first two letters is rarer than a name
    near = (d for d in CALENDAR.get(lang, ()) if d[:2] in start and abs(len(d) - len(norm)) <= 1)
    return next((d for d in near if distance(lang, norm, d, 1.0) < GREY_MAX_DISTANCE), None)


def _grey_without_rival(lex: Lexicon, norm: str) -> bool:
    """An attested, untrusted form with no much commoner word one cheap slip away.

    ``_plausible_slip`` turns such a form down whatever the full search finds; this asks
    only the one-slip neighbours (a fraction of the search) and the lost-space split.
    """
    z = lex.zipf(norm)
    if not 0 < z < TRUSTED_ZIPF[lex.lang]:
        return False
    if lex.lang in DOUBLE_DOMINANCE and any(
        lex.zipf(v) - z >= DOUBLE_DOMINANCE[lex.lang] for v in doubling_variants(norm)
    ):
        return False  # the fix may be rarer than the one-slip search looks
    rival = any(
        _outranks(lex.lang, z, lex.zipf(cand), d, len(norm))
        for cand, d in ranked(lex, norm, near=True)
    )
    # The lost-space split last: when there is a rival, the full search works it out anyway.
    return not rival and lex.split(norm) is None


def _outranks(lang: str, z: float, zt: float, dist: float, length: int) -> bool:
    """Is a word of frequency ``zt``, ``dist`` away, the likelier intent behind an attested
    form of frequency ``z``? A cheap slip needs a commoner word; a full one (two doubling
    slips, a stray letter: "reccomend", "arguement") a far commoner one, where set."""
    if dist < GREY_MAX_DISTANCE:
        return zt - z >= _dominance(lang, dist)
    if dist > GREY_MAX_DISTANCE:
        return False
    bars = [FULL_SLIP_DOMINANCE.get(lang)]
    if length >= LONG_FULL_SLIP_LEN:
        bars.append(LONG_FULL_SLIP_DOMINANCE.get(lang))
    return any(bar is not None and zt - z >= bar for bar in bars)


def _dominance(lang: str, dist: float) -> float:
    """How much commoner than an attested form its fix must be, by the kind of slip."""
    return DOUBLE_DOMINANCE.get(lang, DOMINANCE[lang]) if dist <= DOUBLE_COST else DOMINANCE[lang]


def _reach(norm: str, lang: str) -> float | None:
    """How far a fix may be from the word, where the language sets a limit."""
    reach = MAX_SLIP_DISTANCE.get(lang)
    if reach is not None and len(norm) >= LONG_REACH_LEN and lexicon(lang).zipf(norm) == 0:
        return LONG_REACH  # an attested form is a slip only a cheap one away: no further
    return reach


def _within_reach(
    cands: list[tuple[str, float]], lang: str, reach: float | None
) -> list[tuple[str, float]]:
    """The candidates a slip may have come from, best first, as many as are shown. They are
    chosen among all the candidates weighed: a far but frequent word may outrank the
    one-slip fix that the reach keeps."""
    if reach is not None:
        cands = [(c, d) for c, d in cands if d <= reach]
    return cands[:SHOWN]


def _may_be_name_slip(word: Word, lang: str) -> bool:
    """Cheap pre-check of the name rules in ``_plausible_slip`` before searching for fixes."""
    if word.sentence_start:
        return True
    return len(word.norm) >= NAME_MIN_LEN and lexicon(lang).zipf(word.norm) == 0


def _plausible_slip(
    word: Word, lang: str, best: tuple[str, float], foreign: bool, full_name: bool = False
) -> bool:
    """Is an unknown word near ``best`` a typo rather than a rare word, name or coinage?"""
    lex, norm = lexicon(lang), word.norm
    target, dist = best
    # A lost space or hyphen ("на жаль", "по-перше"): as common as its rarer part.
    z, zt = lex.zipf(norm), min(lex.zipf(part) for part in _PARTS_RE.split(target))
    # Attested but not trusted: only a clear slip of a much commoner word. (Forms frequent
    # enough to be trusted reach here only when the lexicon suspects them: "нажаль", "можно".)
    grey = 0 < z < TRUSTED_ZIPF[lang] and " " not in target
    weak = not _outranks(lang, z, zt, dist, len(norm))
    sheltered = dist >= COMPOUND_SHELTER_DIST.get(lang, 0.0) and _is_compound(lex, norm)
    if grey and (weak or sheltered):
        return False
    # Unlisted, but its other forms are in the list: a rare word, unless one cheap slip
    # (a neighbouring key, a doubled letter) from a word ("длинее", "подного").
    # (A grey form a far commoner word outranks is a slip all the same: "будующий".)
    attested = lex.attested(norm) and not (grey and not weak)
    if dist >= GREY_MAX_DISTANCE and (attested or _derived(lex, norm)):
        return False
    # Listed by the dictionary, though as non-standard ("тишини", "привідкриває"): a word
    # the writer chose, unless a cheap slip of a standard one or the dictionary names
    # its standard form ("почистіть" → "почистьте").
    if dist >= GREY_MAX_DISTANCE and lex.distorted(norm) and lex.standard_form(norm) is None:
        return False
    long_slip = len(norm) >= LONG_WORD_LEN and dist <= GREY_MAX_DISTANCE
    floor = MIN_TARGET_ZIPF if dist < GREY_MAX_DISTANCE else BLUNT_SLIP_MIN_ZIPF
    if not long_slip and zt < floor and lex.lemma_zipf(target) < floor:
        return False
    if foreign and word.script == "latn" and len(norm) <= SHORT_LATIN_LEN and word.text.islower():
        return False  # "FR resp", "util-linux", Irish "pog": a cut word or code, not English
    if foreign and (dist >= GREY_MAX_DISTANCE or zt < FOREIGN_MIN_ZIPF or " " in target):
        return False
    # A Russian word in Ukrainian text is surzhyk to flag only when it is the Ukrainian
    # word misspelt ("можно" for "можна"); "шляпу" is a Russian word, not a slip on "шляху".
    if lang == "uk" and (dist >= GREY_MAX_DISTANCE or " " in target) and _russian(norm):
        return False
    if word.is_capitalised and not _keeps_initial(norm, target, lang):
        return False  # "Orban" is no slip on "urban", nor "Kallas" on "dallas": a name
    if word.is_capitalised and _only_a_name(target, lang):
        return False  # "Мейор" beside "Майор", "Полінка" beside "Поліна": a name's variant
    if word.is_capitalised and not word.sentence_start:
        bar = FULL_NAME_MIN_ZIPF if full_name else NAME_TYPO_MIN_ZIPF[lang]
        near = dist <= GREY_MAX_DISTANCE and zt >= bar
        swapped_bar = SWAPPED_NAME_MIN_ZIPF.get(lang)
        swapped = swapped_bar is not None and zt >= swapped_bar and target in transpositions(norm)
        return (near or swapped) and len(norm) >= NAME_MIN_LEN and z == 0
    if word.is_capitalised and len(norm) < NAME_MIN_LEN:  # "Teh", or a short name
        return dist <= GREY_MAX_DISTANCE and zt >= SHORT_START_MIN_ZIPF
    # The first word of a sentence is checked like any other, but for a blunt slip on a noun
    # from a word no text uses: "Milei won", "Каїфа подивився" are names, not "Miles".
    blunt = word.is_capitalised and z == 0 and dist >= GREY_MAX_DISTANCE
    return not (blunt and _may_name(target, lang))


def _only_a_name(target: str, lang: str) -> bool:
    """The dictionary knows this word only as a first name, surname, patronymic or place,
    or not at all (the frequency list has it: a name or a brand).

    Two names one letter apart are both names more often than one is a slip; the article's
    own spellings of one name are compared by the name-variant rule instead.
    """
    if lang == "en":
        return False
    if " " in target or "-" in target:
        return False
    lex = lexicon(lang)
    if not lex.in_dictionary(target):
        return True  # in the frequency list only: a name, a brand ("Умеров" for "Умєров")
    parses = lex.parses(target)
    return bool(parses) and all(_PROPER & p.tag.grammemes for p in parses)


def _may_name(target: str, lang: str) -> bool:
    """A name one full slip from this word could stand where it does: the word is a noun
    (English has no tagger here: any word). A capitalised verb or adjective one slip off
    is a typo ("Уявлаєте"); a noun is as likely a name ("Каїфа", "Milei")."""
    if lang == "en":
        return True
    return any(p.tag.POS == "NOUN" for p in lexicon(lang).parses(target))


def _keeps_initial(norm: str, target: str, lang: str) -> bool:
    """The fix starts as the word does, with its first two letters swapped ("Teh"), or
    with the other layout's key ("Эвропа").

    A capital marks a name as often as a sentence's start, and names one letter apart
    differ at the start as often as anywhere; a slip of the hand seldom hits the capital.
    """
    first, meant = norm[:1], target[:1]
    return first == meant or target[:2] == norm[1::-1] or habitual(lang, first, meant)


def _loan_head(piece: Word, last: Word, lang: str) -> bool:
    """The first part of a compound whose last part is a word: an adjective's stem
    ("юнацько-спортивний"), or (Ukrainian and Russian) a loan the web writes
    ("таск-партнерів", "мастер-лістом"); a slip there is seldom attested ("зайкрий-но")."""
    if _compound_head(piece.norm, lang):
        return True
    return (
        lang != "en"
        and len(last.norm) >= PART_MIN_LEN
        and _known(last.norm, lang)
        and lexicon(lang).zipf(piece.norm) > 0
    )


def _compound_head(norm: str, lang: str) -> bool:
    """The first half of a compound adjective: "юнацько-спортивний", "научно-популярный"."""
    if lang == "en" or not norm.endswith(("о", "е")):
        return False
    return any(_known(norm[:-1] + tail, lang) for tail in _ADJECTIVE_TAILS)


def _adverb_of_adjective(norm: str, lang: str) -> bool:
    """An adverb the dictionary lacks, made from an adjective it has: "обчислювально".

    >>> _adverb_of_adjective("обчислювально", "uk"), _adverb_of_adjective("природньо", "uk")
    (True, False)
    >>> _adverb_of_adjective("шахрайськи", "uk"), _adverb_of_adjective("космически", "ru")
    (True, True)
    """
    if len(norm) < ADVERB_MIN_LEN or lang == "en":
        return False
    if norm.endswith(_SKI_ADVERB_TAILS):  # "по-шахрайськи" from "шахрайський"
        return _known(norm + "й", lang)
    return _compound_head(norm, lang)


def _etymological_g(norm: str, lang: str) -> bool:
    """A "ґ" where the dictionary has "г" ("леґенда", "Ґете"): a spelling chosen on purpose,
    since the letter takes its own key or a modifier, which a slip rarely reaches."""
    return lang == "uk" and "ґ" in norm and _known(norm.replace("ґ", "г"), lang)


def _derived(lex: Lexicon, norm: str) -> bool:
    """A prefix on a dictionary word: "агармонічний", "припідносять", "unbowed".

    >>> uk = lexicon("uk")
    >>> _derived(uk, "агармонічний"), _derived(uk, "припідносять"), _derived(uk, "журанлі")
    (True, True, False)
    """
    for prefix in PREFIXES.get(lex.lang, ()):
        rest = norm[len(prefix) :]
        if norm.startswith(prefix) and len(rest) >= DERIVED_MIN_REST and lex.known(rest):
            return True
    return False


def _russian(norm: str) -> bool:
    return lexicon("ru").known(norm)


def _coinage(norm: str, lang: str, context: Counter[str]) -> bool:
    """The article uses this unknown word again, in some form: a term, not a slip."""
    stem = norm[: max(len(norm) - INFLECTION_TAIL, MIN_LEN)]
    uses = (n for w, n in context.items() if w.startswith(stem) and not _known(w, lang))
    return sum(uses) >= COINAGE_USES


def _is_compound(lex: Lexicon, word: str) -> bool:
    """Two known words written together ("gasfield"), as news prose often coins. In English
    both are dictionary words: the web's frequent fragments ("tru" + "ely", "argue" +
    "ment") would shelter its stock misspellings."""
    return any(
        lex.zipf(left) >= COMPOUND_PART_ZIPF
        and lex.zipf(right) >= COMPOUND_PART_ZIPF
        and (lex.lang != "en" or (lex.in_dictionary(left) and lex.in_dictionary(right)))
        for left, right in ((word[:i], word[i:]) for i in range(MIN_LEN, len(word) - MIN_LEN + 1))
    )


def _name_finding(word: Word, name: str, other: str, tie: bool) -> Finding:
    r = rule("spelling.name_variant")
    message = f"{r.message} Elsewhere: {other}."
    end = word.start + len(name)
    return Finding(word.start, end, name, r.id, message, (other,), 0.6 if tie else 0.85)
