"""Sites, their domains and their people."""

from __future__ import annotations

import time

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models.functions import Length
from django.db.models.signals import post_delete, post_save

from corrigenda.extraction.guard import host_allowed, normalise_host
from corrigenda.models import Domain, Membership, Role, Site

# Every report looks up its site and the site's domains; they change rarely, so each
# process keeps them this many seconds. A new domain works everywhere within that time.
SITE_CACHE_SECONDS = 30
_sites: dict[str, tuple[float, Site | None]] = {}
_domains: dict[int, tuple[float, tuple[str, ...]]] = {}


def site_domains(site: Site) -> tuple[str, ...]:
    cached = _domains.get(site.pk)
    if cached and cached[0] > time.monotonic():
        return cached[1]
    hosts = tuple(site.domains.values_list("host", flat=True))
    _domains[site.pk] = (time.monotonic() + SITE_CACHE_SECONDS, hosts)
    return hosts


def site_by_public_key(key: str) -> Site | None:
    """The site whose widget key this is (cached: see SITE_CACHE_SECONDS)."""
    cached = _sites.get(key)
    if cached and cached[0] > time.monotonic():
        return cached[1]
    site = Site.objects.filter(public_key=key).first()
    if len(_sites) > 10_000:  # keys sent by scanners must not grow the cache for ever
        _sites.clear()
    _sites[key] = (time.monotonic() + SITE_CACHE_SECONDS, site)
    return site


def forget_sites(**kwargs: object) -> None:
    """Changes made in this process take effect at once (others wait out the TTL)."""
    _sites.clear()
    _domains.clear()


for _model in (Site, Domain):
    post_save.connect(forget_sites, sender=_model, dispatch_uid=f"forget-{_model.__name__}")
    post_delete.connect(forget_sites, sender=_model, dispatch_uid=f"forget-{_model.__name__}-d")


def site_owns_host(site: Site, host: str) -> bool:
    """``host`` is one of the site's domains or a subdomain of one (the fetcher's own rule)."""
    return host_allowed(host, site_domains(site))


def site_for_host(host: str) -> Site | None:
    """The site that claims ``host`` or a parent domain of it (the longest claim wins).

    >>> site_for_host("not a host") is None
    True
    """
    try:
        parts = normalise_host(host).split(".")
    except ValueError:
        return None
    candidates = [".".join(parts[i:]) for i in range(len(parts))]
    domain = (
        Domain.objects.filter(host__in=candidates)
        .select_related("site")
        .order_by(Length("host").desc())
        .first()
    )
    return domain.site if domain else None


@transaction.atomic
def site_create(
    *, name: str, domains: list[str], title: str = "", default_lang: str = "en"
) -> tuple[Site, str]:
    """Create a site with its domains; returns the site and its secret, shown only now."""
    site = Site(name=name, title=title or name, default_lang=default_lang)
    secret = site.set_secret()
    site.save()
    for host in domains:
        Domain.objects.create(site=site, host=normalise_host(host))  # ValueError if not a host
    return site, secret


def user_add(
    *, email: str, site: Site, role: str = Role.EDITOR, password: str | None = None
) -> User:
    """Create (or find) a user by e-mail and give them a role on ``site``."""
    users = get_user_model()
    user, created = users.objects.get_or_create(username=email, defaults={"email": email})
    if password is not None:
        user.set_password(password)
        user.save()
    elif created:
        user.set_unusable_password()
        user.save()
    Membership.objects.update_or_create(user=user, site=site, defaults={"role": role})
    return user
