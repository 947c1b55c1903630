"""POST /api/v1/reports: every hostile input class gets its 4xx and stores nothing."""

from __future__ import annotations

import json

import pytest
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from corrigenda import conf
from corrigenda.models import Article, Report
from tests.factories import SiteFactory

URL = "/api/v1/reports"
ORIGIN = "https://ledger.example"


def valid(**changes: object) -> dict:
    body = {
        "site": "KEY",
        "url": "https://ledger.example/2026/budget/",
        "title": "Council passes budget",
        "lang": "en-GB",
        "selector": {
            "exact": "the the",
            "prefix": "approved ",
            "suffix": " budget",
            "start": 25,
            "end": 32,
        },
        "revision": "0123456789abcdef",
        "kind": "typo",
        "suggestion": "the",
        "comment": "Doubled word.",
        "email": "reader@example.org",
    }
    body.update(changes)
    return body


@pytest.fixture
def send(client, site):
    def send(
        body: object = None,
        *,
        content_type: str = "text/plain;charset=UTF-8",
        origin: str | None = ORIGIN,
        raw: bytes | None = None,
        ip: str = "203.0.113.7",
    ):
        if isinstance(body, dict) and body.get("site") == "KEY":
            body = {**body, "site": site.public_key}
        data = raw if raw is not None else json.dumps(body if body is not None else valid())
        headers = {"HTTP_ORIGIN": origin} if origin else {}
        return client.post(URL, data=data, content_type=content_type, REMOTE_ADDR=ip, **headers)

    return send


def assert_error(response, status: int, code: str, field: str | None = None) -> None:
    assert response.status_code == status, response.content
    error = response.json()["error"]
    assert error["code"] == code
    assert error["message"]
    if field is not None:
        assert error["field"] == field
    assert Report.objects.count() == 0
    assert DBTaskResult.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_valid_report_is_stored_and_queued(send, site):
    response = send(valid())
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "received"
    report = Report.objects.get(pk=body["id"])
    assert (report.exact, report.prefix, report.suffix) == ("the the", "approved ", " budget")
    assert (report.start, report.end, report.revision) == (25, 32, "0123456789abcdef")
    assert (report.kind, report.suggestion, report.lang) == ("typo", "the", "en")
    assert report.article.url == "https://ledger.example/2026/budget/"
    assert response["Access-Control-Allow-Origin"] == ORIGIN
    assert DBTaskResult.objects.filter(args_kwargs__args=[report.pk]).count() == 1


def test_ip_is_stored_only_as_a_salted_hash(send):
    send(valid(), ip="198.51.100.23")
    sender = Report.objects.get().sender
    assert "198.51.100.23" not in sender and len(sender) == 64
    assert "198.51.100.23" not in json.dumps(list(Report.objects.values()), default=str)


def test_application_json_works_too(send):
    assert send(valid(), content_type="application/json").status_code == 201


def test_minimal_report(send):
    body = {
        "site": "KEY",
        "url": "https://www.ledger.example/a",
        "kind": "other",
        "selector": {"exact": "word"},
    }
    assert send(body).status_code == 201


@pytest.mark.parametrize("missing", ["site", "url", "selector", "kind"])
def test_missing_field(send, missing):
    body = valid()
    del body[missing]
    assert_error(send(body), 400, "required", missing)


def test_missing_exact(send):
    assert_error(send(valid(selector={"prefix": "x"})), 400, "required", "selector.exact")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("lang", 3),
        ("url", ["https://ledger.example/"]),
        ("selector", "the the"),
        ("suggestion", {"a": 1}),
        ("email", False),
        ("title", 12.5),
    ],
)
def test_wrong_types(send, field, value):
    assert_error(send(valid(**{field: value})), 400, "invalid_type", field)


def test_wrong_type_inside_selector(send):
    selector = {"exact": "the the", "start": "25", "end": 32}
    assert_error(send(valid(selector=selector)), 400, "invalid_type", "selector.start")


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("kind", "rant", "invalid_choice"),
        ("url", "javascript:alert(1)", "invalid"),
        ("url", "/relative/path", "invalid"),
        ("email", "not-an-address", "invalid"),
        ("revision", "XYZ", "invalid"),
        ("lang", "english please", "invalid"),
    ],
)
def test_invalid_values(send, field, value, code):
    assert_error(send(valid(**{field: value})), 400, code, field)


@pytest.mark.parametrize(
    "selector",
    [
        {"exact": "   "},
        {"exact": "word", "start": 10, "end": 5},
        {"exact": "word", "start": 10},
        {"exact": "word", "start": -1, "end": 3},
    ],
)
def test_bad_selectors(send, selector):
    response = send(valid(selector=selector))
    assert_error(response, 400, response.json()["error"]["code"])
    assert response.json()["error"]["field"].startswith("selector")


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("suggestion", 1000),
        ("comment", 2000),
        ("title", 500),
    ],
)
def test_oversize_fields(send, field, limit):
    assert send(valid(**{field: "x" * limit})).status_code == 201
    Report.objects.all().delete()
    DBTaskResult.objects.all().delete()
    assert_error(send(valid(**{field: "x" * (limit + 1)})), 400, "too_long", field)


@pytest.mark.parametrize(("name", "limit"), [("exact", 1000), ("prefix", 200), ("suffix", 200)])
def test_oversize_selector(send, name, limit):
    selector = {"exact": "word", name: "y" * (limit + 1)}
    assert_error(send(valid(selector=selector)), 400, "too_long", f"selector.{name}")


def test_body_over_16_kb(send):
    body = valid(comment="z" * 1000, padding="p" * 16 * 1024)
    assert_error(send(body), 413, "too_large")


@pytest.mark.parametrize("raw", [b"{", b" ", b"null", b"[]", b'"text"', b"\xff\xfe{}", b"42"])
def test_invalid_json(send, raw):
    response = send(raw=raw)
    assert response.status_code == 400
    assert response.json()["error"]["code"] in ("invalid_json", "invalid")
    assert Report.objects.count() == 0


@pytest.mark.parametrize(
    "content_type",
    [
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "text/html",
        "application/xml",
    ],
)
def test_wrong_content_type(send, content_type):
    assert_error(send(valid(), content_type=content_type), 415, "unsupported_media_type")


def test_unknown_site(send):
    assert_error(send(valid(site="no-such-key")), 400, "unknown_site", "site")


@pytest.mark.parametrize(
    "origin", ["https://evil.example", "null", "https://ledger.example.evil.example"]
)
def test_foreign_origin(send, origin):
    response = send(valid(), origin=origin)
    assert_error(response, 403, "foreign_origin")
    assert "Access-Control-Allow-Origin" not in response


def test_subdomain_origin_is_the_sites(send):
    response = send(valid(), origin="https://www.ledger.example")
    assert response.status_code == 201
    assert response["Access-Control-Allow-Origin"] == "https://www.ledger.example"


def test_url_on_another_domain(send):
    assert_error(send(valid(url="https://other.example/story")), 403, "foreign_url", "url")


def test_url_on_another_sites_domain(send):
    SiteFactory(name="rival", domain__host="rival.example")
    assert_error(send(valid(url="https://rival.example/story")), 403, "foreign_url", "url")


@pytest.mark.parametrize("text", ["a\x00b", "\ud800"])
def test_text_a_database_cannot_store(send, text):
    assert_error(send(valid(comment=text)), 400, "invalid", "comment")


def test_sender_rate_limit(send, settings):
    settings.CORRIGENDA = {**settings.CORRIGENDA, "SENDER_RATE": (3, 60)}
    statuses = [send(valid(), ip="192.0.2.1").status_code for _ in range(4)]
    assert statuses == [201, 201, 201, 429]
    limited = send(valid(), ip="192.0.2.1")
    assert limited.json()["error"]["code"] == "rate_limited"
    assert 1 <= int(limited["Retry-After"]) <= 60
    assert Report.objects.count() == 3
    assert send(valid(), ip="192.0.2.2").status_code == 201


def test_site_rate_limit(send, settings):
    settings.CORRIGENDA = {**settings.CORRIGENDA, "SITE_RATE": (2, 60)}
    statuses = [send(valid(), ip=f"192.0.2.{n}").status_code for n in range(3)]
    assert statuses == [201, 201, 429]


def test_preflight_for_site_origin(client, site):
    response = client.options(URL, HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST")
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == ORIGIN
    foreign = client.options(URL, HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in foreign


def test_same_article_url_variants_are_one_article(send):
    send(valid(url="https://ledger.example/2026/budget/?utm_source=x#p3"))
    send(valid(url="https://LEDGER.example/2026/budget/"), ip="192.0.2.9")
    assert Article.objects.count() == 1


def test_openapi_schema_documents_reports(client):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/reports"]["post"]
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    assert "selector" in body["properties"]
    assert {"201", "400", "403", "413", "415", "429"} <= set(operation["responses"])


def test_conf_is_reset_between_overrides(settings):
    settings.CORRIGENDA = {**settings.CORRIGENDA, "SENDER_RATE": (1, 5)}
    assert conf.get("SENDER_RATE") == (1, 5)
    with override_settings(CORRIGENDA={"SENDER_RATE": (7, 9)}):
        assert conf.get("SENDER_RATE") == (7, 9)
