"""Guarded HTTP for connectors: a CMS's API reached the way the fetcher reaches a page.

The CMS address comes from a site's settings, which an editor can change, so it gets the
fetcher's treatment: http(s) only, every resolved address vetted (private ones only when
the caller allows them), the connection pinned to the vetted address, one deadline for the
whole conversation, answers read up to a cap, redirects not followed. One rule is added:
requests that carry a secret travel over plain http only to a loopback or private address.
"""

from __future__ import annotations

import http.client
import json
import ssl
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from corrigenda.extraction import guard, pinned
from corrigenda.extraction.fetching import DEFAULT_PORTS, USER_AGENT, Resolver, vetted_addresses
from corrigenda.extraction.pinned import Deadline, FetchError

# A post in the edit context carries its raw and rendered content: a very long article is
# ~200 KB of each, so 8 MiB is room enough and still bounds what one task holds.
MAX_BYTES = 8 * 1024 * 1024


class ConnectorError(Exception):
    """A change the connector could not make; ``code`` is stable, ``message`` is for people."""

    def __init__(self, code: str, message: str, *, status: int | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    location: str  # the Location header, or "" (redirects are reported, not followed)
    body: bytes

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError as exc:
            raise ConnectorError(
                "http", f"the answer (HTTP {self.status}) is not JSON", status=self.status
            ) from exc


def request(
    method: str,
    url: str,
    *,
    deadline: Deadline,
    headers: dict[str, str],
    body: bytes | None = None,
    secret: bool = False,
    allow_private: bool = False,
    allow_loopback: bool = False,
    resolver: Resolver | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> Response:
    """One request within ``deadline``; network failures raise ``ConnectorError``."""
    try:
        parts = urlsplit(url)
        scheme, host, port = _endpoint(url)
        addresses = vetted_addresses(
            host, port, resolver, allow_private=allow_private, allow_loopback=allow_loopback
        )
        if secret and scheme == "http" and not all(map(guard.is_forbidden_address, addresses)):
            raise FetchError("bad_scheme", f"{host} is public: use https to send credentials")
        target = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
        target += f"?{parts.query}" if parts.query else ""
        conn = pinned.connect(scheme, host, port, addresses, deadline=deadline, context=ssl_context)
        return _exchange(conn, method, target, headers, body, deadline)
    except FetchError as exc:
        raise ConnectorError(exc.code, exc.message, status=exc.status) from exc


def _endpoint(url: str) -> tuple[str, str, int]:
    """Scheme, canonical host and port of ``url``, or ``FetchError`` if it is unusable."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
        host = guard.normalise_host(parts.hostname or "")
    except ValueError as exc:
        raise FetchError("bad_url", f"not a valid URL: {exc}") from exc
    if parts.scheme not in DEFAULT_PORTS:
        raise FetchError("bad_scheme", f"only http and https are used, not {parts.scheme!r}")
    if parts.username is not None or port == 0:
        raise FetchError("bad_url", "the URL has credentials or port 0 in it")
    if any(ord(char) <= 0x20 or ord(char) == 0x7F for char in url.strip()):
        raise FetchError("bad_url", "the URL contains spaces or control characters")
    return parts.scheme, host, port or DEFAULT_PORTS[parts.scheme]


def _exchange(
    conn: http.client.HTTPConnection,
    method: str,
    target: str,
    headers: dict[str, str],
    body: bytes | None,
    deadline: Deadline,
) -> Response:
    sent = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity", "Connection": "close"}
    sent.update(headers)
    if body is not None:
        sent["Content-Length"] = str(len(body))
    response: http.client.HTTPResponse | None = None
    try:
        with pinned.watchdog(conn, deadline):
            conn.request(method, target, body=body, headers=sent)
            response = conn.getresponse()
            answer = pinned.read_capped(response, MAX_BYTES)
        return Response(response.status, response.getheader("Location", ""), answer)
    finally:
        # With "Connection: close" the response, not the connection, owns the socket.
        if response is not None:
            response.close()
        conn.close()
