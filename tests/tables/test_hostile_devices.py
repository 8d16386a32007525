"""A device that floods its table with votes: past MAX_VOTES_PER_CARD on one card it is refused (429
`fast` over HTTP), so the session log grows by at most that many lines per device and card, however fast
the device's script; the table's other devices still vote and decide."""

from __future__ import annotations

import asyncio
import json

import aiohttp

from game.phones.server import RateLimits
from game.tables.model import MAX_DEVICES, MAX_VOTES_PER_CARD
from game.tables.server import Room, TablesServer
from game.tables.session import TablesSession
from tests.tables.rooms import example, seated

FLOOD = RateLimits(votes_per_second=10_000, vote_burst=10_000)  # the per-second limit is tested elsewhere


def test_a_device_changing_its_vote_without_end_is_refused_past_the_cap() -> None:
    session = TablesSession(example(), 7, 2)
    devices = seated(session, 2)
    card = session.table(1).card or ""
    before = len(session.events)
    results = [session.vote(devices[1][0], 1, card, turn % 2) for turn in range(MAX_VOTES_PER_CARD + 5)]
    assert results == ["counted"] * MAX_VOTES_PER_CARD + ["too_many"] * 5
    assert len(session.events) - before == MAX_VOTES_PER_CARD
    last = (MAX_VOTES_PER_CARD - 1) % 2  # the flooding device's vote stands at its last one counted
    assert session.vote(devices[1][1], 1, card, last) == "counted"  # the table's other device still votes
    assert session.table(1).card != card  # and the table decided
    assert session.vote(devices[2][0], 2, session.table(2).card or "", 1) == "counted"


def test_the_cap_holds_over_http() -> None:
    room = Room(TablesSession(example(), 7, 2), "nl")
    server = TablesServer(room, "127.0.0.1", 0, limits=FLOOD)
    server.start()

    async def flood() -> list[tuple[int, str | None]]:
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar, timeout=aiohttp.ClientTimeout(total=10)) as client:
            async with client.get(server.table_url(1)) as page:
                assert page.status == 200
            with room.read() as session:
                card = session.table(1).card
            answers = []
            for turn in range(MAX_VOTES_PER_CARD + 3):
                body = json.dumps({"card": card, "option": 1 + turn % 2})
                async with client.post(server.table_url(1) + "vote", data=body) as response:
                    answers.append((response.status, (await response.json()).get("reason")))
            return answers

    try:
        room.session.join("someone else", 1)  # a second device at the table: the votes decide nothing
        answers = asyncio.run(flood())
    finally:
        server.stop()
    assert answers == [(200, None)] * MAX_VOTES_PER_CARD + [(429, "fast")] * 3
    votes = [event for event in room.session.events if event.get("action") == "vote"]
    assert len(votes) == MAX_VOTES_PER_CARD
    assert TablesSession.restore(example(), 7, 2, "rounds", room.session.events).events == room.session.events


def test_devices_gone_for_good_leave_their_places_at_a_full_table() -> None:
    """A browser that keeps no cookie is a new device on every reload: twelve reloads filled the table
    for the rest of the session. Only present devices fill it now."""
    session = TablesSession(example(), 7, 2, presence_seconds=10)
    for number in range(MAX_DEVICES):
        assert session.join(f"reload {number}", 1, now=0.0) == "joined"
    assert session.join("one more now", 1, now=5.0) == "full"
    assert session.join("reload 0", 1, now=6.0) == "joined"  # a device of the table comes back
    assert session.join("one more later", 1, now=60.0) == "joined"
    assert session.join("reload 1", 1, now=61.0) == "joined"
