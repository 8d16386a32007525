"""The LAN address as a person would pick it: fake adapters (Linux, macOS and Windows names) and fake routing
tables; nothing is sent and no real interface is read."""

from __future__ import annotations

import ipaddress
import subprocess
import sys
from pathlib import Path

import ifaddr
import pytest

from game.phones import network
from game.phones.network import (
    default_interface,
    default_interface_in,
    lan_address,
    lan_addresses,
    mac_default_interface_in,
    order_addresses,
    parse_routes,
)


def adapter(
    name: str, *addresses: str, nice: str | None = None, connection: str | None = None
) -> ifaddr.Adapter:
    """An adapter as ifaddr reports it: on Linux and macOS `nice` is the name; on Windows `name` is a GUID,
    `nice` the device and `connection` the name in the control panel."""
    ips = [ifaddr.IP(address, 24, connection or name) for address in addresses]
    return ifaddr.Adapter(name, nice or name, ips)


def windows(device: str, connection: str, *addresses: str) -> ifaddr.Adapter:
    return adapter("{846EE342-7039-11DE-9D20-806E6F6E6963}", *addresses, nice=device, connection=connection)


def test_windows_virtualbox_host_only_comes_after_wi_fi() -> None:
    adapters = [
        windows("VirtualBox Host-Only Ethernet Adapter", "Ethernet 2", "192.168.56.1"),
        windows("Intel(R) Wi-Fi 6 AX201 160MHz", "Wi-Fi", "192.168.86.23"),
    ]
    assert order_addresses(adapters, None) == ["192.168.86.23", "192.168.56.1"]


def test_linux_vboxnet_comes_after_wi_fi() -> None:
    adapters = [adapter("vboxnet0", "192.168.56.1"), adapter("wlp2s0", "192.168.1.23")]
    assert order_addresses(adapters, None) == ["192.168.1.23", "192.168.56.1"]
    assert order_addresses(adapters, "wlp2s0") == ["192.168.1.23", "192.168.56.1"]


def test_docker_comes_after_the_cable() -> None:
    adapters = [
        adapter("docker0", "172.17.0.1"),
        adapter("br-3f2a9c", "172.18.0.1"),
        adapter("eth0", "192.168.2.7"),
    ]
    assert order_addresses(adapters, None) == ["192.168.2.7", "172.17.0.1", "172.18.0.1"]


def test_windows_hyper_v_and_vmware_come_after_wi_fi() -> None:
    adapters = [
        windows("Hyper-V Virtual Ethernet Adapter", "vEthernet (Default Switch)", "172.29.16.1"),
        windows(
            "VMware Virtual Ethernet Adapter for VMnet8", "VMware Network Adapter VMnet8", "192.168.80.1"
        ),
        windows("Realtek PCIe GbE Family Controller", "Ethernet", "10.20.30.40"),
        windows("Intel(R) Wi-Fi 6 AX201 160MHz", "Wi-Fi", "192.168.178.23"),
    ]
    assert order_addresses(adapters, None) == ["10.20.30.40", "192.168.178.23", "172.29.16.1", "192.168.80.1"]


def test_the_default_route_wins_even_on_a_name_that_says_nothing() -> None:
    adapters = [adapter("wlan0", "192.168.1.4"), adapter("bond0", "10.1.2.3"), adapter("eth1", "10.0.0.2")]
    assert order_addresses(adapters, "bond0") == ["10.1.2.3", "10.0.0.2", "192.168.1.4"]
    assert order_addresses(adapters, None) == ["10.0.0.2", "192.168.1.4", "10.1.2.3"]  # bond0: other private


def test_a_vpn_that_carries_the_default_route_still_comes_last() -> None:
    adapters = [adapter("wg0", "10.8.0.2"), adapter("tun0", "10.9.0.2"), adapter("wlan0", "192.168.1.4")]
    assert order_addresses(adapters, "wg0") == ["192.168.1.4", "10.8.0.2", "10.9.0.2"]
    assert (
        order_addresses([adapter("utun3", "10.7.0.1"), adapter("en0", "192.168.1.4")], "utun3")[0]
        == "192.168.1.4"
    )


def test_the_virtual_ranges_are_a_hint_the_default_route_overrules() -> None:
    adapters = [
        windows("Some NIC", "Ethernet 3", "192.168.56.10"),
        windows("Some NIC", "Wi-Fi", "192.168.1.4"),
    ]
    assert order_addresses(adapters, None) == ["192.168.1.4", "192.168.56.10"]
    home = [adapter("wlan0", "192.168.56.10"), adapter("eth0", "192.168.1.4")]
    assert order_addresses(home, "wlan0") == ["192.168.56.10", "192.168.1.4"]


def test_addresses_are_compared_as_numbers_not_strings() -> None:
    adapters = [adapter("eth0", "192.168.1.10"), adapter("eth1", "192.168.1.9")]
    assert order_addresses(adapters, None) == ["192.168.1.9", "192.168.1.10"]


def test_only_private_ipv4_a_phone_can_reach_each_once() -> None:
    adapters = [
        adapter("lo", "127.0.0.1"),
        adapter("eth0", "169.254.10.1", "8.8.4.4", "192.168.1.4"),
        ifaddr.Adapter(
            "wlan0",
            "wlan0",
            [ifaddr.IP(("fe80::1", 0, 2), 64, "wlan0"), ifaddr.IP("192.168.1.4", 24, "wlan0")],
        ),
    ]
    assert order_addresses(adapters, None) == ["192.168.1.4"]
    assert order_addresses([], None) == []


ROUTES = """\
Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
wlp2s0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0
enp0s31f6\t00000000\t01B2A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0
vboxnet0\t00000000\t00000000\t0000\t0\t0\t0\t00000000\t0\t0\t0
docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0
wlp2s0\t0001A8C0\t00000000\t0001\t0\t0\t600\t00FFFFFF\t0\t0\t0
broken line
eth9\tZZZZZZZZ\t00000000\t0001\t0\t0\t0\t00000000\t0\t0\t0
"""


@pytest.mark.skipif(sys.byteorder != "little", reason="the sample is in little-endian, as on x86 and ARM")
def test_proc_net_route_is_parsed_hex_and_all() -> None:
    routes = parse_routes(ROUTES)
    assert [route.iface for route in routes] == ["wlp2s0", "enp0s31f6", "vboxnet0", "docker0", "wlp2s0"]
    first, _, down, docker, subnet = routes
    assert first.gateway == ipaddress.IPv4Address("192.168.1.1") and first.metric == 600 and first.flags == 3
    assert docker.destination == ipaddress.IPv4Address("172.17.0.0")
    assert docker.mask == ipaddress.IPv4Address("255.255.0.0")
    assert subnet.destination == ipaddress.IPv4Address("192.168.1.0") and not subnet.is_default
    assert first.is_default and not down.is_default  # a route that is not up (flags 0) carries nothing
    assert default_interface_in(routes) == "enp0s31f6"  # the lowest metric
    assert default_interface_in(routes[:1] + routes[2:]) == "wlp2s0"
    assert default_interface_in(parse_routes(ROUTES.splitlines()[0])) is None


def test_the_default_route_is_read_from_proc_on_linux(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "route"
    table.write_text(ROUTES, encoding="ascii")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(network, "PROC_ROUTE", table)
    assert default_interface() == ("enp0s31f6" if sys.byteorder == "little" else None)
    monkeypatch.setattr(network, "PROC_ROUTE", tmp_path / "missing")
    assert default_interface() is None


def test_windows_orders_by_name_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("no command on Windows")

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(subprocess, "run", refuse)
    assert default_interface() is None


def test_macos_route_get_default_is_parsed() -> None:
    text = """   route to: default
destination: default
       mask: default
    gateway: 192.168.1.1
  interface: en0
      flags: <UP,GATEWAY,DONE,STATIC,PRCLONING,GLOBAL>
"""
    assert mac_default_interface_in(text) == "en0"
    assert mac_default_interface_in("route: writing to routing socket: not in table\n") is None


def test_lan_addresses_put_the_default_routes_interface_first(monkeypatch: pytest.MonkeyPatch) -> None:
    adapters = [
        adapter("vboxnet0", "192.168.56.1"),
        adapter("wlan0", "192.168.86.2"),
        adapter("usb0", "10.42.0.5"),
    ]
    monkeypatch.setattr(ifaddr, "get_adapters", lambda: adapters)
    monkeypatch.setattr(network, "default_interface", lambda: "usb0")
    assert lan_addresses() == ["10.42.0.5", "192.168.86.2", "192.168.56.1"]
    assert lan_address() == "10.42.0.5"
    monkeypatch.setattr(ifaddr, "get_adapters", lambda: [adapter("lo", "127.0.0.1")])
    assert lan_address() is None
