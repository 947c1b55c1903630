"""Real parts for the browser tests: a live `corrigenda demo` server and Debian's Chromium."""

from __future__ import annotations

import itertools
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Flags for a sandboxed root CI machine with no network beyond loopback (see the env notes).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
START_TIMEOUT = 60  # seconds for migrate + demo load + gunicorn boot on a busy 2-core machine


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the demo server exited:\n{log.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the demo server did not start:\n{log.read_text()}")


@pytest.fixture(scope="session")
def mailbox():
    """A real SMTP server on loopback that the demo desk sends its e-mail to."""
    from tests.smtp import smtp_server

    with smtp_server() as (inbox, port):
        inbox.port = port
        yield inbox


@pytest.fixture(scope="session")
def desk(tmp_path_factory, mailbox) -> Iterator[str]:
    """`corrigenda demo` on a free port, on its own SQLite home, as a new user runs it."""
    home = tmp_path_factory.mktemp("desk-home")
    port = free_port()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "SECRET_KEY")
    }
    env["CORRIGENDA_HOME"] = str(home)
    # Every browser context plays a different reader (see `person`): the desk reads the
    # reader's address from X-Forwarded-For, as behind a real proxy.
    env["CORRIGENDA_BEHIND_PROXY"] = "1"
    env["CORRIGENDA_SMTP_HOST"], env["CORRIGENDA_SMTP_PORT"] = "127.0.0.1", str(mailbox.port)
    log = home / "server.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "corrigenda", "demo", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_for_port(port, process, log)
        yield f"http://127.0.0.1:{port}"
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: `make test` installs Debian's package.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


_people = itertools.count(1)


def person(browser):
    """A new browser context with an address of its own (TEST-NET-2, never routed)."""
    address = f"198.51.100.{next(_people) % 250 + 1}"
    return browser.new_context(extra_http_headers={"X-Forwarded-For": address})


@pytest.fixture
def page(browser):
    context = person(browser)
    page = context.new_page()
    problems: list[str] = []
    page.on(
        "console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.problems = problems
    yield page
    context.close()
