"""A room of 60 phones voting on 20 cards over loopback: not one vote lost or counted twice.

Bounded in count (60 phones, 20 cards, at most two votes each per card) and in time (a timeout on every
request and on the whole run); it talks only to 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
import random

import aiohttp

from game.phones.hub import Ballot, VoteHub
from game.phones.server import PhoneServer, RateLimits
from tests.phones.client import join

PHONES = 60
CARDS = 20
# A session spreads 20 cards over an hour; this test plays them in seconds, so each phone votes faster
# than a person could and the per-device limit is raised for it (tests/phones/test_server.py tests it).
COMPRESSED = RateLimits(
    votes_per_second=1000, vote_burst=1000, requests_per_second=10_000, request_burst=10_000
)


def test_sixty_phones_on_twenty_cards_lose_no_vote_and_count_none_twice() -> None:
    hub = VoteHub("nl")
    server = PhoneServer(hub, "127.0.0.1", 0, limits=COMPRESSED)
    server.start()
    picks = random.Random(14)
    try:
        asyncio.run(asyncio.wait_for(room(hub, server, picks), 120))
    finally:
        server.stop()


async def room(hub: VoteHub, server: PhoneServer, picks: random.Random) -> None:
    timeout = aiohttp.ClientTimeout(total=20)
    connector = aiohttp.TCPConnector(limit=PHONES)
    phones = [
        aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True),
            timeout=timeout,
            connector=connector,
            connector_owner=False,
        )
        for _ in range(PHONES)
    ]
    try:
        await asyncio.gather(*(join(phone, server.url) for phone in phones))
        assert hub.snapshot().joined == PHONES
        for number in range(CARDS):
            card = Ballot(f"card{number}", f"Kaart {number}", "Wat doen we?", ("Ja", "Nee", "Later"))
            hub.show(card, voting=True, lang="nl")
            first = [picks.randrange(3) for _ in phones]
            final = [option if picks.random() < 0.7 else picks.randrange(3) for option in first]
            await asyncio.gather(
                *(
                    vote(phone, server.url, card.card_id, option)
                    for phone, option in zip(phones, first, strict=True)
                )
            )
            await asyncio.gather(
                *(
                    vote(phone, server.url, card.card_id, new)
                    for phone, old, new in zip(phones, first, final, strict=True)
                    if new != old
                )
            )
            hub.show(card, voting=False, lang="nl")
            expected = tuple(final.count(option) for option in range(3))
            snapshot = hub.snapshot()
            assert snapshot.counts == expected and snapshot.cast == PHONES, (number, snapshot, expected)
    finally:
        for phone in phones:
            await phone.close()
        await connector.close()


async def vote(phone: aiohttp.ClientSession, url: str, card: str, option: int) -> None:
    body = json.dumps({"card": card, "option": option + 1})
    async with phone.post(url + "vote", data=body, headers={"Content-Type": "application/json"}) as response:
        assert response.status == 200, await response.text()
        assert (await response.json())["your_vote"] == option + 1
