"""HTTP connections pinned to an address the guard has vetted, with a hard deadline.

``http.client`` would resolve the host name again when it connects; a DNS-rebinding
attacker could answer that second lookup with 127.0.0.1. These connections take the
vetted address and never look the name up: the name is used only for the ``Host``
header and, over TLS, for SNI and certificate checks.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress

# Bytes asked of the socket per read: large enough to keep reads few, small enough that
# the size cap is never overshot by much.
CHUNK_BYTES = 64 * 1024


class FetchError(Exception):
    """A fetch that did not produce an article page; ``code`` is stable, ``message`` is prose."""

    def __init__(self, code: str, message: str, *, status: int | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.status = status


class Deadline:
    """A point in time after which the whole fetch (every hop, every read) has failed."""

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds

    def expired(self) -> bool:
        return time.monotonic() >= self.at

    def remaining(self) -> float:
        left = self.at - time.monotonic()
        if left <= 0:
            raise FetchError("timeout", "the page took too long to fetch")
        return left


def open_socket(address: str, port: int, timeout: float | None) -> socket.socket:
    """Connect a TCP socket to a literal address (module-level so tests can watch it)."""
    return socket.create_connection((address, port), timeout=timeout)


class PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, *, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = open_socket(self.address, self.port, self.timeout)


class PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(
        self, host: str, port: int, *, address: str, timeout: float, context: ssl.SSLContext
    ) -> None:
        super().__init__(host, port, timeout=timeout, context=context)
        self.address = address
        self.pinned_context = context

    def connect(self) -> None:
        sock = open_socket(self.address, self.port, self.timeout)
        try:
            # server_hostname drives both SNI and the certificate's host name check.
            self.sock = self.pinned_context.wrap_socket(sock, server_hostname=self.host)
        except BaseException:
            sock.close()
            raise


def connect(
    scheme: str,
    host: str,
    port: int,
    addresses: list[str],
    *,
    deadline: Deadline,
    context: ssl.SSLContext | None,
) -> http.client.HTTPConnection:
    """An open connection to the first of ``addresses`` that accepts one."""
    error: Exception | None = None
    for address in addresses:
        if scheme == "https":
            context = context or ssl.create_default_context()
            conn: http.client.HTTPConnection = PinnedHTTPSConnection(
                host, port, address=address, timeout=deadline.remaining(), context=context
            )
        else:
            conn = PinnedHTTPConnection(host, port, address=address, timeout=deadline.remaining())
        try:
            conn.connect()
        except ssl.SSLError as exc:
            conn.close()
            raise FetchError("tls", f"TLS with {host} failed: {exc.reason or exc}") from exc
        except OSError as exc:
            conn.close()
            error = exc
            continue
        return conn
    if isinstance(error, TimeoutError) or deadline.expired():
        raise FetchError("timeout", f"connecting to {host} took too long") from error
    raise FetchError("connect", f"could not connect to {host}: {error}") from error


@contextmanager
def watchdog(conn: http.client.HTTPConnection, deadline: Deadline) -> Iterator[None]:
    """Cut the connection at the deadline, however slowly the server dribbles bytes.

    A socket timeout bounds each read, not their sum: a server sending one byte a second
    would keep a plain read loop alive for hours.
    """
    # Captured now: once a response is read, http.client hands the socket over to it.
    timer = threading.Timer(deadline.remaining(), _cut, args=(conn.sock,))
    timer.daemon = True
    timer.start()
    try:
        yield
        if deadline.expired():  # the cut may look like a clean end of the body
            raise FetchError("timeout", "the page took too long to fetch")
    except (OSError, http.client.HTTPException) as exc:
        if isinstance(exc, TimeoutError) or deadline.expired():
            raise FetchError("timeout", "the page took too long to fetch") from exc
        raise FetchError("connect", f"the connection failed: {exc}") from exc
    finally:
        timer.cancel()


def _cut(sock: socket.socket | None) -> None:
    if sock is not None:
        with suppress(OSError):  # already closed: nothing left to interrupt
            sock.shutdown(socket.SHUT_RDWR)  # wakes a blocked recv in the fetching thread


def read_capped(response: http.client.HTTPResponse, max_bytes: int) -> bytes:
    """The response body, or ``too_large`` as soon as it is known to exceed ``max_bytes``."""
    declared = response.getheader("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError("too_large", f"the page is {declared} bytes; the limit is {max_bytes}")
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(min(CHUNK_BYTES, max_bytes + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise FetchError("too_large", f"the page is over the limit of {max_bytes} bytes")
    return b"".join(chunks)
