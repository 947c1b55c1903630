"""Which hosts and addresses a fetch may reach: the pure half of the SSRF guard.

The desk fetches URLs that readers send, so a URL is hostile until proven otherwise:
its host must belong to one of the site's domains, and every address that host resolves
to must be public. ``corrigenda.extraction.fetching`` applies these checks at every hop.

>>> host_allowed("www.Example.com.", ["example.com"])
True
>>> is_forbidden_address("169.254.169.254")
True
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# NAT64's well-known prefix carries an IPv4 address in its last 32 bits (RFC 6052); on a
# DNS64 network a public site resolves to it, so judge the IPv4 inside, not the wrapper.
NAT64 = ipaddress.ip_network("64:ff9b::/96")
# What is left of a host name once IDNA has turned it into ASCII; `_` occurs in real names.
HOST_NAME = re.compile(r"[a-z0-9_-]+(?:\.[a-z0-9_-]+)*")


def normalise_host(host: str) -> str:
    """The lower-case ASCII form of a host: IDNA, no trailing dot, canonical IP literals.

    >>> normalise_host("Пример.РФ.")
    'xn--e1afmkfd.xn--p1ai'
    >>> normalise_host("[0:0::1]")
    '::1'

    Raises ``ValueError`` for anything that is not a host name or an IP address.
    """
    host = host.strip().lower().removesuffix(".").removeprefix("[").removesuffix("]")
    if not host:
        raise ValueError("empty host")
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise ValueError(f"not a valid host name: {host!r}") from exc
    if not HOST_NAME.fullmatch(ascii_host):
        raise ValueError(f"not a valid host name: {host!r}")
    return ascii_host


def host_allowed(host: str, domains: Iterable[str]) -> bool:
    """True when ``host`` is one of ``domains`` or a subdomain of one (IP literals: equal only)."""
    try:
        host = normalise_host(host)
    except ValueError:
        return False
    for domain in domains:
        try:
            domain = normalise_host(domain)
        except ValueError:
            continue  # a misconfigured entry allows nothing rather than breaking every fetch
        if host == domain or (_is_name(domain) and host.endswith("." + domain)):
            return True
    return False


def is_forbidden_address(address: str | IPAddress, *, allow_loopback: bool = False) -> bool:
    """True when connecting to ``address`` could reach something that is not the public web.

    >>> is_forbidden_address("::ffff:10.0.0.1"), is_forbidden_address("93.184.215.14")
    (True, False)
    >>> is_forbidden_address("127.0.0.1"), is_forbidden_address("127.0.0.1", allow_loopback=True)
    (True, False)
    """
    try:
        ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    except ValueError:
        return True  # not an address we understand: never connect to it
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return is_forbidden_address(ip.ipv4_mapped, allow_loopback=allow_loopback)
        if ip in NAT64:
            # Loopback stays forbidden here: through a NAT64 gateway it is not our loopback.
            return is_forbidden_address(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if ip.is_loopback:
        return not allow_loopback
    return (
        not ip.is_global
        # `is_global` alone lets through multicast (224/4, ff00::/8) and deprecated
        # site-local IPv6 (fec0::/10), so the narrower flags are checked as well.
        or ip.is_multicast
        or ip.is_private
        or ip.is_reserved
        or ip.is_link_local
        or ip.is_unspecified
        or (isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local)
    )


def _is_name(host: str) -> bool:
    """True for a host name, False for an IP literal (which has no subdomains)."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return True
    return False
