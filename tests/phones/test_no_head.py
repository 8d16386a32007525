"""HEAD is not in the contract: it makes no device and holds no live connection, and answers a bare 404
as any other method does (aiohttp answers HEAD for every GET route unless told not to)."""

from __future__ import annotations

import pytest

from game.phones.hub import VoteHub
from game.phones.server import PhoneServer
from tests.phones.raw import exchange, watched_console
from tests.phones.test_contract import device_cookie


def head(path: str, *headers: str) -> bytes:
    lines = [f"HEAD {path} HTTP/1.1", "Host: 127.0.0.1", *headers, "Connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


@pytest.mark.parametrize("path", ["", "/", "/state", "/events", "/phone.js"])
def test_head_is_a_bare_404_and_makes_no_device(server: PhoneServer, hub: VoteHub, path: str) -> None:
    with watched_console() as console:
        answer = exchange(server.port, head(f"/{server.token}{path}"))
    assert answer.status == 404 and answer.body == b""
    assert "set-cookie" not in answer.headers
    assert hub.snapshot().joined == 0
    assert console.tracebacks() == []


def test_head_of_the_stream_holds_no_live_connection(server: PhoneServer, hub: VoteHub) -> None:
    device = device_cookie(server.url)
    answer = exchange(server.port, head(f"/{server.token}/events", f"Cookie: device={device}"))
    assert answer.status == 404
    assert hub.streams_of(device) == 0
