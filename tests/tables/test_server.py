"""The tables' HTTP contract against a real server on 127.0.0.1 driving a TablesSession, with real HTTP
clients (aiohttp): each device its own cookie jar."""

from __future__ import annotations

import asyncio
import http.client
import json
import re
import socket
import time
from collections.abc import Callable, Coroutine, Iterator
from typing import Any

import aiohttp
import pytest
from yarl import URL

from game.core.model import Scenario
from game.paths import SCENARIOS_DIR
from game.phones.server import MAX_BODY, RateLimits
from game.scenario.loader import load_scenario
from game.tables.server import STATUSES, Room, TablesServer
from game.tables.session import TablesSession
from tests.phones.client import next_event

TIMEOUT = aiohttp.ClientTimeout(total=10)
SEED = 7
QUICK = RateLimits(votes_per_second=1000, vote_burst=1000)


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_scenario(SCENARIOS_DIR / "voorbeeld.yaml")  # 2 years of 3 turns: six cards a table


@pytest.fixture
def room(scenario: Scenario) -> Room:
    return Room(TablesSession(scenario, SEED, 3), "nl")


@pytest.fixture
def server(room: Room) -> Iterator[TablesServer]:
    server = TablesServer(room, "127.0.0.1", 0, limits=QUICK)  # a whole term's votes in a second
    server.start()
    try:
        yield server
    finally:
        server.stop()


def device() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True), timeout=TIMEOUT)


def run(test: Callable[[], Coroutine[Any, Any, None]]) -> None:
    asyncio.run(test())


async def post(client: aiohttp.ClientSession, url: str, body: Any) -> tuple[int, dict[str, Any]]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    async with client.post(url, data=data, headers={"Content-Type": "application/json"}) as response:
        return response.status, await response.json()


async def get_json(client: aiohttp.ClientSession, url: str) -> tuple[int, dict[str, Any]]:
    async with client.get(url, allow_redirects=False) as response:
        return response.status, await response.json()


async def join(client: aiohttp.ClientSession, server: TablesServer, table: int) -> int:
    async with client.get(server.table_url(table), allow_redirects=False) as response:
        await response.text()
        return response.status


def test_three_tables_of_two_devices_play_a_whole_term_each_by_its_own_majority(
    server: TablesServer, room: Room
) -> None:
    session = room.session
    # Table 1's devices both choose the first option, table 2's the last; table 3's disagree (a tie)
    # until its second device comes round to the first's choice, the second option.
    expected: dict[int, list[int]] = {1: [], 2: [], 3: []}

    async def test() -> None:
        devices = {table: (device(), device()) for table in (1, 2, 3)}
        try:
            for table, pair in devices.items():
                for client in pair:
                    assert await join(client, server, table) == 200
            assert [session.table(table).devices for table in (1, 2, 3)] == [2, 2, 2]
            rounds = 0
            while not session.finished:
                rounds += 1
                assert rounds <= 20
                for table, (first, second) in devices.items():
                    status, state = await get_json(first, server.table_url(table) + "state")
                    assert status == 200 and state["table"] == table
                    if state["card"] is None:
                        continue
                    card, count = state["card"], len(state["options"])
                    assert state["decided"] is False and len(state["meters"]) == len(session.scenario.meters)
                    url = server.table_url(table)
                    if table == 1:
                        choice = 1
                        assert (await post(first, url + "vote", {"card": card, "option": 1}))[0] == 200
                    elif table == 2:
                        choice = count
                        assert (await post(first, url + "vote", {"card": card, "option": count}))[0] == 200
                    else:
                        choice = 2
                        assert (await post(first, url + "vote", {"card": card, "option": 2}))[0] == 200
                        status, state = await post(second, url + "vote", {"card": card, "option": 1})
                        assert status == 200 and state["tie"] == [1, 2] and state["card"] == card
                        # the other tables' pages show nothing of this table's votes
                        other = await get_json(devices[1][0], server.table_url(1) + "state")
                        assert other[1]["table"] == 1 and other[1]["tie"] == []
                    status, state = await post(second, url + "vote", {"card": card, "option": choice})
                    assert status == 200
                    expected[table].append(choice - 1)
                    if not session.finished and state["card"] is None:
                        assert state["decided"] is True  # waits for the round's end
                        assert state["feedback"]["option"] == choice
            for table, pair in devices.items():
                status, state = await get_json(pair[1], server.table_url(table) + "state")
                assert state["finished"] is True and state["card"] is None
                assert state["ending"] is not None or state["profile"] is not None
        finally:
            for pair in devices.values():
                for client in pair:
                    await client.close()

    run(test)
    for table, choices in expected.items():
        assert [choice.option for choice in session.game(table).state.choices] == choices
        assert choices  # a game may end early (a meter over its line), never before its first card
    longest = max(len(choices) for choices in expected.values())
    assert session.round == longest + 1  # every round ended by its tables deciding, none by the facilitator
    assert len({tuple(choices) for choices in expected.values()}) == 3  # three roads


def test_a_device_cannot_act_for_another_table(server: TablesServer, room: Room) -> None:
    async def test() -> None:
        async with device() as client:
            assert await join(client, server, 1) == 200
            card = room.session.table(2).card
            status, refusal = await post(client, server.table_url(2) + "vote", {"card": card, "option": 1})
            assert status == 403 and refusal["reason"] == "bound" and "table 1" in refusal["error"]
            status, refusal = await post(client, server.table_url(2) + "confirm", {"card": card, "option": 1})
            assert status == 403
            assert (await get_json(client, server.table_url(2) + "state"))[0] == 403
            assert (await get_json(client, server.table_url(2) + "events"))[0] == 403
            async with client.get(server.table_url(2)) as response:  # the page says whose it is
                assert response.status == 403
                page = await response.text()
                assert "Dit apparaat hoort bij Tafel 1" in page
                assert '<a class="choice" href="../../t/1/">Tafel 1</a>' in page and "t/2/" not in page
            assert room.session.table_of(next(cookie.value for cookie in client.cookie_jar)) == 1

    run(test)
    assert room.session.table(2).votes == (0,) * len(room.session.scenario.card(card_id(room, 2)).options)
    assert [event for event in room.session.events if event.get("action") == "vote"] == []


def card_id(room: Room, table: int) -> str:
    card = room.session.table(table).card
    assert card is not None
    return card


def test_a_reloaded_device_returns_to_its_tables_card_with_its_vote(server: TablesServer, room: Room) -> None:
    cookies: dict[str, str] = {}

    async def first() -> None:
        async with device() as client, device() as other:
            assert await join(client, server, 2) == 200
            assert await join(other, server, 2) == 200  # two devices: one vote does not decide
            status, _ = await post(
                client, server.table_url(2) + "vote", {"card": card_id(room, 2), "option": 2}
            )
            assert status == 200
            cookies.update({cookie.key: cookie.value for cookie in client.cookie_jar})

    async def again() -> None:
        async with device() as client:
            client.cookie_jar.update_cookies(cookies, response_url=URL(server.url))
            async with client.get(server.url, allow_redirects=False) as response:  # the choice of table
                assert response.status == 302 and response.headers["Location"].endswith("/t/2/")
            async with client.get(server.url) as response:  # followed: the table's page with its card
                assert response.status == 200
                page = await response.text()
            title = room.session.scenario.card(card_id(room, 2)).title.get("nl")
            assert title in page and "Tafel 2" in page
            status, state = await get_json(client, server.table_url(2) + "state")
            assert status == 200 and state["card"] == card_id(room, 2) and state["your_vote"] == 2

    run(first)
    run(again)
    assert room.session.table(2).devices == 2  # the same device, not a third


def test_one_device_decides_on_its_confirmation(server: TablesServer, room: Room) -> None:
    async def test() -> None:
        async with device() as client:
            assert await join(client, server, 3) == 200
            url = server.table_url(3)
            status, state = await get_json(client, url + "state")
            assert state["confirm"] is True and state["devices"] == 1
            card = state["card"]
            status, state = await post(client, url + "vote", {"card": card, "option": 2})
            assert status == 200 and state["card"] == card  # a tap alone decides nothing
            status, state = await post(client, url + "confirm", {"card": card, "option": 2})
            assert status == 200 and state["card"] is None and state["decided"] is True
            assert state["feedback"]["option"] == 2 and state["feedback"]["label"]
            status, _ = await post(client, url + "confirm", {"card": card, "option": 1})
            assert status == 409  # decided: the round goes on at the other tables

    run(test)
    assert [choice.option for choice in room.session.game(3).state.choices] == [1]


def test_a_device_left_alone_at_its_table_is_asked_to_confirm(scenario: Scenario) -> None:
    # A table's first device joined long ago and left (a flat battery); the one now at the table must be
    # asked to confirm, as the session decides a lone device's card only on its confirmation. Counting
    # the device that left, the page voted instead and waited for a vote that never came.
    room = Room(TablesSession(scenario, SEED, 3, presence_seconds=30.0), "nl")
    with room.act() as session:
        assert session.join("left-long-ago", 3, now=0.0) == "joined"
    server = TablesServer(room, "127.0.0.1", 0, limits=QUICK)
    server.start()

    async def test() -> None:
        async with device() as client:
            assert await join(client, server, 3) == 200
            url = server.table_url(3)
            status, state = await get_json(client, url + "state")
            assert status == 200 and state["confirm"] is True and state["devices"] == 1
            card = state["card"]
            status, state = await post(client, url + "confirm", {"card": card, "option": 2})
            assert status == 200 and state["card"] is None and state["decided"] is True

    try:
        run(test)
    finally:
        server.stop()
    assert room.session.table(3).devices == 2  # both stay bound; only one was there
    assert [choice.option for choice in room.session.game(3).state.choices] == [1]


def test_the_contract_codes(server: TablesServer, room: Room) -> None:
    seen: set[int] = set()

    async def test() -> None:
        async with device() as client:
            base = server.url
            root = base.rsplit("/", 2)[0] + "/"
            for url in (root, root + "nottoken/", root + "nottoken/t/1/", base + "t/9/", base + "t/x/",
                        base + "t/0/state", base + "nothing"):  # fmt: skip
                async with client.get(url, allow_redirects=False) as response:
                    assert response.status == 404 and await response.read() == b"", url
                    seen.add(404)
            async with client.head(server.table_url(1), allow_redirects=False) as response:
                assert response.status == 404
            for url, target in ((base[:-1], base), (server.table_url(1)[:-1], server.table_url(1))):
                async with client.get(url, allow_redirects=False) as response:
                    assert response.status == 302 and response.headers["Location"] == target[len(root) - 1 :]
                    seen.add(302)
            async with client.get(base) as response:  # the choice of table: a link per table
                page = await response.text()
                assert response.status == 200 and all(f'href="t/{n}/"' in page for n in (1, 2, 3))
                assert "Aan welke tafel zit je?" in page
                seen.add(200)
            url = server.table_url(1)
            status, refusal = await post(client, url + "vote", {"card": "x", "option": 1})
            assert status == 400 and refusal["reason"] == "again"  # not joined yet
            seen.add(status)
            assert await join(client, server, 1) == 200
            card = card_id(room, 1)
            bodies = (b"{", b"[]", {"card": card}, {"card": card, "option": "1"}, {"card": card, "option": 0})
            for body in (*bodies, {"card": card, "option": 9}, {"card": 1, "option": 1}):
                status, refusal = await post(client, url + "vote", body)
                assert status == 400 and refusal["reason"] == "malformed", body
            status, _ = await post(client, url + "vote", {"card": "not-this-card", "option": 1})
            assert status == 409
            seen.add(409)
            status, _ = await post(client, url + "vote", b"x" * (MAX_BODY + 1))
            assert status == 413
            seen.add(413)
            async with client.get(url) as response:
                assert response.headers["Content-Security-Policy"].startswith("default-src 'none'")
                loaded = re.findall(r'(?:href|src)="\.\./\.\./([\w.-]+)"', await response.text())
            # every file it loads is served
            assert {"shared.css", "table.css", "shared.js", "table.js"} <= set(loaded)
            for name in (*loaded, "font.ttf", "font-bold.ttf"):
                async with client.get(base + name) as response:
                    assert response.status == 200, name

    run(test)
    assert seen <= set(STATUSES)


def test_a_full_table_is_refused_503(scenario: Scenario) -> None:
    from game.tables.model import MAX_DEVICES

    room = Room(TablesSession(scenario, SEED, 2, lang="en"), "en")
    server = TablesServer(room, "127.0.0.1", 0)
    server.start()

    async def test() -> None:
        for _ in range(MAX_DEVICES):
            async with device() as client:
                assert await join(client, server, 1) == 200
        async with device() as client, client.get(server.table_url(1)) as response:
            page = await response.text()
            assert response.status == 503 and "This table is full" in page
            assert 'href="../../t/2/">Table 2</a>' in page and 'href="../../t/1/"' not in page

    try:
        run(test)
    finally:
        server.stop()


def test_the_live_stream_follows_the_table(server: TablesServer, room: Room) -> None:
    async def test() -> None:
        async with device() as watcher, device() as voter:
            assert await join(watcher, server, 1) == 200
            assert await join(voter, server, 1) == 200
            async with watcher.get(server.table_url(1) + "events") as stream:
                assert stream.status == 200 and stream.content_type == "text/event-stream"

                first = await next_event(stream)
                assert first["votes"] == [0] * len(first["options"])
                status, _ = await post(
                    voter, server.table_url(1) + "vote", {"card": first["card"], "option": 1}
                )
                assert status == 200
                after = await next_event(stream)
                assert after["votes"][0] == 1 and after["your_vote"] is None  # the watcher's own: none

    run(test)


def test_a_change_at_another_table_sends_this_table_nothing(server: TablesServer, room: Room) -> None:
    """Sixty-four devices at eight tables: a vote at one table wakes every stream, but only its own
    table's devices get a new state (the others would get the same state again, 63 times a vote)."""

    async def test() -> None:
        async with device() as watcher, device() as voter, device() as other:
            assert [await join(watcher, server, 1), await join(voter, server, 1)] == [200, 200]
            assert await join(other, server, 2) == 200
            async with watcher.get(server.table_url(1) + "events") as stream:
                first = await next_event(stream)
                status, _ = await post(
                    other, server.table_url(2) + "vote", {"card": card_id(room, 2), "option": 2}
                )
                assert status == 200
                status, _ = await post(
                    voter, server.table_url(1) + "vote", {"card": first["card"], "option": 1}
                )
                assert status == 200
                after = await next_event(stream)  # the next state sent is table 1's vote, not table 2's
                assert after["votes"][0] == 1 and after["version"] > first["version"]

    run(test)


def test_too_many_votes_from_one_device_are_refused_429(scenario: Scenario) -> None:
    room = Room(TablesSession(scenario, SEED, 2), "nl")
    server = TablesServer(room, "127.0.0.1", 0, limits=RateLimits(votes_per_second=0.01, vote_burst=2))
    server.start()

    async def test() -> None:
        async with device() as client, device() as other:
            assert await join(client, server, 1) == 200 and await join(other, server, 1) == 200
            body = {"card": card_id(room, 1), "option": 1}
            codes = [(await post(client, server.table_url(1) + "vote", body))[0] for _ in range(3)]
            assert codes == [200, 200, 429]

    try:
        run(test)
    finally:
        server.stop()


def test_a_session_killed_mid_round_resumes_every_table(
    scenario: Scenario, server: TablesServer, room: Room
) -> None:
    """The laptop's crash: the server goes mid-round, the session comes back from its logged events, and
    a device that opens its table's page again sees where its table stood."""

    async def before() -> None:
        async with device() as a, device() as b, device() as c, device() as d:
            for client, table in ((a, 1), (b, 1), (c, 2), (d, 2)):
                assert await join(client, server, table) == 200
            for client in (a, b):  # table 1 decides its first card by its two votes
                assert (
                    await post(client, server.table_url(1) + "vote", {"card": card_id(room, 1), "option": 3})
                )[0] == 200
            body = {"card": card_id(room, 2), "option": 2}
            assert (await post(c, server.table_url(2) + "vote", body))[0] == 200  # table 2: one of two votes

    run(before)
    server.stop()
    original = room.session
    restored = TablesSession.restore(scenario, SEED, 3, "rounds", list(original.events))
    for table in (1, 2, 3):
        was, now = original.table(table), restored.table(table)
        assert (now.card, now.decisions, now.decided_this_round, now.votes, now.meters, now.devices) == (
            was.card, was.decisions, was.decided_this_round, was.votes, was.meters, was.devices
        )  # fmt: skip
    assert restored.table(1).decided_this_round and restored.table(2).votes[1] == 1
    again = TablesServer(Room(restored, "nl"), "127.0.0.1", 0, limits=QUICK)
    again.start()

    async def after() -> None:
        async with device() as client:  # joins table 2 again (the new server maps a new cookie)
            assert await join(client, again, 2) == 200
            status, state = await get_json(client, again.table_url(2) + "state")
            assert status == 200 and state["card"] == restored.table(2).card and state["votes"][1] == 1
            status, state = await get_json(client, again.table_url(1) + "state")
            assert status == 403  # bound to table 2 now

    try:
        run(after)
    finally:
        again.stop()


def test_a_device_whose_stream_closed_stops_counting_after_presence_seconds(scenario: Scenario) -> None:
    """A held stream keeps its device present (each ping dates it); once the browser closes it, the device
    counts presence_seconds from its last push, not from the next ping that finds it gone (a fake clock)."""
    now = [1000.0]
    room = Room(TablesSession(scenario, SEED, 2, presence_seconds=30.0), "nl")
    server = TablesServer(room, "127.0.0.1", 0, limits=QUICK, ping_seconds=0.5, clock=lambda: now[0])
    server.start()
    address = URL(server.table_url(1))
    try:
        joined = http.client.HTTPConnection("127.0.0.1", address.port, timeout=10)
        joined.request("GET", address.path)
        answer = joined.getresponse()
        answer.read()
        cookie = answer.getheader("Set-Cookie", "").split(";")[0]
        joined.close()
        assert answer.status == 200 and cookie
        stream = socket.create_connection(("127.0.0.1", address.port or 0), timeout=10)
        stream.sendall(
            f"GET {address.path}events HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n\r\n".encode()
        )
        received = b""
        while b"data:" not in received:
            received += stream.recv(4096)
        now[0] = 1100.0  # the stream stays open: its pings keep the device present
        pings = received.count(b": ping")
        while received.count(b": ping") < pings + 2:  # (the second ping is surely dated 1100)
            received += stream.recv(4096)
        with room.act() as session:
            session.tick(1129.0)
            assert session.table(1).present == 1
        stream.close()  # the browser closes; time passes before the server's next ping finds it gone
        # A ping already under way when the browser closed may still date the device, at the time it reads
        # the clock: let it finish at 1100 (half a ping's time) before the clock moves on.
        time.sleep(0.5)
        now[0] = 1120.0
        time.sleep(1.5)  # three pings' time: the server's next ping finds the stream gone and ends it
        with room.act() as session:
            session.tick(1129.0)
            assert session.table(1).present == 1  # 29 s after its last push
            session.tick(1131.0)
            assert session.table(1).present == 0  # 31 s: gone, though the server noticed at 1120
    finally:
        server.stop()
