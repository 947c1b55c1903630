"""The value a proofreading rule returns: a span of the text, what is wrong, how to fix it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a text.

    ``start``/``end`` are offsets into the checked text (``end`` exclusive) and
    ``text == checked_text[start:end]``. ``suggestions`` are replacements for that
    span, best first (``""`` means "delete it").

    >>> Finding(4, 7, "teh", "spelling.misspelling", "Possible misspelling.", ("the",), 0.9)
    ... # doctest: +ELLIPSIS
    Finding(start=4, end=7, text='teh', kind='spelling.misspelling', ...)
    """

    start: int
    end: int
    text: str
    kind: str
    message: str
    suggestions: tuple[str, ...] = ()
    confidence: float = 0.5

    def overlaps(self, other: Finding) -> bool:
        return self.start < other.end and other.start < self.end
