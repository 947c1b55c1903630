import doctest
import itertools

from hypothesis import given
from hypothesis import strategies as st

from corrigenda.anchoring import fuzzy as module
from corrigenda.anchoring.fuzzy import distance, search, similarity

SHORT = st.text(alphabet="abcЖ ", max_size=12)


def naive_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


@given(SHORT, SHORT)
def test_distance_equals_the_textbook_dynamic_programme(a, b):
    assert distance(a, b) == naive_distance(a, b)


def test_distance_works_on_patterns_longer_than_a_machine_word():
    a = "abcdefghij" * 30
    b = a[:100] + "X" + a[101:250] + a[260:]
    assert distance(a, b) == naive_distance(a, b) == 11


def test_similarity_bounds():
    assert similarity("same", "same") == 1.0
    assert similarity("abcd", "wxyz") == 0.0


@given(st.text(alphabet="abc", min_size=1, max_size=10), st.text(alphabet="abc", max_size=20))
def test_search_reports_true_distances(pattern, text):
    for start, end, errors in search(pattern, text, len(pattern) // 2):
        assert errors == naive_distance(pattern, text[start:end])
        assert 0 <= start <= end <= len(text)


@given(st.text(alphabet="abc", min_size=1, max_size=10), st.text(alphabet="abc", max_size=20))
def test_search_matches_do_not_overlap(pattern, text):
    spans = sorted((s, e) for s, e, _ in search(pattern, text, len(pattern) // 2))
    assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(spans))


def test_search_finds_an_edited_long_quote():
    quote = "Опозиція заявила, що голосуватиме проти бюджету. " * 8
    text = "Вступ. " * 50 + quote.replace("проти", "за", 1) + " Кінець."
    [(start, _end, errors)] = search(quote, text, len(quote) // 4)
    assert (start, errors) == (350, 5)


def test_doctests():
    assert doctest.testmod(module).failed == 0
