"""Properties every result holds, for any text."""

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corrigenda.proofreading import check

WORDS = [
    "the",
    "the",
    "goverment",
    "minister",
    "is",
    "a",
    "Kyiv",
    "Ponomarev",
    "Ponomarov",
    "рішеня",
    "уряд",
    "рішeння",
    "i",
    "(",
    ")",
    "«",
    "»",
    '"',
    ",,",
    "..",
    "...",
    "5G",
    "https://x.org",
    "tpresideding",
    "said.",
    "Teh",
    "решение",
    "і",
    "—",
    "NATO",
]
SEPARATORS = [" ", " ", " ", "  ", "\n", "\n\n", ", ", ". "]

texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=25).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)
langs = st.sampled_from(["en", "uk", "ru"])
fast = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(texts | st.text(max_size=80), langs)
def test_spans_lie_inside_the_text_and_match_it(text, lang):
    for f in check(text, lang):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert 0 <= f.confidence <= 1


@fast
@given(texts | st.text(max_size=80), langs)
def test_sorted_without_overlaps(text, lang):
    found = check(text, lang)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


@fast
@given(texts, langs, st.data())
def test_stable_under_whitespace_only_changes_elsewhere(text, lang, data):
    singles = [
        i
        for i, c in enumerate(text)
        if c == " " and " " not in text[i - 1 : i] + text[i + 1 : i + 2]
    ]
    if not singles:
        return
    at = data.draw(st.sampled_from(singles))
    new = data.draw(st.sampled_from(["\t", " \t "]))
    changed = text[:at] + new + text[at + 1 :]
    shift = len(new) - 1

    def elsewhere(findings, width, moved):
        """Findings clear of the edited gap, in the edited text's coordinates."""
        return {
            (f.start + (moved if f.start > at else 0), f.kind, f.text, f.suggestions)
            for f in findings
            if f.end < at or f.start > at + width
        }

    assert elsewhere(check(text, lang), 1, shift) == elsewhere(check(changed, lang), len(new), 0)
