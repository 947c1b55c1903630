"""Loopback HTTP servers for the fetch tests, and a guard that keeps tests off the network.

Every test here runs with DNS replaced (only IP literals "resolve") and with connections
refused to any address but loopback, so a bug in the SSRF guard fails a test instead of
sending traffic to 10.0.0.1 or the cloud metadata service.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from corrigenda.extraction import fetching as fetch_module
from corrigenda.extraction import pinned

Route = Callable[[BaseHTTPRequestHandler], None]
STOP = threading.Event()  # set at teardown so slow handlers end promptly


@pytest.fixture(autouse=True)
def no_outside_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every connection; fail on anything but loopback; resolve IP literals only."""
    connected: list[str] = []
    real_open = pinned.open_socket

    def guarded_open(address: str, port: int, timeout: float):  # type: ignore[no-untyped-def]
        connected.append(address)
        assert ipaddress.ip_address(address).is_loopback, f"tried to connect to {address}"
        return real_open(address, port, timeout)

    def literal_only(host: str, port: int) -> list[str]:
        ipaddress.ip_address(host)  # raises for names: tests must inject a resolver
        return [host]

    monkeypatch.setattr(pinned, "open_socket", guarded_open)
    monkeypatch.setattr(fetch_module, "resolve", literal_only)
    return connected


class Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Route]] = {}

    def do_GET(self) -> None:
        route = self.routes.get(self.path.split("?")[0]) or self.routes.get("*")
        try:
            if route is None:
                send(self, 404, b"not found")
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass  # the client hung up on purpose (size cap, deadline)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str | None = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    if content_type is not None:
        handler.send_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def trickle(handler: BaseHTTPRequestHandler, piece: bytes, pause: float, seconds: float) -> None:
    """Send ``piece`` every ``pause`` seconds for up to ``seconds``, without a length."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    until = time.monotonic() + seconds
    while time.monotonic() < until and not STOP.is_set():
        handler.wfile.write(piece)
        handler.wfile.flush()
        time.sleep(pause)


@pytest.fixture
def server() -> Iterator[tuple[str, dict[str, Route]]]:
    """(base URL on 127.0.0.1, routes dict to fill in) of a live threaded HTTP server."""
    routes: ClassVar[dict[str, Route]] = {}
    handler = type("RouteHandler", (Handler,), {"routes": routes})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    STOP.clear()
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", routes
    finally:
        STOP.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join()
