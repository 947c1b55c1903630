"""Newsroom edits applied to an article while tracking where each report's span goes.

Every edit is a character-level replacement (a move is two); each tracked span is shifted,
carried along (moved paragraph), grown or shrunk (a fix inside it), marked gone (its text
deleted or rewritten) or, when an edit cuts across its edge, marked unscorable. The
expected answer therefore comes from the edits, not from any matcher.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

SEPARATOR = " "  # paragraphs as the widget sees them: one space (docs/normalisation.md)
BOILERPLATE = "Read more: subscribe to our newsletter for the latest updates and analysis."


@dataclass
class Tracked:
    start: int
    end: int
    state: str = "same"  # same | changed | gone | unscorable


@dataclass
class Document:
    text: str
    paragraphs: list[Tracked] = field(default_factory=list)
    spans: list[Tracked] = field(default_factory=list)

    @classmethod
    def from_paragraphs(cls, paragraphs: list[str]) -> Document:
        doc, at = cls(SEPARATOR.join(paragraphs)), 0
        for paragraph in paragraphs:
            doc.paragraphs.append(Tracked(at, at + len(paragraph)))
            at += len(paragraph) + len(SEPARATOR)
        return doc

    def live_paragraphs(self) -> list[Tracked]:
        return sorted((p for p in self.paragraphs if p.state != "gone"), key=lambda p: p.start)

    def replace(self, pos: int, length: int, new: str, fix: bool = False) -> None:
        """``text[pos:pos+length] = new``, and the bookkeeping of every span."""
        self.text = self.text[:pos] + new + self.text[pos + length :]
        for paragraph in self.paragraphs:
            _update(paragraph, pos, length, len(new) - length, grow=True)
        for span in self.spans:
            _update(span, pos, length, len(new) - length, grow=fix)

    def move(self, start: int, end: int, to: int) -> None:
        """Cut ``text[start:end]`` and insert it at ``to`` (an offset before the cut)."""
        carried = [
            (s, s.start - start, s.end - start, s.state)
            for s in self.spans + self.paragraphs
            if start <= s.start and s.end <= end and s.state != "gone"
        ]
        piece = self.text[start:end]
        self.replace(start, end - start, "")
        to = to if to <= start else to - (end - start)
        self.replace(to, 0, piece)
        for span, s, e, state in carried:
            span.start, span.end, span.state = to + s, to + e, state


def _update(span: Tracked, pos: int, length: int, delta: int, grow: bool) -> None:
    """One replacement of ``text[pos:pos+length]`` (``delta`` = new length - old length)."""
    if span.state in ("gone", "unscorable") or span.end <= pos:
        return  # before the edit (an insertion right after a span is not part of it)
    if span.start >= pos + length:
        span.start, span.end = span.start + delta, span.end + delta
    elif grow and span.start <= pos and pos + length <= span.end:
        span.end += delta  # first: a retyped span of one character ("-" to "—") stays
        span.state = "changed"
    elif pos <= span.start and span.end <= pos + length:
        span.state = "gone"
    else:
        span.state = "unscorable"


def fix_typo(doc: Document, rnd: random.Random) -> None:
    """An editor fixes a letter inside a reported span: that is how a fix goes live."""
    live = [s for s in doc.spans if s.state == "same" and s.end - s.start >= 4]
    if live:
        span = rnd.choice(live)
        pos = rnd.randrange(span.start + 1, span.end - 1)
        doc.replace(pos, 1, rnd.choice(["", "x", "ew"]), fix=True)


def touch_word(doc: Document, rnd: random.Random) -> None:
    """A style edit somewhere: a word inserted before a space."""
    pos = doc.text.find(" ", rnd.randrange(len(doc.text)))
    if pos > 0:
        doc.replace(pos, 0, " very", fix=True)


def insert_boilerplate(doc: Document, rnd: random.Random) -> None:
    paragraph = rnd.choice(doc.live_paragraphs())
    at = paragraph.end
    doc.replace(at, 0, SEPARATOR + BOILERPLATE)
    doc.paragraphs.append(Tracked(at + len(SEPARATOR), at + len(SEPARATOR) + len(BOILERPLATE)))


def delete_paragraph(doc: Document, rnd: random.Random) -> None:
    live = doc.live_paragraphs()
    if len(live) > 2:
        paragraph = rnd.choice(live[1:])
        doc.replace(paragraph.start - len(SEPARATOR), paragraph.end - paragraph.start + 1, "")


def rewrite_paragraph(doc: Document, rnd: random.Random, other: str) -> None:
    """A paragraph replaced by different prose (rewritten beyond recognition)."""
    paragraph = rnd.choice(doc.live_paragraphs())
    start = paragraph.start
    doc.replace(start, paragraph.end - start, other)
    doc.paragraphs.append(Tracked(start, start + len(other)))


def move_paragraph(doc: Document, rnd: random.Random) -> None:
    live = doc.live_paragraphs()
    if len(live) >= 3:
        moved, target = rnd.sample(live[1:], 2)
        if target.end < moved.start or target.end > moved.end:
            doc.move(moved.start - len(SEPARATOR), moved.end, target.end)


# A CMS or an editor retyping the text: (pattern, replacement or a function of the match).
# Each site is changed with probability TYPOGRAPHY_RATE, so old and new typography mix.
TYPOGRAPHY_RATE = 0.5
SOFT_HYPHEN_MIN_WORD = 10  # hyphenation tools only break long words


def _curly_double(match: re.Match[str], text: str) -> str:
    cyrillic = re.search("[\u0400-\u04ff]", text[max(0, match.start() - 40) : match.start() + 40])
    opening = match.start() == 0 or text[match.start() - 1] == " "
    if cyrillic:
        return "\u00ab" if opening else "\u00bb"
    return "\u201c" if opening else "\u201d"


TYPOGRAPHY = [
    (re.compile('"'), _curly_double),  # straight to curly or guillemets
    (re.compile("'"), lambda m, t: "\u2019"),  # apostrophe
    (re.compile("(?<= )-(?= )"), lambda m, t: "\u2014"),  # spaced hyphen to em dash
    (re.compile("(?<=\\w)-(?=\\w)"), lambda m, t: "\u2011"),  # non-breaking hyphen
    (re.compile("(?<=\\d)-(?=\\d)"), lambda m, t: "\u2013"),  # en dash in ranges
    (re.compile("\\.\\.\\."), lambda m, t: "\u2026"),  # ellipsis
    (re.compile("(?<=\\b\\w\\w) |(?<=\\b\\w) | (?=\\d)"), lambda m, t: "\u00a0"),  # NBSP
    (re.compile("(?<=[.!?]) (?=\\w)"), lambda m, t: "  "),  # two spaces after a sentence
]


def retype(doc: Document, rnd: random.Random) -> None:
    """Typography changes all over the text; the words stay the same."""
    sites = [
        (m.start(), m.end(), make(m, doc.text))
        for pattern, make in TYPOGRAPHY
        for m in pattern.finditer(doc.text)
        if rnd.random() < TYPOGRAPHY_RATE
    ]
    for word in re.finditer(f"\\w{{{SOFT_HYPHEN_MIN_WORD},}}", doc.text):
        if rnd.random() < TYPOGRAPHY_RATE:
            middle = word.start() + (word.end() - word.start()) // 2
            sites.append((middle, middle, "\u00ad"))
    taken: set[int] = set()
    for start, end, new in sorted(sites, reverse=True):  # from the end: offsets stay valid
        if start not in taken:
            taken.add(start)
            doc.replace(start, end - start, new, fix=True)


EDITS = {
    "fix_typo": fix_typo,
    "touch_word": touch_word,
    "insert_boilerplate": insert_boilerplate,
    "delete_paragraph": delete_paragraph,
    "move_paragraph": move_paragraph,
    "retype": retype,
}
