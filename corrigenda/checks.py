"""Misconfiguration reported at start-up, as Django system checks with ids and hints."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Warning, register

from corrigenda import conf

MIN_SECRET_KEY = 40  # Django's own check asks for 50; below 40 the key is a guessable one


@register()
def check_secret_key(app_configs: object, **kwargs: object) -> list[Error]:
    if len(settings.SECRET_KEY) < MIN_SECRET_KEY:
        return [
            Error(
                "SECRET_KEY is too short to protect sessions and reader hashes.",
                hint="Unset SECRET_KEY to let Corrigenda generate one under "
                "CORRIGENDA_HOME, or set a random value of 50+ characters.",
                id="corrigenda.E001",
            )
        ]
    return []


@register()
def check_loopback_fetch(app_configs: object, **kwargs: object) -> list[Warning]:
    if conf.get("FETCH_ALLOW_LOOPBACK") and not conf.get("DEMO") and not settings.DEBUG:
        return [
            Warning(
                "The fetcher may reach loopback addresses in production.",
                hint="Unset CORRIGENDA_FETCH_ALLOW_LOOPBACK: it exists for the demo and tests.",
                id="corrigenda.W001",
            )
        ]
    return []
