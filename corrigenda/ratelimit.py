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

Limit = tuple[str, int, int]  # (key, limit, period in seconds)


class RateLimiter(Protocol):
    def hit(self, key: str, limit: int, period: int) -> int | None: ...

    def hit_all(self, limits: list[Limit]) -> int | None:
        """Count one event against every limit at once; the longest wait if any is over."""
        ...


def _longest(waits: list[int | None]) -> int | None:
    over = [wait for wait in waits if wait is not None]
    return max(over) if over else None


def _retry_after(now: float, period: int) -> int:
    return max(1, int(period - now % period))


class DatabaseRateLimiter:
    """Counts in the ``RateBucket`` table; one statement, so concurrent hits never lose a count."""

    def hit(self, key: str, limit: int, period: int) -> int | None:
        return self.hit_all([(key, limit, period)])

    def hit_all(self, limits: list[Limit]) -> int | None:
        """One statement for all the keys: one round trip, one write."""
        now = time.time()
        table = connection.ops.quote_name(RateBucket._meta.db_table)
        rows = ", ".join(["(%s, %s, 1)"] * len(limits))
        # Only the quoted table name is interpolated; the values go as parameters.
        sql = (
            f"INSERT INTO {table} (key, period, count) VALUES {rows} "  # noqa: S608
            f"ON CONFLICT (key) DO UPDATE SET "
            f"count = CASE WHEN {table}.period = excluded.period "
            f"THEN {table}.count + 1 ELSE 1 END, period = excluded.period "
            f"RETURNING key, count"
        )
        params = [value for key, _, period in limits for value in (key, int(now // period))]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            counts = dict(cursor.fetchall())
        return _longest(
            [
                _retry_after(now, period) if counts[key] > limit else None
                for key, limit, period in limits
            ]
        )


class RedisRateLimiter:
    """Counts with INCR on keys that expire with their window."""

    def __init__(self, url: str) -> None:
        import redis

        self.client = redis.Redis.from_url(url)

    def hit(self, key: str, limit: int, period: int) -> int | None:
        return self.hit_all([(key, limit, period)])

    def hit_all(self, limits: list[Limit]) -> int | None:
        now = time.time()
        pipe = self.client.pipeline()
        for key, _, period in limits:
            name = f"corrigenda:rate:{key}:{int(now // period)}"
            pipe.incr(name)
            pipe.expire(name, period + 1)
        counts = pipe.execute()[::2]
        return _longest(
            [
                _retry_after(now, period) if count > limit else None
                for count, (_, limit, period) in zip(counts, limits, strict=True)
            ]
        )


@cache
def limiter() -> RateLimiter:
    url = getattr(settings, "REDIS_URL", "")
    return RedisRateLimiter(url) if url else DatabaseRateLimiter()
