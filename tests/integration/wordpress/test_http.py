"""The connectors' guarded HTTP: what it refuses before a byte is sent, and what it reports."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from corrigenda.connectors import http
from corrigenda.connectors.http import ConnectorError
from corrigenda.extraction import pinned
from corrigenda.extraction.pinned import Deadline

PUBLIC = "93.184.215.14"  # a public address no test may ever connect to


class Redirect(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(301)
        self.send_header("Location", "https://news.example/wp-json/")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture
def redirecting() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def no_connections(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(address: str, port: int, timeout: float | None) -> None:
        raise AssertionError(f"tried to connect to {address}:{port}")

    monkeypatch.setattr(pinned, "open_socket", refuse)


def call(url: str, **options: object) -> http.Response:
    return http.request(
        "GET",
        url,
        deadline=Deadline(5),
        headers={},
        **options,  # type: ignore[arg-type]
    )


@pytest.mark.usefixtures("no_connections")
@pytest.mark.parametrize(
    ("url", "options", "code"),
    [
        ("http://news.example/", {"secret": True}, "bad_scheme"),  # a password in clear text
        ("ftp://news.example/", {}, "bad_scheme"),
        ("http://user:pw@news.example/", {}, "bad_url"),
        ("http://news.example/a b", {}, "bad_url"),
        ("http://intranet.example/", {"resolver": lambda h, p: ["10.0.0.5"]}, "private_address"),
        (
            "http://news.example/",
            {"resolver": lambda h, p: [PUBLIC, "127.0.0.1"]},
            "private_address",
        ),
    ],
)
def test_refused_before_connecting(url: str, options: dict[str, object], code: str) -> None:
    options.setdefault("resolver", lambda host, port: [PUBLIC])
    with pytest.raises(ConnectorError) as caught:
        call(url, **options)
    assert caught.value.code == code


def test_secrets_may_go_over_http_to_a_private_address(redirecting: str) -> None:
    answer = call(redirecting, secret=True, allow_loopback=True)
    assert answer.status == 301  # reached: loopback traffic does not leave the machine


def test_redirects_are_reported_not_followed(redirecting: str) -> None:
    answer = call(redirecting + "/wp-json/", allow_loopback=True)
    assert (answer.status, answer.location) == (301, "https://news.example/wp-json/")


def test_an_answer_that_is_not_json_is_an_http_error() -> None:
    with pytest.raises(ConnectorError, match="not JSON") as caught:
        http.Response(502, "", b"<html>Bad gateway</html>").json()
    assert caught.value.code == "http"
