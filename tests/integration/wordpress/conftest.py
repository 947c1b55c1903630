"""A real WordPress for the connector's tests: Debian's package, PHP's server, MariaDB.

Once per test session: install the Debian packages if they are missing (as root, through
``scripts/wordpress-setup``), copy the WordPress tree to a temporary directory with its own
``wp-config.php``, create a fresh database ``corrigenda_wp_<random>`` on the local MariaDB,
install WordPress into it from PHP's command line (``scripts/wordpress-provision.php``: no
browser, no WP-CLI), and serve it with ``php -S`` on a free loopback port. Teardown stops
the server and drops the database.

MariaDB is found at ``CORRIGENDA_WP_DB_HOST`` / ``_PORT`` / ``_USER`` / ``_PASSWORD``
(default 127.0.0.1:3306, root, no password).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[3]
WORDPRESS_TREE = Path("/usr/share/wordpress")  # where Debian's `wordpress` package puts it
DB = {
    "host": os.environ.get("CORRIGENDA_WP_DB_HOST", "127.0.0.1"),
    "port": os.environ.get("CORRIGENDA_WP_DB_PORT", "3306"),
    "user": os.environ.get("CORRIGENDA_WP_DB_USER", "root"),
    "password": os.environ.get("CORRIGENDA_WP_DB_PASSWORD", ""),
}
USERNAME = "editor"
# wp-config.php's cookie and nonce secrets: random per session, though nothing here uses them.
SECRET_KEYS = (
    "AUTH_KEY",
    "SECURE_AUTH_KEY",
    "LOGGED_IN_KEY",
    "NONCE_KEY",
    "AUTH_SALT",
    "SECURE_AUTH_SALT",
    "LOGGED_IN_SALT",
    "NONCE_SALT",
)
# Seconds for PHP's server to answer its first request: it starts in well under one.
START_TIMEOUT = 20.0
# PHP's server handles one request at a time unless told otherwise; two lets a slow
# request (first-hit opcode compilation) not stall the next.
SERVER_WORKERS = "2"


@dataclass(frozen=True)
class WordPress:
    """The running site, and a plain REST client the tests use to arrange and inspect it.

    The client is deliberately not the connector under test: it is urllib, signed in
    with the same application password.
    """

    base_url: str
    username: str
    app_password: str

    def rest(self, method: str, path: str, payload: dict[str, Any] | None = None) -> Any:
        token = base64.b64encode(f"{self.username}:{self.app_password}".encode()).decode()
        request = urllib.request.Request(  # noqa: S310  (our loopback WordPress)
            f"{self.base_url}/wp-json/wp/v2/{path}",
            method=method,
            data=None if payload is None else json.dumps(payload).encode(),
            headers={"Authorization": f"Basic {token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310  (loopback)
            return json.load(response)

    def create(self, content: str, *, slug: str, post_type: str = "posts") -> dict[str, Any]:
        """A published post (or page) with ``content`` as its raw content."""
        payload = {"title": slug, "slug": slug, "content": content, "status": "publish"}
        return self.rest("POST", f"{post_type}?context=edit", payload)

    def raw(self, post_id: int, post_type: str = "posts") -> str:
        return self.rest("GET", f"{post_type}/{post_id}?context=edit")["content"]["raw"]


@pytest.fixture(scope="session")
def wordpress(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WordPress]:
    _ensure_packages()
    _ensure_mariadb()
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    root = tmp_path_factory.mktemp("wordpress") / "site"
    shutil.copytree(WORDPRESS_TREE, root, symlinks=True)
    database = f"corrigenda_wp_{secrets.token_hex(4)}"
    _write_config(root, database, base_url)
    _mysql(f"CREATE DATABASE `{database}` CHARACTER SET utf8mb4")
    try:
        app_password = _provision(root, base_url)
        with _php_server(root, port, root.parent / "php-server.log"):
            yield WordPress(base_url, USERNAME, app_password)
    finally:
        _mysql(f"DROP DATABASE IF EXISTS `{database}`")


def _ensure_packages() -> None:
    setup = subprocess.run(
        [REPO / "scripts" / "wordpress-setup"], capture_output=True, text=True, check=False
    )
    if setup.returncode != 0:
        if os.geteuid() != 0:
            pytest.skip(f"WordPress is not installed and we are not root: {setup.stderr}")
        pytest.fail(f"scripts/wordpress-setup failed:\n{setup.stdout}{setup.stderr}")


def _php() -> str:
    return shutil.which("php") or "/usr/bin/php"


def _ensure_mariadb() -> None:
    try:
        socket.create_connection((DB["host"], int(DB["port"])), timeout=3).close()
    except OSError as exc:
        pytest.skip(f"no MariaDB at {DB['host']}:{DB['port']} for WordPress: {exc}")


def _mysql(statement: str) -> None:
    command = ["mysql", "-h", DB["host"], "-P", DB["port"], "-u", DB["user"], "-e", statement]
    env = {**os.environ, "MYSQL_PWD": DB["password"]}  # kept off the command line
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=30)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _write_config(root: Path, database: str, base_url: str) -> None:
    """Replace Debian's wp-config.php (which reads /etc/wordpress) with a self-contained one."""
    keys = "".join(f"define('{name}', '{secrets.token_hex(32)}');\n" for name in SECRET_KEYS)
    (root / "wp-config.php").unlink()
    (root / "wp-config.php").write_text(
        "<?php\n"
        f"define('DB_NAME', '{database}');\n"
        f"define('DB_USER', {json.dumps(DB['user'])});\n"
        f"define('DB_PASSWORD', {json.dumps(DB['password'])});\n"
        f"define('DB_HOST', '{DB['host']}:{DB['port']}');\n"
        "define('DB_CHARSET', 'utf8mb4');\n"
        "define('DB_COLLATE', '');\n"
        f"define('WP_HOME', '{base_url}');\n"
        f"define('WP_SITEURL', '{base_url}');\n"
        "// Application passwords need https, or a site that says it is local.\n"
        "define('WP_ENVIRONMENT_TYPE', 'local');\n"
        "// No background HTTP: cron, update checks and pingbacks stay off.\n"
        "define('DISABLE_WP_CRON', true);\n"
        "define('WP_HTTP_BLOCK_EXTERNAL', true);\n"
        "define('AUTOMATIC_UPDATER_DISABLED', true);\n"
        f"{keys}"
        "$table_prefix = 'wp_';\n"
        "if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');\n"
        "require_once ABSPATH . 'wp-settings.php';\n"
    )


def _provision(root: Path, base_url: str) -> str:
    """Install WordPress into the empty database; return an application password."""
    script = REPO / "scripts" / "wordpress-provision.php"
    done = subprocess.run(
        [_php(), script, root, USERNAME, secrets.token_urlsafe(16)],
        env={**os.environ, "WP_HOME": base_url},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(f"installing WordPress failed:\n{done.stdout}{done.stderr}")
    return str(json.loads(done.stdout)["app_password"])


@contextmanager
def _php_server(root: Path, port: int, log: Path) -> Iterator[None]:
    env = {**os.environ, "PHP_CLI_SERVER_WORKERS": SERVER_WORKERS}
    with log.open("wb") as out:
        server = subprocess.Popen(
            [_php(), "-S", f"127.0.0.1:{port}", "-t", root],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its workers are stopped with it, as one group
        )
    try:
        _wait_until_up(f"http://127.0.0.1:{port}/wp-json/", server, log)
        yield
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=10)


def _wait_until_up(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"php -S exited with {server.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310  (loopback)
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    pytest.fail(f"WordPress did not answer {url} within {START_TIMEOUT:.0f} s")
