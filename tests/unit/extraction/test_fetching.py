"""The SSRF guard and the fetch against real HTTP servers on loopback (and nowhere else)."""

from __future__ import annotations

import ipaddress
import time
from urllib.parse import urlsplit

import pytest

from corrigenda.extraction.fetching import Fetched, FetchError, decode_html, fetch, resolve

from .conftest import send, trickle

PAGE = "<html><body><article><p>Київ — «столиця»</p></article></body></html>"


def fake_dns(table: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    """A resolver that answers from ``table``, reads IP literals, and knows no other name."""

    def resolver(host: str, port: int) -> list[str]:
        if is_ip(host):
            return [host]
        if host not in table:
            raise FetchError("dns", f"unknown host {host}")
        return table[host]

    return resolver


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def port_of(base: str) -> int:
    return urlsplit(base).port or 80


def refused(code: str, url: str, **kwargs: object) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetch(url, **kwargs)  # type: ignore[arg-type]
    assert caught.value.code == code, caught.value
    return caught.value


@pytest.fixture
def news_site(server):  # type: ignore[no-untyped-def]
    """The server under the name news.test, with an article page on /page."""
    base, routes = server
    routes["/page"] = lambda h: send(h, 200, PAGE.encode())
    dns = fake_dns({"news.test": ["127.0.0.1"], "www.news.test": ["127.0.0.1"]})
    return f"http://news.test:{port_of(base)}", routes, dns


def test_loopback_is_refused_unless_allowed(server, no_outside_network):  # type: ignore[no-untyped-def]
    base, routes = server
    routes["/page"] = lambda h: send(h, 200, PAGE.encode())
    refused("private_address", base + "/page", allowed_domains=["127.0.0.1"])
    assert no_outside_network == []  # refused before connecting
    page = fetch(base + "/page", allowed_domains=["127.0.0.1"], allow_loopback=True)
    assert isinstance(page, Fetched)
    assert (page.status, page.content_type, page.body) == (200, "text/html", PAGE)
    assert page.final_url == base + "/page"


def test_a_name_resolving_to_loopback_is_refused(news_site):  # type: ignore[no-untyped-def]
    url, _, dns = news_site
    refused("private_address", url + "/page", allowed_domains=["news.test"], resolver=dns)


@pytest.mark.parametrize(
    "url",
    [
        "http://evil.test/",
        "http://news.test.evil.test/",
        "http://evilnews.test/",
        "http://news.test@evil.test/",
        "http://127.0.0.2/",
    ],
)
def test_foreign_domains_are_refused(url: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(url, allowed_domains=["news.test"], allow_loopback=True)
    assert caught.value.code in {"foreign_domain", "bad_url"}


def test_domains_match_subdomains_case_and_trailing_dots(news_site):  # type: ignore[no-untyped-def]
    url, _, dns = news_site
    www = url.replace("news.test", "WWW.News.Test.")
    page = fetch(www + "/page", allowed_domains=["news.test."], allow_loopback=True, resolver=dns)
    assert page.final_url.startswith("http://www.news.test:")


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://news.test/x",
        "javascript:alert(1)",
        "gopher://news.test/",
        "data:text/html,<p>x</p>",
        "//news.test/x",
        "news.test/x",
    ],
)
def test_other_schemes_are_refused(url: str) -> None:
    refused("bad_scheme", url, allowed_domains=["news.test"])


@pytest.mark.parametrize(
    "url",
    [
        "http://news.test:99999/",
        "http://news.test:0/",
        "http:///path",
        "http://news.test/a b",
        "http://news.test/\ud800",
        "http://news.test/a\x00b",
        "http://[::1/",
        "http://news.test:x/",
    ],
)
def test_malformed_urls_are_refused(url: str) -> None:
    resolver = fake_dns({"news.test": ["93.184.215.14"]})
    with pytest.raises(FetchError) as caught:
        fetch(url, allowed_domains=["news.test"], resolver=resolver)
    assert caught.value.code == "bad_url"


@pytest.mark.parametrize(
    "addresses",
    [
        ["10.0.0.1"],
        ["169.254.169.254"],
        ["93.184.215.14", "192.168.1.1"],
        ["::1"],
        ["::ffff:127.0.0.1"],
        ["100.64.0.1"],
        ["0.0.0.0"],  # noqa: S104 - an address under test, not a bind
        [],
    ],
)
def test_any_bad_address_refuses_the_host(addresses: list[str], no_outside_network) -> None:  # type: ignore[no-untyped-def]
    resolver = fake_dns({"news.test": addresses})
    with pytest.raises(FetchError) as caught:
        fetch("http://news.test/", allowed_domains=["news.test"], resolver=resolver)
    assert caught.value.code == ("dns" if not addresses else "private_address")
    assert no_outside_network == []


@pytest.mark.parametrize(
    ("location", "code"),
    [
        ("http://internal.news.test/", "private_address"),
        ("http://169.254.169.254/latest/meta-data/", "private_address"),
        ("http://10.0.0.1/", "private_address"),
        ("http://evil.test/", "foreign_domain"),
        ("file:///etc/passwd", "bad_scheme"),
    ],
)
def test_redirects_are_checked_before_connecting(news_site, no_outside_network, location, code):  # type: ignore[no-untyped-def]
    url, routes, _ = news_site
    routes["/go"] = lambda h: send(h, 302, b"", headers={"Location": location})
    dns = fake_dns({"news.test": ["127.0.0.1"], "internal.news.test": ["10.0.0.1"]})
    domains = ["news.test", "169.254.169.254", "10.0.0.1"]
    refused(code, url + "/go", allowed_domains=domains, allow_loopback=True, resolver=dns)
    assert no_outside_network == ["127.0.0.1"]  # only the first hop ever connected


def test_redirects_are_followed_a_few_times(news_site):  # type: ignore[no-untyped-def]
    url, routes, dns = news_site
    routes["/old"] = lambda h: send(h, 301, b"", headers={"Location": "/page?x=1"})
    routes["/loop"] = lambda h: send(h, 302, b"", headers={"Location": "/loop"})
    routes["/bare"] = lambda h: send(h, 302, b"")
    kwargs = {"allowed_domains": ["news.test"], "allow_loopback": True, "resolver": dns}
    page = fetch(url + "/old", **kwargs)  # type: ignore[arg-type]
    assert (page.url, page.final_url, page.body) == (url + "/old", url + "/page?x=1", PAGE)
    refused("too_many_redirects", url + "/loop", **kwargs)
    refused("http_error", url + "/bare", **kwargs)


def test_pinned_address_is_used_and_host_header_is_the_name(news_site, no_outside_network):  # type: ignore[no-untyped-def]
    url, routes, _ = news_site
    routes["/host"] = lambda h: send(h, 200, h.headers["Host"].encode(), "text/plain")
    answers = iter([["127.0.0.1"], ["10.0.0.1"]])  # a rebinding DNS: second answer differs
    page = fetch(
        url + "/host",
        allowed_domains=["news.test"],
        allow_loopback=True,
        resolver=lambda host, port: next(answers),
    )
    assert page.body == f"news.test:{port_of(url)}"
    assert no_outside_network == ["127.0.0.1"]


def test_non_ascii_paths_are_percent_encoded(news_site):  # type: ignore[no-untyped-def]
    url, routes, dns = news_site
    routes["*"] = lambda h: send(h, 200, h.path.encode(), "text/plain")
    page = fetch(
        url + "/новини/ï?q=київ#frag",
        allowed_domains=["news.test"],
        allow_loopback=True,
        resolver=dns,
    )
    assert page.body == "/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8/%C3%AF?q=%D0%BA%D0%B8%D1%97%D0%B2"


def test_bodies_over_the_limit_are_refused(news_site):  # type: ignore[no-untyped-def]
    url, routes, dns = news_site
    routes["/declared"] = lambda h: send(h, 200, b"x" * 5000)
    routes["/streamed"] = lambda h: trickle(h, b"y" * 1024, 0.0, 2.0)
    kwargs = {"allowed_domains": ["news.test"], "allow_loopback": True, "resolver": dns}
    refused("too_large", url + "/declared", max_bytes=4999, **kwargs)
    refused("too_large", url + "/streamed", max_bytes=10_000, **kwargs)
    assert len(fetch(url + "/declared", max_bytes=5000, **kwargs).body) == 5000  # type: ignore[arg-type]


def test_slow_servers_time_out(news_site):  # type: ignore[no-untyped-def]
    url, routes, dns = news_site
    routes["/silent"] = lambda h: time.sleep(1.0)
    routes["/dribble"] = lambda h: trickle(h, b"z", 0.02, 3.0)
    kwargs = {"allowed_domains": ["news.test"], "allow_loopback": True, "resolver": dns}
    for path in ("/silent", "/dribble"):
        started = time.monotonic()
        refused("timeout", url + path, timeout=0.3, **kwargs)
        assert time.monotonic() - started < 1.0  # the total, not each read, is capped


@pytest.mark.parametrize(
    ("content_type", "code"),
    [
        ("application/json", "not_html"),
        ("image/png", "not_html"),
        (None, "not_html"),
        ("application/xhtml+xml", None),
        ("text/plain; charset=utf-8", None),
        ("TEXT/HTML; Charset=UTF-8", None),
    ],
)
def test_only_web_pages_are_accepted(news_site, content_type, code):  # type: ignore[no-untyped-def]
    url, routes, dns = news_site
    routes["/x"] = lambda h: send(h, 200, b"<p>x</p>", content_type)
    kwargs = {"allowed_domains": ["news.test"], "allow_loopback": True, "resolver": dns}
    if code:
        refused(code, url + "/x", **kwargs)
    else:
        assert fetch(url + "/x", **kwargs).body == "<p>x</p>"  # type: ignore[arg-type]


def test_http_errors_carry_the_status(news_site):  # type: ignore[no-untyped-def]
    url, routes, dns = news_site
    routes["/gone"] = lambda h: send(h, 410, b"gone")
    error = refused(
        "http_error",
        url + "/gone",
        allowed_domains=["news.test"],
        allow_loopback=True,
        resolver=dns,
    )
    assert error.status == 410


def test_closed_port_is_a_connect_error(server) -> None:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as probe:  # a port nobody listens on: bind, then close
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    refused(
        "connect", f"http://127.0.0.1:{port}/", allowed_domains=["127.0.0.1"], allow_loopback=True
    )


def test_charsets_are_honoured(news_site):  # type: ignore[no-untyped-def]
    url, routes, dns = news_site
    text = "<p>Ёлка и Київ</p>"
    meta = f'<meta charset="windows-1251">{text}'
    routes["/header"] = lambda h: send(
        h, 200, text.encode("cp1251"), "text/html; charset=windows-1251"
    )
    routes["/meta"] = lambda h: send(h, 200, meta.encode("cp1251"), "text/html")
    kwargs = {"allowed_domains": ["news.test"], "allow_loopback": True, "resolver": dns}
    assert fetch(url + "/header", **kwargs).body == text  # type: ignore[arg-type]
    assert fetch(url + "/meta", **kwargs).body == meta  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "declared", "text"),
    [
        (b"\xef\xbb\xbfhi", "latin-1", "hi"),
        ("é".encode("cp1252"), "iso-8859-1", "é"),
        ("é".encode(), "no-such-charset", "é"),
        ("é".encode(), "utf-16", "é"),
        (b"\xff", None, "\ufffd"),
        (b"\xff\xfeh\x00i\x00", None, "hi"),
    ],
)
def test_decode_follows_the_html_standard(raw: bytes, declared: str | None, text: str) -> None:
    assert decode_html(raw, declared) == text


def test_the_real_resolver_reads_ip_literals_without_asking_dns() -> None:
    # ``resolve`` was imported before the autouse fixture replaced it: this is the real one.
    assert resolve("127.0.0.1", 80) == ["127.0.0.1"]
    assert resolve("::1", 443) == ["::1"]
