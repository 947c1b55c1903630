"""Real prose available offline, as lists of normalised paragraphs.

* ``news-en``: the Lee corpus of ABC news articles shipped in the ``gensim`` wheel
  (``gensim/test/test_data/lee_background.cor``), one article per line;
* ``uk``: UA-GEC's corrected training texts, shipped in the ``ua-gec`` wheel
  (``ua_gec/data/gec-only/train/target/*.a1.txt``);
* ``docs-en`` (always there): the prose paragraphs of the Python Language Reference that
  CPython ships as ``pydoc_data.topics``; grammar blocks and code are dropped.
"""

from __future__ import annotations

import random
import re
from importlib.util import find_spec
from pathlib import Path
from pydoc_data.topics import topics

from corrigenda.anchoring import normalise_text

# A paragraph is kept when it is this long and mostly letters and spaces (not code).
MIN_PARAGRAPH_CHARS = 80
MIN_LETTER_SHARE = 0.8
# Sentences this long are compared between paragraphs; shorter ones ("He said no.") may
# well repeat in real articles.
MIN_SENTENCE_CHARS = 40
SENTENCE = re.compile(r"(?<=[.!?]) ")


def _package_dir(name: str) -> Path | None:
    spec = find_spec(name)  # finds the wheel without importing it
    return Path(spec.origin).parent if spec and spec.origin else None


def _keep(blocks: list[str]) -> list[str]:
    """Prose paragraphs, none repeating a sentence of an earlier one.

    A repeated paragraph or sentence (the Ukrainian set holds near-copies of some texts,
    the reference repeats clauses) would make the expected answer a coin toss.
    """
    out: list[str] = []
    seen: set[str] = set()
    for block in blocks:
        text = normalise_text(block)
        letters = sum(ch.isalpha() or ch == " " for ch in text)
        if len(text) < MIN_PARAGRAPH_CHARS or letters < MIN_LETTER_SHARE * len(text):
            continue
        sentences = {s for s in SENTENCE.split(text) if len(s) >= MIN_SENTENCE_CHARS}
        if text not in seen and not sentences & seen:
            out.append(text)
            seen |= sentences | {text}
    return out


def news_en() -> list[str]:
    root = _package_dir("gensim")
    path = root / "test" / "test_data" / "lee_background.cor" if root else None
    return _keep(path.read_text("utf-8").splitlines()) if path and path.exists() else []


def ukrainian() -> list[str]:
    root = _package_dir("ua_gec")
    folder = root / "data" / "gec-only" / "train" / "target" if root else None
    if not folder or not folder.is_dir():
        return []
    return _keep(
        [
            line
            for p in sorted(folder.glob("*.a1.txt"))
            for line in p.read_text("utf-8").splitlines()
        ]
    )


def docs_en() -> list[str]:
    blocks = [
        block
        for key in sorted(topics)
        for block in re.split(r"\n\s*\n", topics[key])
        if not re.search(r"^\s", block, re.M) and "::=" not in block and "***" not in block
    ]
    return _keep(blocks)


CORPORA = {"news-en": news_en, "uk": ukrainian, "docs-en": docs_en}


def article(rnd: random.Random, words: int, paragraphs: list[str]) -> list[str]:
    """Consecutive paragraphs from a random place, about ``words`` words in all."""
    start = rnd.randrange(len(paragraphs))
    out: list[str] = []
    while sum(len(p.split()) for p in out) < words:
        out.append(paragraphs[(start + len(out)) % len(paragraphs)])
    return out
