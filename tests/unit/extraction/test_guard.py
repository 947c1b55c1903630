"""The pure SSRF checks: host names against domains, addresses against the public web."""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corrigenda.extraction.guard import host_allowed, is_forbidden_address, normalise_host

FORBIDDEN = [
    # IPv4: this network, private, shared (CGNAT), loopback, link-local (cloud metadata),
    # IETF protocol, documentation, benchmarking, multicast, reserved, broadcast.
    "0.0.0.0",  # noqa: S104 - an address under test, not a bind
    "0.1.2.3",
    "10.0.0.1",
    "10.255.255.255",
    "100.64.0.1",
    "100.127.255.254",
    "127.0.0.1",
    "127.1.2.3",
    "169.254.169.254",
    "169.254.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.0.0.1",
    "192.0.2.1",
    "192.168.0.1",
    "198.18.0.1",
    "198.51.100.7",
    "203.0.113.9",
    "224.0.0.1",
    "239.255.255.250",
    "240.0.0.1",
    "255.255.255.255",
    # IPv6: unspecified, loopback, link-local, unique local, site-local, multicast,
    # documentation, 6to4, Teredo, discard, IPv4-compatible.
    "::",
    "::1",
    "fe80::1",
    "fe80::1%eth0",
    "fc00::1",
    "fd12:3456::1",
    "fec0::1",
    "ff02::1",
    "ff0e::1",
    "2001:db8::1",
    "2002:a00:1::1",
    "2001::1",
    "100::1",
    "::a00:1",
    # IPv4 inside IPv6: mapped and NAT64 forms of the addresses above.
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "::ffff:0.0.0.0",
    "::ffff:100.64.0.1",
    "64:ff9b::a00:1",
    "64:ff9b::7f00:1",
    "64:ff9b::a9fe:a9fe",
    # Not addresses at all.
    "",
    "localhost",
    "127.1",
    "0x7f000001",
    "2130706433",
    "1.2.3.4.5",
]
PUBLIC = [
    "93.184.215.14",
    "8.8.8.8",
    "1.1.1.1",
    "100.63.255.255",
    "100.128.0.0",
    "172.32.0.1",
    "192.0.0.9",
    "2606:4700:4700::1111",
    "2a00:1450:4001::200e",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
]


@pytest.mark.parametrize("address", FORBIDDEN)
def test_non_public_addresses_are_forbidden(address: str) -> None:
    assert is_forbidden_address(address)


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_are_allowed(address: str) -> None:
    assert not is_forbidden_address(address)
    assert not is_forbidden_address(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    ("address", "allowed"),
    [
        ("127.0.0.1", True),
        ("127.9.9.9", True),
        ("::1", True),
        ("::ffff:127.0.0.1", True),
        ("64:ff9b::7f00:1", False),
        ("0.0.0.0", False),  # noqa: S104 - an address under test, not a bind
        ("10.0.0.1", False),
        ("::", False),
    ],
)
def test_allow_loopback_allows_loopback_only(address: str, allowed: bool) -> None:
    assert is_forbidden_address(address, allow_loopback=True) is not allowed


@given(st.ip_addresses(v=4))
def test_mapped_ipv6_is_judged_as_its_ipv4(v4: ipaddress.IPv4Address) -> None:
    mapped = ipaddress.IPv6Address(f"::ffff:{v4}")
    assert is_forbidden_address(mapped) == is_forbidden_address(v4)


@given(st.ip_addresses(v=4))
def test_private_ipv4_is_always_forbidden(v4: ipaddress.IPv4Address) -> None:
    if (
        v4.is_private
        or v4.is_loopback
        or v4.is_multicast
        or v4 in ipaddress.ip_network("100.64.0.0/10")
    ):
        assert is_forbidden_address(v4)


@pytest.mark.parametrize(
    ("host", "domains", "allowed"),
    [
        ("example.com", ["example.com"], True),
        ("www.example.com", ["example.com"], True),
        ("a.b.example.com", ["example.com"], True),
        ("WWW.EXAMPLE.COM.", ["Example.com"], True),
        ("www.example.com", ["example.com."], True),
        ("example.com", ["www.example.com"], False),
        ("badexample.com", ["example.com"], False),
        ("example.com.evil.test", ["example.com"], False),
        ("example.co", ["example.com"], False),
        ("новини.укр", ["xn--b1amarcd.xn--j1amh"], True),
        ("www.xn--b1amarcd.xn--j1amh", ["НОВИНИ.укр"], True),
        ("127.0.0.1", ["127.0.0.1"], True),
        ("1.127.0.0.1", ["127.0.0.1"], False),
        ("::1", ["[::1]"], True),
        ("example.com", [], False),
        ("example.com", ["", "a..b", "example.com"], True),
        ("", ["example.com"], False),
        ("exa mple.com", ["example.com"], False),
    ],
)
def test_host_allowed(host: str, domains: list[str], allowed: bool) -> None:
    assert host_allowed(host, domains) is allowed


@pytest.mark.parametrize(
    ("host", "normal"),
    [
        ("Example.COM.", "example.com"),
        ("пример.рф", "xn--e1afmkfd.xn--p1ai"),
        ("[::FFFF:7f00:1]", "::ffff:127.0.0.1"),
        ("0:0::1", "::1"),
        ("my_host.local", "my_host.local"),
    ],
)
def test_normalise_host(host: str, normal: str) -> None:
    assert normalise_host(host) == normal


@pytest.mark.parametrize("host", ["", ".", "a..b", "a b", "a/b", "x" * 64 + ".com", "a%00b"])
def test_normalise_host_refuses_non_hosts(host: str) -> None:
    with pytest.raises(ValueError):
        normalise_host(host)
