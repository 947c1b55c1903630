"""Every rule fires on its failing examples and keeps quiet on its passing ones."""

import pytest

from corrigenda.proofreading import RULES, check

FAILS = [(r.id, lang, s) for r in RULES.values() for lang, s in r.fails]
PASSES = [(r.id, lang, s) for r in RULES.values() for lang, s in r.passes]


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_has_examples_both_ways(rule):
    assert RULES[rule].fails, f"{rule} has no failing example"
    assert RULES[rule].passes, f"{rule} has no passing example"


@pytest.mark.parametrize(("rule", "lang", "sentence"), FAILS)
def test_rule_fires_on_failing_example(rule, lang, sentence):
    assert rule in {f.kind for f in check(sentence, lang)}


@pytest.mark.parametrize(("rule", "lang", "sentence"), PASSES)
def test_rule_is_quiet_on_passing_example(rule, lang, sentence):
    assert rule not in {f.kind for f in check(sentence, lang)}
