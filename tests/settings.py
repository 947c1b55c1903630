"""Test settings: the server's, with a throw-away home and a fast password hasher."""

import os
import tempfile

os.environ.setdefault("CORRIGENDA_HOME", tempfile.mkdtemp(prefix="corrigenda-test-"))

from corrigenda.server.settings import *  # noqa: F403

# Argon2 is the production default (tests/unit/server/test_settings.py checks it); hashing
# every factory-made user with it would only slow the suite down.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CORRIGENDA = {**CORRIGENDA, "FETCH_ALLOW_LOOPBACK": True}  # noqa: F405
# Tests fetch from servers they start on loopback; the warning says so for production.
SILENCED_SYSTEM_CHECKS = ["corrigenda.W001"]
