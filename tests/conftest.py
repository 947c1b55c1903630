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
