"""A site's owner manages it from the desk; nobody else can."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from corrigenda.models import Membership, Role, Webhook
from corrigenda.proofreading import RULES
from tests.factories import MembershipFactory, SiteFactory


@pytest.fixture
def owner_client(client, site):
    owner = MembershipFactory(site=site, role=Role.OWNER).user
    client.force_login(owner)
    client.owner = owner
    return client


def act(client, site, action, **data):
    return client.post(
        reverse("corrigenda:site_admin", args=[site.name]), {"action": action, **data}
    )


def test_only_owners_see_the_page(client, editor, site):
    client.force_login(editor)
    assert client.get(reverse("corrigenda:site_admin", args=[site.name])).status_code == 404
    assert act(client, site, "domain_add", host="evil.example").status_code == 404
    other = SiteFactory()
    client.force_login(MembershipFactory(site=other, role=Role.OWNER).user)
    assert client.get(reverse("corrigenda:site_admin", args=[site.name])).status_code == 404


def test_settings_and_domains(owner_client, site):
    page = owner_client.get(reverse("corrigenda:site_admin", args=[site.name]))
    assert site.public_key in page.content.decode()
    act(
        owner_client,
        site,
        "settings",
        title="The Ledger",
        default_lang="uk",
        email_retention_days="14",
        public_history="on",
    )
    site.refresh_from_db()
    assert (site.title, site.default_lang, site.email_retention_days, site.public_history) == (
        "The Ledger",
        "uk",
        14,
        True,
    )
    act(owner_client, site, "domain_add", host="https://WWW.Ledger.example/path")
    assert site.domains.filter(host="www.ledger.example").exists()
    act(owner_client, site, "domain_add", host="not a host")
    assert site.domains.count() == 2
    act(owner_client, site, "domain_remove", host="www.ledger.example")
    act(owner_client, site, "domain_remove", host="ledger.example")  # the last one stays
    assert list(site.domains.values_list("host", flat=True)) == ["ledger.example"]


def test_connectors(owner_client, site):
    act(owner_client, site, "connector_add", kind="webhook", url="https://cms.example/hook")
    act(owner_client, site, "connector_add", kind="wordpress", url="https://wp.example")
    assert Webhook.objects.count() == 1  # WordPress without credentials is refused
    hook = Webhook.objects.get()
    act(owner_client, site, "connector_disable", pk=str(hook.pk))
    hook.refresh_from_db()
    assert not hook.active


def test_invite_sends_a_working_password_link(owner_client, site, inbox):
    response = act(owner_client, site, "member_invite", email="New@Ledger.example", role="editor")
    assert response.status_code == 302
    member = Membership.objects.get(site=site, user__username="new@ledger.example")
    assert member.role == Role.EDITOR
    [message] = inbox.messages
    link = re.search(r"http://testserver(/desk/password/\S+/)", message.get_payload())
    owner_client.logout()
    form = owner_client.get(link.group(1), follow=True)
    assert "Choose a password" in form.content.decode()
    done = owner_client.post(
        form.redirect_chain[-1][0],
        {
            "new_password1": "a long and unusual one 42",
            "new_password2": "a long and unusual one 42",
        },
    )
    assert done.status_code == 302
    assert owner_client.login(username="new@ledger.example", password="a long and unusual one 42")


def test_removing_people_keeps_an_owner(owner_client, site, editor):
    act(owner_client, site, "member_remove", user_id=str(editor.pk))
    assert not Membership.objects.filter(site=site, user=editor).exists()
    act(owner_client, site, "member_remove", user_id=str(owner_client.owner.pk))
    assert Membership.objects.filter(site=site, user=owner_client.owner).exists()


def test_password_reset_for_an_existing_editor(client, editor, inbox):
    client.post(reverse("corrigenda:password_reset"), {"email": editor.email})
    [message] = inbox.messages
    assert "reset the password" in message.get_payload()


def test_proofreader_rules_are_switched_per_site(owner_client, site):
    page = owner_client.get(reverse("corrigenda:site_admin", args=[site.name])).content.decode()
    assert 'value="spelling.euphony" checked' in page
    on = [r for r in RULES if r != "spelling.euphony"]
    act(owner_client, site, "proofreader_rules", rule=on)
    site.refresh_from_db()
    assert site.proofreader_off == ["spelling.euphony"]
    page = owner_client.get(reverse("corrigenda:site_admin", args=[site.name])).content.decode()
    assert 'value="spelling.euphony">' in page and 'value="spelling.misspelling" checked' in page
    act(owner_client, site, "proofreader_rules", rule=[*on, "spelling.nonsense"])
    site.refresh_from_db()
    assert site.proofreader_off == ["spelling.euphony"]  # an unknown rule changes nothing
