"""Pinned connections: the vetted address is dialled, the name goes to Host and SNI."""

from __future__ import annotations

import io
import shutil
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from corrigenda.extraction.fetching import fetch
from corrigenda.extraction.pinned import Deadline, FetchError, connect, read_capped, watchdog

from .conftest import Handler, send


class FakeResponse:
    def __init__(self, body: bytes, length: str | None = None) -> None:
        self.stream = io.BytesIO(body)
        self.length = length

    def getheader(self, name: str, default: str = "") -> str:
        return self.length if self.length is not None else default

    def read(self, amount: int) -> bytes:
        return self.stream.read(amount)


def test_deadline_expires() -> None:
    deadline = Deadline(0.01)
    assert 0 < deadline.remaining() <= 0.01
    time.sleep(0.02)
    assert deadline.expired()
    with pytest.raises(FetchError, match="timeout"):
        deadline.remaining()


@pytest.mark.parametrize(
    ("body", "length", "limit", "ok"),
    [
        (b"abc", None, 3, True),
        (b"abcd", None, 3, False),
        (b"abc", "3", 3, True),
        (b"", "4", 3, False),
        (b"x" * 200_000, None, 200_000, True),
        (b"", None, 0, True),
    ],
)
def test_read_capped(body: bytes, length: str | None, limit: int, ok: bool) -> None:
    response = FakeResponse(body, length)
    if ok:
        assert read_capped(response, limit) == body  # type: ignore[arg-type]
    else:
        with pytest.raises(FetchError, match="too_large"):
            read_capped(response, limit)  # type: ignore[arg-type]


class NoSocket:
    sock = None


def test_watchdog_names_failures() -> None:
    with pytest.raises(FetchError, match=r"^connect"), watchdog(NoSocket(), Deadline(5)):  # type: ignore[arg-type]
        raise ConnectionResetError("reset")
    with pytest.raises(FetchError, match=r"^timeout"), watchdog(NoSocket(), Deadline(0.01)):  # type: ignore[arg-type]
        time.sleep(0.03)  # a body that ends only because the deadline cut it is a timeout


def test_connect_tries_the_next_address(server, no_outside_network) -> None:  # type: ignore[no-untyped-def]
    base, _ = server
    port = int(base.rsplit(":", 1)[1])
    addresses = ["127.0.0.2", "127.0.0.1"]  # nothing listens on .2: refused, then .1 answers
    conn = connect("http", "news.test", port, addresses, deadline=Deadline(5), context=None)
    conn.close()
    assert no_outside_network == addresses
    with pytest.raises(FetchError, match=r"^connect"):
        connect("http", "news.test", port, ["127.0.0.2"], deadline=Deadline(5), context=None)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for news.test (made with the openssl command)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("needs the openssl command")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=news.test",
            "-addext",
            "subjectAltName=DNS:news.test",
            "-days",
            "2",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]) -> Iterator[tuple[int, list[str]]]:
    """(port, server names seen through SNI) of an HTTPS server on 127.0.0.1."""
    cert, key = certificate
    names: list[str] = []
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    context.sni_callback = lambda sock, name, ctx: names.append(name or "")  # type: ignore[assignment, func-returns-value]
    routes = {"/host": lambda h: send(h, 200, h.headers["Host"].encode(), "text/plain")}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), type("H", (Handler,), {"routes": routes}))
    httpd.daemon_threads = True
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield httpd.server_address[1], names
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_https_sends_the_name_through_sni_and_checks_the_certificate(
    tls_server: tuple[int, list[str]], certificate: tuple[Path, Path]
) -> None:
    port, names = tls_server
    trust = ssl.create_default_context(cafile=str(certificate[0]))
    kwargs = {
        "allow_loopback": True,
        "ssl_context": trust,
        "resolver": lambda host, p: ["127.0.0.1"],
    }
    page = fetch(f"https://news.test:{port}/host", allowed_domains=["news.test"], **kwargs)  # type: ignore[arg-type]
    assert page.body == f"news.test:{port}"
    assert names == ["news.test"]
    with pytest.raises(FetchError) as caught:  # the certificate is not for www.news.test
        fetch(f"https://www.news.test:{port}/host", allowed_domains=["news.test"], **kwargs)  # type: ignore[arg-type]
    assert caught.value.code == "tls"
    with pytest.raises(FetchError) as caught:  # nor trusted by the system's store
        fetch(
            f"https://news.test:{port}/host",
            allowed_domains=["news.test"],
            allow_loopback=True,
            resolver=lambda host, p: ["127.0.0.1"],
        )
    assert caught.value.code == "tls"
