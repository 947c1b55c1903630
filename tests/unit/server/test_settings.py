"""Safe defaults of the standalone server's settings, read in a fresh interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import json
from corrigenda.server import settings as s
db = s.DATABASES["default"]
print(json.dumps({"debug": s.DEBUG, "engine": db["ENGINE"], "options": db.get("OPTIONS", {}),
                  "conn_max_age": db["CONN_MAX_AGE"], "hasher": s.PASSWORD_HASHERS[0],
                  "tasks": s.TASKS["default"]["BACKEND"],
                  "cache": s.CACHES["default"]["BACKEND"]}))
"""


def probe(tmp_path, **env: str) -> dict:
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "SECRET_KEY", "CORRIGENDA_DEBUG", "REDIS_URL")
    }
    environment.update(CORRIGENDA_HOME=str(tmp_path), **env)
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=environment, check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out)


def test_defaults_are_safe(tmp_path):
    facts = probe(tmp_path)
    assert facts["debug"] is False
    assert facts["engine"] == "django.db.backends.sqlite3"
    assert "journal_mode=WAL" in facts["options"]["init_command"]
    assert facts["options"]["transaction_mode"] == "IMMEDIATE"
    assert facts["conn_max_age"] is None  # persistent connections
    assert facts["hasher"].endswith("Argon2PasswordHasher")
    assert facts["tasks"] == "django_tasks_db.DatabaseBackend"
    assert facts["cache"].endswith("FileBasedCache")  # shared by every process
    assert (tmp_path / "secret_key").exists()


def test_database_url_and_debug(tmp_path):
    facts = probe(
        tmp_path,
        DATABASE_URL="postgres://u@127.0.0.1:5432/db",
        CORRIGENDA_DEBUG="1",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    assert facts["cache"] == "django.core.cache.backends.redis.RedisCache"
    assert facts["engine"] == "django.db.backends.postgresql"
    assert facts["debug"] is True
