"""The tables' server fuzzed: hypothesis sends requests of many shapes over raw sockets to a real
TablesServer on 127.0.0.1 (methods, paths with and without the token and a table, cookies of a device bound
to this table, to another or to none, bodies of broken UTF-8 and JSON of the wrong types). Each answer must
be one of STATUSES (never a 500, never a dropped connection), nothing may be logged as a warning or a
traceback, and afterwards real devices still join and decide. Bounded by the fuzz budget
(tests/fuzz/budget.py), under the hang guard."""

from __future__ import annotations

import json
import socket
from typing import Any

from hypothesis import given, note
from hypothesis import strategies as st

from game.paths import SCENARIOS_DIR
from game.phones.server import MAX_BODY
from game.scenario.loader import load_scenario
from game.tables.server import FILES, STATUSES, Room, TablesServer
from game.tables.session import TablesSession
from tests.fuzz.budget import fuzz, hang_guard
from tests.phones.raw import FUZZ_LIMITS, Answer, get, parse, watched_console

TOKEN, CARD = b"{TOKEN}", b"{CARD}"
NAMES = ("", "state", "vote", "confirm", "events", *FILES, "x")
ODD = (
    "%C3%A9",
    "é",
    "%FF",
    "%00",
    "..",
    "%2e%2e",
    "//",
    "\x00",
    "?x=1",
    "-1",
    "01",
    "1e3",
    "99999999999999999999",
)


@st.composite
def paths(draw: st.DrawFn) -> bytes:
    token = draw(st.just(TOKEN) | st.sampled_from([TOKEN + b"x", b"", b"nottoken"]))
    table = draw(st.sampled_from(["1", "2", "3", "0"]) | st.sampled_from(ODD))
    name = draw(st.sampled_from(NAMES))
    shape = draw(st.sampled_from(["table", "table", "root", "bare"]))
    if shape == "root":
        path = "/{}/" + name
    elif shape == "bare":
        path = "/{}/t/" + table
    else:
        path = "/{}/t/" + table + "/" + name
    return path.encode("utf-8", "surrogatepass").replace(b"{}", token)


@st.composite
def bodies(draw: st.DrawFn) -> bytes:
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
        max_leaves=8,
    )
    shape = draw(st.sampled_from(["vote", "vote", "json", "bytes", "utf8", "long"]))
    if shape == "vote":
        card: Any = draw(st.just("{CARD}") | st.sampled_from(["other", "", "x" * 300]) | json_values)
        option = draw(st.integers(-1, 10) | json_values)
        return json.dumps({"card": card, "option": option}).encode()
    if shape == "json":
        return json.dumps(draw(json_values)).encode()
    if shape == "bytes":
        return draw(st.binary(max_size=100))
    if shape == "utf8":
        return b'{"card": "\xff\xc3", "option": 1}'
    return b" " * draw(st.sampled_from([MAX_BODY - 10, MAX_BODY + 1, 5_000])) + b'{"card":"x","option":1}'


def request(method: bytes, path: bytes, cookie: bytes, body: bytes) -> bytes:
    lines = [method + b" " + path + b" HTTP/1.1", b"Host: 127.0.0.1", b"Connection: close"]
    if cookie:
        lines.append(b"Cookie: device=" + cookie)
    lines.append(b"Content-Type: application/json")
    lines.append(b"Content-Length: " + str(len(body)).encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def send(port: int, raw: bytes) -> int:
    """The status of the answer to `raw`; a stream (events) is read only as far as its status line."""
    with socket.create_connection(("127.0.0.1", port), 10) as connection:
        connection.sendall(raw)
        connection.settimeout(10)
        head = b""
        while b"\r\n" not in head and (chunk := connection.recv(4096)):
            head += chunk
    return parse(head).status


def device_for(server: TablesServer, table: int) -> bytes:
    """A real device's cookie, joined to `table`."""
    answer = send_full(server.port, get(f"/{server.token}/t/{table}/".encode()))
    assert answer.status == 200
    return answer.headers["set-cookie"].split(";")[0].split("=", 1)[1].encode()


def send_full(port: int, raw: bytes) -> Answer:
    with socket.create_connection(("127.0.0.1", port), 10) as connection:
        connection.sendall(raw)
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return parse(b"".join(chunks))


def test_the_tables_server_answers_every_request_by_its_contract() -> None:
    scenario = load_scenario(SCENARIOS_DIR / "voorbeeld.yaml")
    room = Room(TablesSession(scenario, 3, 3, "free"), "nl")
    server = TablesServer(room, "127.0.0.1", 0, limits=FUZZ_LIMITS, ping_seconds=0.05)
    server.start()
    with watched_console() as whole_run:
        try:
            mine, other = device_for(server, 1), device_for(server, 2)

            @fuzz(1.0)
            @given(
                st.sampled_from([b"GET", b"POST", b"HEAD", b"PUT", b"DELETE", b"OPTIONS"]),
                paths(),
                st.sampled_from([b"", b"A" * 22, b"\xff", b"mine", b"other"]),
                bodies(),
            )
            def one(method: bytes, path: bytes, cookie: bytes, body: bytes) -> None:
                card = (room.session.table(1).card or "none").encode()
                cookie = {b"mine": mine, b"other": other}.get(cookie, cookie)
                raw = request(method, path.replace(TOKEN, server.token.encode()), cookie,
                              body.replace(CARD, card))  # fmt: skip
                with watched_console() as console, hang_guard():
                    status = send(server.port, raw)
                note(f"{status} <- {raw[:300]!r}")
                assert status in STATUSES, (status, raw[:300])
                assert [record.getMessage() for record in console.records] == []

            one()
            # the room still works: table 3's new device decides its card by a confirmation
            third = device_for(server, 3)
            card = room.session.table(3).card
            assert card is not None
            body = json.dumps({"card": card, "option": 1}).encode()
            path = f"/{server.token}/t/3/confirm".encode()
            assert send_full(server.port, request(b"POST", path, third, body)).status == 200
            assert room.session.table(3).decisions == 1
        finally:
            server.stop()
    assert whole_run.tracebacks() == []
