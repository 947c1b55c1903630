"""A form the dictionary lacks, whose other inflections the frequency list attests.

Web text (wordfreq) knows terms, slang and coinages the morphological dictionary lacks
("адмінка", "інтратекальний"), but each form of a rare word is rarer still, so the form
checked is often missing while its siblings are listed. A typo rarely has attested
siblings: its stem is new ("журанлі" has no "журанл-а", "журанл-ом").
"""

from __future__ import annotations

from collections.abc import Mapping

# Inflectional endings of Ukrainian and Russian nouns, adjectives, adverbs and verbs.
ENDINGS = {
    "uk": (
        "а", "я", "о", "е", "и", "і", "ї", "у", "ю", "ь", "ом", "ем", "єм", "ою", "ею", "єю",
        "ам", "ям", "ами", "ями", "ах", "ях", "ів", "їв", "ей", "ові", "еві", "ий", "ій",
        "ого", "ому", "им", "ім", "их", "ої", "ую", "ти", "ть", "в", "ла", "ло", "ли",
        "ить", "ять", "уть", "ють", "ено", "ано", "ні", "на", "не", "ний", "ного", "ними",
        "єш", "еш", "иш", "ємо", "емо", "имо", "єте", "ете", "ите", "ав", "ала", "али", "ати",
    ),
    "ru": (
        "а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "ом", "ем", "ой", "ей", "ою", "ею", "ам",
        "ям", "ами", "ями", "ах", "ях", "ов", "ев", "ий", "ый", "ого", "его", "ому", "ему",
        "ым", "им", "ых", "их", "ая", "яя", "ую", "юю", "ое", "ее", "ть", "л", "ла", "ло",
        "ли", "ит", "ят", "ут", "ют", "ет", "ен", "на", "но", "ны", "ный", "ешь", "ишь",
        "ем", "им", "ете", "ите", "ал", "ала", "али", "ать",
    ),
}  # fmt: skip
_REFLEXIVE = ("ся", "сь")
# Shorter stems take endings by accident ("стул-а"); four letters make a sibling telling.
MIN_STEM = 4
# Other forms of the stem the list must hold: one could itself be a common typo.
MIN_SIBLINGS = 2


def attested_lexeme(word: str, lang: str, freq: Mapping[str, float]) -> bool:
    """Some split of ``word`` into stem and ending has at least two other listed forms.

    >>> freq = {"окраїна": 1.0, "окраїни": 1.0, "окраїні": 1.0}
    >>> attested_lexeme("окраїнах", "uk", freq), attested_lexeme("журанлі", "uk", freq)
    (True, False)
    """
    endings = ENDINGS.get(lang, ())
    if word.endswith(_REFLEXIVE) and len(word) > MIN_STEM + 3:
        word = word[:-2]  # "проникаєшся": the forms of "проникати" vouch for it
    for cut in (1, 2, 3):
        stem, ending = word[:-cut], word[-cut:]
        if len(stem) < MIN_STEM or ending not in endings:
            continue
        siblings = sum(1 for e in endings if e != ending and stem + e in freq)
        if siblings >= MIN_SIBLINGS:
            return True
    return False
