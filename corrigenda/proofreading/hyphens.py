"""A hyphenated word written as two ("будь який", "хто небудь", "из за", "кое кто").

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
from corrigenda.proofreading.text import Word, spaced_apart, word_set

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
