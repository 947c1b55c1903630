"""scripts/find-python: the Makefile's way to a Python >= 3.12 that really runs."""

from __future__ import annotations

import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "find-python"


def fake(bin_dir: Path, name: str, works: bool) -> Path:
    """A stand-in interpreter: answers the version check as a 3.13 (or a 3.11) would."""
    path = bin_dir / name
    path.write_text(
        f'#!/bin/sh\ncase "$2" in *executable*) echo {path};; *) exit {0 if works else 1};; esac\n'
    )
    path.chmod(0o755)
    return path


def run(tmp_path: Path) -> subprocess.CompletedProcess:
    env = {"PATH": f"{tmp_path / 'bin'}:/usr/bin:/bin", "HOME": str(tmp_path / "home")}
    return subprocess.run(
        ["/bin/sh", str(SCRIPT)], env=env, capture_output=True, text=True, check=False, timeout=30
    )


def test_picks_the_first_interpreter_that_runs(tmp_path):
    (tmp_path / "bin").mkdir()
    fake(tmp_path / "bin", "python3.13", works=False)  # a pyenv shim that refuses to run
    good = fake(tmp_path / "bin", "python3.12", works=True)
    result = run(tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == str(good)


def test_says_clearly_when_there_is_none(tmp_path):
    (tmp_path / "bin").mkdir()
    for name in ("python3.13", "python3.12", "python3.14", "python3"):
        fake(tmp_path / "bin", name, works=False)
    result = run(tmp_path)
    assert result.returncode == 1
    assert "no Python >= 3.12 found" in result.stderr
