"""Clean prose shipped offline, per language, and UA-GEC's real spelling errors.

* en: the Lee corpus of ABC (Australian) news articles, shipped in the ``gensim`` wheel
  (``gensim/test/test_data/lee_background.cor``), ~60k words;
* uk: UA-GEC **train** split, corrected texts (``ua-gec`` wheel,
  ``ua_gec/data/gec-only/train/target``); its test split is left for held-out evaluation;
* ru: Debian's ``fortunes-ru`` (quotations and short prose; colloquial, so a harsh
  test of precision), ``/usr/share/games/fortunes/ru/*.u8``.
"""

from __future__ import annotations

import re
from importlib.util import find_spec
from pathlib import Path

_ANNOTATION_RE = re.compile(r"\{([^{}]*?)=>([^{}]*?):::error_type=(\w+)[^{}]*\}")


def _package_dir(name: str) -> Path | None:
    spec = find_spec(name)  # locates the package without importing it
    return Path(spec.origin).parent if spec and spec.origin else None


def english() -> list[str]:
    root = _package_dir("gensim")
    if root is None:
        return []
    path = root / "test" / "test_data" / "lee_background.cor"
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def ukrainian() -> list[str]:
    root = _package_dir("ua_gec")
    if root is None:
        return []
    folder = root / "data" / "gec-only" / "train" / "target"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.a1.txt"))]


def russian() -> list[str]:
    folder = Path("/usr/share/games/fortunes/ru")
    docs = []
    for path in sorted(folder.glob("*.u8")):
        for entry in path.read_text(encoding="utf-8", errors="replace").split("\n%\n"):
            lines = [ln for ln in entry.splitlines() if not ln.strip().startswith("--")]
            text = " ".join(ln.strip() for ln in lines if ln.strip())
            if len(text.split()) >= 12 and "\ufffd" not in text:
                docs.append(text)
    return docs


CORPORA = {"en": english, "uk": ukrainian, "ru": russian}


def uagec_spelling() -> list[tuple[str, list[tuple[int, int, str]]]]:
    """UA-GEC train texts with only the spelling errors left in: (text, [(start, end, fix)])."""
    root = _package_dir("ua_gec")
    if root is None:
        return []
    out = []
    for path in sorted((root / "data" / "gec-only" / "train" / "annotated").glob("*.a1.ann")):
        out.append(_spelling_only(path.read_text(encoding="utf-8")))
    return out


def _spelling_only(annotated: str) -> tuple[str, list[tuple[int, int, str]]]:
    parts: list[str] = []
    errors = []
    pos = last = 0
    for m in _ANNOTATION_RE.finditer(annotated):
        parts.append(annotated[last : m.start()])
        pos += m.start() - last
        orig, fix, kind = m.groups()
        piece = orig if kind == "Spelling" else fix
        if kind == "Spelling" and orig.strip() and " " not in orig.strip():
            errors.append((pos, pos + len(orig), fix))
        parts.append(piece)
        pos += len(piece)
        last = m.end()
    parts.append(annotated[last:])
    return "".join(parts), errors
