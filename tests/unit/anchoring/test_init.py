"""The package's public face: stable names, and no Django anywhere in its imports."""

import subprocess
import sys

import corrigenda.anchoring as anchoring


def test_importing_anchoring_never_imports_django():
    code = "import sys, corrigenda.anchoring; print('django' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


def test_public_api_names():
    from corrigenda.anchoring import (  # noqa: F401
        Rebaser,
        Selector,
        Span,
        fingerprint,
        locate,
        normalise,
        normalise_text,
        rebase,
    )

    assert set(anchoring.__all__) >= {"Selector", "Span", "locate", "rebase", "Rebaser"}


def test_selector_and_span_are_frozen_values():
    import dataclasses

    import pytest

    span = anchoring.Span(1, 2, 0.5)
    assert span.changed is False
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]
    assert anchoring.Selector("x") == anchoring.Selector("x", "", "", None, None)
