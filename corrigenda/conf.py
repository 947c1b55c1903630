"""The app's settings: one dict, ``settings.CORRIGENDA``, over documented defaults.

Read through ``get(name)``; tests that override settings clear the cache via the
``setting_changed`` signal (see apps.py).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    # The desk's own public address, for links in e-mails to editors.
    "DESK_URL": "http://127.0.0.1:8000",
    # Seconds between the worker's housekeeping rounds (address purge, digests).
    "HOUSEKEEPING_INTERVAL": 3600,
    # Serve the demo publication under /demo/ (``corrigenda demo`` turns it on).
    "DEMO": False,
    # Let the fetcher reach 127.0.0.1/::1: only for the demo and tests, never in production.
    "FETCH_ALLOW_LOOPBACK": False,
    # Let webhooks reach private addresses (a CMS on the newsroom's own network). Off by
    # default: on a shared desk a site owner could otherwise aim the desk at internal hosts.
    "WEBHOOK_ALLOW_PRIVATE": False,
    # Honour X-Forwarded-For's last hop: only behind a reverse proxy that sets it.
    "TRUST_X_FORWARDED_FOR": False,
    # Reports one sender may send per window: a reader who finds many typos is welcome,
    # a script is not.
    "SENDER_RATE": (10, 60),
    "SENDER_RATE_LONG": (60, 3600),
    # Reports one site accepts per minute from everyone together: a flood guard for the queue.
    "SITE_RATE": (600, 60),
    # Seconds between fetches of one article: readers reporting at once must not make the
    # desk hammer the publisher.
    "REFETCH_INTERVAL": 60,
    # Fetch limits: an article page larger than this is not an article.
    "FETCH_MAX_BYTES": 5 * 1024 * 1024,
    "FETCH_TIMEOUT": 10.0,
}


@cache
def _merged() -> dict[str, Any]:
    return {**DEFAULTS, **getattr(settings, "CORRIGENDA", {})}


def get(name: str) -> Any:
    return _merged()[name]


def reset() -> None:
    _merged.cache_clear()
