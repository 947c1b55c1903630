"""Gunicorn as a library: the production WSGI server behind ``corrigenda serve``."""

from __future__ import annotations

from gunicorn.app.base import BaseApplication

GRACEFUL_TIMEOUT = 20  # seconds in-flight requests get to finish on shutdown
TIMEOUT = 60  # a request still running after this is stuck; the worker is replaced


class _Server(BaseApplication):
    def __init__(self, options: dict[str, object]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from corrigenda.server.wsgi import application

        return application


def serve(*, bind: str, workers: int, threads: int) -> None:
    _Server(
        {
            "bind": bind,
            "workers": workers,
            "threads": threads,
            "worker_class": "gthread",
            "timeout": TIMEOUT,
            "graceful_timeout": GRACEFUL_TIMEOUT,
            "accesslog": "-",
            # Gunicorn's control socket sits in the user's home by default: two desks on
            # one machine (or a desk and its tests) would fight over it; nothing uses it.
            "control_socket_disable": True,
        }
    ).run()
