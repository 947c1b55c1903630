"""Rate limits count every hit exactly, across connections and processes."""

from __future__ import annotations

import threading
import uuid

import pytest
from django.db import connection, connections

from corrigenda.ratelimit import DatabaseRateLimiter, RedisRateLimiter

REDIS_URL = "redis://127.0.0.1:6379/15"  # a database number of its own, away from others


@pytest.mark.django_db
def test_database_limiter_counts_and_waits():
    limiter = DatabaseRateLimiter()
    results = [limiter.hit("k1", 3, 60) for _ in range(5)]
    assert results[:3] == [None, None, None]
    assert all(1 <= wait <= 60 for wait in results[3:])
    assert limiter.hit("k2", 3, 60) is None


def test_redis_limiter_counts_and_waits():
    limiter = RedisRateLimiter(REDIS_URL)
    key = f"test-{uuid.uuid4()}"
    results = [limiter.hit(key, 2, 30) for _ in range(3)]
    assert results[:2] == [None, None]
    assert 1 <= results[2] <= 30


def _hammer(make_limiter, key: str, threads: int, hits: int) -> list[int | None]:
    results: list[int | None] = []
    lock = threading.Lock()
    barrier = threading.Barrier(threads)

    def run() -> None:
        limiter = make_limiter()
        barrier.wait()
        for _ in range(hits):
            outcome = limiter.hit(key, threads * hits // 2, 3600)
            with lock:
                results.append(outcome)
        connections.close_all()

    workers = [threading.Thread(target=run) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return results


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite's in-memory test database is not shared between threads",
)
def test_database_limiter_loses_no_hit_under_concurrency():
    results = _hammer(DatabaseRateLimiter, f"c-{uuid.uuid4()}", threads=8, hits=25)
    assert results.count(None) == 100  # exactly the limit passes, however the hits interleave


def test_redis_limiter_loses_no_hit_under_concurrency():
    results = _hammer(lambda: RedisRateLimiter(REDIS_URL), f"c-{uuid.uuid4()}", 8, 25)
    assert results.count(None) == 100
