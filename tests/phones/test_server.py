"""The phones' HTTP contract against a real server on 127.0.0.1, with a real HTTP client (aiohttp)."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import pytest

from game.phones.hub import Ballot, VoteHub
from game.phones.server import MAX_BODY, PhoneServer, PhoneServerError
from tests.phones.client import join, next_event
from tests.phones.conftest import CARD

TIMEOUT = aiohttp.ClientTimeout(total=10)


def run(test: Callable[[aiohttp.ClientSession], Awaitable[None]]) -> None:
    async def main() -> None:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True), timeout=TIMEOUT) as phone:
            await test(phone)

    asyncio.run(main())


async def vote(phone: aiohttp.ClientSession, url: str, body: Any) -> tuple[int, dict[str, Any]]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    async with phone.post(url + "vote", data=data, headers={"Content-Type": "application/json"}) as response:
        return response.status, await response.json()


def test_join_vote_change_close_and_reveal(server: PhoneServer, hub: VoteHub) -> None:
    hub.show(CARD, voting=True, lang="nl")

    async def test(phone: aiohttp.ClientSession) -> None:
        async with phone.get(server.url) as response:
            assert response.status == 200 and response.content_type == "text/html"
            assert "De scanauto zoekt ook afval" in await response.text()
        assert hub.snapshot().joined == 1
        async with phone.get(server.url + "state") as response:
            state = await response.json()
        assert state == {
            "card": "scanauto",
            "title": CARD.title,
            "text": CARD.text,
            "options": ["Ja", "Nee", "Eerst een toets"],
            "voting": True,
            "your_vote": None,
            "lang": "nl",
            "version": state["version"],
            "ask": None,  # no debrief question open
        }
        status, state = await vote(phone, server.url, {"card": "scanauto", "option": 1})
        assert status == 200 and state["your_vote"] == 1
        assert hub.snapshot().counts == (1, 0, 0)
        status, state = await vote(phone, server.url, {"card": "scanauto", "option": 3})  # a change of mind
        assert status == 200 and state["your_vote"] == 3
        assert hub.snapshot().counts == (0, 0, 1) and hub.snapshot().cast == 1
        hub.show(CARD, voting=False, lang="nl")  # the facilitator closes voting
        status, state = await vote(phone, server.url, {"card": "scanauto", "option": 2})
        assert status == 409 and state["voting"] is False and state["your_vote"] == 3
        assert hub.snapshot().counts == (0, 0, 1)  # what the facilitator reveals

    run(test)


def test_a_phone_that_comes_back_keeps_its_vote(server: PhoneServer, hub: VoteHub) -> None:
    hub.show(CARD, voting=True, lang="nl")
    cookies: dict[str, str] = {}

    async def first(phone: aiohttp.ClientSession) -> None:
        await join(phone, server.url)  # the page makes the device
        assert (await vote(phone, server.url, {"card": "scanauto", "option": 2}))[0] == 200
        cookies.update({cookie.key: cookie.value for cookie in phone.cookie_jar})

    async def again() -> None:  # the browser was closed; the cookie is still there
        async with (
            aiohttp.ClientSession(cookies=cookies, timeout=TIMEOUT) as phone,
            phone.get(server.url + "state") as response,
        ):
            assert (await response.json())["your_vote"] == 2

    run(first)
    asyncio.run(again())
    assert hub.snapshot().joined == 1 and hub.snapshot().counts == (0, 1, 0)


@pytest.mark.parametrize("path", ["", "state", "vote", "phone.js", "font.ttf", "events"])
def test_without_the_token_every_request_gets_404_and_nothing_else(server: PhoneServer, path: str) -> None:
    base = server.url.removesuffix(f"{server.token}/")
    wrong = base + server.token[:-1] + ("A" if server.token[-1] != "A" else "B") + "/"

    async def test(phone: aiohttp.ClientSession) -> None:
        for url in (wrong + path, base + path, base + "x/" + path):
            async with phone.get(url) as response:
                assert response.status == 404, url
                assert await response.read() == b""
                assert "Set-Cookie" not in response.headers

    run(test)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "the body is not JSON"),
        (b"\xff\xfe", "the body is not JSON"),
        ([1, 2], 'expected {"card": id, "option": n}'),
        ({"card": "scanauto"}, 'expected {"card": id, "option": n}'),
        ({"card": "scanauto", "option": 1, "extra": 1}, 'expected {"card": id, "option": n}'),
        ({"card": 7, "option": 1}, "card: expected the card's id"),
        ({"card": "scanauto", "option": "1"}, "option: expected a number from 1"),
        ({"card": "scanauto", "option": True}, "option: expected a number from 1"),
        ({"card": "scanauto", "option": 0}, "option: expected a number from 1"),
        ({"card": "scanauto", "option": 1.5}, "option: expected a number from 1"),
        ({"card": "scanauto", "option": 4}, "option: no such option on this card"),
    ],
)
def test_a_malformed_vote_gets_400_with_a_short_error(
    server: PhoneServer, hub: VoteHub, body: Any, message: str
) -> None:
    hub.show(CARD, voting=True, lang="nl")

    async def test(phone: aiohttp.ClientSession) -> None:
        await join(phone, server.url)  # the page makes the device
        assert await vote(phone, server.url, body) == (400, {"error": message})
        assert hub.snapshot().cast == 0

    run(test)


def test_a_vote_without_a_device_is_refused(server: PhoneServer, hub: VoteHub) -> None:
    hub.show(CARD, voting=True, lang="nl")

    async def test(phone: aiohttp.ClientSession) -> None:
        status, answer = await vote(phone, server.url, {"card": "scanauto", "option": 1})
        assert status == 400 and answer == {"error": "unknown device: open the page again"}

    run(test)


def test_a_body_over_1_kib_gets_413(server: PhoneServer, hub: VoteHub) -> None:
    hub.show(CARD, voting=True, lang="nl")

    async def test(phone: aiohttp.ClientSession) -> None:
        await join(phone, server.url)  # the page makes the device
        padded = json.dumps({"card": "scanauto", "option": 1}).encode() + b" " * MAX_BODY
        status, answer = await vote(phone, server.url, padded)
        assert status == 413 and "1024" in answer["error"]
        assert hub.snapshot().cast == 0

    run(test)


def test_a_vote_on_another_card_or_while_closed_gets_409(server: PhoneServer, hub: VoteHub) -> None:
    hub.show(CARD, voting=False, lang="nl")

    async def test(phone: aiohttp.ClientSession) -> None:
        await join(phone, server.url)  # the page makes the device
        status, state = await vote(phone, server.url, {"card": "scanauto", "option": 1})
        assert status == 409 and state["voting"] is False
        hub.show(CARD, voting=True, lang="nl")
        status, state = await vote(phone, server.url, {"card": "robot", "option": 1})
        assert status == 409 and state["card"] == "scanauto"
        assert hub.snapshot().cast == 0

    run(test)


def test_card_text_is_escaped_and_no_outside_script_may_run(server: PhoneServer, hub: VoteHub) -> None:
    hub.show(
        Ballot("x", "<script>alert(1)</script>", 'a & "b" <img src=x onerror=alert(2)>', ("<b>1</b>", "2")),
        True,
        "en",
    )

    async def test(phone: aiohttp.ClientSession) -> None:
        async with phone.get(server.url) as response:
            page = await response.text()
            headers = response.headers
        assert "<script>alert" not in page and "<img" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert "&lt;img src=x onerror=alert(2)&gt;" in page
        policy = headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "default-src 'none'" in policy
        assert headers["X-Content-Type-Options"] == "nosniff"
        cookie = headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        loaded = re.findall(r'(?:href|src)="([\w.-]+)"', page)  # every file the page loads is served
        assert {"shared.css", "phone.css", "shared.js", "phone.js"} <= set(loaded)
        for name in (*loaded, "font.ttf", "font-bold.ttf"):
            async with phone.get(server.url + name) as response:
                assert response.status == 200 and len(await response.read()) > 100, name

    run(test)


def test_a_device_that_votes_too_often_is_slowed_down(server: PhoneServer, hub: VoteHub) -> None:
    hub.show(CARD, voting=True, lang="nl")

    async def test(phone: aiohttp.ClientSession) -> None:
        await join(phone, server.url)  # the page makes the device
        statuses = [
            (await vote(phone, server.url, {"card": "scanauto", "option": 1 + n % 3}))[0] for n in range(30)
        ]
        assert statuses[:5] == [200] * 5 and 429 in statuses
        assert hub.snapshot().cast == 1

    run(test)


def test_changes_are_pushed_to_a_live_connection(server: PhoneServer, hub: VoteHub) -> None:
    async def test(phone: aiohttp.ClientSession) -> None:
        await join(phone, server.url)
        async with phone.get(server.url + "events") as response:
            assert response.headers["Content-Type"] == "text/event-stream"
            assert (await next_event(response))["card"] is None
            assert hub.snapshot().connected == 1
            hub.show(CARD, voting=True, lang="nl")
            state = await next_event(response)
            assert state["card"] == "scanauto" and state["voting"] is True

    run(test)


def test_stopping_ends_live_connections_and_the_server(hub: VoteHub) -> None:
    server = PhoneServer(hub, "127.0.0.1", 0)
    server.start()

    async def test(phone: aiohttp.ClientSession) -> None:
        await join(phone, server.url)
        async with phone.get(server.url + "events") as response:
            assert response.status == 200
            await response.content.readline()
            started = time.monotonic()
            await asyncio.to_thread(server.stop)
            assert time.monotonic() - started < 5
            await asyncio.wait_for(response.content.read(), 5)  # the stream ends
        with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", server.port), 2):
            pass  # nobody listens any more

    run(test)


def test_a_port_in_use_is_said_plainly(hub: VoteHub) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(PhoneServerError, match=f"port {port} on 127.0.0.1 is already in use"):
            PhoneServer(hub, "127.0.0.1", port).start()


def test_an_address_of_another_machine_is_said_plainly(hub: VoteHub) -> None:
    with pytest.raises(PhoneServerError, match=r"203\.0\.113\.9 is not an address of this computer"):
        PhoneServer(hub, "203.0.113.9", 0).start()  # binding only: nothing is sent anywhere


def test_a_phone_may_hold_a_few_live_connections_not_a_flood(server: PhoneServer, hub: VoteHub) -> None:
    from game.phones.server import MAX_STREAMS

    async def test(phone: aiohttp.ClientSession) -> None:
        await join(phone, server.url)  # the page makes the device
        streams = [await phone.get(server.url + "events") for _ in range(MAX_STREAMS)]
        try:
            for stream in streams:
                assert stream.status == 200
                await next_event(stream)
            async with phone.get(server.url + "events") as refused:
                assert refused.status == 429
        finally:
            for stream in streams:
                stream.close()

    run(test)
