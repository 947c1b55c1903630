from __future__ import annotations

import pytest

from tests.factories import MembershipFactory, SiteFactory


@pytest.fixture
def site(db):
    return SiteFactory(name="ledger", domain__host="ledger.example")


@pytest.fixture
def editor(site):
    return MembershipFactory(site=site).user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def inbox(settings):
    """Django's e-mail goes to a real SMTP server on loopback; the fixture is its inbox."""
    from tests.smtp import smtp_server

    with smtp_server() as (inbox, port):
        settings.MAILERS = {
            "default": {
                "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "OPTIONS": {"host": "127.0.0.1", "port": port, "timeout": 5},
            }
        }
        yield inbox


@pytest.fixture
def anchored_issue(site):
    """An open issue on "the the" in a fresh article of ``site``, anchored in its text."""
    from tests.factories import IssueFactory, RevisionFactory

    def make(**fields):
        revision = RevisionFactory(article__site=site)
        start = revision.text.index("the the")
        defaults = {"suggestion": "the", "start": start, "end": start + 7}
        return IssueFactory(article=revision.article, revision=revision, **defaults | fields)

    return make
