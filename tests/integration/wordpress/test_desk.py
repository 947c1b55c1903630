"""The desk's delivery to a real WordPress: an accepted fix edits the post, once."""

from __future__ import annotations

import pytest

from corrigenda.models import ConnectorKind, Delivery, DeliveryStatus, Webhook
from corrigenda.services.issues import issue_accept
from corrigenda.services.sites import site_create
from corrigenda.services.webhooks import delivery_attempt
from tests.factories import ArticleFactory, IssueFactory, MembershipFactory, RevisionFactory

from .conftest import WordPress


def accepted_on(wp: WordPress, slug: str, content: str, quote: str, fix: str) -> Delivery:
    post = wp.create(content, slug=slug)
    site, _ = site_create(name=f"wp-{slug}", domains=["127.0.0.1"])
    Webhook.objects.create(
        site=site,
        kind=ConnectorKind.WORDPRESS,
        url=wp.base_url,
        username=wp.username,
        app_password=wp.app_password,
    )
    article = ArticleFactory(site=site, url=post["link"])
    revision = RevisionFactory(article=article, text=f"Intro. {quote} and more.")
    start = revision.text.index(quote)
    issue = IssueFactory(
        article=article, revision=revision, start=start, end=start + len(quote), quote=quote
    )
    editor = MembershipFactory(site=site).user
    issue_accept(issue=issue, user=editor, final_text=fix)
    return Delivery.objects.select_related("webhook", "issue").get(issue=issue), post


@pytest.mark.django_db
def test_accepted_fix_is_applied_to_the_post(wordpress):
    delivery, post = accepted_on(
        wordpress, "desk-fix", "<p>Teh mayor resigned.</p>", "Teh mayor", "The mayor"
    )
    delivery_attempt(delivery=delivery)
    assert delivery.status == DeliveryStatus.DELIVERED
    assert wordpress.raw(post["id"]) == "<p>The mayor resigned.</p>"


@pytest.mark.django_db
def test_text_no_longer_there_once_fails_with_a_clear_message(wordpress):
    delivery, post = accepted_on(
        wordpress, "desk-twice", "<p>teh cat saw teh dog.</p>", "teh", "the"
    )
    delivery_attempt(delivery=delivery)
    assert delivery.status == DeliveryStatus.FAILED  # no retry can help: the editor acts
    assert "2 times" in delivery.last_error
    assert wordpress.raw(post["id"]) == "<p>teh cat saw teh dog.</p>"
