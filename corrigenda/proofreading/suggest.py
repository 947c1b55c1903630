"""Candidate corrections, ranked by weighted edit distance, word frequency and the article.

Two sources: every single edit of the typed word looked up in the full frequency list, and
a symmetric-delete index of frequent words (built lazily, once per language) for errors
two or three edits away ("tpresideding" → "presiding").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from functools import cache

from corrigenda.proofreading.distance import DOUBLE_COST, distance, sound_alikes
from corrigenda.proofreading.lexicon import Lexicon

# One edit unit costs this much of the score; a Zipf point (10× frequency) buys back FREQ.
DIST_WEIGHT = 2.0
FREQ_WEIGHT = 0.5
# A candidate the article uses elsewhere is likelier; small, or the article's other
# inflection of the same word ("vehicle" for "vehilces") would win.
CONTEXT_BONUS = 0.4
# A lost space is one slip.
SPACE_COST = 0.7
# ...and a lost hyphen in a word the dictionary lists with one ("по-перше") a slightly
# likelier one than a lost space ("по перше") between the same parts.
HYPHEN_COST = 0.6
# Candidates weighed per flagged word: the rest are rarer and farther.
MAX_WEIGHED = 25
# Fixes offered per flagged word.
SHOWN = 5
# A long word's fix may be missing from the frequency list ("мокасінах" → "мокасинах"):
# when nothing else is near, its sound-alike and doubled-letter variants are looked up in
# the dictionary itself. Long words only: few of their neighbours are real words.
LOOKALIKE_MIN_LEN = 9
# The cheapest edit (a doubled letter): a fix within a reach r is at most r / this edits off.
MIN_EDIT_COST = DOUBLE_COST
# ...and never more than two edits off: two slips and a third doubled letter are rarer than
# a third edit's search costs (most of a long word's).
MAX_REACH_EDITS = 2


def max_edits(word: str) -> int:
    """Edits tolerated for a word of this length: short words have too many neighbours."""
    return 1 if len(word) <= 4 else 2 if len(word) <= 8 else 3


def edits1(word: str, alphabet: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in alphabet}
    out |= {a + c + b for a, b in splits for c in alphabet}
    out.discard(word)
    return out


def deletes(word: str, k: int) -> set[str]:
    """The word with up to ``k`` letters removed (never shorter than 3 letters).

    >>> sorted(deletes("abcd", 1))
    ['abc', 'abcd', 'abd', 'acd', 'bcd']
    """
    out = level = {word}
    for _ in range(k):
        level = {w[:i] + w[i + 1 :] for w in level if len(w) > 3 for i in range(len(w))}
        out = out | level
    return out


@cache
def _delete_index(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    index: dict[str, tuple[str, ...]] = {}
    for w in lex.indexed:
        for key in {w} | {w[:i] + w[i + 1 :] for i in range(len(w))}:
            index[key] = (*index.get(key, ()), w)
    return index


def candidates(lex: Lexicon, word: str, *, rare: bool = False, edits: int = 3) -> set[str]:
    """Frequent words near ``word``; with ``rare``, also every single edit in the full list."""
    found: set[str] = set()
    if rare or len(word) <= 4:
        found = {e for e in edits1(word, lex.alphabet) if e in lex.freq}
    else:
        index = _delete_index(lex)
        for key in deletes(word, min(edits, max_edits(word))):
            found.update(index.get(key, ()))
        # A doubled letter is the cheapest slip, and its fix may be too rare to be indexed
        # ("захопленне" → "захоплене").
        found.update(v for v in doubling_variants(word) if v in lex.freq)
    if edits == 1:
        # Two letters swapped keep every letter: looked up in the full list, names too.
        found.update(t for t in transpositions(word) if t in lex.freq)
    found.discard(word)
    return found


def ranked(
    lex: Lexicon,
    word: str,
    context: Collection[str] = (),
    limit: int = SHOWN,
    *,
    near: bool = False,
    reach: float | None = None,
) -> list[tuple[str, float]]:
    """Best corrections for lower-case ``word`` as (candidate, weighted distance).

    With ``near``, only frequent words one slip away are sought (all a name may be a slip
    on): a fraction of the search. With ``reach``, only words at most that far: a long
    word's third edit, most of a full search's cost, is then never tried.

    >>> from corrigenda.proofreading.lexicon import lexicon
    >>> ranked(lexicon("en"), "tpresideding")[0][0]
    'presiding'
    """
    if near:
        found = candidates(lex, word, edits=1)
        return [(c, d) for _, c, d in _weigh(lex, word, found, 1, context)[:limit]]
    edits = max_edits(word)
    budget = float(edits)
    if reach is not None:
        edits = min(edits, int(reach / MIN_EDIT_COST), MAX_REACH_EDITS)
        budget = min(budget, reach)
    found = candidates(lex, word, edits=edits)
    scored = _weigh(lex, word, found, budget, context)
    if not scored or scored[0][2] > 1.0:  # nothing one slip away among frequent words
        scored = sorted(
            scored + _weigh(lex, word, candidates(lex, word, rare=True), budget, context)
        )
    scored = sorted(scored + _splits(lex, word) + _hyphens(lex, word))
    if not scored and len(word) >= LOOKALIKE_MIN_LEN and not _beyond(lex, word, found, reach):
        scored = _lookalikes(lex, word)
    return [(c, d) for _, c, d in scored[:limit]]


def _beyond(lex: Lexicon, word: str, found: set[str], reach: float | None) -> bool:
    """Are there frequent words past ``reach`` but within the full search? Then the word
    has neighbours, and a lookalike sought in the dictionary is as likely a rare word.
    Those ``found`` within reach's edits are weighed first: a far search is seldom needed.
    """
    if reach is None:
        return False
    edits = max_edits(word)
    if _weigh(lex, word, found, edits, ()):
        return True
    return bool(_weigh(lex, word, candidates(lex, word, edits=edits) - found, edits, ()))


def _lookalikes(lex: Lexicon, word: str) -> list[tuple[float, str, float]]:
    """Dictionary words one sound-alike letter, one doubling or one swap away, however rare
    ("найаварійнішмии" → "найаварійнішими")."""
    variants = {*doubling_variants(word), *transpositions(word)}
    for i, letter in enumerate(word):
        variants.update(word[:i] + c + word[i + 1 :] for c in sound_alikes(lex.lang, letter))
    found = sorted(v for v in variants if lex.in_dictionary(v))
    return sorted((d * DIST_WEIGHT, v, d) for v in found for d in [distance(lex.lang, word, v)])


def transpositions(word: str) -> Iterator[str]:
    """The word with two neighbouring letters swapped.

    >>> list(transpositions("abc"))
    ['bac', 'acb']
    """
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def doubling_variants(word: str) -> Iterator[str]:
    """The word with one letter doubled, or one doubled letter undoubled."""
    for i in range(len(word)):
        yield word[: i + 1] + word[i:]
        if word[i : i + 1] == word[i + 1 : i + 2]:
            yield word[:i] + word[i + 1 :]


def _splits(lex: Lexicon, word: str) -> list[tuple[float, str, float]]:
    """A lost space: "mantravelling" → "man travelling"."""
    pair = lex.split(word)
    if pair is None:
        return []
    z = min(lex.zipf(part) for part in pair.split())
    return [(SPACE_COST * DIST_WEIGHT - z * FREQ_WEIGHT, pair, SPACE_COST)]


def _hyphens(lex: Lexicon, word: str) -> list[tuple[float, str, float]]:
    """A lost hyphen: "поперше" → "по-перше"."""
    joined = lex.hyphenated(word)
    if joined is None:
        return []
    z = min(lex.zipf(part) for part in joined.split("-"))
    return [(HYPHEN_COST * DIST_WEIGHT - z * FREQ_WEIGHT, joined, HYPHEN_COST)]


def _weigh(
    lex: Lexicon, word: str, found: set[str], budget: float, context: Collection[str]
) -> list[tuple[float, str, float]]:
    scored = []
    # Ties in frequency fall back to the spelling: a set's order changes between processes.
    for cand in sorted(found, key=lambda c: (-lex.zipf(c), c))[:MAX_WEIGHED]:
        d = distance(lex.lang, word, cand, limit=budget)
        if d > budget or not lex.suggestible(cand):
            continue
        score = d * DIST_WEIGHT - lex.zipf(cand) * FREQ_WEIGHT
        score -= CONTEXT_BONUS if cand in context else 0.0
        scored.append((score, cand, d))
    scored.sort()
    return scored


def match_case(model: str, words: Iterable[str]) -> tuple[str, ...]:
    """Give suggestions the capitalisation of the typed word."""
    if model.isupper() and len(model) > 1:
        return tuple(w.upper() for w in words)
    if model[:1].isupper():
        return tuple(w[:1].upper() + w[1:] for w in words)
    return tuple(words)
