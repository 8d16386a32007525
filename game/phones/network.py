"""Which address phones on the local network can reach the laptop at, read from its own interfaces."""

from __future__ import annotations

import ipaddress

import ifaddr


def lan_addresses() -> list[str]:
    """The machine's private IPv4 addresses (Wi-Fi or cable), most likely first; never loopback or
    link-local (169.254.x, which a phone cannot reach either)."""
    found: list[tuple[int, str]] = []
    for adapter in ifaddr.get_adapters():
        name = (adapter.nice_name or adapter.name or "").lower()
        virtual = any(
            word in name for word in ("docker", "veth", "br-", "virbr", "vmnet", "vbox", "tun", "tap")
        )
        for ip in adapter.ips:
            if not isinstance(ip.ip, str):
                continue  # IPv6: (address, flowinfo, scope)
            address = ipaddress.IPv4Address(ip.ip)
            if address.is_loopback or address.is_link_local or not address.is_private:
                continue
            found.append((1 if virtual else 0, str(address)))
    return [address for _, address in sorted(found)]


def lan_address() -> str | None:
    """The address to bind the phone server to by default, or None when the laptop has no network."""
    addresses = lan_addresses()
    return addresses[0] if addresses else None
