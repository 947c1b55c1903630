"""A missing comma before a clause in Ukrainian and Russian: "заявив що" → "заявив, що".

Both languages set off every subordinate clause with a comma, and news prose reports speech
with "що"/"что" after a verb of saying or knowing ("заявив, що", "отметил, что"). That is
the one place a rule can find the missing comma without parsing the sentence: a verb of
this kind, then the conjunction, with only a space between (UA-GEC's uncorrected train
texts have 57 such places). Other verbs are left alone ("Що робити?" and "роби що хочеш"
are not clauses of this kind), as is English, which sets no comma before "that".
"""

from __future__ import annotations

from corrigenda.proofreading.finding import Finding
from corrigenda.proofreading.lexicon import lexicon
from corrigenda.proofreading.rules import rule
from corrigenda.proofreading.text import Word, spaced_apart, word_set

# The conjunctions that open a clause after such a verb.
CONJUNCTIONS = {"uk": word_set("що щоб"), "ru": word_set("что чтобы")}
# Verbs of saying, reporting, knowing and deciding, as dictionary lemmas: every form counts
# ("заявила", "заявляючи", "зазначивши"; "отметил", "сообщают").
SAYING = {
    "uk": word_set(
        "заявити заявляти сказати казати зазначити зазначати повідомити повідомляти "
        "наголосити наголошувати підкреслити підкреслювати додати додавати пояснити "
        "пояснювати розповісти розповідати зауважити зауважувати нагадати нагадувати "
        "уточнити уточнювати визнати визнавати підтвердити підтверджувати відзначити "
        "відзначати запевнити запевняти попередити попереджати стверджувати вважати "
        "думати знати дізнатися довідатися зрозуміти розуміти вирішити вирішувати "
        "сподіватися переконати переконувати наполягати вимагати просити попросити "
        "написати писати відповісти відповідати оголосити оголошувати припустити"
    ),
    "ru": word_set(
        "заявить заявлять сказать говорить отметить отмечать сообщить сообщать "
        "подчеркнуть подчёркивать подчеркивать добавить добавлять пояснить пояснять "
        "рассказать рассказывать заметить замечать напомнить напоминать уточнить уточнять "
        "признать признавать подтвердить подтверждать заверить заверять предупредить "
        "предупреждать утверждать считать думать знать узнать понять понимать решить "
        "решать надеяться убедить убеждать настаивать потребовать требовать попросить "
        "просить написать писать ответить отвечать объявить объявлять предположить"
    ),
}
# Words after the conjunction that make it no clause: a question's particle ("сказав що
# ж?", "знает что ли"), an indefinite pronoun's tail written apart.
_NOT_A_CLAUSE = word_set("ж же ли б бы небудь нибудь завгодно угодно")
# Regular Ukrainian gerund endings and the infinitive endings they come from.
_GERUND_TAILS = (("вшись", "тися"), ("вши", "ти"), ("ючись", "тися"), ("ючи", "ти"))
# Verb forms, participles and gerunds: "заявив що", "заявивший что", "зазначивши що".
_POS = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})
# Right by the orthography, but a house style may let a short clause run on: a glance.
_CONFIDENCE = 0.7


def check_clause_comma(text: str, words: list[Word], lang: str) -> list[Finding]:
    conjunctions = CONJUNCTIONS.get(lang)
    if conjunctions is None:
        return []
    out = []
    for i in [k for k, w in enumerate(words) if k and w.norm in conjunctions]:
        verb, conj = words[i - 1], words[i]
        if not spaced_apart(text, verb, conj):
            continue
        after = words[i + 1] if i + 1 < len(words) else None
        if after is None or not spaced_apart(text, conj, after) or after.norm in _NOT_A_CLAUSE:
            continue  # "знаєш що?", "чорт знає що.": a pronoun standing alone, no clause
        if not _saying(verb.norm, lang):
            continue
        r = rule("punctuation.clause_comma")
        quote = text[verb.start : conj.end]
        fix = f"{verb.text}, {conj.text}"
        out.append(Finding(verb.start, conj.end, quote, r.id, r.message, (fix,), _CONFIDENCE))
    return out


def _saying(norm: str, lang: str) -> bool:
    """Is the word a form of a verb of saying or knowing (a participle of one included)?"""
    verbs = SAYING[lang]
    return any(
        p.tag.POS in _POS and (p.normal_form in verbs or _gerund_verb(p.normal_form) in verbs)
        for p in lexicon(lang).parses(norm)
    )


def _gerund_verb(word: str) -> str:
    """The infinitive behind a regular Ukrainian gerund, which the dictionary lists as its
    own lemma: "зазначивши" → "зазначити", "дізнавшись" → "дізнатися", "знаючи" → "знати".

    >>> _gerund_verb("зазначивши"), _gerund_verb("дізнавшись"), _gerund_verb("вважаючи")
    ('зазначити', 'дізнатися', 'вважати')
    """
    for tail, verb_tail in _GERUND_TAILS:
        if word.endswith(tail):
            return word[: -len(tail)] + verb_tail
    return word
