"""Strangers' requests to the tables' server on 127.0.0.1: tokens that are almost right, cookies the
server never gave, a device of one table reaching for another's state, votes, confirmation or stream.
Each is refused, and no answer to it holds anything of the other table (its card, its votes)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator

import aiohttp
import pytest

from game.tables.server import Room, TablesServer
from game.tables.session import TablesSession
from tests.tables.rooms import example

TIMEOUT = aiohttp.ClientTimeout(total=10)


@pytest.fixture
def served() -> Iterator[tuple[Room, TablesServer]]:
    room = Room(TablesSession(example(), 7, 2), "nl")
    server = TablesServer(room, "127.0.0.1", 0)
    server.start()
    try:
        yield room, server
    finally:
        server.stop()


def near_tokens(token: str) -> list[str]:
    flipped = ("A" if token[0] != "A" else "B") + token[1:]
    return [flipped, token[:-1], token + "x", token.upper() if token.upper() != token else token.lower(),
            token[:8], "%" + token.encode().hex()[:10], ""]  # fmt: skip


def test_almost_the_token_is_a_bare_404(served: tuple[Room, TablesServer]) -> None:
    room, server = served
    base = f"http://127.0.0.1:{server.port}"

    async def test() -> None:
        async with aiohttp.ClientSession(timeout=TIMEOUT) as client:
            for token in near_tokens(server.token):
                for path in ("/", "/t/1/", "/t/1/state", "/table.js"):
                    async with client.get(f"{base}/{token}{path}", allow_redirects=False) as response:
                        assert response.status == 404, (token, path)
                        assert await response.read() == b""
                        assert "Set-Cookie" not in response.headers

    asyncio.run(test())
    with room.read() as session:
        assert all(view.devices == 0 for view in session.tables())  # nobody joined


def test_a_device_of_table_1_gets_nothing_of_table_2(served: tuple[Room, TablesServer]) -> None:
    room, server = served
    with room.act() as session:
        session.join("someone at table 2", 2)
        card_2 = session.table(2).card or ""
        title_2 = example().text(example().card(card_2).title, "nl")

    async def test() -> None:
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar, timeout=TIMEOUT) as client:
            async with client.get(server.table_url(1)) as page:
                assert page.status == 200
            async with client.get(server.table_url(2)) as page:  # opening table 2's code: refused
                text = await page.text()
                assert page.status == 403 and title_2 not in text and '"votes"' not in text
            body = json.dumps({"card": card_2, "option": 1})
            for method, name in (("GET", "state"), ("POST", "vote"), ("POST", "confirm"), ("GET", "events")):
                data = body if method == "POST" else None
                async with client.request(method, server.table_url(2) + name, data=data) as response:
                    answer = await response.json()
                    assert response.status == 403 and answer["reason"] == "bound", name
                    assert set(answer) == {"error", "reason"} and card_2 not in json.dumps(answer)
        forged = aiohttp.CookieJar(unsafe=True)
        forged.update_cookies({"device": "A" * 22})  # the shape of an id this server never gave
        async with (
            aiohttp.ClientSession(cookie_jar=forged, timeout=TIMEOUT) as client,
            client.post(server.table_url(2) + "vote", data=body) as response,
        ):
            assert response.status == 400 and (await response.json())["reason"] == "again"

    asyncio.run(test())
    with room.read() as session:
        assert session.table(2).votes == (0,) * len(example().card(card_2).options)
        assert not [event for event in session.events if event.get("action") in ("vote", "confirm")]
