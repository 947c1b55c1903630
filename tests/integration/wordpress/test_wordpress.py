"""The WordPress connector against a real WordPress (see conftest.py for how it runs)."""

from __future__ import annotations

import secrets
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import pytest

from corrigenda.connectors import ConnectorError, wordpress_apply
from corrigenda.connectors import wordpress as connector

from .conftest import WordPress

ARTICLE = (
    "<!-- wp:paragraph -->\n<p>Teh mayor of Lviv resigned on Tuesday, "
    "citing <em>personal reasons</em>.</p>\n<!-- /wp:paragraph -->"
)


def apply(wp: WordPress, article_url: str, before: str, after: str, **overrides: Any):  # type: ignore[no-untyped-def]
    arguments: dict[str, Any] = {
        "base_url": wp.base_url,
        "username": wp.username,
        "app_password": wp.app_password,
        "article_url": article_url,
        "before": before,
        "after": after,
        "allow_loopback": True,
        **overrides,
    }
    return wordpress_apply(**arguments)


def refused(wp: WordPress, article_url: str, before: str, after: str, **overrides: Any):  # type: ignore[no-untyped-def]
    with pytest.raises(ConnectorError) as caught:
        apply(wp, article_url, before, after, **overrides)
    return caught.value


def slug() -> str:
    return f"mayor-resigns-{secrets.token_hex(3)}"


def test_applies_the_fix_and_reads_it_back(wordpress: WordPress) -> None:
    post = wordpress.create(ARTICLE, slug=slug())
    applied = apply(wordpress, post["link"], "Teh mayor", "The mayor")
    assert applied.post_id == post["id"]
    assert applied.link == post["link"]
    assert abs(applied.modified - datetime.now(UTC)) < timedelta(minutes=5)
    assert wordpress.raw(post["id"]) == ARTICLE.replace("Teh mayor", "The mayor")


def test_scheme_and_trailing_slash_do_not_matter(wordpress: WordPress) -> None:
    post = wordpress.create(ARTICLE, slug=slug())
    article_url = post["link"].replace("http://", "https://").rstrip("/")
    apply(wordpress, article_url, "Teh", "The")
    assert "The mayor" in wordpress.raw(post["id"])


def test_pages_and_non_ascii_slugs(wordpress: WordPress) -> None:
    text = "<p>Мер Львова подав у відставку у вівторк.</p>"
    page = wordpress.create(text, slug=f"мер-{secrets.token_hex(3)}", post_type="pages")
    assert "%d0%bc%d0%b5%d1%80" in page["link"]  # WordPress keeps the slug percent-encoded
    as_a_browser_shows_it = page["link"].replace("%d0%bc%d0%b5%d1%80", "мер")
    apply(wordpress, as_a_browser_shows_it, "у вівторк.", "у вівторок.")
    assert wordpress.raw(page["id"], "pages") == text.replace("вівторк", "вівторок")


def test_refuses_text_that_occurs_twice(wordpress: WordPress) -> None:
    content = "<p>When the the mayor met the the council…</p>"
    post = wordpress.create(content, slug=slug())
    error = refused(wordpress, post["link"], "the the", "the")
    assert error.code == "not_exactly_once"
    assert "contains “the the” 2 times" in error.message
    assert wordpress.raw(post["id"]) == content


def test_refuses_text_that_does_not_occur(wordpress: WordPress) -> None:
    post = wordpress.create(ARTICLE, slug=slug())
    error = refused(wordpress, post["link"], "Teh governor", "The governor")
    assert error.code == "not_exactly_once"
    assert "does not contain “Teh governor”" in error.message
    assert wordpress.raw(post["id"]) == ARTICLE


def test_wrong_password_is_auth(wordpress: WordPress) -> None:
    post = wordpress.create(ARTICLE, slug=slug())
    error = refused(wordpress, post["link"], "Teh", "The", app_password="abcd efgh ijkl mnop")
    assert (error.code, error.status) == ("auth", 401)
    assert wordpress.raw(post["id"]) == ARTICLE


@pytest.mark.parametrize(
    "path",
    [
        "/2020/01/01/no-such-article/",
        "/",
        "/1999/12/31/{slug}/",  # the post's slug, but the link is another page's
    ],
)
def test_unknown_url_is_not_found(wordpress: WordPress, path: str) -> None:
    name = slug()
    wordpress.create(ARTICLE, slug=name)
    error = refused(wordpress, wordpress.base_url + path.format(slug=name), "Teh", "The")
    assert error.code == "not_found"


def test_an_edit_between_read_and_write_is_a_conflict(
    wordpress: WordPress, monkeypatch: pytest.MonkeyPatch
) -> None:
    post = wordpress.create(ARTICLE, slug=slug())
    edited = ARTICLE.replace("Tuesday", "Wednesday")
    real_replaced = connector._replaced

    def editor_saves_meanwhile(raw: str, before: str, after: str) -> str:
        wordpress.rest("POST", f"posts/{post['id']}", {"content": edited})
        return real_replaced(raw, before, after)

    monkeypatch.setattr(connector, "_replaced", editor_saves_meanwhile)
    error = refused(wordpress, post["link"], "Teh", "The")
    assert error.code == "conflict"
    assert wordpress.raw(post["id"]) == edited  # the editor's change stands; ours was not sent


def test_loopback_needs_permission(wordpress: WordPress) -> None:
    post = wordpress.create(ARTICLE, slug=slug())
    error = refused(wordpress, post["link"], "Teh", "The", allow_loopback=False)
    assert error.code == "private_address"
    assert wordpress.raw(post["id"]) == ARTICLE


def test_unreachable_site_is_a_network_error() -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens
        sock.bind(("127.0.0.1", 0))
        base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    with pytest.raises(ConnectorError) as caught:
        wordpress_apply(
            base_url=base_url,
            username="u",
            app_password="p",
            article_url=f"{base_url}/a/",
            before="x",
            after="y",
            allow_loopback=True,
        )
    assert caught.value.code == "connect"


def test_importing_it_does_not_import_django() -> None:
    code = "import sys, corrigenda.connectors; assert 'django' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_percent_encoding_in_article_urls_is_ignored() -> None:
    link = "https://news.example/2026/" + quote("мер").lower() + "/"
    assert connector.same_link(link, "http://news.example/2026/мер")


@pytest.mark.parametrize(
    ("status", "body", "code", "says"),
    [
        (403, b'{"code": "rest_cannot_edit", "message": "Sorry, no."}', "auth", "Sorry, no."),
        (301, b"", "http", "redirected to https://news.example/: use that address"),
        (500, b'{"code": "db_error", "message": "Database down"}', "http", "500: Database down"),
        (502, b"<html>Bad gateway</html>", "http", "502: <html>Bad gateway</html>"),
    ],
)
def test_statuses_become_codes(status: int, body: bytes, code: str, says: str) -> None:
    answer = connector.http.Response(status, "https://news.example/", body)
    with pytest.raises(ConnectorError) as caught:
        connector._raise_for_status(answer)
    assert (caught.value.code, caught.value.status) == (code, status)
    assert says in caught.value.message
