"""A phone that goes while it is being answered (out of range, a reload mid-request) is nobody's fault: a
debug line, never a warning on the facilitator's console nor a 500 (a cookie-less client could otherwise
fill the console by sending half a vote and resetting the connection)."""

from __future__ import annotations

import logging
import socket
import struct
import threading
from collections.abc import Iterator

import pytest
from aiohttp import web
from aiohttp.client_exceptions import ClientConnectionResetError

from game.phones.server import PhoneServer
from tests.phones.raw import exchange, get
from tests.phones.test_contract import device_cookie

RESETS = 5


class Lines(logging.Handler):
    """The phone server's log lines, every level; `wait` blocks until `count` have come (10 s at most)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self._came = threading.Condition()

    def emit(self, record: logging.LogRecord) -> None:
        with self._came:
            self.records.append(record)
            self._came.notify_all()

    def wait(self, count: int) -> list[logging.LogRecord]:
        with self._came:
            self._came.wait_for(lambda: len(self.records) >= count, timeout=10)
            return list(self.records)


@pytest.fixture
def lines() -> Iterator[Lines]:
    logger = logging.getLogger("game.phones.server")
    handler, level = Lines(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def reset_after(port: int, request: bytes) -> None:
    """Send `request` and reset the connection (RST, as a phone that drops off the network)."""
    connection = socket.create_connection(("127.0.0.1", port), 10)
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    connection.sendall(request)
    connection.close()


def test_a_vote_whose_body_never_comes_is_a_debug_line(server: PhoneServer, lines: Lines) -> None:
    half = f'POST /{server.token}/vote HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 500\r\n\r\n{{"ca'
    for _ in range(RESETS):
        reset_after(server.port, half.encode())
    records = lines.wait(RESETS)
    assert len(records) == RESETS
    assert [record.levelno for record in records] == [logging.DEBUG] * RESETS


def test_a_stream_whose_phone_went_before_it_started_is_a_debug_line(
    server: PhoneServer, lines: Lines, monkeypatch: pytest.MonkeyPatch
) -> None:
    device = device_cookie(server.url)

    async def gone(self: web.StreamResponse, request: web.BaseRequest) -> None:
        raise ClientConnectionResetError("Cannot write to closing transport")  # aiohttp's, on a closed socket

    monkeypatch.setattr(web.StreamResponse, "prepare", gone)
    exchange(server.port, get(f"/{server.token}/events".encode(), f"Cookie: device={device}".encode()))
    records = lines.wait(1)
    assert [record.levelno for record in records] == [logging.DEBUG]
    assert server.hub.streams_of(device) == 0
