"""Anchoring benchmark: reports followed through newsroom edits, against a Hypothesis-like baseline.

    python bench/anchoring/run.py [--articles 8] [--words 1500] [--reports 40] [--edits 3]
                                  [--seed 1] [--corpora news-en,uk,docs-en]

For each corpus (real prose, see corpus.py) and each edit type, articles are drawn, readers'
reports are drawn on them (words, whole sentences, repeated phrases), the edits are applied
with character bookkeeping (edits.py) and each method must find every report in the new
revision. The expected answer comes from the edits: a span, or None when its text was
deleted or rewritten. The new revision is given as a page would give it (typography and all);
the reader's selector comes from the old text, normalised as the widget sends it.

* ``rebase``   — Rebaser(old, new), the desk's path when it knows the reader's revision;
* ``locate``   — locate(new, selector) at the default bar, for an unknown revision;
* ``baseline`` — Hypothesis-client-like match_quote, weights 50/20/20/2, no minimum score.

Every answer is one of: exact (the expected span, or None when the text is gone), near
(overlaps the expected span), orphan (None although the text exists) or false (a span not
overlapping the expected one, or any span where None was expected); they add up to 100%.
Rows: one per edit type (``mixed`` draws 6 of any kind), then slices of all reports
(repeated phrases, quotes of 1-2 whole sentences, each corpus). Spans per second is on one
core; rebase includes its diff of each article pair. Last: re-anchoring 1,000 reports of a
~10,000-word article on a new revision (Rebaser construction + 1,000 rebases), per corpus.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from baseline import match_quote
from corpus import CORPORA, article
from edits import EDITS, Document, Tracked, rewrite_paragraph

from corrigenda.anchoring import Rebaser, locate, selector_for

METHODS = ("rebase", "locate", "baseline")
EDIT_TYPES = [*EDITS, "rewrite_paragraph", "mixed"]
# Edits of the mixed row, against the --edits of one kind per article in the other rows.
MIXED_EDITS = 6
# Kinds of report, with weights: a span of words (most), 1-2 whole sentences, and a phrase
# of 1-3 words that occurs more than once in the article (context must tell which).
REPORT_KINDS = [("words", 60), ("sentences", 20), ("repeated", 20)]
# Lengths of a "words" report, with weights: mostly a word or a phrase, sometimes a passage.
REPORT_WORDS = [(1, 30), (2, 20), (4, 20), (12, 20), (40, 7), (150, 3)]
MAX_QUOTE_CHARS = 1000  # the widget's longest useful quote
SENTENCE_END = re.compile(r"[.!?](?= )")
FOREIGN_TRIES = 50
FOREIGN_NGRAM = 4
SCALE = argparse.Namespace(words=10_000, reports=1000, edits=12, kind="mixed")


def draw_reports(rnd: random.Random, text: str, count: int) -> list[tuple[int, int, str]]:
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == " "]
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    sentences = _sentences(text)
    repeated = _repeated_phrases(text, starts, ends)
    kinds, weights = zip(*REPORT_KINDS, strict=True)
    spans = []
    for _ in range(count):
        kind = rnd.choices(kinds, weights)[0]
        if kind == "sentences" and len(sentences) > 1:
            first = rnd.randrange(len(sentences) - 1)
            span = (sentences[first][0], sentences[first + rnd.randrange(2)][1])
        elif kind == "repeated" and repeated:
            span = rnd.choice(rnd.choice(repeated))
        else:
            kind = "words"
            lengths, weights_w = zip(*REPORT_WORDS, strict=True)
            first = rnd.randrange(len(starts))
            last = min(len(starts), first + rnd.choices(lengths, weights_w)[0]) - 1
            while last > first and ends[last] - starts[first] > MAX_QUOTE_CHARS:
                last -= 1  # whole words, as a reader selects them
            span = (starts[first], ends[last])
        if span[0] < span[1]:
            spans.append((*span, kind))
    return spans


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for match in SENTENCE_END.finditer(text):
        out.append((start, match.end()))
        start = match.end() + 1
    return out


def _repeated_phrases(text: str, starts: list[int], ends: list[int]) -> list[list[tuple[int, int]]]:
    """Phrases of 1-3 words (punctuation kept) that occur at least twice, each as its spans."""
    where: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
    for n in (1, 2, 3):
        for i in range(len(starts) - n + 1):
            where[text[starts[i] : ends[i + n - 1]]].append((starts[i], ends[i + n - 1]))
    return [spans for spans in where.values() if len(spans) > 1]


def make_case(rnd: random.Random, paragraphs: list[str], args: argparse.Namespace):  # type: ignore[no-untyped-def]
    doc = Document.from_paragraphs(article(rnd, args.words, paragraphs))
    old = doc.text
    reports = draw_reports(rnd, old, args.reports)
    doc.spans = [Tracked(s, e) for s, e, _ in reports]
    if args.kind == "mixed":
        names = rnd.choices([*EDITS, "rewrite_paragraph"], k=max(args.edits, MIXED_EDITS))
    else:
        names = [args.kind] * (1 if args.kind == "retype" else args.edits)
    for name in names:
        if name == "rewrite_paragraph":
            rewrite_paragraph(doc, rnd, _foreign(rnd, paragraphs, f"{old} {doc.text}"))
        else:
            EDITS[name](doc, rnd)
    for (s, e, _), span in zip(reports, doc.spans, strict=True):
        assert span.state != "same" or doc.text[span.start : span.end] == old[s:e]
    expected = [None if t.state == "gone" else (t.start, t.end) for t in doc.spans]
    scorable = [t.state != "unscorable" for t in doc.spans]
    return old, doc.text, reports, expected, scorable


def _foreign(rnd: random.Random, paragraphs: list[str], text: str) -> str:
    """A paragraph sharing no FOREIGN_NGRAM-word phrase with ``text`` (else the fewest;
    ``text`` holds the original article too, so that no rewrite brings back a paragraph
    an earlier one removed):
    a rewrite past recognition, not a copy of a neighbour (the reference repeats clauses)
    nor another report of the same story (the Lee corpus has several), whose shared
    phrases could rightly be followed.
    """
    best, fewest = "", None
    for _ in range(FOREIGN_TRIES):
        other = rnd.choice(paragraphs)
        words = other.split()
        phrases = (" ".join(words[i : i + FOREIGN_NGRAM]) for i in range(len(words)))
        shared = sum(phrase in text for phrase in phrases)
        if fewest is None or shared < fewest:
            best, fewest = other, shared
        if not shared:
            break
    return best


def judge(found, expected) -> str:  # type: ignore[no-untyped-def]
    """exact | near | orphan | false."""
    if expected is None:
        return "exact" if found is None else "false"
    if found is None:
        return "orphan"
    if (found.start, found.end) == expected:
        return "exact"
    return "near" if found.start < expected[1] and expected[0] < found.end else "false"


def timed(function, items) -> tuple[list, list[float]]:  # type: ignore[no-untyped-def]
    results, seconds = [], []
    for item in items:
        t0 = time.perf_counter()
        results.append(function(item))
        seconds.append(time.perf_counter() - t0)
    return results, seconds


def run_case(old: str, new: str, reports, expected, scorable, rows: list[str], tally) -> None:  # type: ignore[no-untyped-def]
    selectors = [selector_for(old, s, e) for s, e, _ in reports]
    t0 = time.perf_counter()
    rebaser = Rebaser(old, new)
    diff_share = (time.perf_counter() - t0) / len(reports)
    rebased, rebase_s = timed(lambda r: rebaser.rebase(r[0], r[1]), reports)
    results = {
        "rebase": (rebased, [s + diff_share for s in rebase_s]),
        "locate": timed(lambda sel: locate(new, sel), selectors),
        "baseline": timed(lambda sel: match_quote(new, sel), selectors),
    }
    for i, (s, e, kind) in enumerate(reports):
        if not scorable[i]:
            continue
        span_rows = [*rows]
        if kind == "sentences":
            span_rows.append("long quote (1-2 sentences)")
        if old.count(old[s:e]) > 1:
            span_rows.append("repeated phrase")
        for name in METHODS:
            found, seconds = results[name][0][i], results[name][1][i]
            verdict = judge(found, expected[i])
            for row in span_rows:
                tally[row][name][verdict] += 1
                tally[row][name]["seconds"] += seconds


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.2f}" if whole else "n/a"


def table(tally) -> list[str]:  # type: ignore[no-untyped-def]
    head = ["edit type / slice", "spans"]
    for name in METHODS:
        head += [f"{name} exact %", f"{name} false %", f"{name} orphan %", f"{name} /s"]
    head.append("locate/baseline speed")
    lines = [head]
    for row, by_method in tally.items():
        spans = sum(by_method["rebase"][v] for v in ("exact", "near", "orphan", "false"))
        cells = [row, str(spans)]
        for name in METHODS:
            c = by_method[name]
            cells += [_pct(c["exact"], spans), _pct(c["false"], spans), _pct(c["orphan"], spans)]
            cells.append(f"{spans / c['seconds']:.0f}")
        rate = by_method["baseline"]["seconds"] / by_method["locate"]["seconds"]
        cells.append(f"{rate:.1f}x")
        lines.append(cells)
    out = ["| " + " | ".join(cells) + " |" for cells in lines]
    return [out[0], "|" + "---|" * len(head), *out[1:]]


def scale(rnd: random.Random, paragraphs: list[str]) -> str:
    """Re-anchor 1,000 reports of a ~10,000-word article on a new revision, on one core."""
    old, new, reports, expected, scorable = make_case(rnd, paragraphs, SCALE)
    t0 = time.perf_counter()
    rebaser = Rebaser(old, new)
    found = [rebaser.rebase(s, e) for s, e, _ in reports]
    seconds = time.perf_counter() - t0
    judged = [judge(f, w) for f, w, ok in zip(found, expected, scorable, strict=True) if ok]
    exact = _pct(judged.count("exact"), len(judged))
    return (
        f"{len(old.split())} words, {len(reports)} reports: Rebaser construction + "
        f"{len(reports)} rebases {seconds:.3f} s ({exact}% exact, {judged.count('false')} false)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=8, help="per corpus and edit type")
    parser.add_argument("--words", type=int, default=1500)
    parser.add_argument("--reports", type=int, default=40)
    parser.add_argument("--edits", type=int, default=3, help="edits of the one kind per article")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpora", default="news-en,uk,docs-en")
    args = parser.parse_args()
    tally: dict = defaultdict(lambda: defaultdict(Counter))
    for kind in EDIT_TYPES:
        tally[kind]  # rows in this order, slices after
    scales = []
    for corpus in args.corpora.split(","):
        paragraphs = CORPORA[corpus]()
        if not paragraphs:
            print(f"{corpus}: not installed, skipped")
            continue
        rnd = random.Random(f"{args.seed}-{corpus}")
        label = f"corpus {corpus}" + (" (Cyrillic)" if corpus == "uk" else "")
        for kind in EDIT_TYPES:
            case_args = argparse.Namespace(**{**vars(args), "kind": kind})
            for _ in range(args.articles):
                old, new, reports, expected, scorable = make_case(rnd, paragraphs, case_args)
                run_case(old, new, reports, expected, scorable, [kind, "all", label], tally)
        scales.append(f"{corpus}: {scale(rnd, paragraphs)}")
    print("\n".join(table(tally)))
    print("\nRe-anchoring on one core:")
    print("\n".join(scales))


if __name__ == "__main__":
    main()
