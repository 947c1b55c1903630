"""What a site's owner changes from the desk: settings, domains, connectors, people."""

from __future__ import annotations

from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import IntegrityError, transaction
from django.http import HttpRequest

from corrigenda.extraction.guard import normalise_host
from corrigenda.models import ConnectorKind, Domain, Membership, Role, Site, Webhook
from corrigenda.proofreading import RULES
from corrigenda.services.sites import user_add

MAX_RETENTION_DAYS = 3650  # ten years: longer than any newsroom needs a reader's address


class SiteAdminError(Exception):
    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message, self.field = message, field


def site_update(
    *, site: Site, title: str, default_lang: str, public_history: bool, email_retention_days: int
) -> Site:
    if not 1 <= email_retention_days <= MAX_RETENTION_DAYS:
        raise SiteAdminError(
            f"Keep addresses between 1 and {MAX_RETENTION_DAYS} days.", "email_retention_days"
        )
    if default_lang not in ("en", "uk", "ru"):
        raise SiteAdminError("Choose English, Ukrainian or Russian.", "default_lang")
    site.title, site.default_lang = title.strip()[:200] or site.name, default_lang
    site.public_history, site.email_retention_days = public_history, email_retention_days
    site.save(update_fields=["title", "default_lang", "public_history", "email_retention_days"])
    return site


def site_proofreader_rules(*, site: Site, on: list[str]) -> Site:
    """Keep the proofreader rules in ``on``; every other rule files nothing for this site
    (a house style that does not follow Ukrainian euphony, say)."""
    unknown = set(on) - set(RULES)
    if unknown:
        raise SiteAdminError(f"No such proofreader rule: {sorted(unknown)[0]}.", "rule")
    site.proofreader_off = sorted(set(RULES) - set(on))
    site.save(update_fields=["proofreader_off"])
    return site


def domain_add(*, site: Site, host: str) -> Domain:
    try:
        host = normalise_host(
            host.strip().removeprefix("https://").removeprefix("http://").split("/")[0]
        )
    except ValueError:
        raise SiteAdminError("That is not a host name, like news.example.com.", "host") from None
    try:
        with transaction.atomic():
            return Domain.objects.create(site=site, host=host)
    except IntegrityError:
        raise SiteAdminError(f"{host} already belongs to a site.", "host") from None


def domain_remove(*, site: Site, host: str) -> None:
    if site.domains.count() <= 1:
        raise SiteAdminError("A site needs at least one domain.", "host")
    site.domains.filter(host=host).delete()


def connector_add(
    *, site: Site, kind: str, url: str, username: str = "", app_password: str = ""
) -> Webhook:
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        raise SiteAdminError("Give an http(s) address.", "url") from None
    if kind == ConnectorKind.WORDPRESS and not (username and app_password):
        raise SiteAdminError("WordPress needs a user and an application password.", "username")
    return Webhook.objects.create(
        site=site, kind=kind, url=url, username=username, app_password=app_password
    )


def connector_disable(*, site: Site, pk: int) -> None:
    site.webhooks.filter(pk=pk).update(active=False)


def member_invite(*, site: Site, email: str, role: str, request: HttpRequest) -> Membership:
    """Give ``email`` a role; a new person gets an e-mail to choose their password."""
    email = email.strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise SiteAdminError("That is not an e-mail address.", "email") from None
    if role not in Role.values:
        raise SiteAdminError("Choose a role.", "role")
    user = user_add(email=email, site=site, role=role)
    if not user.has_usable_password():
        _send_password_link(user, request)
    return Membership.objects.get(user=user, site=site)


def _send_password_link(user: User, request: HttpRequest) -> None:
    form = PasswordResetForm({"email": user.email})
    if form.is_valid():
        # Django's reset mail refuses users without a usable password; a fresh invitee has
        # none, so they are sent the same signed link through the same machinery.
        form.get_users = lambda email: [user]  # type: ignore[method-assign]
        form.save(
            request=request,
            use_https=request.is_secure(),
            subject_template_name="corrigenda/mail/invite_subject.txt",
            email_template_name="corrigenda/mail/invite.txt",
        )


def member_remove(*, site: Site, user_id: int, acting: User) -> None:
    if user_id == acting.pk:
        raise SiteAdminError("You can't remove yourself; ask another owner.")
    owners = site.memberships.filter(role=Role.OWNER).exclude(user_id=user_id)
    if not owners.exists():
        raise SiteAdminError("A site needs at least one owner.")
    site.memberships.filter(user_id=user_id).delete()
