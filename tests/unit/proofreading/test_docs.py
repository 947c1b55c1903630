"""The docstring examples of the pure modules run as tests."""

import doctest
import importlib

import pytest

MODULES = ["check", "distance", "finding", "keyboard", "lexicon", "suggest", "text"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(f"corrigenda.proofreading.{name}")
    result = doctest.testmod(module)
    assert result.failed == 0
