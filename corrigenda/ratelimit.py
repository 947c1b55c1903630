"""Rate limits that hold across processes: fixed windows counted in Redis or the database.

``limiter().hit(key, limit, period)`` counts one event and returns the seconds to wait when
the key is over its limit, else None. The database limiter is one atomic upsert per hit, so
any number of web processes on one SQLite file or PostgreSQL share the counts.
"""

from __future__ import annotations

import time
from functools import cache
from typing import Protocol

from django.conf import settings
from django.db import connection

from corrigenda.models import RateBucket


class RateLimiter(Protocol):
    def hit(self, key: str, limit: int, period: int) -> int | None: ...


def _retry_after(now: float, period: int) -> int:
    return max(1, int(period - now % period))


class DatabaseRateLimiter:
    """Counts in the ``RateBucket`` table; one statement, so concurrent hits never lose a count."""

    def hit(self, key: str, limit: int, period: int) -> int | None:
        now = time.time()
        window = int(now // period)
        table = connection.ops.quote_name(RateBucket._meta.db_table)
        # Only the quoted table name is interpolated; the values go as parameters.
        sql = (
            f"INSERT INTO {table} (key, period, count) VALUES (%s, %s, 1) "  # noqa: S608
            f"ON CONFLICT (key) DO UPDATE SET "
            f"count = CASE WHEN {table}.period = excluded.period "
            f"THEN {table}.count + 1 ELSE 1 END, period = excluded.period "
            f"RETURNING count"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [key, window])
            (count,) = cursor.fetchone()
        return _retry_after(now, period) if count > limit else None


class RedisRateLimiter:
    """Counts with INCR on keys that expire with their window."""

    def __init__(self, url: str) -> None:
        import redis

        self.client = redis.Redis.from_url(url)

    def hit(self, key: str, limit: int, period: int) -> int | None:
        now = time.time()
        name = f"corrigenda:rate:{key}:{int(now // period)}"
        pipe = self.client.pipeline()
        pipe.incr(name)
        pipe.expire(name, period + 1)
        count, _ = pipe.execute()
        return _retry_after(now, period) if count > limit else None


class NoRateLimiter:
    """Never limits: for load benchmarks that measure everything but the limiter."""

    def hit(self, key: str, limit: int, period: int) -> int | None:
        return None


@cache
def limiter() -> RateLimiter:
    url = getattr(settings, "REDIS_URL", "")
    return RedisRateLimiter(url) if url else DatabaseRateLimiter()
