"""The values anchoring speaks: a reader's ``Selector`` and a ``Span`` found in a text.

>>> text = 'The leader of the oppostion said "no".'
>>> selector_for(text, 18, 27, context=8)
Selector(exact='oppostion', prefix=' of the ', suffix=' said "n', start=18, end=27)
"""

from __future__ import annotations

from dataclasses import dataclass

from corrigenda.anchoring.normalise import SPACES, normalise_text

# Code points of context on each side: the widget and docs/normalisation.md §4 use 32.
CONTEXT_LENGTH = 32


@dataclass(frozen=True, slots=True)
class Selector:
    """What the reader selected: the quote, its context and its offsets (all normalised)."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Span:
    """A place in a text: ``text[start:end]``; ``changed`` when its words differ from before."""

    start: int
    end: int
    score: float
    changed: bool = False


def selector_for(text: str, start: int, end: int, context: int = CONTEXT_LENGTH) -> Selector:
    """The selector the widget would send for ``text[start:end]`` (``text`` normalised)."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}:{end} is outside a text of length {len(text)}")
    return Selector(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
        start=start,
        end=end,
    )


def normalise_fragment(fragment: str) -> str:
    """Normalise a piece of text but keep one space where it had one at either edge.

    Context next to a quote usually ends or starts with a space; losing it would shift the
    comparison by one character.

    >>> normalise_fragment("of the\\u00a0")
    'of the '
    >>> normalise_fragment("  “no”  ")
    ' "no" '
    """
    core = normalise_text(fragment)
    if not core:
        return " " if fragment and fragment[0] in SPACES else ""
    lead = " " if fragment[0] in SPACES else ""
    trail = " " if fragment[-1] in SPACES else ""
    return f"{lead}{core}{trail}"


def normalise_selector(selector: Selector) -> Selector:
    """The selector with quote and context in normalised form (offsets are kept).

    >>> normalise_selector(Selector("“no”", prefix="said\\u00a0")).exact
    '"no"'
    """
    return Selector(
        exact=normalise_text(selector.exact),
        prefix=normalise_fragment(selector.prefix),
        suffix=normalise_fragment(selector.suffix),
        start=selector.start,
        end=selector.end,
    )
