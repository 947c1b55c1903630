"""POST a small body to a URL with the fetcher's guards: the desk's webhooks use it.

Like ``fetch``: http(s) only, every resolved address vetted (private ones only when the
caller allows them), the connection pinned to the vetted address, time capped, the answer
read up to a cap. Redirects are not followed: a webhook answers where it was registered.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

from corrigenda.extraction import guard, pinned
from corrigenda.extraction.fetching import DEFAULT_PORTS, USER_AGENT, Resolver, vetted_addresses
from corrigenda.extraction.pinned import Deadline, FetchError

ANSWER_BYTES = 4096  # what is kept of a receiver's answer: enough for an error message
POST_TIMEOUT = 10.0  # seconds for a whole delivery; a slow receiver is retried later


@dataclass(frozen=True, slots=True)
class Posted:
    status: int
    body: str


def post(
    url: str,
    body: bytes,
    headers: dict[str, str],
    *,
    allow_private: bool = False,
    allow_loopback: bool = False,
    timeout: float = POST_TIMEOUT,
    resolver: Resolver | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> Posted:
    """Send ``body``; return the status and the start of the answer, or raise FetchError."""
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise FetchError("bad_scheme", "only absolute http(s) URLs can receive webhooks")
    host = guard.normalise_host(parts.hostname)
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    addresses = vetted_addresses(
        host, port, resolver, allow_private=allow_private, allow_loopback=allow_loopback
    )
    deadline = Deadline(timeout)
    conn = pinned.connect(
        parts.scheme, host, port, addresses, deadline=deadline, context=ssl_context
    )
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    sent = {"User-Agent": USER_AGENT, "Content-Length": str(len(body)), **headers}
    try:
        with pinned.watchdog(conn, deadline):
            conn.request("POST", target, body=body, headers=sent)
            response = conn.getresponse()
            answer = response.read(ANSWER_BYTES)  # the rest is not needed
        return Posted(response.status, answer.decode("utf-8", "replace"))
    finally:
        conn.close()
