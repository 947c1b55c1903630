"""Reading the standalone server's configuration from the environment.

Kept apart from settings.py so the rules (where the home is, how the secret key is made)
are plain functions with tests.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

SECRET_KEY_FILE = "secret_key"  # noqa: S105  (a file name, not a secret)
SECRET_KEY_BYTES = 50  # Django's own generator makes 50 characters; more adds nothing
TRUE_WORDS = frozenset({"1", "true", "yes", "on"})


def env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in TRUE_WORDS


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def home_dir() -> Path:
    """``$CORRIGENDA_HOME`` (default ``./var``), created on first use."""
    home = Path(os.environ.get("CORRIGENDA_HOME", "var")).expanduser().resolve()
    home.mkdir(parents=True, exist_ok=True)
    return home


def secret_key(home: Path) -> str:
    """``$SECRET_KEY``, else a key generated once and kept in the home with mode 0600."""
    given = os.environ.get("SECRET_KEY")
    if given:
        return given
    path = home / SECRET_KEY_FILE
    try:
        # O_EXCL: two processes starting at once must not write two different keys.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_urlsafe(SECRET_KEY_BYTES))
    return path.read_text().strip()


# Rate limits an operator may set as "COUNT/SECONDS", e.g. CORRIGENDA_SITE_RATE=1200/60.
RATE_VARIABLES = {
    "CORRIGENDA_SENDER_RATE": "SENDER_RATE",
    "CORRIGENDA_SENDER_RATE_LONG": "SENDER_RATE_LONG",
    "CORRIGENDA_SITE_RATE": "SITE_RATE",
}


def env_rates() -> dict[str, tuple[int, int]]:
    """The rate limits given in the environment; a malformed one stops the start-up."""
    rates = {}
    for variable, name in RATE_VARIABLES.items():
        value = os.environ.get(variable)
        if not value:
            continue
        count, _, seconds = value.partition("/")
        try:
            rates[name] = (int(count), int(seconds))
        except ValueError:
            raise ValueError(
                f"{variable} must look like 600/60 (count/seconds), not {value!r}"
            ) from None
        if rates[name][1] <= 0:
            raise ValueError(f"{variable}: the period must be at least one second")
    return rates
