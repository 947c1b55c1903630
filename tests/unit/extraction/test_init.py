"""The package's public face, and its promise never to import Django."""

from __future__ import annotations

import subprocess
import sys

import corrigenda.extraction


def test_public_names() -> None:
    assert set(corrigenda.extraction.__all__) == {
        "MAX_BYTES",
        "TIMEOUT",
        "Extracted",
        "FetchError",
        "Fetched",
        "decode_html",
        "extract",
        "fetch",
    }


def test_importing_and_using_it_does_not_import_django() -> None:
    code = (
        "import sys\n"
        "import corrigenda.extraction as x\n"
        "x.extract('<p>Hello there, this is a page without a root.</p>')\n"
        "x.extract('<main>x</main>')\n"
        "assert 'django' not in sys.modules, sorted(m for m in sys.modules if 'django' in m)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
