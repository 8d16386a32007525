"""Which address phones on the local network can reach the laptop at, read from its own interfaces."""

from __future__ import annotations

import ipaddress
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import ifaddr

PROC_ROUTE = Path("/proc/net/route")
MAC_ROUTE = ("/sbin/route", "-n", "get", "default")  # -n: no name look-ups, so it answers at once
RTF_UP = 0x0001

# Virtual adapters: a phone in the room never reaches a VM host, a container bridge or a VPN tunnel.
VIRTUAL_PREFIXES = (
    "vboxnet", "vmnet", "docker", "br-", "veth", "virbr", "vnet", "lxcbr", "lxdbr", "podman", "cni",
    "tun", "tap", "wg", "utun", "tailscale", "zt", "ipsec", "ppp", "gif", "stf", "anpi",
)  # fmt: skip
VIRTUAL_WORDS = (
    "virtualbox", "host-only", "vethernet", "hyper-v", "vmware", "docker", "wsl", "tap-windows",
    "wireguard", "openvpn", "vpn", "tunnel", "loopback", "npcap", "zerotier", "tailscale", "parallels",
)  # fmt: skip
VIRTUAL_NETWORKS = (  # default ranges, a hint only: a home network may use them too
    ipaddress.IPv4Network("192.168.56.0/24"),  # VirtualBox host-only
    ipaddress.IPv4Network("172.17.0.0/16"),  # Docker's default bridge
)
PHYSICAL_PREFIXES = ("wlan", "wl", "en", "eth")  # Linux wlp2s0/enp3s0/eth0, macOS en0
PHYSICAL_WORDS = ("wi-fi", "wifi", "wireless", "wlan", "ethernet")  # Windows' names

DEFAULT_ROUTE, PHYSICAL, OTHER, VIRTUAL = range(4)  # the order in which addresses are offered


class IPLike(Protocol):
    @property
    def ip(self) -> str | tuple[str, int, int]: ...

    @property
    def nice_name(self) -> str: ...


class AdapterLike(Protocol):
    """What `order_addresses` reads of an `ifaddr.Adapter`."""

    @property
    def name(self) -> str: ...

    @property
    def nice_name(self) -> str: ...

    @property
    def ips(self) -> Sequence[IPLike]: ...


@dataclass(frozen=True)
class Route:
    """One line of /proc/net/route."""

    iface: str
    destination: ipaddress.IPv4Address
    gateway: ipaddress.IPv4Address
    flags: int
    metric: int
    mask: ipaddress.IPv4Address

    @property
    def is_default(self) -> bool:
        return bool(self.flags & RTF_UP) and int(self.destination) == 0 and int(self.mask) == 0


def _kernel_address(text: str) -> ipaddress.IPv4Address:
    """An address as /proc/net/route writes it: hex, in the host's byte order (little-endian on x86)."""
    raw = bytes.fromhex(text)
    return ipaddress.IPv4Address(raw[::-1] if sys.byteorder == "little" else raw)


def parse_routes(text: str) -> list[Route]:
    """The routes in the text of /proc/net/route; a line that does not parse is skipped."""
    routes: list[Route] = []
    for line in text.splitlines()[1:]:  # the first line is the header
        fields = line.split()
        if len(fields) < 8:
            continue
        try:
            routes.append(
                Route(
                    iface=fields[0],
                    destination=_kernel_address(fields[1]),
                    gateway=_kernel_address(fields[2]),
                    flags=int(fields[3], 16),
                    metric=int(fields[6]),
                    mask=_kernel_address(fields[7]),
                )
            )
        except ValueError:
            continue
    return routes


def default_interface_in(routes: Iterable[Route]) -> str | None:
    """The interface of the default route with the lowest metric (the first listed on a tie)."""
    defaults = [route for route in routes if route.is_default]
    return min(defaults, key=lambda route: route.metric).iface if defaults else None


def mac_default_interface_in(text: str) -> str | None:
    """The `interface:` line of macOS's `route -n get default`."""
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "interface" and value.strip():
            return value.strip()
    return None


def default_interface() -> str | None:
    """The name of the interface that carries the default route, as the system says it; nothing is sent.
    Linux: /proc/net/route. macOS: `route -n get default` (a second at most). Elsewhere, or when the system
    does not say: None, and the addresses are ordered by their adapters' names alone."""
    if sys.platform.startswith("linux"):
        try:
            return default_interface_in(
                parse_routes(PROC_ROUTE.read_text(encoding="ascii", errors="replace"))
            )
        except OSError:
            return None
    if sys.platform == "darwin":
        try:
            done = subprocess.run(MAC_ROUTE, capture_output=True, text=True, timeout=1.0, check=False)
        except (OSError, subprocess.SubprocessError):
            return None
        return mac_default_interface_in(done.stdout) if done.returncode == 0 else None
    return None


def _names(adapter: AdapterLike, ip: IPLike) -> list[str]:
    return [name.lower() for name in (adapter.name, adapter.nice_name, ip.nice_name) if name]


def _rank(adapter: AdapterLike, ip: IPLike, address: ipaddress.IPv4Address, default: str | None) -> int:
    names = _names(adapter, ip)
    if any(name.startswith(VIRTUAL_PREFIXES) for name in names):
        return VIRTUAL
    if any(word in name for name in names for word in VIRTUAL_WORDS):
        return VIRTUAL
    carries_default = default is not None and default in (adapter.name, adapter.name.split(":")[0])
    if carries_default:
        return DEFAULT_ROUTE
    if any(address in network for network in VIRTUAL_NETWORKS):
        return VIRTUAL
    if any(name.startswith(PHYSICAL_PREFIXES) for name in names):
        return PHYSICAL
    if any(word in name for name in names for word in PHYSICAL_WORDS):
        return PHYSICAL
    return OTHER


def order_addresses(adapters: Iterable[AdapterLike], default: str | None) -> list[str]:
    """The private IPv4 addresses of `adapters`, as a person would pick them: the one on the interface named
    `default` (that carries the default route) first, then Wi-Fi and cable, then other private networks,
    virtual adapters (VM hosts, containers, VPNs) always last; within each, by address. Never loopback or
    link-local (169.254.x, which a phone cannot reach either)."""
    ranked: dict[ipaddress.IPv4Address, int] = {}
    for adapter in adapters:
        for ip in adapter.ips:
            if not isinstance(ip.ip, str):
                continue  # IPv6: (address, flowinfo, scope)
            try:
                address = ipaddress.IPv4Address(ip.ip)
            except ValueError:
                continue
            if address.is_loopback or address.is_link_local or not address.is_private:
                continue
            rank = _rank(adapter, ip, address, default)
            ranked[address] = min(rank, ranked.get(address, rank))
    return [str(address) for address in sorted(ranked, key=lambda address: (ranked[address], address))]


def lan_addresses() -> list[str]:
    """The machine's private IPv4 addresses (Wi-Fi or cable), most likely first."""
    return order_addresses(ifaddr.get_adapters(), default_interface())


def lan_address() -> str | None:
    """The address to bind the phone server to by default, or None when the laptop has no network."""
    addresses = lan_addresses()
    return addresses[0] if addresses else None
