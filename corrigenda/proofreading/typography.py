"""Spacing and punctuation: doubled spaces and marks, a space missing after a mark or
stray before one, and a bracket glued to the word before it."""

from __future__ import annotations

import re

from corrigenda.proofreading.finding import Finding
from corrigenda.proofreading.lexicon import lexicon
from corrigenda.proofreading.rules import rule
from corrigenda.proofreading.spelling import word_lang
from corrigenda.proofreading.text import APOSTROPHES, normalise_word, not_prose_spans, script_of

# Spaces between two visible characters on one line; indentation and alignment are layout.
_DOUBLE_SPACE_RE = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
# The same mark twice, or a comma/full stop/semicolon/colon colliding with another one.
# Three or more dots are an ellipsis; "?!", "!?" and "!!!"-style emphasis are deliberate.
# "?.." and "!.." are standard in Ukrainian and Russian; an ellipsis may touch a comma.
# The first mark is matched before any look-behind, so the scan jumps from mark to mark
# instead of trying every alternative at every character.
_DOUBLE_PUNCT_RE = re.compile(
    r"""[.,;:](?:
        (?<![.!?]\.)(?<=\.)\.(?!\.)       # ".", not after "." "!" "?", then "." (no third)
      | (?<=,),+ | (?<=;);+ | (?<=:):+    # ",," ";;" "::"
      | (?<=[,;:])(?:[,;:]|\.(?!\.))      # ",;" ":." and the like
      | (?<!\.\.)(?<=\.)[,;]              # ".," and ".;" but not "..,"
    )""",
    re.VERBOSE,
)
# A word, then an opening bracket with no space, then a word: "перевага(принаймні".
# The bracket is matched first, so the scan jumps from bracket to bracket.
_GLUED_BRACKET_RE = re.compile(r"\((?<=[^\W\d_]{2}\()(?P<first>[^\W\d_]+)(?P<close>\)?)")
# A short ending in brackets is a form for both sexes ("відчув(ла)", "учитель(ка)"), not a
# glued aside; so is a short piece no dictionary knows ("учитель(ниця)").
GLUED_ENDING_MAX_LEN = 4
_GLUED_CONFIDENCE = 0.7
# Two spaces or a no-break space: the only texts the double-space pattern need scan.
_SPACE_RUNS = ("  ", "\u00a0")
# After a full stop, two spaces are a typewriter habit rather than a slip: less certain.
_AFTER_STOP_CONFIDENCE = 0.5
_SPACE_CONFIDENCE = 0.8
_PUNCT_CONFIDENCE = 0.85
# A mark glued to the next word: "ahead.It", "зараз.Він", "так,щоб". The mark is matched
# first (the scan jumps from mark to mark); the words either side are checked in Python.
_GLUED_MARK_RE = re.compile(r"[.!?,;](?<=[^\W\d_][.!?,;])(?=[^\W\d_])")
# A full stop, "!" or "?" ends a sentence only before a capital: "vue.js", "tickets.ua" and
# "тис.грн" are names and abbreviations.
_SENTENCE_MARKS = ".!?"
# Before a dotted or glued token these mean a name, an address or a path, not prose.
_ADDRESS_MARKS = ".@/\\:_"
# Inside a word between two letters: "п'ять,шість", "будь-що,будь-як".
_INWORD = "'’ʼ-"
_GLUED_MARK_CONFIDENCE = 0.8
# A space before a mark that closes a clause: "часу , коли", "debt . He". A single mark
# followed by a space or the line's end: "...", "?!", ";)" and ".NET" stay out.
_SPACED_MARK_RE = re.compile(r"[,.;!?](?<=[^\W_] [,.;!?])(?=\s|$)")
_SPACED_MARK_CONFIDENCE = 0.75
# ...and the space typed before a comma instead of after it: "закон ,який", "comment ,saying"
# (words of two letters or more either side).
_MOVED_SPACE_RE = re.compile(r"[,;](?<=[^\W_] [,;])(?=[^\W\d_])")
# A double quote or an asterisk between two letters where the apostrophe belongs:
# "пам"ятав", "Пам*ятай", "don"t". The Ukrainian layout has no apostrophe key of its own
# on many keyboards, so the nearest mark stands in. The mark is matched first.
_STAND_IN_RE = re.compile(r"[\"*”](?<=[^\W\d_][\"*”])(?=[^\W\d_])")
# Languages that write an apostrophe inside words (Russian writes "ъ").
_APOSTROPHE_LANGS = ("en", "uk")
_STAND_IN_CONFIDENCE = 0.9
_PLAIN_APOSTROPHE = "'"


def check_double_space(text: str) -> list[Finding]:
    r = rule("typography.double_space")
    out: list[Finding] = []
    if not any(run in text for run in _SPACE_RUNS):
        return out  # a substring search: most texts have neither
    for m in _DOUBLE_SPACE_RE.finditer(text):
        after_stop = text[m.start() - 1] in ".!?"
        conf = _AFTER_STOP_CONFIDENCE if after_stop else _SPACE_CONFIDENCE
        out.append(Finding(m.start(), m.end(), m.group(), r.id, r.message, (" ",), conf))
    return out


def check_double_punctuation(text: str) -> list[Finding]:
    r = rule("typography.double_punctuation")
    skip = not_prose_spans(text)
    out = []
    for m in _DOUBLE_PUNCT_RE.finditer(text):
        start, end = m.span()
        if any(a < end and start < b for a, b in skip) or _is_path_or_range(text, start, end):
            continue
        mark = m.group()
        fix = (
            "."
            if mark == ".."
            else mark[0]
            if len(set(mark)) == 1
            else mark[-1]
            if mark[-1] == "."
            else mark[0]
        )
        suggestions = ("…", ".") if mark == ".." else (fix,)
        out.append(Finding(start, end, mark, r.id, r.message, suggestions, _PUNCT_CONFIDENCE))
    return out


def _is_path_or_range(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if text[start:end] == "..":
        return before in "/\\" or after in "/\\" or (before.isdigit() and after.isdigit())
    if text[start:end] == "::":
        return before.isalnum() and after.isalnum()  # C++::names and IPv6 addresses
    return False


def check_glued_bracket(text: str, lang: str) -> list[Finding]:
    """An aside in brackets glued to the word before it: "перевага(принаймні …)"."""
    r = rule("typography.glued_bracket")
    out: list[Finding] = []
    if "(" not in text:
        return out
    skip = not_prose_spans(text)
    for m in _GLUED_BRACKET_RE.finditer(text):
        at = m.start()
        if any(a <= at < b for a, b in skip) or not _glued_aside(text, at, m, lang):
            continue
        # The span takes the word before along ("перевага(" → "перевага ("): each place is
        # its own finding (the desk files one finding per rule and quote in an article).
        start = at
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’ʼ-"):
            start -= 1
        word = text[start:at]
        fix = f"{word} ("
        out.append(Finding(start, at + 1, word + "(", r.id, r.message, (fix,), _GLUED_CONFIDENCE))
    return out


def _glued_aside(text: str, at: int, m: re.Match[str], lang: str) -> bool:
    first = m.group("first")
    before = text[max(0, at - 2) : at]
    words_follow = text[m.end("first") : m.end("first") + 1] == " "
    if script_of(before) == "latn" and script_of(first) == "latn" and not words_follow:
        return False  # code and formulas: "print(value)", "f(x)"
    if m.group("close") and len(first) <= GLUED_ENDING_MAX_LEN:
        target = word_lang(first, lang)
        return target is not None and len(first) > 2 and lexicon(target).known(first.lower())
    return len(first) > 2


def check_missing_space(text: str) -> list[Finding]:
    """No space after a mark: "ahead.It" → "ahead. It", "так,щоб" → "так, щоб"."""
    r = rule("typography.missing_space")
    out: list[Finding] = []
    skip = None
    for m in _GLUED_MARK_RE.finditer(text):
        at = m.start()
        start, end = _word_before(text, at), _word_after(text, at + 1)
        before, after = text[start:at], text[at + 1 : end]
        if not _glued_words(text, start, end, before, after, text[at]):
            continue
        skip = not_prose_spans(text) if skip is None else skip
        if any(a < end and start < b for a, b in skip):
            continue
        fix = f"{before}{text[at]} {after}"
        quote = text[start:end]
        out.append(Finding(start, end, quote, r.id, r.message, (fix,), _GLUED_MARK_CONFIDENCE))
    return out


def _word_before(text: str, at: int) -> int:
    start = at
    while start > 0 and (
        text[start - 1].isalpha()
        or (text[start - 1] in _INWORD and text[start - 2 : start - 1].isalpha())
    ):
        start -= 1
    return start


def _word_after(text: str, at: int) -> int:
    end = at
    while end < len(text) and (
        text[end].isalpha() or (text[end] in _INWORD and text[end + 1 : end + 2].isalpha())
    ):
        end += 1
    return end


def _glued_words(text: str, start: int, end: int, before: str, after: str, mark: str) -> bool:
    """Two prose words around the mark, not a dotted name, address, file or initial."""
    if len(before) < 2 or script_of(before) != script_of(after):
        return False  # "В.Зеленський", "a,b"
    if mark in _SENTENCE_MARKS and (len(after) < 2 or not before.islower()):
        return False  # "One.Tel", "РРД.Десь" (a name may end a sentence), "т.д", "e.g"
    if start > 0 and (text[start - 1] in _ADDRESS_MARKS or text[start - 1].isdigit()):
        return False  # "www.bbc.co.uk", "a/b.Cd"
    nxt = text[end : end + 1]
    if nxt.isdigit() or (nxt in _ADDRESS_MARKS and text[end + 1 : end + 2].isalnum()):
        return False  # "One.Tel.com", "file.Name_2"
    return mark not in _SENTENCE_MARKS or after[0].isupper()


def check_spaced_mark(text: str) -> list[Finding]:
    """A space before a comma or a sentence's end: "часу , коли" → "часу, коли", and the
    space moved from after a comma to before it: "закон ,який" → "закон, який"."""
    r = rule("typography.space_before_mark")
    out: list[Finding] = []
    skip = None
    marks = [(m.start(), False) for m in _SPACED_MARK_RE.finditer(text)]
    if " ," in text or " ;" in text:  # the moved space: seldom there at all
        marks = sorted(marks + [(m.start(), True) for m in _MOVED_SPACE_RE.finditer(text)])
    for at, glued in marks:
        if text[at] == "." and text[at + 1 : at + 3] == " .":
            continue  # a spaced ellipsis, ". . .", as some house styles set it
        start = at - 1
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        skip = not_prose_spans(text) if skip is None else skip
        if any(a <= at < b for a, b in skip):
            continue
        end = _word_after(text, at + 1) if glued else at + 1
        if glued and min(at - 1 - start, end - at - 1) < 2:
            continue  # "f(a ,b)": a formula's letters, not prose
        fix = f"{text[start : at - 1]}{text[at]}" + (f" {text[at + 1 : end]}" if glued else "")
        out.append(
            Finding(start, end, text[start:end], r.id, r.message, (fix,), _SPACED_MARK_CONFIDENCE)
        )
    return out


def check_apostrophe_stand_in(text: str, lang: str) -> list[Finding]:
    """A quote or asterisk typed for the apostrophe: "пам"ятав" → "пам'ятав"."""
    r = rule("typography.apostrophe")
    out: list[Finding] = []
    if lang not in _APOSTROPHE_LANGS or not _STAND_IN_RE.search(text):
        return out
    mark = _house_apostrophe(text)
    for m in _STAND_IN_RE.finditer(text):
        at = m.start()
        start, end = _word_before(text, at), _word_after(text, at + 1)
        before, after = text[start:at], text[at + 1 : end]
        fixed = f"{before}{mark}{after}"
        if not lexicon(lang).known(normalise_word(fixed)):
            continue  # a quote glued to a word ("слово"ясно""), not an apostrophe
        out.append(
            Finding(start, end, text[start:end], r.id, r.message, (fixed,), _STAND_IN_CONFIDENCE)
        )
    return out


def _house_apostrophe(text: str) -> str:
    """The apostrophe the text itself uses elsewhere, else the plain one (a backtick or an
    opening single quote is no house style)."""
    return next((c for c in APOSTROPHES if c not in "`‘" and c in text), _PLAIN_APOSTROPHE)
