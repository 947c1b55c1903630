"""Running the `corrigenda` command as a user would: a fresh process, its own environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

COMMAND_TIMEOUT = 120  # seconds; the first proofreading run loads its lexicons


def corrigenda(*args: str, home: Path | None = None) -> subprocess.CompletedProcess:
    """``corrigenda ARGS`` on SQLite in ``home`` (the test runner's settings left out)."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")
    }
    if home is not None:
        env["CORRIGENDA_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "corrigenda", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
        check=False,
    )
