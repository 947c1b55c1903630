"""Misspellings: words no lexicon knows that sit near a frequent word, and name variants."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from corrigenda.proofreading.finding import Finding
from corrigenda.proofreading.lexicon import TRUSTED_ZIPF, Lexicon, lexicon
from corrigenda.proofreading.names import INFLECTION_TAIL, NameBook, strip_possessive
from corrigenda.proofreading.rules import rule
from corrigenda.proofreading.suggest import match_case, ranked
from corrigenda.proofreading.text import Word, normalise_word, script_of

# Shorter words are mostly abbreviations and interjections; checking them costs precision.
MIN_LEN = 3
# A form attested in the frequency list is flagged only when a word this many Zipf points
# (100×) more frequent is one cheap edit away: "recieve" (2.8) beside "receive" (4.9).
DOMINANCE = 2.0
GREY_MAX_DISTANCE = 1.0
# A capitalised unknown word mid-sentence is a name unless it is one edit from a word at
# least this frequent ("Goverment" in a headline).
NAME_TYPO_MIN_ZIPF = {"en": 3.0, "uk": 4.0, "ru": 4.0}
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
# An unknown word used this often in one article (any inflection) is the author's term;
# a slip that is not a cheap one (near key, swap, doubling) rarely repeats so exactly.
COINAGE_USES = 3
# Pieces of a hyphenated word shorter than this are particles and prefixes ("ну-тка").
PART_MIN_LEN = 4
# Russian-language news quotes Ukrainian names and words: those are not typos.
# Not the reverse: a Russian word in Ukrainian text is usually surzhyk ("можно", "честно").
_SIBLING = {"ru": "uk"}
# Both halves of a closed compound must be at least this common to vouch for it.
COMPOUND_PART_ZIPF = 3.0
# A letter held down ("Емммм", "sooooo") is expressive, not a slip.
_EXPRESSIVE_RE = re.compile(r"(\w)\1{3,}")
_UK_ONLY, _RU_ONLY = set("іїєґ"), set("ыэёъ")


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


def check_spelling(words: list[Word], lang: str, vocabulary: frozenset[str]) -> list[Finding]:
    vocab = {normalise_word(v) for v in vocabulary}
    book = NameBook(lang, (w.text for w in words if w.is_capitalised), vocabulary)
    context = Counter(w.norm for w in words)
    out = []
    for word in words:
        if word.is_allcaps or word.has_inner_capital or word.norm in vocab:
            continue
        target = word_lang(word.text, lang, word.script)
        if target is None or _known(word.norm, target):
            continue
        hyphenated = "-" in word.text or "‐" in word.text
        for piece in parts(word) if hyphenated else [word]:
            if hyphenated and len(piece.text) < PART_MIN_LEN:
                continue
            finding = _check_word(piece, target, vocab, book, context, foreign=target != lang)
            if finding:
                out.append(finding)
    return out


def _known(norm: str, lang: str) -> bool:
    """Known in its language or, for Cyrillic, in its sibling (a Ukrainian quote in Russian)."""
    if lexicon(lang).known(norm):
        return True
    sibling = _SIBLING.get(lang)
    return sibling is not None and lexicon(sibling).known(norm)


def _check_word(
    word: Word, lang: str, vocab: set[str], book: NameBook, context: Counter[str], *, foreign: bool
) -> Finding | None:
    norm = word.norm
    if len(norm) < MIN_LEN or norm in vocab or _known(norm, lang) or _EXPRESSIVE_RE.search(norm):
        return None
    if norm.endswith("'s") and _known(norm[:-2], lang):
        return None
    if word.is_capitalised:
        name = strip_possessive(word.text)
        variant = book.variant_of(name)
        if variant:
            return _name_finding(word, name, *variant)
        if book.uses(name) >= 2 or not _may_be_name_slip(word, lang):
            return None
    cands = ranked(lexicon(lang), norm, context)
    if not cands or not _plausible_slip(word, lang, cands[0], foreign=foreign):
        return None
    if cands[0][1] >= GREY_MAX_DISTANCE and _coinage(norm, lang, context):
        return None
    dist, z = cands[0][1], lexicon(lang).zipf(norm)
    confidence = max(0.3, min(0.95, 0.95 - 0.2 * (dist - 0.5) - (0.15 if z > 0 else 0.0)))
    suggestions = match_case(word.text, [c for c, _ in cands])
    r = rule("spelling.misspelling")
    return Finding(
        word.start, word.end, word.text, r.id, r.message, suggestions, round(confidence, 2)
    )


def _may_be_name_slip(word: Word, lang: str) -> bool:
    """Cheap pre-check of the name rules in ``_plausible_slip`` before searching for fixes."""
    if word.sentence_start:
        return True
    return len(word.norm) >= NAME_MIN_LEN and lexicon(lang).zipf(word.norm) == 0


def _plausible_slip(word: Word, lang: str, best: tuple[str, float], *, foreign: bool) -> bool:
    """Is an unknown word near ``best`` a typo rather than a rare word, name or coinage?"""
    lex, norm = lexicon(lang), word.norm
    target, dist = best
    z, zt = lex.zipf(norm), min(lex.zipf(part) for part in target.split())
    # Attested but not trusted: only a clear slip of a much commoner word. (Forms frequent
    # enough to be trusted reach here only when the lexicon suspects them: "нажаль", "можно".)
    grey = 0 < z < TRUSTED_ZIPF[lang] and " " not in target
    if grey and (dist > GREY_MAX_DISTANCE or zt - z < DOMINANCE or _is_compound(lex, norm)):
        return False
    long_slip = len(norm) >= LONG_WORD_LEN and dist <= GREY_MAX_DISTANCE
    floor = MIN_TARGET_ZIPF if dist < GREY_MAX_DISTANCE else BLUNT_SLIP_MIN_ZIPF
    if not long_slip and zt < floor and lex.lemma_zipf(target) < floor:
        return False
    if foreign and (dist >= GREY_MAX_DISTANCE or zt < FOREIGN_MIN_ZIPF or " " in target):
        return False
    if word.is_capitalised and not word.sentence_start:
        near = dist <= GREY_MAX_DISTANCE and zt >= NAME_TYPO_MIN_ZIPF[lang]
        return near and len(norm) >= NAME_MIN_LEN and z == 0
    if word.is_capitalised:  # first word of a sentence: a name, or an ordinary word
        return dist <= GREY_MAX_DISTANCE and (
            len(norm) >= NAME_MIN_LEN or zt >= SHORT_START_MIN_ZIPF
        )
    return True


def _coinage(norm: str, lang: str, context: Counter[str]) -> bool:
    """The article uses this unknown word, in some form, again and again: a term, not a slip."""
    stem = norm[: max(len(norm) - INFLECTION_TAIL, MIN_LEN)]
    uses = (n for w, n in context.items() if w.startswith(stem) and not _known(w, lang))
    return sum(uses) >= COINAGE_USES


def _is_compound(lex: Lexicon, word: str) -> bool:
    """Two known words written together ("gasfield"), as news prose often coins."""
    return any(
        lex.zipf(word[:i]) >= COMPOUND_PART_ZIPF and lex.zipf(word[i:]) >= COMPOUND_PART_ZIPF
        for i in range(MIN_LEN, len(word) - MIN_LEN + 1)
    )


def _name_finding(word: Word, name: str, other: str, tie: bool) -> Finding:
    r = rule("spelling.name_variant")
    message = f"{r.message} Elsewhere: {other}."
    end = word.start + len(name)
    return Finding(word.start, end, name, r.id, message, (other,), 0.6 if tie else 0.85)
