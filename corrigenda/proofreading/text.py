"""Tokenising for proofreading: words with offsets, and the spans that are not prose.

URLs, e-mail addresses, hashtags, @handles and anything glued to a digit are never words
to check; they are found first and every word inside them is skipped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Ukrainian letters by sound, for the rules that hear a word ("й" is in neither: a glide).
UK_VOWELS = "аеєиіїоуюя"
UK_CONSONANTS = "бвгґджзклмнпрстфхцчшщ"
# Between two letters each of these is an apostrophe ("пір‘їнки" types the left quote).
APOSTROPHES = "'’ʼ`‘"
# Marks that may sit inside a word without splitting it: the combining diacritics (a stress
# accent, or the two dots of a "ї" typed as "і" plus U+0308, as text pasted from PDFs has
# it) and the soft hyphen.
_INWORD_MARKS = "".join(map(chr, range(0x300, 0x370))) + "\u00ad"
_LETTER = rf"[^\W\d_]|[{_INWORD_MARKS}]"
WORD_RE = re.compile(rf"(?:{_LETTER})+(?:[{APOSTROPHES}\-‐](?:{_LETTER})+)*")

_NOT_PROSE_RE = re.compile(
    r"""
      (?:https?://|ftp://|www\.)\S*[\w/\#=&%-]  # URLs, less trailing punctuation
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+            # e-mail addresses
    | (?<![\w@])[@\#][\w.]*\w                 # @handles and #hashtags
    | \b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|ua|ru|uk|gov|edu|io|info|eu|de|us)\b(?:/\S*[\w/])?
    | \S*\d\S*                                # anything glued to a digit
    """,
    re.VERBOSE | re.IGNORECASE,
)

CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")
LATIN_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")
_SENTENCE_END = ".!?…\n:;"
_OPENERS = "\"'“„«‘([—–- \t\r\u00a0"


def script_of(word: str) -> str:
    """'cyrl', 'latn', 'mixed' or 'other'.

    >>> script_of("Київ"), script_of("Kyiv"), script_of("Kиїв")
    ('cyrl', 'latn', 'mixed')
    """
    cyr = CYRILLIC_RE.search(word) is not None
    lat = LATIN_RE.search(word) is not None
    if cyr and lat:
        return "mixed"
    return "cyrl" if cyr else "latn" if lat else "other"


def word_set(words: str) -> frozenset[str]:
    """A list of words kept as data, written as one string: "т д ін" → {"т", "д", "ін"}."""
    return frozenset(words.split())


def normalise_word(word: str) -> str:
    """The form looked up in lexicons: casefolded, one apostrophe, no stress or soft hyphen.

    >>> normalise_word("М’ЯСО́"), normalise_word("украі\u0308нських")
    ("м'ясо", 'українських')
    """
    if not word.isascii() and not unicodedata.is_normalized("NFC", word):
        word = unicodedata.normalize("NFC", word)  # "і" + U+0308 is "ї"; a stress mark stays
    word = word.translate(_NORMALISE)
    return word.lower()


_NORMALISE = str.maketrans({**{a: "'" for a in APOSTROPHES}, **{m: None for m in _INWORD_MARKS}})


# Distinct token spellings remembered: articles repeat their words, and a lexicon's
# vocabulary of forms in daily news is well under this.
TOKEN_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def token_info(text: str) -> tuple[str, str]:
    """(normalised form, script) of a token, computed once per spelling."""
    return normalise_word(text), "latn" if text.isascii() else script_of(text)


class Word:
    """A word token with its offsets; ``norm`` and ``script`` are looked up once per spelling.

    A plain slotted class: a text makes one per word, and a dataclass's frozen set-up costs
    a measurable share of a check. ``sentence_start`` is worked out for capitalised words
    only (a small letter is never taken for a name): it is False for the rest.
    """

    __slots__ = ("end", "norm", "script", "sentence_start", "start", "text")

    def __init__(self, start: int, end: int, text: str, sentence_start: bool) -> None:
        self.start, self.end, self.text, self.sentence_start = start, end, text, sentence_start
        self.norm, self.script = token_info(text)

    def __repr__(self) -> str:
        return f"Word({self.start}, {self.end}, {self.text!r}, {self.sentence_start})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Word) and (
            (self.start, self.end, self.text, self.sentence_start)
            == (other.start, other.end, other.text, other.sentence_start)
        )

    __hash__ = None  # type: ignore[assignment]

    def with_sentence_start(self, value: bool) -> Word:
        return Word(self.start, self.end, self.text, value)

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_allcaps(self) -> bool:
        return self.text.isupper() and sum(c.isalpha() for c in self.text) >= 2

    @property
    def has_inner_capital(self) -> bool:
        """camelCase and McName: brands and names, never plain typos."""
        rest = self.text[1:]
        return bool(rest) and not rest.islower() and not self.text.isupper()


# Whitespace-delimited chunks that may hold something other than prose; the detailed
# pattern runs only inside them, since most chunks are plain words.
_SUSPECT_CHUNK_RE = re.compile(r"(?<!\S)\S*?(?:[\d@#/]|www\.|\.\w)\S*")


# The detectors of one check ask for the same text's spans: the last few are remembered.
_SPANS_CACHE_SIZE = 4


@lru_cache(maxsize=_SPANS_CACHE_SIZE)
def not_prose_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of URLs, e-mails, handles, hashtags, domains and digit-bearing chunks.

    >>> text = "Mail a@b.org or see x.com/y, 5G #tag!"
    >>> [text[a:b] for a, b in not_prose_spans(text)]
    ['a@b.org', 'x.com/y', '5G', '#tag']
    """
    out: list[tuple[int, int]] = []
    for chunk in _SUSPECT_CHUNK_RE.finditer(text):
        base = chunk.start()
        out.extend(
            (base + a, base + b)
            for a, b in (m.span() for m in _NOT_PROSE_RE.finditer(chunk.group()))
        )
    return tuple(out)


def _is_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    if i < 0:
        return True
    return text[i] in _SENTENCE_END and not _after_initial(text, i)


def _after_initial(text: str, dot: int) -> bool:
    """A full stop closing an initial or short abbreviation ("М. Заман", "Дж. Сміт")."""
    if text[dot] != ".":
        return False
    j = dot
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return 0 < dot - j <= 2 and text[j].isupper() and (j == 0 or not text[j - 1].isalnum())


# What may part two words read as one phrase: spaces on one line, no mark, no line break.
_INLINE_SPACES = " \t\u00a0"


def spaced_apart(text: str, left: Word, right: Word) -> bool:
    """Only spaces between the two words: no pause, no line break."""
    gap = text[left.end : right.start]
    return bool(gap) and not gap.strip(_INLINE_SPACES)


def words(text: str) -> list[Word]:
    """Word tokens outside URLs, e-mails, handles and digit-bearing chunks.

    >>> [w.text for w in words("See https://x.org now, teh 5G e-mail O’Brien's")]
    ['See', 'now', 'teh', 'e-mail', "O’Brien's"]
    """
    skip = not_prose_spans(text)
    out: list[Word] = []
    append, size, k = out.append, len(text), 0
    for m in WORD_RE.finditer(text):
        start, end = m.span()
        if skip:
            while k < len(skip) and skip[k][1] <= start:
                k += 1
            if k < len(skip) and skip[k][0] < end:
                continue
        if end + 1 < size and text[end] in "-‐" and text[end + 1].isdigit():
            continue  # "COVID-19", "Ту-154": a code, not a word
        # Only capitalised words are asked whether they open a sentence (names vs. slips).
        opens = text[start].isupper() and _is_sentence_start(text, start)
        append(Word(start, end, m.group(), opens))
    return out
