"""Where deliveries may go: webhook URLs are refused when they point at this machine, its private networks,
link-local or cloud-metadata addresses (server-side request forgery), unless the operator allows a network
with `TRAVELRISK_WEBHOOK_ALLOW` (CIDRs). A URL is checked when its channel is added and again at every send, on
the addresses its name resolves to then, and the send connects to the address that was checked (so a name
re-pointed after the check — DNS rebinding — cannot redirect it)."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from travelrisk.config import settings
from travelrisk.errors import ConfigError, UsageError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

# Names of metadata services that resolve only inside a cloud; refused by name, wherever they point.
METADATA_NAMES = ("metadata.google.internal", "metadata.goog", "metadata", "instance-data")
_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT; Alibaba's metadata lives here


class RefusedTarget(UsageError):
    title = "Refused target"


@dataclass(frozen=True)
class Target:
    scheme: str  # lower case
    host: str  # as written (lower case), for the Host header and TLS
    port: int
    address: Address  # the checked address to connect to


def allowed_networks() -> list[Network]:
    networks = []
    for text in settings().webhook_allow:
        try:
            networks.append(ipaddress.ip_network(text, strict=False))
        except ValueError:
            raise ConfigError(f"TRAVELRISK_WEBHOOK_ALLOW: {text!r} is not a network (CIDR, e.g. 10.1.0.0/16)") from None
    return networks


def why_internal(address: Address) -> str | None:
    """What kind of internal address this is, or None for a public one."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return why_internal(address.ipv4_mapped)
    if address.is_unspecified:
        return "the unspecified address (this machine)"
    if address.is_loopback:
        return "a loopback address (this machine)"
    if address.is_link_local:
        return "a link-local address (cloud metadata lives here)"
    if address.is_multicast:
        return "a multicast address"
    if address.is_private or address in _SHARED:
        return "a private address"
    if address.is_reserved or not address.is_global:
        return "a reserved address"
    return None


def _resolve(host: str, port: int) -> list[Address]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)  # also reads 2130706433, 0x7f.1 and such
    return list(dict.fromkeys(ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos))


def check_url(url: str, *, resolve_unknown: bool = True) -> Target | None:
    """The target of a webhook URL, after refusing internal ones (RefusedTarget names the reason). With
    `resolve_unknown=False` (adding a channel), a name that does not resolve yet is let through: it is
    checked again at send time; returns None then."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise RefusedTarget(f"webhook URL {url!r} must be http(s)")
    try:
        host, port = (parts.hostname or "").rstrip("."), parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise RefusedTarget(f"webhook URL {url!r} has a bad port") from None
    if not host:
        raise RefusedTarget(f"webhook URL {url!r} has no host")
    allowed = allowed_networks()
    if host in METADATA_NAMES or host.endswith((".internal", ".localhost")) or host == "localhost":
        raise RefusedTarget(f"webhook URL {url!r}: {host} is an internal name; refused")
    try:
        addresses = _resolve(host, port)
    except (OSError, UnicodeError):
        if not resolve_unknown:
            return None
        raise RefusedTarget(f"webhook URL {url!r}: {host} does not resolve") from None
    for address in addresses:
        reason = why_internal(address)
        if reason and not any(address in network for network in allowed):
            raise RefusedTarget(
                f"webhook URL {url!r} points to {address}, {reason}: refused "
                "(an operator can allow a network with TRAVELRISK_WEBHOOK_ALLOW)"
            )
    return Target(scheme=scheme, host=host, port=port, address=addresses[0])
