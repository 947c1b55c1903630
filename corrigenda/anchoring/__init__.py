"""Anchoring: normalise article text, find a reader's selection, follow it across revisions.

Pure Python, no Django (tests/unit/anchoring/test_init.py checks it in a fresh interpreter).
"""

from corrigenda.anchoring.locate import DEFAULT_MIN_SCORE, locate
from corrigenda.anchoring.normalise import Normalised, fingerprint, normalise, normalise_text
from corrigenda.anchoring.rebase import Rebaser, rebase
from corrigenda.anchoring.selectors import Selector, Span, selector_for

__all__ = [
    "DEFAULT_MIN_SCORE",
    "Normalised",
    "Rebaser",
    "Selector",
    "Span",
    "fingerprint",
    "locate",
    "normalise",
    "normalise_text",
    "rebase",
    "selector_for",
]
