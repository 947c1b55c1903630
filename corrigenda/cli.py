"""The ``corrigenda`` command: demo, serve, worker, site/user admin, and Django's commands."""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import subprocess
import sys

SETTINGS = "corrigenda.server.settings"
WORKER_INTERVAL = "0.5"  # seconds between queue polls: reports show up "within seconds"
DEFAULT_THREADS = 8  # per web process: requests mostly wait on the database, not the CPU


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    import django

    django.setup()


def _ready() -> None:
    """Django set up and the database at the current schema: every admin command's start."""
    _django()
    _migrate()


def _migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def cmd_serve(args: argparse.Namespace) -> int:
    _django()
    if not args.no_migrate:
        _migrate()
    return _run_server(args.host, args.port, args.workers, args.threads)


def _run_server(host: str, port: int, workers: int, threads: int) -> int:
    """Gunicorn (WSGI, threads) in front, the task worker beside it; stop both together."""
    from django.db import connections

    from corrigenda.server.gunicorn import serve

    connections.close_all()  # never hand an open database connection to forked workers
    worker = subprocess.Popen([sys.executable, "-m", "corrigenda", "worker"])
    try:
        serve(bind=f"{host}:{port}", workers=workers, threads=threads)
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=10)
        except subprocess.TimeoutExpired:
            worker.kill()
    return 0


def _housekeeping_forever() -> None:
    """Address purge and digests on a timer, beside the task loop (idempotent per round)."""
    import logging
    import time

    from django.db import close_old_connections

    from corrigenda import conf
    from corrigenda.services.housekeeping import housekeeping_run

    while True:
        try:
            done = housekeeping_run(desk_url=conf.get("DESK_URL"))
            logging.getLogger("corrigenda.housekeeping").info("housekeeping: %s", done)
        except Exception:  # a bad round must not stop the next one
            logging.getLogger("corrigenda.housekeeping").exception("housekeeping failed")
        finally:
            close_old_connections()
        time.sleep(conf.get("HOUSEKEEPING_INTERVAL"))


def cmd_worker(args: argparse.Namespace) -> int:
    _django()
    import threading

    from django.core.management import call_command

    threading.Thread(target=_housekeeping_forever, name="housekeeping", daemon=True).start()

    call_command(
        "db_worker",
        interval=float(WORKER_INTERVAL),
        reload=False,
        startup_delay=False,
        verbosity=args.verbosity,
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    os.environ["CORRIGENDA_DEMO"] = "1"
    os.environ["CORRIGENDA_FETCH_ALLOW_LOOPBACK"] = "1"
    _django()
    _migrate()
    from corrigenda.demo.load import DEMO_EDITOR, DEMO_PASSWORD, demo_load

    base = f"http://{args.host}:{args.port}"
    setup = demo_load(base_url=base)
    print("\nCorrigenda demo is running.\n")
    print("  Demo articles (select a mistake, press Ctrl+Enter or ⌘+Enter):")
    for article in setup.articles:
        print(f"    {article.url}")
    print(f"\n  Editors' desk:  {base}/desk/")
    print(f"  Login:          {DEMO_EDITOR} / {DEMO_PASSWORD}")
    print(f"  API schema:     {base}/api/v1/openapi.json\n", flush=True)
    return _run_server(args.host, args.port, 1, DEFAULT_THREADS)


def cmd_site_add(args: argparse.Namespace) -> int:
    _ready()
    from corrigenda.services.sites import site_create

    site, secret = site_create(name=args.name, domains=args.domain, title=args.title or "")
    print(f"Site {site.name} created for {', '.join(args.domain)}.")
    print(f"Public key (for the widget): {site.public_key}")
    print(f"Secret (for the push API; shown only now): {secret}")
    print(
        f'Widget: <script src="https://YOUR-DESK/widget.js" data-site="{site.public_key}" '
        f"defer></script>"
    )
    return 0


def _site_named(name: str):
    """The site called ``name``, or None after saying so on stderr."""
    from corrigenda.models import Site

    site = Site.objects.filter(name=name).first()
    if site is None:
        print(f"No site named {name!r}; `corrigenda site add` makes one.", file=sys.stderr)
    return site


def cmd_user_add(args: argparse.Namespace) -> int:
    _ready()
    from corrigenda.services.sites import user_add

    site = _site_named(args.site)
    if site is None:
        return 2
    password = args.password or secrets.token_urlsafe(12)
    user_add(email=args.email, site=site, role=args.role, password=password)
    print(f"{args.email} is now {args.role} of {site.name}.")
    if not args.password:
        print(f"Password (shown only now): {password}")
    return 0


def cmd_webhook_add(args: argparse.Namespace) -> int:
    _ready()
    from corrigenda.models import Webhook

    site = _site_named(args.site)
    if site is None:
        return 2
    webhook = Webhook.objects.create(site=site, url=args.url)
    print(f"Accepted corrections of {site.name} will be POSTed to {webhook.url}.")
    print(f"Signing secret (check Corrigenda-Signature with it): {webhook.secret}")
    return 0


def cmd_token_add(args: argparse.Namespace) -> int:
    _ready()
    from django.contrib.auth import get_user_model

    from corrigenda.models import ApiToken

    user = get_user_model().objects.filter(username=args.email).first()
    if user is None:
        print(f"No user {args.email!r}; add them with `corrigenda user add`.", file=sys.stderr)
        return 2
    _, key = ApiToken.issue_for(user, name=args.name or "")
    print(f"API token for {args.email} (shown only now): {key}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from corrigenda.checkcmd import run  # no Django: the proofreader is a pure module

    return run(args.source, args.lang, args.format, allow_loopback=args.allow_loopback)


def cmd_wordpress_add(args: argparse.Namespace) -> int:
    _ready()
    from corrigenda.models import ConnectorKind, Webhook

    site = _site_named(args.site)
    if site is None:
        return 2
    Webhook.objects.create(
        site=site,
        kind=ConnectorKind.WORDPRESS,
        url=args.url,
        username=args.user,
        app_password=args.app_password,
    )
    print(
        f"Accepted corrections of {site.name} will be applied to posts on {args.url} "
        f"as {args.user} (only when the old text occurs exactly once in the post)."
    )
    return 0


def cmd_manage(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["corrigenda manage", *args.rest])
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="corrigenda", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    demo = commands.add_parser("demo", help="run the demo publication and desk on SQLite")
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=8000)
    demo.set_defaults(run=cmd_demo)

    serve = commands.add_parser("serve", help="production web server plus task worker")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=2)
    serve.add_argument("--threads", type=int, default=DEFAULT_THREADS)
    serve.add_argument("--no-migrate", action="store_true", help="don't migrate at start")
    serve.set_defaults(run=cmd_serve)

    worker = commands.add_parser("worker", help="the task worker alone")
    worker.add_argument("--verbosity", type=int, default=1)
    worker.set_defaults(run=cmd_worker)

    site = commands.add_parser("site", help="manage sites").add_subparsers(
        dest="action", required=True
    )
    site_add = site.add_parser("add", help="add a site (publication)")
    site_add.add_argument("name")
    site_add.add_argument("--domain", action="append", required=True)
    site_add.add_argument("--title")
    site_add.set_defaults(run=cmd_site_add)

    user = commands.add_parser("user", help="manage people").add_subparsers(
        dest="action", required=True
    )
    user_add = user.add_parser("add", help="give a person a role on a site")
    user_add.add_argument("email")
    user_add.add_argument("--site", required=True)
    user_add.add_argument("--role", choices=["owner", "editor", "viewer"], default="editor")
    user_add.add_argument("--password", help="default: generate one and print it")
    user_add.set_defaults(run=cmd_user_add)

    webhook = commands.add_parser("webhook", help="manage webhooks").add_subparsers(
        dest="action", required=True
    )
    webhook_add = webhook.add_parser("add", help="send a site's accepted corrections to a URL")
    webhook_add.add_argument("site")
    webhook_add.add_argument("url")
    webhook_add.set_defaults(run=cmd_webhook_add)

    wordpress = commands.add_parser("wordpress", help="WordPress connectors").add_subparsers(
        dest="action", required=True
    )
    wordpress_add = wordpress.add_parser("add", help="apply a site's fixes to WordPress posts")
    wordpress_add.add_argument("site")
    wordpress_add.add_argument("url", help="the WordPress site's root, e.g. https://news.example")
    wordpress_add.add_argument("--user", required=True)
    wordpress_add.add_argument(
        "--app-password",
        required=True,
        help="an application password (Users → Profile in WordPress)",
    )
    wordpress_add.set_defaults(run=cmd_wordpress_add)

    token = commands.add_parser("token", help="editor API tokens").add_subparsers(
        dest="action", required=True
    )
    token_add = token.add_parser("add", help="make an API token for a user")
    token_add.add_argument("email")
    token_add.add_argument("--name")
    token_add.set_defaults(run=cmd_token_add)

    check = commands.add_parser("check", help="proofread a text or HTML file, or a URL")
    check.add_argument("source", help="a file path or an http(s) URL")
    check.add_argument("--lang", choices=["en", "uk", "ru"], help="default: as declared/guessed")
    check.add_argument("--format", choices=["text", "json"], default="text")
    check.add_argument("--allow-loopback", action="store_true", help=argparse.SUPPRESS)
    check.set_defaults(run=cmd_check)

    manage = commands.add_parser("manage", help="run a Django management command")
    manage.add_argument("rest", nargs=argparse.REMAINDER)
    manage.set_defaults(run=cmd_manage)
    return parser


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    sys.exit(args.run(args))
