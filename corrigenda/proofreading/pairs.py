"""Unbalanced brackets and quotation marks, paragraph by paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterator

from corrigenda.proofreading.finding import Finding
from corrigenda.proofreading.rules import rule

_BRACKETS = {")": "(", "]": "[", "}": "{"}
# "1)", "a)", "iv)" open a list item; ":)" and ":-(" are smileys, not brackets.
_LIST_MARK_RE = re.compile(r"(?:^|(?<=\s))(?:\w{1,2}|[ivxIVX]{1,4})\)")
_LIST_MARK_MAX = 5  # "iv)" and the like: the longest list mark, with its bracket
_SMILEY_EYES = ":;="
_PARAGRAPH_RE = re.compile(r"\n\s*\n")
# Mismatched pairs are certain; a lone straight quote may be an inch mark or a quote that
# closes in another paragraph, so it is reported less confidently.
_BRACKET_CONFIDENCE = 0.8
_QUOTE_CONFIDENCE = 0.7
_STRAIGHT_QUOTE_CONFIDENCE = 0.5


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _PARAGRAPH_RE.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def check_brackets(text: str) -> list[Finding]:
    r = rule("brackets.unbalanced")
    if not _BRACKET_RE.search(text):
        return []  # most paragraphs have none: skip the list-mark and smiley scans
    bad: list[int] = []
    for p_start, p_end in paragraphs(text):
        stack: list[int] = []
        for m in _BRACKET_RE.finditer(text, p_start, p_end):
            i, c = m.start(), m.group()
            if _not_a_bracket(text, i):
                continue
            if c in "([{":
                stack.append(i)
            elif c in _BRACKETS:
                if stack and text[stack[-1]] == _BRACKETS[c]:
                    stack.pop()
                elif stack and any(text[j] == _BRACKETS[c] for j in stack):
                    while text[stack[-1]] != _BRACKETS[c]:
                        bad.append(stack.pop())
                    stack.pop()
                else:
                    bad.append(i)
        bad.extend(stack)
    return [
        Finding(i, i + 1, text[i], r.id, r.message, (), _BRACKET_CONFIDENCE) for i in sorted(bad)
    ]


def _not_a_bracket(text: str, i: int) -> bool:
    """A list mark ("1)", "iv)") or part of a smiley (":)", ":-(", "))"), judged in place."""
    c = text[i]
    if c in "()" and c in text[max(i - 1, 0) : i] + text[i + 1 : i + 2]:
        return True  # "))" and "((": emphasis, not nesting
    eyes = text[max(i - 2, 0) : i].removesuffix("-")[-1:]
    if c in "()[]" and eyes and eyes in _SMILEY_EYES:
        return True
    return c == ")" and any(
        _LIST_MARK_RE.fullmatch(text, j, i + 1) for j in range(max(i - _LIST_MARK_MAX, 0), i)
    )


# Opening mark → the closing marks that may end it (”…” is a common keyboard substitute).
_QUOTES = {"«": "»", "„": "“”", "“": "”", "‹": "›", "”": "”"}


def check_quotes(text: str) -> list[Finding]:
    r = rule("quotes.unbalanced")
    out = []
    spans = list(paragraphs(text))
    for n, (p_start, p_end) in enumerate(spans):
        next_first = (
            text[spans[n + 1][0]] if n + 1 < len(spans) and spans[n + 1][0] < len(text) else ""
        )
        for i, conf in _unpaired_curly(text, p_start, p_end, next_first) + _unpaired_straight(
            text, p_start, p_end, next_first
        ):
            out.append(Finding(i, i + 1, text[i], r.id, r.message, (), conf))
    return out


_CURLY_RE = re.compile("[«»„“”‹›]")
_SENTENCE_ENDS = ".!?…"
_BRACKET_RE = re.compile(r"[()\[\]{}]")


def _opens_as_closer(text: str, i: int, end: int) -> bool:
    """A ” after a space and before a letter is used as an opening mark."""
    before = i == 0 or text[i - 1].isspace() or text[i - 1] in "(["
    return text[i] == "”" and before and i + 1 < end and text[i + 1].isalnum()


def _unpaired_curly(text: str, start: int, end: int, next_first: str) -> list[tuple[int, float]]:
    stack: list[int] = []
    bad: list[int] = []
    for m in _CURLY_RE.finditer(text, start, end):
        i, c = m.start(), m.group()
        if stack and c in _QUOTES[text[stack[-1]]]:
            stack.pop()
        elif stack and c == text[stack[-1]] and _continues(text, i):
            stack[-1] = i  # the same quote goes on past a lost paragraph break
        elif (c in _QUOTES and c != "”") or _opens_as_closer(text, i, end):
            stack.append(i)
        elif c in "»”›":
            bad.append(i)
    # A quote running on into the next paragraph reopens it there instead of closing here.
    bad.extend(i for i in stack if text[i] != next_first)
    return [(i, _QUOTE_CONFIDENCE) for i in bad]


def _unpaired_straight(
    text: str, start: int, end: int, next_first: str = ""
) -> list[tuple[int, float]]:
    marks = [i for i in _positions(text, '"', start, end) if not (i and text[i - 1].isdigit())]
    if len(marks) % 2 == 0:
        return []
    open_at: int | None = None
    bad: list[int] = []
    for i in marks:
        if open_at is None:
            open_at = i
        elif _looks_opening(text, i, end):
            if not _continues(text, i):
                bad.append(open_at)  # a new quote opens before the last one closed
            open_at = i
        else:
            open_at = None
    if open_at is not None and next_first != '"':
        bad.append(open_at)
    return [(i, _STRAIGHT_QUOTE_CONFIDENCE) for i in bad]


def _continues(text: str, i: int) -> bool:
    """A quote mark opening a sentence while the same quote is open: the news convention for
    a quote that runs over paragraphs (each opens with a mark, only the last closes), with
    the paragraph break lost, as in the desk's flattened article text."""
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j < i - 1 and j >= 0 and text[j] in _SENTENCE_ENDS


def _positions(text: str, char: str, start: int, end: int) -> list[int]:
    out, i = [], text.find(char, start, end)
    while i != -1:
        out.append(i)
        i = text.find(char, i + 1, end)
    return out


def _looks_opening(text: str, i: int, end: int) -> bool:
    before_space = i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–"
    return before_space and i + 1 < end and not text[i + 1].isspace()
