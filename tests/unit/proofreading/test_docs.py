"""The docstring examples of the pure modules run as tests."""

import doctest
import importlib
import pkgutil

import pytest

import corrigenda.proofreading


def _with_examples() -> list[str]:
    """Every proofreading module that has docstring examples (new ones join by themselves)."""
    names = sorted(m.name for m in pkgutil.iter_modules(corrigenda.proofreading.__path__))
    finder = doctest.DocTestFinder()
    return [
        name
        for name in names
        if any(
            t.examples
            for t in finder.find(importlib.import_module(f"corrigenda.proofreading.{name}"))
        )
    ]


@pytest.mark.parametrize("name", _with_examples())
def test_doctests(name):
    module = importlib.import_module(f"corrigenda.proofreading.{name}")
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
