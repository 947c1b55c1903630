"""Regression: saved article pages, scripted newsroom edits, expected spans (see pages/README.md).

Each case reads a page, extracts its text as the desk does, places a reader's selection in
it, edits the page's HTML as an editor would, extracts again and checks where ``rebase``
(revision known) and ``locate`` (revision unknown) put the selection. An expected span is
written as the new text around it with the span in [[ ]], so that it is checked to the
character; None means the words are gone and nothing may be anchored.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from corrigenda.anchoring import Rebaser, locate, selector_for
from corrigenda.extraction import extract

PAGES = Path(__file__).parent / "pages"
MARKED = re.compile(r"\[\[(.*?)\]\]")


@dataclass(frozen=True)
class Case:
    page: str
    edit: str
    changes: tuple[tuple[str, str], ...]  # HTML replacements, in order, each must apply
    quote: str  # the reader's selection: the first occurrence, or "text [[quote]] text"
    expected: str | None  # new text around the span, the span in [[ ]]; None when gone
    changed: bool = False  # rebase must report that the span's words changed


def _span(text: str, marked: str) -> tuple[int, int]:
    """Offsets of the [[ ]] part of ``marked``, which must occur exactly once in ``text``."""
    plain = MARKED.sub(r"\1", marked)
    assert text.count(plain) == 1, f"{plain!r} occurs {text.count(plain)} times"
    found = MARKED.search(marked) or re.match("(.*)", marked, re.S)
    start = text.index(plain) + found.start()
    return start, start + len(found.group(1))


# Scripted edits of the pages, as an editor or a CMS would make them.
FIX_TYPO = (("we&rsquo;ve take the action", "we&rsquo;ve taken the action"),)
BOILERPLATE = (
    (
        '<div class="body">',
        '<div class="body">\n      <p class="promo"><strong>Read more:</strong> subscribe to our '
        "newsletter for the latest news and analysis.</p>",
    ),
)
DELETE_SECOND = (
    (
        "<p>The service&rsquo;s chief executive officer, Tony Sherbon, says no one was put at "
        "risk, because other staff not involved in the use of nitrous oxide were able to take "
        "over caring for women in labour. ",
        "<p>",
    ),
)
MOVE_QUOTE_UP = (
    (
        "<p>&ldquo;And that&rsquo;s why we&rsquo;ve take the action of suspending them and "
        "we&rsquo;ll consider further action next week.&rdquo;</p>",
        "",
    ),
    (
        '<div class="body">',
        '<div class="body">\n      <p>&ldquo;And that&rsquo;s why we&rsquo;ve take the action of '
        "suspending them and we&rsquo;ll consider further action next week.&rdquo;</p>",
    ),
)
RETYPE = (
    ("&ldquo;", '"'),
    ("&rdquo;", '"'),
    ("&rsquo;", "'"),
    ("&nbsp;&ndash; ", " - "),
    ("nitrous", "ni&shy;trous"),
    ("70 midwives", "70&nbsp;midwives"),
)

CASES = [
    # A fix inside the reported words goes live: followed, and marked changed.
    Case(
        "en-midwives",
        "fix inside the span",
        FIX_TYPO,
        "we've take the action",
        "why [[we've taken the action]] of suspending",
        changed=True,
    ),
    Case(
        "en-midwives", "fix elsewhere", FIX_TYPO, "Tony Sherbon", "officer, [[Tony Sherbon]], says"
    ),
    # Boilerplate at the top shifts everything; a word that occurs four times stays put.
    Case(
        "en-midwives",
        "boilerplate",
        BOILERPLATE,
        "a further four [[midwives]] have",
        "a further four [[midwives]] have",
    ),
    Case(
        "en-midwives",
        "boilerplate",
        BOILERPLATE,
        "the [[body of midwives]] to",
        "the [[body of midwives]] to",
    ),
    # A deleted sentence: its words are gone; the rest of its paragraph stays.
    Case("en-midwives", "sentence deleted", DELETE_SECOND, "no one was put at risk", None),
    Case(
        "en-midwives",
        "sentence deleted",
        DELETE_SECOND,
        "very annoyed and angry",
        "are [[very annoyed and angry]] at",
    ),
    # A paragraph moved to the top: a long two-part quote travels with it.
    Case(
        "en-midwives",
        "paragraph moved",
        MOVE_QUOTE_UP,
        "\"And that's why we've take the action of suspending them and we'll consider further "
        'action next week."',
        "Share [[\"And that's why we've take the action of suspending them and we'll consider "
        'further action next week."]] Six midwives',
    ),
    # The page retyped (straight quotes, hyphens, a soft hyphen, NBSP): nothing moves.
    Case(
        "en-midwives",
        "typography",
        RETYPE,
        "use of nitrous oxide during",
        "inappropriate [[use of nitrous oxide during]] work",
    ),
    Case(
        "en-midwives",
        "typography",
        RETYPE,
        "over 70 midwives that work",
        "there are [[over 70 midwives that work]] in",
    ),
    # A caption edit must not disturb a quote of the same words in the body.
    Case(
        "en-midwives",
        "caption edited",
        (("Wollongong Hospital, south of Sydney. Photo: file", "The hospital. Photo: file"),),
        "at [[Wollongong Hospital, south of Sydney]], for",
        "at [[Wollongong Hospital, south of Sydney]], for",
    ),
    Case(
        "en-lima-fire",
        "related links changed",
        (("Fireworks ban considered", "Lima fire: the victims"),),
        "the more than 220 people killed",
        "for [[the more than 220 people killed]] in",
    ),
    Case(
        "en-lima-fire",
        "fix inside the span",
        (("adjoining, narrow street", "adjoining narrow streets"),),
        "the adjoining, narrow street",
        "in [[the adjoining narrow streets]] where",
        changed=True,
    ),
    # Ukrainian: an em dash page, a fixed word, a deleted paragraph, a repeated word.
    Case(
        "uk-house-or-flat",
        "fix inside the span",
        (("відлюдькувата", "відлюдкувата"),),
        "я доволі відлюдькувата",
        "а [[я доволі відлюдкувата]] і",
        changed=True,
    ),
    Case(
        "uk-house-or-flat",
        "paragraph deleted",
        (("<p>Але, маю віддати належне,", "<p hidden>Але, маю віддати належне,"),),
        "не потрібно постійно доглядати прилеглу територію",
        None,
    ),
    Case(
        "uk-house-or-flat",
        "paragraph deleted",
        (("<p>Але, маю віддати належне,", "<p hidden>Але, маю віддати належне,"),),
        "мати власний [[будинок]] - це",
        "мати власний [[будинок]] - це",
    ),
    Case(
        "uk-house-or-flat",
        "boilerplate",
        BOILERPLATE,
        "[[квартири]] таки зручніші",
        "[[квартири]] таки зручніші",
    ),
    # Russian: typography of the original (an em dash with NBSP) restored to plain hyphens.
    Case(
        "ru-crime-and-punishment",
        "typography",
        (("&nbsp;&mdash; ", " -- "),),
        "отправился к К",
        "медленно, как бы в нерешимости, [[отправился к К]] -- ну",
    ),
    Case(
        "ru-crime-and-punishment",
        "sentence deleted",
        ((" Он был должен кругом хозяйке и боялся с нею встретиться.", ""),),
        "боялся с нею встретиться",
        None,
    ),
    Case(
        "ru-crime-and-punishment",
        "word added elsewhere",
        (("мимо хозяйкиной кухни", "мимо старой хозяйкиной кухни"),),
        "почти всегда настежь отворенной",
        "кухни, [[почти всегда настежь отворенной]] на",
    ),
]


def _texts(case: Case) -> tuple[str, str]:
    html = (PAGES / f"{case.page}.html").read_text("utf-8")
    edited = html
    for old, new in case.changes:
        assert old in edited, f"{case.page}: {old[:40]!r} not in the page"
        edited = edited.replace(old, new)
    return extract(html).text, extract(edited).text


@pytest.mark.parametrize("case", CASES, ids=[f"{c.page}: {c.edit}: {c.quote[:24]}" for c in CASES])
def test_a_reported_span_is_followed_to_the_words_expected(case):
    old, new = _texts(case)
    start, end = _span(old, case.quote)
    want = _span(new, case.expected) if case.expected is not None else None
    rebased = Rebaser(old, new).rebase(start, end)
    located = locate(new, selector_for(old, start, end))
    if want is None:
        assert rebased is None
        assert located is None
        return
    assert rebased is not None and (rebased.start, rebased.end) == want
    assert rebased.changed == case.changed
    if not case.changed:  # an edited quote may be beyond locate's bar; never elsewhere
        assert located is not None and (located.start, located.end) == want
    else:
        assert located is None or (located.start, located.end) == want


def test_the_pages_are_read_from_their_marked_root_with_the_chrome_a_reader_sees():
    text = extract((PAGES / "en-midwives.html").read_text("utf-8")).text
    assert text.startswith("Midwives suspended over nitrous oxide use By staff reporters")
    assert "Photo: file" in text and "Related stories" in text  # in the article root
    assert "Copy link" not in text and "Advertisement" not in text  # button, ignored ad
    assert "The Daily Example" not in text  # outside the root
