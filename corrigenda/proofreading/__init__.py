"""Proofreading for English, Ukrainian and Russian news text: pure Python, no Django.

>>> from corrigenda.proofreading import check
>>> [f.kind for f in check("The the minister resigned.")]
['repetition.word']

Lexicons load on the first check of a language, not on import.
"""

from corrigenda.proofreading.check import LANGS, check
from corrigenda.proofreading.finding import Finding
from corrigenda.proofreading.rules import RULES, Rule

__all__ = ["LANGS", "RULES", "Finding", "Rule", "check"]
