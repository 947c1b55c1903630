"""``check()``: run every detector over a text and return non-overlapping findings."""

from __future__ import annotations

from corrigenda.proofreading.capitals import check_proper_nouns, check_sentence_case
from corrigenda.proofreading.clauses import check_clause_comma
from corrigenda.proofreading.confusables import check_confusables
from corrigenda.proofreading.euphony import check_euphony
from corrigenda.proofreading.finding import Finding
from corrigenda.proofreading.hyphens import check_lost_hyphen, check_stray_hyphen
from corrigenda.proofreading.orthography import check_orthography
from corrigenda.proofreading.pairs import check_brackets, check_quotes
from corrigenda.proofreading.repetition import check_repetition
from corrigenda.proofreading.script import check_mixed_script
from corrigenda.proofreading.spelling import check_spelling
from corrigenda.proofreading.text import words
from corrigenda.proofreading.typography import (
    check_apostrophe_stand_in,
    check_double_punctuation,
    check_double_space,
    check_glued_bracket,
    check_missing_space,
    check_spaced_mark,
)

LANGS = ("en", "uk", "ru")
# When two findings overlap, the more specific one is kept.
_PRECEDENCE = (
    "script.mixed",
    "typography.apostrophe",
    "repetition.phrase",
    "repetition.word",
    "spelling.orthography",
    "spelling.lost_hyphen",
    "spelling.stray_hyphen",
    "spelling.name_variant",
    "spelling.misspelling",
    "spelling.capitalisation",
    "spelling.proper_noun",
    "spelling.confusable",
    "grammar.article",
    "punctuation.clause_comma",
    "spelling.euphony",
    "typography.double_punctuation",
    "typography.double_space",
    "typography.glued_bracket",
    "typography.missing_space",
    "typography.space_before_mark",
    "brackets.unbalanced",
    "quotes.unbalanced",
)


def check(text: str, lang: str = "en", vocabulary: frozenset[str] = frozenset()) -> list[Finding]:
    """Proofread ``text`` written in ``lang``; ``vocabulary`` holds the site's known words.

    >>> [(f.text, f.kind, f.suggestions[0]) for f in check("It was was a tset.", "en")]
    [('was was', 'repetition.word', 'was'), ('tset', 'spelling.misspelling', 'test')]
    """
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    tokens = words(text)
    found = [
        *check_mixed_script(tokens, lang),
        *check_repetition(text, tokens, lang),
        *check_orthography(text, tokens, lang, vocabulary),
        *check_lost_hyphen(text, tokens, lang),
        *check_stray_hyphen(text, tokens, lang, vocabulary),
        *check_confusables(text, tokens, lang),
        *check_clause_comma(text, tokens, lang),
        *check_spelling(text, [t for t in tokens if t.script != "mixed"], lang, vocabulary),
        *check_sentence_case(text, lang),
        *check_proper_nouns(tokens, lang),
        *check_euphony(text, tokens, lang),
        *check_double_punctuation(text),
        *check_double_space(text),
        *check_glued_bracket(text, lang),
        *check_missing_space(text),
        *check_spaced_mark(text),
        *check_apostrophe_stand_in(text, lang),
        *check_brackets(text),
        *check_quotes(text),
    ]
    return _resolve(found)


def _resolve(found: list[Finding]) -> list[Finding]:
    kept: list[Finding] = []
    for f in sorted(found, key=lambda f: (_PRECEDENCE.index(f.kind), f.start)):
        if not any(f.overlaps(k) for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end))
