import dataclasses
import itertools
import subprocess
import sys

import pytest

from corrigenda.proofreading import Finding, check


def kinds(text, lang="en", **kw):
    return [(f.kind, f.text) for f in check(text, lang, **kw)]


def test_finding_is_frozen_and_points_into_the_text():
    text = "The goverment met."
    (f,) = check(text)
    assert text[f.start : f.end] == f.text == "goverment"
    assert f.suggestions[0] == "government"
    assert 0 < f.confidence <= 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.start = 0  # type: ignore[misc]


def test_unknown_language_is_an_error():
    with pytest.raises(ValueError, match="lang"):
        check("text", "de")


@pytest.mark.parametrize(
    "text",
    [
        "Call 555-0199 or write to desk@example.com, see www.example.org/x_y or #SaveTheDate.",
        "The F-16 and COVID-19 cases rose 12.5% in Q3; NATO, the UNHCR and @ZelenskyyUa agreed.",
        "A state-owned, well-known anti-corruption watchdog re-elected its co-chair.",
        "McDonald's iPhone sales in Kyiv rose, Oleksandr Ustymenko said. Ustymenko added more.",
    ],
)
def test_never_flags_numbers_urls_acronyms_compounds_names(text):
    assert kinds(text) == []


def test_vocabulary_silences_a_word_and_lends_its_spelling_to_near_misses():
    assert kinds("The Ukrenergo grid held.", vocabulary=frozenset({"Ukrenergo"})) == []
    found = check("The Ukrenrgo grid held.", vocabulary=frozenset({"Ukrenergo"}))
    assert [(f.kind, f.suggestions) for f in found] == [("spelling.name_variant", ("Ukrenergo",))]


def test_foreign_script_word_is_checked_against_its_own_language():
    assert kinds("Компанія Microsoft і Google відкрили офіс.", "uk") == []
    assert kinds("Він сказав, що government вирішив.", "uk") == []
    assert kinds("Депутат Пономарьов сказав.", "en") == []


def test_morphology_knows_inflected_forms():
    text = "Урядові рішення ухвалили міністрами, а законопроєктів стало більше."
    assert kinds(text, "uk") == []
    assert kinds("Правительственными решениями министров недовольны.", "ru") == []


def test_multi_edit_error_gets_the_intended_word():
    (f,) = check("He was tpresideding over it.")
    assert f.suggestions[0] == "presiding"


def test_capitalised_suggestion_keeps_the_case():
    (f,) = check("Goverment sources said so.")
    assert f.suggestions[0] == "Government"


def test_mixed_script_suggests_the_fixed_word():
    (f,) = check("Уряд ухвалив рішeння.", "uk")
    assert (f.kind, f.suggestions) == ("script.mixed", ("рішення",))


def test_overlaps_are_resolved_and_output_is_sorted():
    text = "This is a is a tset  tset,, (really."
    found = check(text)
    assert found == sorted(found, key=lambda f: (f.start, f.end))
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    assert all(isinstance(f, Finding) for f in found)


def test_import_is_cheap_and_never_imports_django():
    code = (
        "import sys; import corrigenda.proofreading as p; "
        "p.check('The the test.'); "
        "assert 'django' not in sys.modules, 'django imported'; "
        "assert 'wordfreq' in sys.modules"
    )
    cheap = "import sys, corrigenda.proofreading; assert 'wordfreq' not in sys.modules"
    for snippet in (code, cheap):
        subprocess.run([sys.executable, "-c", snippet], check=True)


def test_lost_space_is_suggested_as_two_words():
    (f,) = check("Він вінбув оточений друзями.", "uk")
    assert f.suggestions[0] == "він був"


def test_a_term_the_article_keeps_using_is_not_a_typo():
    term = "Вогнянички цвітуть. Я бачив вогняничку. Про вогняничку знають усі."
    assert kinds(term, "uk") == []


def test_a_quote_in_the_sibling_language_is_not_flagged():
    assert kinds("Он сказал: «Син прийшов зі школи і каже, що все добре».", "ru") == []


def test_expressive_lengthening_is_not_a_typo():
    assert kinds("Емммм... Ну, гаразд.", "uk") == []


def test_ukrainian_function_words_the_dictionary_lacks_are_trusted():
    assert kinds("Він вже прийшов, теж сказав, що грошей немає і нема.", "uk") == []


def test_surzhyk_and_run_together_words_are_flagged_in_ukrainian():
    found = {f.text: f.suggestions[0] for f in check("Я можно сказати, що всеодно прийду.", "uk")}
    assert found == {"можно": "можна", "всеодно": "все одно"}


def test_a_russian_word_alone_in_ukrainian_is_flagged_only_as_a_misspelt_ukrainian_one():
    assert kinds("Він подав мені шляпу і пішов.", "uk") == []
    assert kinds("Я можно сказати інакше.", "uk") == [("spelling.misspelling", "можно")]


def test_a_rare_word_whose_other_forms_are_attested_is_not_a_typo():
    assert kinds("Препарат вводять інтратекально раз на чотири місяці.", "uk") == []


def test_a_known_surname_beside_an_earlier_rarer_spelling_is_a_variant():
    text = "Розповів архітектор Андрій Пономарев. Потім Пономарьов додав, що все готово."
    assert kinds(text, "uk") == [("spelling.name_variant", "Пономарьов")]


def test_the_first_word_of_a_sentence_is_checked_like_any_word():
    (f,) = check("Міст відкрили. Будівнитство тривало рік.", "uk")
    assert (f.text, f.suggestions[0]) == ("Будівнитство", "Будівництво")


def test_drawn_out_speech_and_compound_adjective_heads_are_not_typos():
    assert kinds("Буде пові-і-і-ільний спад у юнацько-спортивних школах.", "uk") == []


def test_a_non_standard_form_gets_the_standard_form_of_the_same_word():
    (f,) = check("Почистіть примітки до слайдів.", "uk")
    assert (f.text, f.suggestions[0]) == ("Почистіть", "Почистьте")
    (f,) = check("Я був просто в шоці.", "uk")
    assert f.suggestions[0] == "шоку"


def test_adverbs_of_known_adjectives_and_a_deliberate_g_are_words():
    assert kinds("Моделі обчислювально важкі; том «Апокрифів і леґенд» вийшов.", "uk") == []


def test_a_one_letter_particle_glued_to_its_word_is_split():
    found = {
        f.text: f.suggestions[0] for f in check("Щож, ходімо. Тож пішли хочаб на годину.", "uk")
    }
    assert found == {"Щож": "Що ж", "хочаб": "хоча б"}


def test_each_glued_bracket_is_its_own_finding_with_the_word_before():
    found = [(f.text, f.suggestions[0]) for f in check("Перевага(принаймні тут) і QA(люди).", "uk")]
    assert found == [("Перевага(", "Перевага ("), ("QA(", "QA (")]


def test_a_missing_or_stray_space_around_a_mark_is_fixed_with_the_words_around_it():
    text = "Він пояснив так,щоб усі зрозуміли.Потім пішов , мовчки."
    found = [(f.kind, f.text, f.suggestions[0]) for f in check(text, "uk")]
    assert found == [
        ("typography.missing_space", "так,щоб", "так, щоб"),
        ("typography.missing_space", "зрозуміли.Потім", "зрозуміли. Потім"),
        ("typography.space_before_mark", "пішов ,", "пішов,"),
    ]


def test_addresses_files_and_initials_keep_their_dots():
    text = "Читайте dou.ua, пишіть О.Петренку (див. www.x.com.ua або звіт.Final_2), п'ять,шість."
    found = [(f.kind, f.text) for f in check(text, "uk")]
    assert found == [("typography.missing_space", "п'ять,шість")]


def test_an_agent_noun_of_a_known_verb_is_a_word():
    text = "The influencer told the streamers about it."
    assert check(text, "en") == []


def test_a_dotted_letter_typed_plain_is_the_likelier_fix():
    found = check("Команді бракувало концентраціі після перерви.", "uk")
    assert [(f.text, f.suggestions[0]) for f in found] == [("концентраціі", "концентрації")]


def test_a_letter_of_the_sibling_layout_is_a_slip_in_the_articles_language():
    uk = check("Росія атакувала Украъну, пролунали выбухи, а Эвропа мовчить.", "uk")
    assert [(f.text, f.suggestions[0]) for f in uk] == [
        ("Украъну", "Україну"),
        ("выбухи", "вибухи"),
        ("Эвропа", "Європа"),
    ]
    ru = check("Это был вісокий человек у подїезда, в бістро.", "ru")
    assert [(f.text, f.suggestions[0]) for f in ru] == [
        ("вісокий", "высокий"),
        ("подїезда", "подъезда"),
    ]
    assert check("Він сказав: «Мы победим», і пішов.", "uk") == []


def test_two_swapped_letters_in_a_known_name_are_a_slip():
    found = check("The round was led by Sequioa Capital, the firm said.", "en")
    assert [(f.text, f.suggestions[0]) for f in found] == [("Sequioa", "Sequoia")]
    assert check("Мей Марта Мангум зривала квіти.", "uk") == []  # translated fiction


def test_a_place_name_in_small_letters_gets_its_capital_in_any_case_form():
    found = check("Делегація з києва прибула до харкова, а потім у відкриту європу.", "uk")
    assert [(f.kind, f.text, f.suggestions[0]) for f in found] == [
        ("spelling.proper_noun", "києва", "Києва"),
        ("spelling.proper_noun", "харкова", "Харкова"),
        ("spelling.proper_noun", "європу", "Європу"),
    ]
    assert check("Аналітики кажуть, що росія і рф знову брешуть.", "uk") == []


def test_two_small_letters_that_are_no_english_word_are_a_slip_on_a_common_one():
    found = check("Bread nd butter, and th minister said te plan was ok.", "en")
    assert [(f.text, "the" in f.suggestions or "and" in f.suggestions) for f in found] == [
        ("nd", True),
        ("th", True),
        ("te", True),
    ]
    assert check("Він сказав te words.", "uk") == []  # Latin in Cyrillic text: code, a cut


def test_a_contraction_without_its_apostrophe_gets_it_back_first():
    found = check("Dont worry: he doesnt know, and youre right.", "en")
    assert [(f.text, f.suggestions[0]) for f in found] == [
        ("Dont", "Don't"),
        ("doesnt", "doesn't"),
        ("youre", "you're"),
    ]


def _forget_verdicts(lists=False):
    """Empty the per-word caches and, with ``lists``, the frequent-word lists too: a fresh
    process's state."""
    from corrigenda.proofreading import spelling
    from corrigenda.proofreading.lexicon import lexicon
    from corrigenda.proofreading.text import token_info

    spelling._needs_check.cache_clear()
    token_info.cache_clear()
    for lang in ("en", "uk", "ru"):
        lex = lexicon(lang)
        lex.known.cache_clear()
        if lists:
            lex.__dict__.pop("_in_doubt", None)
    if lists:
        spelling._plain_words.cache_clear()
        spelling._words_seen.clear()


def test_findings_are_the_same_before_and_after_the_frequent_word_lists_are_built():
    from corrigenda.proofreading.lexicon import lexicon
    from corrigenda.proofreading.rules import RULES
    from corrigenda.proofreading.spelling import warm

    examples = [ex for r in RULES.values() for ex in (*r.fails, *r.passes)]
    extra = [
        ("uk", "Нажаль, можно було всеодно прийти. Пам'ять і памяті, штабквартира."),
        ("ru", "Вобщем, ктото пришёл изза дождя, а тоесть никто."),
        ("en", "I dont think alot of people cant see it, its fine."),
    ]
    try:
        _forget_verdicts(lists=True)
        cold = [check(text, lang) for lang, text in (*examples, *extra)]
        assert not any("_in_doubt" in lexicon(lang).__dict__ for lang in ("en", "uk", "ru"))
        _forget_verdicts()
        for lang in ("en", "uk", "ru"):
            warm(lang)
        lists = [check(text, lang) for lang, text in (*examples, *extra)]
    finally:
        _forget_verdicts(lists=True)
    assert cold == lists
    assert any(cold)  # the examples do find something
