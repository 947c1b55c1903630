"""A real Chromium against the built widget, a fixture page and a recording desk.

Two loopback origins, so the report is a real cross-origin request: pages are served from
http://127.0.0.1:<port>, the desk (widget files, POST /api/v1/reports and
GET /api/v1/corrections) from http://localhost:<port>. Run from the repository root:

    python -m pytest tests/e2e/widget  (the browser comes from tests/e2e/conftest.py)
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page

STATIC = Path(__file__).resolve().parents[3] / "corrigenda" / "static" / "corrigenda"


@dataclass
class Desk:
    """The desk's side: what it received, and what it should answer next."""

    origin: str = ""
    reports: list[dict] = field(default_factory=list)
    requests: list[tuple[str, str]] = field(default_factory=list)
    # Each entry: (status, body, extra headers); empty → 201 {"id", "status"}.
    answers: list[tuple[int, dict, dict]] = field(default_factory=list)
    # GET /api/v1/corrections: these notes as JSON-LD; another status answers an error, and
    # 0 closes the connection with no answer at all (a network error in the browser).
    corrections: list[dict] = field(default_factory=list)
    corrections_status: int = 200


@dataclass
class Site:
    """The publisher's side: pages by path, each with extra response headers."""

    origin: str = ""
    pages: dict[str, tuple[str, dict]] = field(default_factory=dict)

    def add(self, path: str, html: str, headers: dict | None = None) -> str:
        self.pages[path] = (html, headers or {})
        return self.origin + path


def _desk_handler(desk: Desk) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep pytest output clean
            pass

        def _cors(self) -> None:
            self.send_header("Access-Control-Allow-Origin", self.headers.get("Origin", "*"))
            self.send_header("Vary", "Origin")
            # Without this the widget cannot read Retry-After on a 429 (not CORS-safelisted).
            self.send_header("Access-Control-Expose-Headers", "Retry-After")

        def _corrections(self) -> None:
            """`GET /api/v1/corrections?url=…` as docs/api.md has it (public, any origin)."""
            if desk.corrections_status == 0:
                self.close_connection = True  # no status line: the browser's fetch rejects
                return
            url = parse_qs(urlsplit(self.path).query).get("url", [""])[0]
            body = {"@context": "https://schema.org", "@type": "NewsArticle", "url": url}
            if desk.corrections_status == 200:
                body["correction"] = [
                    {"@type": "CorrectionComment", **note} for note in desk.corrections
                ]
            else:
                body = {"error": {"code": "unavailable", "message": "Try again later."}}
            data = json.dumps(body).encode()
            self.send_response(desk.corrections_status)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Content-Type", "application/ld+json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            desk.requests.append(("GET", self.path))
            if self.path.startswith("/api/v1/corrections?"):
                self._corrections()
                return
            path = STATIC / self.path.lstrip("/").split("?")[0]
            if not path.is_file() or path.parent != STATIC:
                self.send_error(404)
                return
            body = path.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/javascript; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_OPTIONS(self) -> None:  # a preflight: the widget must never cause one
            desk.requests.append(("OPTIONS", self.path))
            self.send_response(204)
            self._cors()
            self.end_headers()

        def do_POST(self) -> None:
            desk.requests.append(("POST", self.path))
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            desk.reports.append(
                {"content_type": self.headers.get("Content-Type"), "body": json.loads(raw)}
            )
            status, body, headers = (
                desk.answers.pop(0)
                if desk.answers
                else (201, {"id": f"r{len(desk.reports)}", "status": "received"}, {})
            )
            data = json.dumps(body).encode()
            self.send_response(status)
            self._cors()
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


def _site_handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            page = site.pages.get(self.path.split("?")[0])
            if self.path == "/favicon.ico":  # browsers ask; a 404 would be a console error
                self.send_response(204)
                self.end_headers()
                return
            if page is None:
                self.send_error(404)
                return
            html, headers = page
            body = html.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


def _serve(handler: type[BaseHTTPRequestHandler]) -> tuple[ThreadingHTTPServer, int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


@pytest.fixture
def desk() -> Iterator[Desk]:
    state = Desk()
    server, port = _serve(_desk_handler(state))
    state.origin = f"http://localhost:{port}"
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()
    server, port = _serve(_site_handler(state))
    state.origin = f"http://127.0.0.1:{port}"
    yield state
    server.shutdown()
    server.server_close()


def open_context_page(browser: Browser, **context_options: object) -> Page:
    """A page in a fresh context that records console errors and warnings."""
    context = browser.new_context(**context_options)
    page = context.new_page()
    page.console_problems = []  # type: ignore[attr-defined]
    page.on(
        "console",
        lambda m: m.type in ("error", "warning") and page.console_problems.append(m.text),  # type: ignore[attr-defined]
    )
    page.on("pageerror", lambda e: page.console_problems.append(str(e)))  # type: ignore[attr-defined]
    return page


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    page = open_context_page(browser, viewport={"width": 1000, "height": 800})
    yield page
    page.context.close()
