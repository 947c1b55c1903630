"""Report ingest through the real server, against a cached static response in the same run.

    python bench/ingest.py [--seconds 10] [--connections 16] [--workers 2]

Starts `corrigenda serve` (gunicorn, threaded WSGI, plus the task worker) on a fresh SQLite
home, then drives it with wrk (Debian's `wrk`) from this machine:
  baseline  GET /widget.js        Django's full stack answering from memory, no database
  ingest    POST /api/v1/reports  validate, rate-limit (3 upserts), store + enqueue, commit
and prints requests/s for both and their ratio. Every POST must get its 201: the script
checks wrk saw no other status and that the database holds that many reports.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BODY = {
    "site": "",
    "url": "http://127.0.0.1/bench/article/",
    "selector": {
        "exact": "oppostion",
        "prefix": "the leader of the ",
        "suffix": " said",
        "start": 120,
        "end": 129,
    },
    "revision": "0123456789abcdef",
    "kind": "typo",
    "suggestion": "opposition",
}
LUA = """wrk.method = "POST"
wrk.body = [[{body}]]
wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
wrk.headers["Origin"] = "http://127.0.0.1"
"""


def run(cmd: list[str], env: dict[str, str]) -> str:
    return subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait(port: int) -> None:
    for _ in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


def wrk(url: str, seconds: int, connections: int, script: Path | None = None) -> dict:
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    if script:
        cmd += ["-s", str(script)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    p99 = re.search(r"99%\s+([\d.]+\w+)", out).group(1)
    return {"requests": requests, "rate": rate, "bad": int(bad.group(1)) if bad else 0, "p99": p99}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")

    home = Path(tempfile.mkdtemp(prefix="corrigenda-bench-"))
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        CORRIGENDA_HOME=str(home),
        CORRIGENDA_SENDER_RATE="100000000/60",
        CORRIGENDA_SENDER_RATE_LONG="100000000/3600",
        CORRIGENDA_SITE_RATE="100000000/60",
        CORRIGENDA_LOG_LEVEL="WARNING",
    )
    cli = [sys.executable, "-m", "corrigenda"]
    run([*cli, "manage", "migrate", "-v0"], env)
    key = re.search(
        r"Public key \(for the widget\): (\S+)",
        run([*cli, "site", "add", "bench", "--domain", "127.0.0.1"], env),
    ).group(1)
    script = home / "post.lua"
    script.write_text(LUA.format(body=json.dumps({**BODY, "site": key})))

    port = free_port()
    server = subprocess.Popen(
        [*cli, "serve", "--port", str(port), "--workers", str(args.workers), "--no-migrate"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        cwd=ROOT,
    )
    try:
        wait(port)
        base = f"http://127.0.0.1:{port}"
        wrk(f"{base}/widget.js", 2, args.connections)  # warm-up: imports, connections
        baseline = wrk(f"{base}/widget.js", args.seconds, args.connections)
        ingest = wrk(f"{base}/api/v1/reports", args.seconds, args.connections, script)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    stored = (
        sqlite3.connect(home / "corrigenda.sqlite3")
        .execute("SELECT COUNT(*) FROM corrigenda_report")
        .fetchone()[0]
    )
    report(args, baseline, ingest, stored)
    shutil.rmtree(home, ignore_errors=True)


def report(args: argparse.Namespace, baseline: dict, ingest: dict, stored: int) -> None:
    print(
        f"gunicorn workers={args.workers} threads=8, wrk -t2 -c{args.connections} "
        f"-d{args.seconds}s, SQLite WAL, on {os.cpu_count()} cores"
    )
    print("| what | requests/s | p99 latency | non-2xx |")
    print("|---|---|---|---|")
    print(
        f"| baseline: GET /widget.js | {baseline['rate']:.0f} | {baseline['p99']} | "
        f"{baseline['bad']} |"
    )
    print(
        f"| ingest: POST /api/v1/reports | {ingest['rate']:.0f} | {ingest['p99']} | "
        f"{ingest['bad']} |"
    )
    print(f"ratio ingest/baseline: {ingest['rate'] / baseline['rate']:.2f}")
    print(f"reports stored: {stored} of {ingest['requests']} sent")
    if ingest["bad"] or stored < ingest["requests"] - ingest["bad"]:
        raise SystemExit("some reports were not stored")


if __name__ == "__main__":
    main()
