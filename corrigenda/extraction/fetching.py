"""Fetch an article page without letting a reader's URL reach anything but the site.

Every hop (the URL and each redirect) is checked before any byte is sent: scheme, host
against the site's domains, and every address the host resolves to. The connection then
goes to a vetted address (see ``pinned``), so a second DNS answer can never be used.
"""

from __future__ import annotations

import codecs
import http.client
import re
import socket
import ssl
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import SplitResult, quote, urljoin, urlsplit

from corrigenda.extraction import guard, pinned
from corrigenda.extraction.pinned import Deadline, FetchError

# News pages weigh 0.1–2 MB of HTML; 5 MiB leaves room for heavy ones and still bounds
# what one task can hold in memory.
MAX_BYTES = 5 * 1024 * 1024
# Seconds for the whole fetch, redirects included: a healthy site answers in 1–3 s, and a
# worker should not be held much longer by a slow or hostile one.
TIMEOUT = 15.0
# Real pages need one or two (http→https, www., a trailing slash); more is a loop or a trick.
MAX_REDIRECTS = 5
# Bytes searched for a <meta charset>: the HTML standard's prescan looks at 1024.
CHARSET_PRESCAN_BYTES = 1024
USER_AGENT = "Corrigenda/0.1 (reader corrections desk; fetches articles readers report on)"

ACCEPTED_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
DEFAULT_PORTS = {"http": 80, "https": 443}
# WHATWG Encoding maps these labels to windows-1252, and so do browsers.
BROWSER_ALIASES = {"ascii": "cp1252", "iso8859-1": "cp1252"}
BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

Resolver = Callable[[str, int], Sequence[str]]


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # as asked for
    final_url: str  # after redirects: the address of the text in ``body``
    status: int
    content_type: str  # the media type alone, e.g. "text/html"
    body: str  # decoded with the declared (or sniffed) charset
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))


def resolve(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host``, in its order."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError("dns", f"cannot resolve {host}: {exc}") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def fetch(
    url: str,
    *,
    allowed_domains: Iterable[str],
    allow_loopback: bool = False,
    max_bytes: int = MAX_BYTES,
    timeout: float = TIMEOUT,
    user_agent: str = USER_AGENT,
    resolver: Resolver | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> Fetched:
    """GET ``url`` if it is on one of ``allowed_domains``, or raise ``FetchError``.

    ``resolver`` replaces DNS (tests); ``ssl_context`` replaces the system trust store.
    """
    domains = list(allowed_domains)
    deadline = Deadline(timeout)
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        parts = _checked_url(current, domains)
        addresses = _vetted_addresses(parts, resolver or resolve, allow_loopback)
        result = _get(parts, addresses, deadline, user_agent, ssl_context, max_bytes)
        if isinstance(result, str):
            current = urljoin(parts.geturl(), result)
            continue
        status, content_type, body = result
        return Fetched(url, parts.geturl(), status, content_type, body)
    raise FetchError("too_many_redirects", f"more than {MAX_REDIRECTS} redirects")


def _checked_url(url: str, domains: list[str]) -> SplitResult:
    """``url`` split, with a canonical host, if it may be fetched at all."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise FetchError("bad_url", f"not a valid URL: {exc}") from exc
    if port == 0:
        raise FetchError("bad_url", "port 0 cannot be connected to")
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise FetchError("bad_scheme", f"only http and https can be fetched, not {scheme!r}")
    if parts.username is not None or parts.password is not None:
        raise FetchError("bad_url", "URLs with credentials are not fetched")
    try:
        host = guard.normalise_host(parts.hostname or "")
    except ValueError as exc:
        raise FetchError("bad_url", str(exc)) from exc
    if not guard.host_allowed(host, domains):
        raise FetchError("foreign_domain", f"{host} is not one of the site's domains")
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    checked = SplitResult(scheme, netloc, parts.path or "/", parts.query, "")
    _request_target(checked)  # refuse a bad path now, before any DNS lookup
    return checked


def _vetted_addresses(parts: SplitResult, resolver: Resolver, allow_loopback: bool) -> list[str]:
    host = guard.normalise_host(parts.hostname or "")
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    return vetted_addresses(host, port, resolver, allow_loopback=allow_loopback)


def vetted_addresses(
    host: str,
    port: int,
    resolver: Resolver | None = None,
    *,
    allow_private: bool = False,
    allow_loopback: bool = False,
) -> list[str]:
    """Every address of ``host``, or ``private_address`` if any one of them is not public
    (unless ``allow_private``). The fetcher, the webhook poster and the connectors all ask
    here, so one rule decides what the desk may reach."""
    addresses = list((resolver or resolve)(host, port))
    if not addresses:
        raise FetchError("dns", f"{host} has no address")
    # One bad address refuses them all: which one we would reach is the attacker's choice.
    if not allow_private and any(
        guard.is_forbidden_address(a, allow_loopback=allow_loopback) for a in addresses
    ):
        raise FetchError("private_address", f"{host} resolves to a non-public address")
    return addresses


def _get(
    parts: SplitResult,
    addresses: list[str],
    deadline: Deadline,
    user_agent: str,
    context: ssl.SSLContext | None,
    max_bytes: int,
) -> str | tuple[int, str, str]:
    """One request: a redirect's Location, or (status, media type, decoded body)."""
    host = guard.normalise_host(parts.hostname or "")
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    conn = pinned.connect(parts.scheme, host, port, addresses, deadline=deadline, context=context)
    response: http.client.HTTPResponse | None = None
    try:
        with pinned.watchdog(conn, deadline):
            conn.request("GET", _request_target(parts), headers=_headers(user_agent))
            response = conn.getresponse()
            location = _redirect_location(response)
            if location is not None:
                return location
            media_type, charset = _checked_type(response)
            raw = pinned.read_capped(response, max_bytes)
        return response.status, media_type, decode_html(raw, charset)
    finally:
        # With "Connection: close" the response, not the connection, owns the socket.
        if response is not None:
            response.close()
        conn.close()


def _request_target(parts: SplitResult) -> str:
    """Path and query as sent on the request line: ASCII, non-ASCII percent-encoded (UTF-8)."""
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    if any(ord(char) <= 0x20 or ord(char) == 0x7F for char in target):
        raise FetchError("bad_url", "the URL contains spaces or control characters")
    try:
        return "".join(char if char.isascii() else quote(char) for char in target)
    except UnicodeEncodeError as exc:  # a lone surrogate has no UTF-8 form
        raise FetchError("bad_url", "the URL contains characters that cannot be sent") from exc


def _headers(user_agent: str) -> dict[str, str]:
    return {
        "User-Agent": user_agent,
        "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
        # Compressed bodies would need a second size cap on the inflated bytes; not worth it.
        "Accept-Encoding": "identity",
        "Connection": "close",
    }


def _redirect_location(response: http.client.HTTPResponse) -> str | None:
    if response.status not in REDIRECTS:
        if not 200 <= response.status < 300:
            raise FetchError(
                "http_error", f"the site answered {response.status}", status=response.status
            )
        return None
    location = response.getheader("Location")
    if not location:
        raise FetchError("http_error", "a redirect without a Location", status=response.status)
    return location


def _checked_type(response: http.client.HTTPResponse) -> tuple[str, str | None]:
    if response.getheader("Content-Type") is None:
        raise FetchError("not_html", "the page has no Content-Type")
    media_type = response.headers.get_content_type()
    if media_type not in ACCEPTED_TYPES:
        raise FetchError("not_html", f"{media_type} is not a web page")
    encoding = response.getheader("Content-Encoding", "identity").strip().lower()
    if encoding not in ("", "identity"):
        raise FetchError("not_html", f"the page came {encoding}-encoded though we asked not to")
    return media_type, response.headers.get_content_charset()


def decode_html(raw: bytes, declared: str | None = None) -> str:
    """Text by the HTML standard's order: BOM, then HTTP charset, then <meta>, then UTF-8."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(encoding, errors="replace")
    sniffed = META_CHARSET.search(raw[:CHARSET_PRESCAN_BYTES])
    for label in (declared, sniffed.group(1).decode("ascii") if sniffed else None):
        codec = _codec(label)
        if codec is not None:
            return raw.decode(codec, errors="replace")
    return raw.decode("utf-8", errors="replace")


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    if name.startswith("utf-16"):
        return "utf-8"  # without a BOM, a UTF-16 label is a lie the standard says to ignore
    return BROWSER_ALIASES.get(name, name)
