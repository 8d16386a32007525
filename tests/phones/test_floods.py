"""Connection floods against the phones' and the tables' servers on 127.0.0.1: idle connections past the
limit per address are closed at once, a request head that never ends is closed after its time, an accept()
that fails for want of files is one warning line (not a traceback a tick), and phones and tables still join
and vote throughout."""

from __future__ import annotations

import asyncio
import errno
import itertools
import json
import logging
import select
import socket
import time
import urllib.request
from collections.abc import Iterator
from typing import Any

import aiohttp
import pytest

from game.phones import doorman
from game.phones.doorman import LoopProblems, raise_file_limit
from game.phones.hub import VoteHub
from game.phones.server import PhoneServer, ThreadedServer
from game.tables.server import Room, TablesServer
from game.tables.session import TablesSession
from tests.phones.conftest import CARD
from tests.tables.rooms import example

TIMEOUT = aiohttp.ClientTimeout(total=10)
LIMIT = 8  # connections per address in these tests
FLOOD = 20
STRANGER = "127.0.0.2"  # the flood's own address on the loopback (Linux has all of 127/8; a Mac only .1)


def started(server: ThreadedServer, per_address: int = LIMIT, head_seconds: float = 10.0) -> ThreadedServer:
    server.per_address = per_address
    server.head_seconds = head_seconds
    server.start()
    return server


@pytest.fixture
def phones() -> Iterator[tuple[VoteHub, PhoneServer]]:
    hub = VoteHub("nl")
    hub.show(CARD, voting=True, lang="nl")
    server = PhoneServer(hub, "127.0.0.1", 0, ping_seconds=0.05)
    started(server)
    try:
        yield hub, server
    finally:
        server.stop()


@pytest.fixture
def tables() -> Iterator[tuple[Room, TablesServer]]:
    room = Room(TablesSession(example(), 7, 2), "nl")
    server = TablesServer(room, "127.0.0.1", 0)
    started(server)
    try:
        yield room, server
    finally:
        server.stop()


def flood(port: int, count: int, source: str = STRANGER) -> list[socket.socket]:
    """`count` connections from `source`, each with half a request head, then silent."""
    sockets = []
    for _ in range(count):
        sock = socket.socket()
        sock.settimeout(10)
        try:
            sock.bind((source, 0))
        except OSError:
            sock.close()
            pytest.skip(f"{source} is not an address of this machine")
        sock.connect(("127.0.0.1", port))
        sock.sendall(b"GET / HTTP/1.1\r\n")
        sockets.append(sock)
    return sockets


def is_closed(sock: socket.socket) -> bool:
    try:
        return sock.recv(1) == b""
    except ConnectionError:
        return True


def closed(sockets: list[socket.socket], expected: int) -> int:
    """How many of `sockets` the server closed, waiting (at most 10 s) until `expected` are."""
    gone: set[socket.socket] = set()
    deadline = time.monotonic() + 10
    while len(gone) < expected and time.monotonic() < deadline:
        readable, _, _ = select.select([sock for sock in sockets if sock not in gone], [], [], 0.5)
        gone.update(sock for sock in readable if is_closed(sock))
    return len(gone)


def still_open(sockets: list[socket.socket]) -> int:
    readable, _, _ = select.select(sockets, [], [], 0)
    return len([sock for sock in sockets if sock not in readable])


def device() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True), timeout=TIMEOUT)


async def post(client: aiohttp.ClientSession, url: str, body: dict[str, Any]) -> int:
    data = json.dumps(body).encode()
    async with client.post(url, data=data, headers={"Content-Type": "application/json"}) as response:
        await response.read()
        return response.status


def test_a_flood_from_one_address_is_cut_at_its_limit_and_a_phone_still_votes(
    phones: tuple[VoteHub, PhoneServer],
) -> None:
    hub, server = phones
    sockets = flood(server.port, FLOOD)
    try:
        assert closed(sockets, FLOOD - LIMIT) == FLOOD - LIMIT  # the excess, at once
        assert still_open(sockets) == LIMIT  # the rest wait for their head's time

        async def phone() -> None:
            async with device() as client:
                async with client.get(server.url) as response:
                    assert response.status == 200
                assert await post(client, server.url + "vote", {"card": "scanauto", "option": 2}) == 200

        asyncio.run(phone())
        assert hub.snapshot().counts == (0, 1, 0)
    finally:
        for sock in sockets:
            sock.close()


def test_a_flood_from_one_address_does_not_stop_a_table_device(tables: tuple[Room, TablesServer]) -> None:
    room, server = tables
    sockets = flood(server.port, FLOOD)
    try:
        assert closed(sockets, FLOOD - LIMIT) == FLOOD - LIMIT

        async def table_device() -> None:
            async with device() as client:
                async with client.get(server.table_url(1)) as response:
                    assert response.status == 200
                with room.read() as session:
                    card = session.table(1).card
                assert await post(client, server.table_url(1) + "vote", {"card": card, "option": 1}) == 200

        asyncio.run(table_device())
        with room.read() as session:
            assert session.table(1).devices == 1
            assert [event for event in session.events if event.get("action") == "vote"]
    finally:
        for sock in sockets:
            sock.close()


def test_a_half_sent_head_is_closed_after_its_time_but_a_live_stream_is_not() -> None:
    hub = VoteHub("nl")
    hub.show(CARD, voting=True, lang="nl")
    server = started(PhoneServer(hub, "127.0.0.1", 0, ping_seconds=0.02), head_seconds=0.3)
    try:
        slow = flood(server.port, 1, "127.0.0.1")[0]
        slow.sendall(b"Host: 127.0.0.1\r\n")  # and never the empty line that ends the head
        assert is_closed(slow)  # within the socket's 10 s: closed by the server
        slow.close()

        async def phone() -> None:  # 40 pings at 0.02 s outlast the head's 0.3 s many times over
            async with device() as client:
                async with client.get(server.url) as response:
                    assert response.status == 200
                async with client.get(server.url + "events") as stream:
                    pings = 0
                    while pings < 40:
                        line = await stream.content.readline()
                        assert line, "the stream was closed"
                        pings += line.startswith(b": ping")

        asyncio.run(phone())
    finally:
        server.stop()


def test_a_failing_accept_is_one_warning_and_the_server_answers_after(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """asyncio reports each failed accept() (up to 100 a tick): they were tracebacks, thousands a second."""
    real = socket.socket.accept
    calls = itertools.count()

    def accept(self: socket.socket) -> tuple[socket.socket, Any]:
        if next(calls) < 150:  # all of one tick's attempts, and half of the next, a second later
            raise OSError(errno.EMFILE, "Too many open files")
        return real(self)

    hub = VoteHub("nl")
    server = started(PhoneServer(hub, "127.0.0.1", 0))
    try:
        monkeypatch.setattr(socket.socket, "accept", accept)
        with (
            caplog.at_level(logging.DEBUG, logger="game.phones"),
            urllib.request.urlopen(server.url, timeout=10) as response,
        ):
            assert response.status == 200
        assert next(calls) > 150  # the failures did happen
    finally:
        monkeypatch.undo()
        server.stop()
    lines = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert [record.getMessage() for record in lines] == [
        "the phone server cannot take new connections for now (Too many open files); "
        "it tries again every second"
    ]
    assert lines[0].exc_info is None and hub.snapshot().joined == 1


def test_any_other_loop_problem_is_a_plain_line(caplog: pytest.LogCaptureFixture) -> None:
    handler = LoopProblems("the tables' server")
    with caplog.at_level(logging.WARNING, logger="game.phones"):
        handler(
            asyncio.new_event_loop(),
            {"message": "Task exception was never retrieved", "exception": KeyError(1)},
        )
    [record] = caplog.records
    assert record.getMessage() == "the tables' server: Task exception was never retrieved (KeyError(1))"
    assert record.exc_info is None


@pytest.mark.parametrize(
    ("soft", "hard", "asked"), [(256, 10240, 4096), (256, 1024, 1024), (8192, 10240, None), (256, 256, None)]
)
def test_the_open_files_limit_is_raised_where_it_is_low(
    monkeypatch: pytest.MonkeyPatch, soft: int, hard: int, asked: int | None
) -> None:
    resource = pytest.importorskip("resource")
    wanted: list[tuple[int, int]] = []
    monkeypatch.setattr(resource, "getrlimit", lambda which: (soft, hard))
    monkeypatch.setattr(resource, "setrlimit", lambda which, limits: wanted.append(limits))
    raise_file_limit()
    assert wanted == ([] if asked is None else [(asked, hard)])
    assert doorman.WANTED_FILES == 4096


def test_an_unlimited_hard_limit_gives_the_wanted_number(monkeypatch: pytest.MonkeyPatch) -> None:
    resource = pytest.importorskip("resource")
    wanted: list[tuple[int, int]] = []
    monkeypatch.setattr(resource, "getrlimit", lambda which: (256, resource.RLIM_INFINITY))
    monkeypatch.setattr(resource, "setrlimit", lambda which, limits: wanted.append(limits))
    raise_file_limit()
    assert wanted == [(4096, resource.RLIM_INFINITY)]
