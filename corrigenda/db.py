"""Database helpers that the storage engines need to differ on."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connections

# SQLite admits one writer at a time and makes the others sleep and retry (up to 100 ms a
# try), which collapses throughput when a dozen threads write at once. Queuing the writers
# of one process on a lock hands the database over in microseconds instead.
_SQLITE_WRITERS = threading.Lock()


@contextmanager
def write_lock(using: str = "default") -> Iterator[None]:
    """Serialise this process's short write transactions on SQLite; a no-op elsewhere."""
    if connections[using].vendor != "sqlite":
        yield
        return
    with _SQLITE_WRITERS:
        yield
