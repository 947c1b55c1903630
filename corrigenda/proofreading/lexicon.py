"""Per-language lexicons, loaded lazily once per process.

* frequencies: ``wordfreq`` (ships en/uk/ru lists; a form's Zipf value is log10 of its
  frequency per billion words);
* what is a word: for English the curated list shipped by ``pyspellchecker`` plus simple
  inflection and British spelling; for Ukrainian and Russian the ``pymorphy3`` dictionaries
  (every inflected form of a known lemma is known).
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterator
from functools import cache, cached_property, lru_cache
from importlib import resources

from corrigenda.proofreading.keyboard import LAYOUTS
from corrigenda.proofreading.paradigm import attested_lexeme
from corrigenda.proofreading.text import UK_CONSONANTS

# Forms this frequent are words even when the dictionary lacks them (names, new coinages);
# misspellings this frequent ("alot" 3.9) are rare, and an everyday typo like "teh" (3.0)
# stays below the English bar.
TRUSTED_ZIPF = {"en": 3.5, "uk": 3.0, "ru": 3.0}
# Dictionary marks for distorted ("нажаль") and erroneous forms: listed to be caught.
_BAD_FORM = frozenset({"Dist", "Erro"})
# A lost space: both halves at least SPLIT_MIN_ZIPF, one of them a short, very common
# word ("на|жаль", "a|lot"); two content words together are more often a closed compound
# ("backburning", "gasfield") than a slip.
SPLIT_MIN_ZIPF = 4.0
# Lengths of the glue word. English glues freely into legitimate compounds ("onboard",
# "headstart"), so only "a"; one-letter Ukrainian and Russian prepositions start too many
# real words ("окраїнах" is not "о країнах").
GLUE_LEN = {"en": (1, 1), "uk": (2, 4), "ru": (2, 4)}
# ...and never these: English "I" is always a capital, and "s" a possessive's remnant.
NOT_GLUE = {"en": frozenset({"i", "s"})}
GLUE_MIN_ZIPF = 5.5
# English "the" run into the word before it ("inthe", "ofthe", "andthe") when that is a glue
# word of up to this many letters, or into a word after it of at least as many letters
# ("thegovernment"); "the on" or "the a" are no phrase, and short rests meet names ("Theon").
THE_GLUE_LEN = 4
# One-letter particles that follow their word and get glued to it ("щож", "хочаб"); a
# one-letter word is glue only here, at the end, where few real words end the same way.
TRAILING_PARTICLES = {"uk": ("ж", "б"), "ru": ("ж", "б")}
# ...and the one-letter prepositions an adverbial phrase is run into ("вцілому", "впринципе",
# "взмозі") before a word of at least LEADING_REST_LEN letters; not "о", which begins too
# many words the dictionary lacks ("окраїнах").
LEADING_PREPOSITIONS = {"uk": ("в", "у", "з"), "ru": ("в", "с", "к")}
LEADING_REST_LEN = 4
# A word written without its hyphen ("поперше", "ктото", "изза") splits into parts this long.
HYPHEN_PART_MIN_LEN = 2
# The cases each preposition takes. A preposition run into a word is a lost space only
# when the word can stand in one of them ("вцілому", "нажаль", "впринципе"): "поменше",
# "підзаробити", "безпорядок" are words of their own, not "по менше", "під заробити".
_GOVERNS = {
    "uk": {
        **dict.fromkeys(("в", "у"), "loct accs gent"),
        **dict.fromkeys(("з", "із", "зі"), "gent ablt accs"),
        **dict.fromkeys(("о", "об"), "loct accs"),
        "на": "loct accs",
        "по": "loct datv",
        "при": "loct",
        "під": "ablt accs",
        "про": "accs",
        "без": "gent",
        "до": "gent",
        "від": "gent",
        "для": "gent",
        "за": "ablt accs gent",
        "над": "ablt",
        "між": "ablt gent",
    },
    "ru": {
        **dict.fromkeys(("в", "во", "на"), "loct loc2 accs"),
        **dict.fromkeys(("с", "со"), "gent gen2 ablt accs"),
        **dict.fromkeys(("к", "ко"), "datv"),
        **dict.fromkeys(("о", "об"), "loct accs"),
        **dict.fromkeys(("из", "до", "от", "без"), "gent gen2"),
        "по": "datv loct accs",
        "при": "loct",
        "под": "ablt accs",
        "про": "accs",
        "у": "gent",
        "для": "gent",
        "за": "ablt accs",
        "над": "ablt",
    },
}
# A run-together form is suspect when rarer than its rarer half by this much (10^0.75):
# "вже" (commoner than "же") is a word, "всеодно" (1.2 below "одно") a slip.
SPLIT_MARGIN = 0.75
# A Ukrainian form whose spelling with an apostrophe (before я, ю, є, ї after a consonant)
# is a dictionary word this many times commoner lost the apostrophe ("звязок").
APOSTROPHE_MARGIN = 1.0
# The endings English contracts behind an apostrophe, and how many letters follow it
# ("don't", "you're", "we've", "she'll", "they'd"); "'s" and "'m" are left out: "lets",
# "its", "thats" and "im" are words or names.
_CONTRACTED_ENDINGS = (("nt", 1), ("re", 2), ("ve", 2), ("ll", 2), ("d", 1))
_APOSTROPHE_FACTOR = 10**APOSTROPHE_MARGIN
_IOTATED = frozenset("яюєї")
_CONSONANTS_UK = frozenset(UK_CONSONANTS)
# A form missing from the Ukrainian dictionary and 10× commoner in Russian is surzhyk.
RUSSIANISM_MARGIN = 1.0
KNOWN_CACHE_SIZE = 1 << 18
# The margins above as factors of frequency (a Zipf point is a factor of ten).
_RUSSIANISM_FACTOR = 10**RUSSIANISM_MARGIN
_SPLIT_FACTOR = 10**SPLIT_MARGIN
_SPLIT_MIN_FREQ = 10 ** (SPLIT_MIN_ZIPF - 9)
# Suggestions must be at least this frequent: rarer forms are more often typos themselves.
SUGGEST_MIN_ZIPF = 1.0
# Words indexed for multi-edit suggestions; rarer targets are found only one edit away.
INDEX_MIN_ZIPF = {"en": 2.5, "uk": 2.8, "ru": 2.8}

# English suffixes stripped to find a dictionary stem: (suffix, replacement, the stem must
# not end with one of these letters) so that "troopss" and "dieed" stay unknown.
_EN_SUFFIXES = (
    ("'s", "", ""),
    ("s'", "s", ""),
    ("ies", "y", ""),
    ("es", "", "aeiuy"),
    ("s", "", "s'"),
    ("ied", "y", ""),
    ("ed", "", "e"),
    ("ed", "e", "e"),
    ("ing", "", "e"),
    ("ing", "e", "e"),
    ("ly", "", ""),
    ("ness", "", ""),
    ("er", "", "e"),
    ("er", "e", "e"),
    ("ers", "", "e"),
    ("ers", "e", "e"),
    ("est", "", "e"),
)
# Suffixes before which English doubles a final consonant ("occurred"), and the letters it
# never doubles.
_DOUBLING_SUFFIXES = frozenset(("ed", "ing", "er", "est"))
_NEVER_DOUBLED = frozenset("aeiouwxyh")
_VOWEL_LETTERS = frozenset("aeiou")
# British spellings at the end of a word (before an inflection); the dictionary is American.
_EN_VARIANTS = tuple(
    (re.compile(brit + r"(?=(?:" + tails + r")$)"), amer)
    for brit, amer, tails in (
        ("our", "or", "|s|ed|ing|ful|ite|ites|able|ably|al|less|er|ers"),
        ("is", "iz", "e|es|ed|ing|er|ers|ation|ations|ational"),
        ("ys", "yz", "e|es|ed|ing|er"),
        ("tre", "ter", "|s|d"),
        ("ogue", "og", "|s"),
        ("ll", "l", "ed|ing|er|ers|ery"),
        ("ence", "ense", "|s"),
    )
)


class Lexicon:
    def __init__(self, lang: str) -> None:
        import wordfreq

        self.lang = lang
        self.freq: dict[str, float] = wordfreq.get_frequency_dict(lang)
        # Articles repeat their words: remember verdicts (bounded, one cache per language).
        self.known = lru_cache(maxsize=KNOWN_CACHE_SIZE)(self.known)  # type: ignore[method-assign]
        self._in_dictionary = lru_cache(maxsize=KNOWN_CACHE_SIZE)(self._in_dictionary)  # type: ignore[method-assign]
        self._glue_bar = 10 ** (GLUE_MIN_ZIPF - 9)
        self._trusted = 10 ** (TRUSTED_ZIPF[lang] - 9)
        self.alphabet = "".join(sorted(set("".join(LAYOUTS[lang])) | {"'"}))
        if lang == "ru":
            self.alphabet += "ё"
        if lang == "uk":
            self.alphabet += "ґ"

    def zipf(self, word: str) -> float:
        f = self.freq.get(word)
        return math.log10(f) + 9 if f else 0.0

    def lemma_zipf(self, word: str) -> float:
        """Frequency of the word's commonest lemma: inflected forms are individually rare."""
        if self.lang == "en":
            return self.zipf(word)
        lemmas = {p.normal_form for p in self.parses(word)}
        return max([self.zipf(word), *(self.zipf(lemma) for lemma in lemmas)])

    def parses(self, word: str) -> list:
        """The dictionary's analyses of this form, without the analyser's guesses (uk, ru)."""
        return [p for p in self.morph.parse(word) if p.is_known]

    def known(self, word: str) -> bool:
        """Is this (lower-case, normalised) form a word of the language?

        Frequent forms missing from the dictionary are trusted, unless they are two words run
        together, a common slip that web text repeats ("всеодно", "alot"), or (in Ukrainian)
        a Russian word ("можно", "честно"). Frequent forms are decided from the frequency
        list alone: the dictionary (a pure-Python DAWG walk) is asked only about the rest.
        """
        f = self.freq.get(word, 0.0)
        if f >= self._trusted:
            return not self._suspect(word, f) or self._in_dictionary(word)
        if self.lang == "en":
            return self._in_dictionary(word)
        return self._morph_verdict(word) is True

    def attested(self, word: str) -> bool:
        """Unlisted, but other forms of it are in the frequency list ("адмінки")."""
        if self.lang == "en" or self._morph_verdict(word) is False:
            return False
        return attested_lexeme(word, self.lang, self.freq)

    def _suspect(self, word: str, f: float) -> bool:
        """Frequent, yet a Russian word (in Ukrainian), a word without its apostrophe, two
        words run together, or a hyphenated word without its hyphen?

        Frequencies are compared as ratios (a Zipf margin m is a factor of 10**m), since this
        runs for every new frequent word."""
        doubt = self.__dict__.get("_in_doubt")  # once the list is built, a set lookup
        if not (word in doubt if doubt is not None else self._doubtful(word, f)):
            return False
        if self.lang == "uk" and self._russianism(word, f):
            return not self._in_dictionary(word)
        if any(self._in_dictionary(fixed) for fixed in self._apostrophe_fixes(word, f)):
            return not self._in_dictionary(word)
        if not self._may_split(word, f):
            return False
        pair = self.split(word)
        if pair and self.zipf(word) <= min(self.zipf(p) for p in pair.split()) - SPLIT_MARGIN:
            return not self._in_dictionary(word)
        return self.hyphenated(word) is not None and not self._in_dictionary(word)

    @cached_property
    def _in_doubt(self) -> frozenset[str]:
        """The trusted forms whose frequencies leave ``_suspect`` something to look into
        (until it is built, ``_suspect`` asks ``_doubtful`` of each word it meets).

        Built once per process (0.04–0.2 s; 0.6 s in Ukrainian, which loads the Russian list
        for its Russianisms), it settles every other frequent form at the cost of a set
        lookup, where the tests themselves cost several microseconds a form.
        """
        return frozenset(
            w for w, f in self.freq.items() if f >= self._trusted and self._doubtful(w, f)
        )

    def frequent_words(self) -> Iterator[str]:
        """The forms ``known`` accepts on their frequency alone, without a further test."""
        doubt = self._in_doubt
        return (w for w, f in self.freq.items() if f >= self._trusted and w not in doubt)

    def _doubtful(self, word: str, f: float) -> bool:
        """The frequency-only half of each test in ``_suspect``."""
        if self.lang == "uk" and self._russianism(word, f):
            return True
        return any(self._apostrophe_fixes(word, f)) or self._may_split(word, f)

    def _russianism(self, word: str, f: float) -> bool:
        return lexicon("ru").freq.get(word, 0.0) >= f * _RUSSIANISM_FACTOR

    def _apostrophe_fixes(self, word: str, f: float) -> Iterator[str]:
        """The word with its lost apostrophe put back, where that form is commoner:
        a Ukrainian one before an iotated vowel ("звязок", "пямять") far commoner, an English
        contraction ("dont", "doesnt", "youre") commoner at all. Web text repeats both slips.
        (The dictionary must list the form: ``_suspect`` asks it.)

        >>> lexicon("uk").known("звязок"), lexicon("uk").known("бюджет")
        (False, True)
        >>> lexicon("en").known("dont"), lexicon("en").known("wont"), lexicon("en").known("well")
        (False, True, True)
        """
        if self.lang == "en":
            fixed = _with_apostrophe(word)
            if fixed is not None and self.freq.get(fixed, 0.0) >= f:
                yield fixed
        elif self.lang == "uk":
            for i in range(1, len(word)):
                if word[i] in _IOTATED and word[i - 1] in _CONSONANTS_UK:
                    fixed = f"{word[:i]}'{word[i:]}"
                    if self.freq.get(fixed, 0.0) >= f * _APOSTROPHE_FACTOR:
                        yield fixed

    def contraction(self, word: str) -> str | None:
        """The dictionary's contraction this English word spells without its apostrophe.

        >>> lexicon("en").contraction("doesnt"), lexicon("en").contraction("theyve")
        ("doesn't", "they've")
        """
        fixed = _with_apostrophe(word) if self.lang == "en" else None
        return fixed if fixed is not None and self._in_dictionary(fixed) else None

    def _may_split(self, word: str, f: float) -> bool:
        """Frequency-only pre-check of ``split``: some cut leaves a glue word and a rest both
        commoner than the whole by the margin (plain dictionary gets, no morphology)."""
        low, high = GLUE_LEN[self.lang]
        bar = max(_SPLIT_MIN_FREQ, f * _SPLIT_FACTOR)
        glue, get = self._glue_words, self.freq.get
        if word.endswith(TRAILING_PARTICLES.get(self.lang, ())) and get(word[:-1], 0) >= bar:
            return True
        if self._leading_preposition(word[:1], word[1:]) and get(word[1:], 0) >= bar:
            return True
        for n in range(low, min(high, len(word) - 2) + 1):
            head, tail = word[:n], word[-n:]
            if head in glue and glue[head] >= bar and get(word[n:], 0) >= bar:
                return True
            if tail in glue and glue[tail] >= bar and get(word[:-n], 0) >= bar:
                return True
        return False

    @cached_property
    def _glue_words(self) -> dict[str, float]:
        """The short, very common words a slip runs into their neighbour, with frequencies."""
        low, high = GLUE_LEN[self.lang]
        never = NOT_GLUE.get(self.lang, frozenset())
        return {
            w: f
            for w, f in self.freq.items()
            if low <= len(w) <= high and f >= self._glue_bar and w.isalpha() and w not in never
        }

    def split(self, word: str) -> str | None:
        """The two words this one runs together, when one is a short, very common word.

        >>> lexicon("en").split("alot"), lexicon("en").split("lapstone")
        ('a lot', None)
        >>> lexicon("en").split("inthe"), lexicon("en").split("thegovernment")
        ('in the', 'the government')
        """
        best: tuple[float, str] | None = None
        particles = TRAILING_PARTICLES.get(self.lang, ())
        english = self.lang == "en"
        for i in range(1, len(word)):
            left, right = word[:i], word[i:]
            glue, rest = sorted((left, right), key=len)
            low, high = GLUE_LEN[self.lang]
            if (right in particles and len(left) >= 2) or self._leading_preposition(left, right):
                low = 1
            if english and self._run_into_the(left, right):  # "inthe", "thegovernment"
                glue, rest, low, high = left, right, 1, THE_GLUE_LEN
            if not low <= len(glue) <= high or len(rest) < 2 or self.zipf(glue) < GLUE_MIN_ZIPF:
                continue
            if glue in NOT_GLUE.get(self.lang, ()):
                continue
            z = min(self.zipf(left), self.zipf(right))
            better = best is None or z > best[0]
            pair = f"{left} {right}"
            if better and z >= SPLIT_MIN_ZIPF and self._in_dictionary_all(pair):
                best = (z, pair) if self._governed(left, right) else best
        return best[1] if best else None

    @staticmethod
    def _run_into_the(left: str, right: str) -> bool:
        """English "the" run into a short glue word before it or a longer word after it;
        the left one is then the glue."""
        if right == "the":
            return len(left) <= THE_GLUE_LEN
        return left == "the" and len(right) >= THE_GLUE_LEN

    def hyphenated(self, word: str) -> str | None:
        """The dictionary's hyphenated word this one runs together (uk, ru).

        >>> lexicon("uk").hyphenated("поперше"), lexicon("ru").hyphenated("ктото")
        ('по-перше', 'кто-то')
        """
        if self.lang == "en":
            return None
        for i in range(HYPHEN_PART_MIN_LEN, len(word) - HYPHEN_PART_MIN_LEN + 1):
            if word[:i] not in self.freq:
                continue  # the first part is a word ("по", "штаб", "шрі"): a dict lookup first
            joined = f"{word[:i]}-{word[i:]}"
            if self._in_dictionary(joined):
                return joined
        return None

    def _governed(self, left: str, right: str) -> bool:
        """``right`` can follow ``left``, when that is a preposition, in a case it takes.

        >>> uk = lexicon("uk")
        >>> uk._governed("в", "цілому"), uk._governed("по", "швидше"), uk._governed("ти", "шини")
        (True, False, True)
        """
        cases = _GOVERNS.get(self.lang, {}).get(left)
        if cases is None:
            return True
        return any(p.tag.case in cases.split() for p in self.parses(right))

    def _leading_preposition(self, left: str, right: str) -> bool:
        return left in LEADING_PREPOSITIONS.get(self.lang, ()) and len(right) >= LEADING_REST_LEN

    def in_dictionary(self, word: str) -> bool:
        """In the curated dictionary itself, whatever web text's frequencies say."""
        return self._in_dictionary(word)

    def suggestible(self, word: str) -> bool:
        return self.zipf(word) >= SUGGEST_MIN_ZIPF and self.known(word)

    def _in_dictionary(self, word: str) -> bool:
        if self.lang != "en":
            return self._morph_known(word)
        if word in self._en_words:
            return True
        return any(self._en_base(v) for v in _en_variants(word))

    def distorted(self, word: str) -> bool:
        """Listed by the dictionary only as a distorted or erroneous form ("нажаль")."""
        return self.lang != "en" and self._morph_verdict(word) is False

    def standard_form(self, word: str) -> str | None:
        """The dictionary's standard form in place of one it marks distorted: the same
        lemma and grammemes ("почистіть" → "почистьте", "шоці" → "шоку"), the commonest;
        in English, the contraction a word spells without its apostrophe ("dont").

        >>> lexicon("uk").standard_form("почистіть"), lexicon("uk").standard_form("будинок")
        ('почистьте', None)
        """
        if self.lang == "en":
            return self.contraction(word)  # "dont" → "don't"
        if not self.distorted(word):
            return None
        forms: set[str] = set()
        for parse in self.morph.parse(word):
            grammemes = parse.tag.grammemes - _BAD_FORM
            if not parse.is_known or grammemes == parse.tag.grammemes:
                continue
            # However rare in web text: the dictionary vouches for it.
            forms.update(f.word for f in parse.lexeme if f.tag.grammemes == grammemes)
        return max(sorted(forms), key=self.zipf, default=None)

    def _in_dictionary_all(self, words: str) -> bool:
        return all(self._in_dictionary(w) for w in words.split())

    def _morph_known(self, word: str) -> bool:
        """In the dictionary, and not only as a form it marks distorted or erroneous."""
        return self._morph_verdict(word) is True

    def _morph_verdict(self, word: str) -> bool | None:
        """None when the dictionary lacks the word; whether any of its forms is not bad.

        One lookup of the word's (paradigm, form) pairs; ``parse`` would run every analyser.
        """
        d = self.morph.dictionary
        found = d.words.get(word)
        if found is None and self._substitutes[0] in word:  # е for ё, г for ґ
            found = [p for _, ps in d.words.similar_items(word, self._substitutes[1]) for p in ps]
        if not found:
            return None
        good = self._good_tags
        for para_id, idx in found:
            paradigm = d.paradigms[para_id]
            if paradigm[len(paradigm) // 3 + idx] in good:
                return True
        return False

    @cached_property
    def _good_tags(self) -> frozenset[int]:
        """Ids of the dictionary's tags that are not marked distorted or erroneous."""
        tags = self.morph.dictionary.gramtab
        return frozenset(i for i, t in enumerate(tags) if not (_BAD_FORM & t.grammemes))

    @cached_property
    def _substitutes(self) -> tuple[str, object]:
        """The plain letter texts write for a dictionary letter, and pymorphy's replace table."""
        subs = self.morph.char_substitutes  # already compiled: {b"е": [(b"ё", "ё")]}
        return next(iter(subs)).decode(), subs

    def _en_base(self, word: str) -> bool:
        if word in self._en_words:
            return True
        for suffix, repl, not_after in _EN_SUFFIXES:
            stem = word[: -len(suffix)]
            fits = word.endswith(suffix) and len(stem) >= 3 and stem[-1] not in not_after
            if fits and stem + repl in self._en_words:
                return not self._en_rival(stem, suffix)
        return False

    def _en_rival(self, stem: str, suffix: str) -> bool:
        """The list spells this derivation another way: a doubled consonant ("occurred",
        not "occured"), a dropped "e" ("truly"), "-ally" ("basically"), "-eer" ("engineers")
        or a "y" turned "i" ("busiest").

        >>> en = lexicon("en")
        >>> en.known("occured"), en.known("truely"), en.known("basicly"), en.known("visited")
        (False, False, False, True)
        >>> en.known("enginers"), en.known("engineers"), en.known("volunteers")
        (False, True, True)
        >>> en.known("busyest"), en.known("studyed"), en.known("citys"), en.known("studying")
        (False, False, False, True)
        """
        words = self._en_words
        if suffix in ("er", "ers") and stem + "e" + suffix in words:
            return True  # "enginers": the list has "engineers", not "engine" + "-ers"
        if (
            _y_turns_i(stem, suffix)
            and stem[:-1] + "i" + ("es" if suffix == "s" else suffix) in words
        ):
            return True  # "busyest", "studyed", "citys": the list has "busiest", "studied"
        if suffix in _DOUBLING_SUFFIXES and stem[-1] not in _NEVER_DOUBLED:
            return stem + stem[-1] + suffix in words
        if suffix == "ly":
            return stem[:-1] + "ly" in words if stem.endswith("e") else stem + "ally" in words
        return False

    @cached_property
    def morph(self):
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang=self.lang)

    @cached_property
    def _en_words(self) -> frozenset[str]:
        data = resources.files("spellchecker").joinpath("resources/en.json.gz").read_bytes()
        return frozenset(json.loads(gzip.decompress(data)))

    @cached_property
    def indexed(self) -> list[str]:
        """Frequent dictionary words, the targets of multi-edit suggestions.

        Checked by plain dictionary lookup (no parse) to keep the build to about a second;
        ``suggestible`` still weeds out distorted forms among the candidates found.
        """
        bar = 10 ** (INDEX_MIN_ZIPF[self.lang] - 9)
        letters = set(self.alphabet)
        listed = self._en_base if self.lang == "en" else self.morph.word_is_known
        return [
            w
            for w, f in self.freq.items()
            if f >= bar and set(w) <= letters and w[0] != "'" and listed(w)
        ]


def _y_turns_i(stem: str, suffix: str) -> bool:
    """A "y" after a consonant, before an ending that turns it "i" ("busy" + "est")."""
    return len(stem) > 2 and stem[-1] == "y" and stem[-2] not in _VOWEL_LETTERS and suffix != "ing"


def _with_apostrophe(word: str) -> str | None:
    """The word with an apostrophe before a contracted ending: "dont" → "don't"."""
    for ending, cut in _CONTRACTED_ENDINGS:
        if word.endswith(ending) and len(word) - cut >= 2:
            return f"{word[:-cut]}'{word[-cut:]}"
    return None


def _en_variants(word: str) -> list[str]:
    """The word and its American spellings.

    >>> _en_variants("colourful"), _en_variants("yestreday")
    (['colourful', 'colorful'], ['yestreday'])
    """
    out = [word]
    for pattern, amer in _EN_VARIANTS:
        fixed = pattern.sub(amer, word)
        if fixed != word:
            out.append(fixed)
    return out


@cache
def lexicon(lang: str) -> Lexicon:
    return Lexicon(lang)
