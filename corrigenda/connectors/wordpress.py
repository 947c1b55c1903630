"""Apply an accepted correction to a WordPress post through its REST API.

The desk signs in with an application password (HTTP Basic; WordPress 5.6+), finds the
post whose link is the article's URL, and replaces ``before`` with ``after`` in the post's
raw content — only when ``before`` occurs there exactly once, because a fix applied to the
wrong occurrence is worse than no fix. Every request goes through ``connectors.http``
(vetted, pinned, capped), and the whole apply shares one deadline.

>>> wordpress_apply(base_url="ftp://news.example", username="desk", app_password="x",
...                 article_url="https://news.example/a/", before="teh", after="the")
Traceback (most recent call last):
corrigenda.connectors.http.ConnectorError: bad_scheme: only http and https are used, not 'ftp'
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urlencode, urlsplit

from corrigenda.connectors import http
from corrigenda.connectors.http import ConnectorError
from corrigenda.extraction.pinned import Deadline

# Seconds for the whole apply (up to four requests): WordPress answers a REST call in
# 0.1–1 s; a site slower than this is better retried than waited for by a worker.
TIMEOUT = 30.0
# Post types searched for the article, in order: news lives in posts, "about" in pages.
POST_TYPES = ("posts", "pages")
# Only the fields the connector reads: the edit context would otherwise return everything.
FIELDS = "id,link,modified_gmt,content"


@dataclass(frozen=True, slots=True)
class Applied:
    post_id: int
    link: str
    modified: datetime  # when WordPress saved the fix (UTC)


@dataclass(frozen=True, slots=True)
class _Site:
    """What every request needs: where the API is, who we are, and when to give up."""

    api: str  # e.g. "https://news.example/wp-json/wp/v2"
    authorization: str
    deadline: Deadline
    allow_private: bool
    allow_loopback: bool

    def call(self, method: str, path: str, params: dict[str, str], payload: Any = None) -> Any:
        headers = {"Authorization": self.authorization, "Accept": "application/json"}
        body = None
        if payload is not None:
            body = json.dumps(payload, ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json; charset=utf-8"
        answer = http.request(
            method,
            f"{self.api}/{path}?{urlencode(params)}",
            deadline=self.deadline,
            headers=headers,
            body=body,
            secret=True,
            allow_private=self.allow_private,
            allow_loopback=self.allow_loopback,
        )
        _raise_for_status(answer)
        return answer.json()


def wordpress_apply(
    *,
    base_url: str,
    username: str,
    app_password: str,
    article_url: str,
    before: str,
    after: str,
    timeout: float = TIMEOUT,
    allow_private: bool = False,
    allow_loopback: bool = False,
) -> Applied:
    """Replace the one occurrence of ``before`` in the article's post, or raise ConnectorError.

    Codes: ``auth``, ``not_found``, ``not_exactly_once``, ``conflict``, ``http``, and the
    guarded fetcher's network codes (``timeout``, ``connect``, ``dns``, ``tls``,
    ``private_address``, ``bad_scheme``, ``bad_url``, ``too_large``).
    """
    credentials = base64.b64encode(f"{username}:{app_password}".encode()).decode()
    site = _Site(
        api=base_url.rstrip("/") + "/wp-json/wp/v2",
        authorization=f"Basic {credentials}",
        deadline=Deadline(timeout),
        allow_private=allow_private,
        allow_loopback=allow_loopback,
    )
    try:
        return _apply(site, article_url, before, after)
    except (KeyError, TypeError, ValueError) as exc:  # a proxy's page, a plugin's rewrite...
        raise ConnectorError(
            "http", f"WordPress answered without the fields the connector needs ({exc!r})"
        ) from exc


def _apply(site: _Site, article_url: str, before: str, after: str) -> Applied:
    post_type, post = _find_post(site, article_url)
    new_raw = _replaced(post["content"]["raw"], before, after)
    path, params = f"{post_type}/{post['id']}", {"context": "edit", "_fields": FIELDS}
    # WordPress has no conditional update, so look again just before writing: an edit made
    # in WordPress since our read must not be overwritten by our copy of the old content.
    # Content is compared too: ``modified_gmt`` has whole seconds only.
    fresh = site.call("GET", path, params)
    if (fresh["modified_gmt"], fresh["content"]["raw"]) != (
        post["modified_gmt"],
        post["content"]["raw"],
    ):
        raise ConnectorError(
            "conflict",
            "The post was edited in WordPress while the fix was being applied, so nothing "
            "was changed. Check the post and apply the fix again.",
        )
    saved = site.call("POST", path, params, {"content": new_raw})
    modified = datetime.fromisoformat(saved["modified_gmt"]).replace(tzinfo=UTC)
    return Applied(post_id=int(saved["id"]), link=saved["link"], modified=modified)


def _find_post(site: _Site, article_url: str) -> tuple[str, dict[str, Any]]:
    """The post type and the published post or page whose link is ``article_url``."""
    slug = _slug(article_url)
    if slug:
        params = {"slug": slug, "status": "publish", "context": "edit", "_fields": FIELDS}
        for post_type in POST_TYPES:
            for post in site.call("GET", post_type, params):
                if same_link(post["link"], article_url):
                    return post_type, post
    raise ConnectorError("not_found", f"WordPress has no published post or page at {article_url}")


def _slug(article_url: str) -> str:
    """The last segment of the URL's path, which is a post's slug in pretty permalinks.

    >>> _slug("https://news.example/2026/11/27/mayor-resigns/?utm_source=x")
    'mayor-resigns'
    >>> _slug("https://news.example/%D0%BC%D1%96%D1%81%D1%82%D0%BE/")
    'місто'
    >>> _slug("https://news.example/")
    ''
    """
    segments = [s for s in urlsplit(article_url).path.split("/") if s]
    return unquote(segments[-1]) if segments else ""


def same_link(link: str, article_url: str) -> bool:
    """True when both URLs name the same page, whatever the scheme and trailing slash.

    >>> same_link("https://News.example/a/%d0%bc/", "http://news.example/a/%D0%BC")
    True
    >>> same_link("https://news.example/a/", "https://news.example/b/")
    False
    """

    def key(url: str) -> tuple[str, str, str]:
        parts = urlsplit(url.strip())
        return (parts.netloc.lower(), unquote(parts.path).rstrip("/"), parts.query)

    # The query is ignored when the article URL carries one (tracking, say) and the link not.
    a, b = key(link), key(article_url)
    return a[:2] == b[:2] and (a[2] == b[2] or not a[2])


def _replaced(raw: str, before: str, after: str) -> str:
    """``raw`` with its one occurrence of ``before`` replaced by ``after``.

    >>> _replaced("<p>Teh mayor</p>", "Teh", "The")
    '<p>The mayor</p>'
    """
    found = occurrences(raw, before) if before else 0
    if found != 1:
        raise ConnectorError("not_exactly_once", _not_exactly_once_message(before, found))
    return raw.replace(before, after, 1)


def occurrences(text: str, needle: str) -> int:
    """How many times ``needle`` occurs in ``text``, overlaps included.

    >>> occurrences("aaa", "aa"), occurrences("the cat", "dog")
    (2, 0)
    """
    count, at = 0, text.find(needle)
    while at != -1:
        count, at = count + 1, text.find(needle, at + 1)
    return count


def _not_exactly_once_message(before: str, found: int) -> str:
    """What the editor reads: what was looked for, how often it was found, what to do."""
    if found == 0:
        return (
            f"The post in WordPress does not contain “{before}”, so the fix was not applied. "
            "It may have been corrected already, or the text is formatted differently in "
            "WordPress (a link, emphasis, or typographic quotes). Please fix it in WordPress."
        )
    return (
        f"The post in WordPress contains “{before}” {found} times, so the connector cannot "
        "tell which one to change and applied nothing. Please fix it in WordPress, or "
        "widen the correction to include neighbouring words that make it unique."
    )


def _raise_for_status(answer: http.Response) -> None:
    if 200 <= answer.status < 300:
        return
    detail = _wordpress_message(answer)
    if answer.status == 401:  # nobody signed in: the credentials did not work
        raise ConnectorError(
            "auth",
            "WordPress did not accept the user name and application password. Check them; "
            "some web servers also drop the Authorization header before WordPress sees it.",
            status=401,
        )
    if answer.status == 403:  # signed in, but not allowed
        raise ConnectorError(
            "auth", f"The WordPress user may not edit this post: {detail}", status=403
        )
    if 300 <= answer.status < 400:
        detail = f"redirected to {answer.location or 'nowhere'}: use that address as the base URL"
    raise ConnectorError(
        "http", f"WordPress answered HTTP {answer.status}: {detail}", status=answer.status
    )


def _wordpress_message(answer: http.Response) -> str:
    """WordPress's own words from a REST error ``{"code", "message", "data"}``, if any."""
    try:
        error = json.loads(answer.body)
        return f"{error['message']} [{error['code']}]"
    except (ValueError, KeyError, TypeError):
        return answer.body[:200].decode("utf-8", "replace").strip() or "no message"
