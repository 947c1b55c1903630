"""POST /api/v1/articles: a CMS pushes versions with the site's secret."""

from __future__ import annotations

import json

import pytest

from corrigenda.anchoring import fingerprint, normalise_text
from corrigenda.models import Revision
from corrigenda.services.sites import site_create

URL = "/api/v1/articles"


@pytest.fixture
def secret_site(db):
    return site_create(name="herald", domains=["herald.example"])


def push(client, secret, body, content_type="application/json"):
    return client.post(
        URL, data=json.dumps(body), content_type=content_type, HTTP_AUTHORIZATION=f"Bearer {secret}"
    )


def test_push_text_creates_a_revision(client, secret_site):
    _, secret = secret_site
    text = "Prices rose\u00a0by 3 % — the highest since 2023."
    response = push(
        client,
        secret,
        {"url": "https://herald.example/prices", "title": "Prices", "lang": "en", "text": text},
    )
    assert response.status_code == 201
    body = response.json()
    assert body == {
        "article": body["article"],
        "revision": 1,
        "created": True,
        "fingerprint": fingerprint(normalise_text(text)),
    }
    revision = Revision.objects.get()
    assert revision.text == normalise_text(text)
    assert revision.article.current_revision == revision


def test_same_text_is_not_a_new_revision(client, secret_site):
    _, secret = secret_site
    body = {"url": "https://herald.example/prices", "text": "One two three."}
    assert push(client, secret, body).status_code == 201
    again = push(client, secret, {**body, "text": "One  two three. "})
    assert again.status_code == 200 and again.json()["created"] is False
    changed = push(client, secret, {**body, "text": "One two four."})
    assert changed.json()["revision"] == 2
    assert Revision.objects.count() == 2


def test_push_html_is_extracted(client, secret_site):
    _, secret = secret_site
    html = (
        "<html lang='uk'><head><title>Новини</title></head><body><nav>Menu</nav>"
        "<article><h1>Заголовок</h1><p>Перший абзац.</p></article></body></html>"
    )
    response = push(client, secret, {"url": "https://herald.example/uk/1", "html": html})
    assert response.status_code == 201
    revision = Revision.objects.get()
    assert revision.text == "Заголовок Перший абзац."
    assert revision.article.lang == "uk"


@pytest.mark.parametrize("header", ["", "Bearer", "Bearer wrong", "Basic abc"])
def test_bad_secret(client, secret_site, header):
    response = client.post(
        URL, data="{}", content_type="application/json", HTTP_AUTHORIZATION=header
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


def test_foreign_url(client, secret_site):
    _, secret = secret_site
    response = push(client, secret, {"url": "https://other.example/x", "text": "Hi."})
    assert response.status_code == 403
    assert response.json()["error"]["field"] == "url"


def test_needs_text_or_html(client, secret_site):
    _, secret = secret_site
    response = push(client, secret, {"url": "https://herald.example/x", "text": " "})
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "text"
    assert not Revision.objects.exists()


def test_html_without_text_is_refused(client, secret_site):
    _, secret = secret_site
    response = push(
        client,
        secret,
        {
            "url": "https://herald.example/x",
            "html": "<html><body><script>x()</script></body></html>",
        },
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "empty"
    assert not Revision.objects.exists()
