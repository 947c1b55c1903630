"""Anchoring benchmark: reports followed through newsroom edits, against a Hypothesis-like baseline.

    python bench/anchoring/run.py [--articles 20] [--words 1500] [--reports 40] [--edits 6]
                                  [--seed 1] [--corpora news-en,uk,docs-en]

For each article (real prose, see corpus.py) readers' reports are drawn as word-aligned
spans, editors' edits are applied with character bookkeeping (edits.py), and each method
must find every span in the new revision. The expected answer comes from the edits:
a span, or None when its text was deleted or rewritten. Methods, in the same run:

* ``rebase``   — Rebaser(old, new), the desk's path when it knows the reader's revision;
* ``locate``   — locate(new, selector) at the default bar, for an unknown revision;
* ``baseline`` — Hypothesis-client-like match_quote, weights 50/20/20/2, no minimum score.

Then, for speed: one ~10,000-word article, 1,000 spans, Rebaser (diff once + 1,000 maps)
against difflib.SequenceMatcher on the word tokens alone (autojunk off), same texts.

Printed per corpus and method: exact (the expected bounds) and near (overlapping) as a share
of the spans that still exist; orphans (None although the text exists); false anchors
(a span that does not overlap the expected one, or any span where None was expected) as a
share of all spans; and spans mapped per second.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from baseline import match_quote
from corpus import CORPORA, article
from edits import EDITS, Document, Tracked, rewrite_paragraph

from corrigenda.anchoring import Rebaser, locate, selector_for
from corrigenda.anchoring.diff import tokenise

# Report lengths in words, with weights: mostly a word or a phrase, sometimes a sentence
# or a whole passage (up to ~1,000 characters, the widget's longest useful quote).
REPORT_WORDS = [(1, 30), (2, 20), (4, 20), (12, 20), (40, 7), (150, 3)]
MAX_QUOTE_CHARS = 1000


def draw_reports(rnd: random.Random, text: str, count: int) -> list[tuple[int, int]]:
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == " "]
    lengths, weights = zip(*REPORT_WORDS, strict=True)
    spans = []
    for _ in range(count):
        words = rnd.choices(lengths, weights)[0]
        first = rnd.randrange(len(starts) - 1)
        last = min(len(starts) - 1, first + words)
        end = starts[last] - 1 if last < len(starts) - 1 else len(text)
        end = min(end, starts[first] + MAX_QUOTE_CHARS)
        if end > starts[first]:
            spans.append((starts[first], end))
    return spans


def make_case(rnd: random.Random, paragraphs: list[str], args: argparse.Namespace):  # type: ignore[no-untyped-def]
    doc = Document.from_paragraphs(article(rnd, args.words, paragraphs))
    old = doc.text
    reports = draw_reports(rnd, old, args.reports)
    doc.spans = [Tracked(s, e) for s, e in reports]
    names = [*EDITS, "rewrite_paragraph"]
    for name in rnd.choices(names, k=args.edits):
        if name == "rewrite_paragraph":
            rewrite_paragraph(doc, rnd, rnd.choice(paragraphs))
        else:
            EDITS[name](doc, rnd)
    for (s, e), span in zip(reports, doc.spans, strict=True):
        assert span.state != "same" or doc.text[span.start : span.end] == old[s:e]
    expected = [
        None if t.state == "gone" else (t.start, t.end)
        for t in doc.spans
        if t.state != "unscorable"
    ]
    kept = [r for r, t in zip(reports, doc.spans, strict=True) if t.state != "unscorable"]
    return old, doc.text, kept, expected


def judge(found, expected) -> str:  # type: ignore[no-untyped-def]
    """exact | near | orphan | wrong_place (text exists) || right_none | anchored_gone."""
    if expected is None:
        return "right_none" if found is None else "anchored_gone"
    if found is None:
        return "orphan"
    if (found.start, found.end) == expected:
        return "exact"
    return "near" if found.start < expected[1] and expected[0] < found.end else "wrong_place"


def run_methods(old: str, new: str, reports, expected, tally, clock) -> None:  # type: ignore[no-untyped-def]
    selectors = [selector_for(old, s, e) for s, e in reports]
    t0 = time.perf_counter()
    rebaser = Rebaser(old, new)
    results = {"rebase": [rebaser.rebase(s, e) for s, e in reports]}
    t1 = time.perf_counter()
    results["locate"] = [locate(new, sel) for sel in selectors]
    t2 = time.perf_counter()
    results["baseline"] = [match_quote(new, sel) for sel in selectors]
    t3 = time.perf_counter()
    for name, seconds in (("rebase", t1 - t0), ("locate", t2 - t1), ("baseline", t3 - t2)):
        clock[name] += seconds
        for found, want in zip(results[name], expected, strict=True):
            tally[name][judge(found, want)] += 1


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:6.1f}%" if whole else "    n/a"


def report(corpus: str, tally, clock, spans: int) -> None:  # type: ignore[no-untyped-def]
    gone = tally["rebase"]["right_none"] + tally["rebase"]["anchored_gone"]
    print(f"\n{corpus}: {spans} spans ({gone} whose text was deleted or rewritten)")
    head = ("method", "exact", "near", "orphan", "false", "gone->None", "spans/s")
    print("{:<9} {:>7} {:>7} {:>7} {:>7} {:>10} {:>9}".format(*head))
    for name, c in tally.items():
        present = c["exact"] + c["near"] + c["orphan"] + c["wrong_place"]
        false = c["wrong_place"] + c["anchored_gone"]
        row = (_pct(c["exact"], present), _pct(c["near"], present), _pct(c["orphan"], present))
        row += (_pct(false, spans), _pct(c["right_none"], gone), f"{spans / clock[name]:9.0f}")
        print("{:<9} {} {} {} {} {:>10} {}".format(name, *row))


def scale(rnd: random.Random, paragraphs: list[str], args: argparse.Namespace) -> None:
    """Rebaser on a long article with many spans, against difflib on word tokens."""
    big = argparse.Namespace(words=10_000, reports=1000, edits=12)
    old, new, reports, expected = make_case(rnd, paragraphs, big)
    t0 = time.perf_counter()
    rebaser = Rebaser(old, new)
    found = [rebaser.rebase(s, e) for s, e in reports]
    t1 = time.perf_counter()
    SequenceMatcher(None, tokenise(old)[0], tokenise(new)[0], autojunk=False).get_opcodes()
    t2 = time.perf_counter()
    exact = sum(
        judge(f, w) in ("exact", "right_none") for f, w in zip(found, expected, strict=True)
    )
    print(
        f"  scale: {len(old.split())} words, {len(reports)} spans: Rebaser {t1 - t0:.3f} s "
        f"({100 * exact / len(reports):.1f}% right), difflib on words alone {t2 - t1:.3f} s "
        f"(ratio {(t2 - t1) / (t1 - t0):.1f}x)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--words", type=int, default=1500)
    parser.add_argument("--reports", type=int, default=40)
    parser.add_argument("--edits", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpora", default="news-en,uk,docs-en")
    args = parser.parse_args()
    for corpus in args.corpora.split(","):
        paragraphs = CORPORA[corpus]()
        if not paragraphs:
            print(f"\n{corpus}: not installed, skipped")
            continue
        rnd = random.Random(args.seed)
        tally = {name: Counter() for name in ("rebase", "locate", "baseline")}
        clock: Counter = Counter()
        spans = 0
        for _ in range(args.articles):
            old, new, reports, expected = make_case(rnd, paragraphs, args)
            spans += len(reports)
            run_methods(old, new, reports, expected, tally, clock)
        report(corpus, tally, clock, spans)
        scale(rnd, paragraphs, args)


if __name__ == "__main__":
    main()
