"""No input makes the report endpoint answer 5xx: property-based bodies, headers and bytes."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corrigenda.models import Report

DOCUMENTED = {201, 400, 403, 413, 415, 429}
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = [
    "site",
    "url",
    "title",
    "lang",
    "selector",
    "revision",
    "kind",
    "suggestion",
    "comment",
    "email",
]
SELECTOR_FIELDS = ["exact", "prefix", "suffix", "start", "end"]


def near_valid(site_key: str):
    """Bodies shaped like a report with any field replaced by anything."""
    selector = st.fixed_dictionaries(
        {}, optional={k: json_values | st.text() | st.integers() for k in SELECTOR_FIELDS}
    )
    return st.fixed_dictionaries(
        {
            "site": st.just(site_key) | st.text(max_size=50),
            "url": st.sampled_from(["https://fuzz.example/a", "https://evil.example/"]) | st.text(),
            "selector": selector | json_values,
            "kind": st.sampled_from(["typo", "factual", "other"]) | json_values,
        },
        optional={k: json_values for k in FIELDS if k not in ("site", "url", "selector", "kind")},
    )


@pytest.fixture
def fuzz_site(db, settings):
    from tests.factories import SiteFactory

    settings.CORRIGENDA = {
        **settings.CORRIGENDA,
        "SENDER_RATE": (10**6, 60),
        "SENDER_RATE_LONG": (10**6, 60),
        "SITE_RATE": (10**6, 60),
    }
    return SiteFactory(domain__host="fuzz.example")


def post(client, data: bytes, content_type: str = "text/plain", origin: str | None = None):
    headers = {"HTTP_ORIGIN": origin} if origin else {}
    return client.post("/api/v1/reports", data=data, content_type=content_type, **headers)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_report_shaped_bodies_never_fail(client, fuzz_site, data):
    body = data.draw(near_valid(fuzz_site.public_key))
    before = Report.objects.count()
    response = post(client, json.dumps(body).encode())
    assert response.status_code in DOCUMENTED
    assert "error" in response.json() or response.status_code == 201
    assert Report.objects.count() == before + (response.status_code == 201)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    raw=st.binary(max_size=300),
    content_type=st.text(max_size=40),
    origin=st.none() | st.text(max_size=40),
)
def test_arbitrary_bytes_and_headers_never_fail(client, fuzz_site, raw, content_type, origin):
    try:
        response = post(client, raw, content_type=content_type or "text/plain", origin=origin)
    except (ValueError, UnicodeError):
        return  # the test client itself refuses headers no HTTP server would deliver
    assert response.status_code in DOCUMENTED | {404, 405}
