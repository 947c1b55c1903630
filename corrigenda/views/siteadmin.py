"""A site's own page on the desk: settings, domains, connectors and people (owners only)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render

from corrigenda.models import ConnectorKind, Role, Site
from corrigenda.proofreading import RULES
from corrigenda.selectors import membership_for
from corrigenda.services import siteadmin
from corrigenda.views.requests import AuthedRequest


def _owned(request: AuthedRequest, name: str) -> Site:
    """The site, if the user owns it; others get a 404 as if it did not exist."""
    site = Site.objects.filter(name=name).first()
    membership = membership_for(request.user, site.pk) if site else None
    if site is None or membership is None or membership.role != Role.OWNER:
        raise Http404("No such site.")
    return site


def _post_int(request: AuthedRequest, name: str) -> int:
    try:
        return int(request.POST.get(name, ""))
    except ValueError:
        raise siteadmin.SiteAdminError("Something was missing from the form.") from None


ACTIONS = {
    "settings": lambda request, site: siteadmin.site_update(
        site=site,
        title=request.POST.get("title", ""),
        default_lang=request.POST.get("default_lang", ""),
        public_history="public_history" in request.POST,
        email_retention_days=_post_int(request, "email_retention_days"),
    ),
    "proofreader_rules": lambda request, site: siteadmin.site_proofreader_rules(
        site=site, on=request.POST.getlist("rule")
    ),
    "domain_add": lambda request, site: siteadmin.domain_add(
        site=site, host=request.POST.get("host", "")
    ),
    "domain_remove": lambda request, site: siteadmin.domain_remove(
        site=site, host=request.POST.get("host", "")
    ),
    "connector_add": lambda request, site: siteadmin.connector_add(
        site=site,
        kind=request.POST.get("kind", ""),
        url=request.POST.get("url", ""),
        username=request.POST.get("username", ""),
        app_password=request.POST.get("app_password", ""),
    ),
    "connector_disable": lambda request, site: siteadmin.connector_disable(
        site=site, pk=_post_int(request, "pk")
    ),
    "member_invite": lambda request, site: siteadmin.member_invite(
        site=site,
        email=request.POST.get("email", ""),
        role=request.POST.get("role", ""),
        request=request,
    ),
    "member_remove": lambda request, site: siteadmin.member_remove(
        site=site, user_id=_post_int(request, "user_id"), acting=request.user
    ),
}


@login_required
def site_admin(request: AuthedRequest, name: str) -> HttpResponse:
    site = _owned(request, name)
    if request.method == "POST":
        action = ACTIONS.get(request.POST.get("action", ""))
        if action is None:
            raise Http404("No such action.")
        try:
            action(request, site)
        except siteadmin.SiteAdminError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, "Saved.")
        return redirect("corrigenda:site_admin", name=site.name)
    context = {
        "site": site,
        "domains": site.domains.order_by("host"),
        "connectors": site.webhooks.order_by("-active", "-created_at"),
        "members": site.memberships.select_related("user").order_by("user__username"),
        "roles": Role.choices,
        "kinds": ConnectorKind.choices,
        "rules": [(r, r.id not in site.proofreader_off) for r in RULES.values()],
    }
    return render(request, "corrigenda/site_admin.html", context)
