"""The debrief's questions to phones (issue 24): answers, supports and scores over real HTTP on 127.0.0.1,
every refusal's status and reason, the queue the window drains, and what a phone sees (only its own)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

from game.debrief.flow import SUPPORTS_PER_VOTER
from game.debrief.text import LIMITS
from game.phones.hub import MAX_ANSWERS_PER_ASK, Ask, Inbound, VoteHub
from game.phones.server import MAX_TEXT_BODY, STATUSES, PhoneServer, RateLimits
from tests.phones.raw import watched_console

TIMEOUT = aiohttp.ClientTimeout(total=10)
FREE = RateLimits(votes_per_second=1000, vote_burst=1000, answers_per_second=1000, answer_burst=1000)
WORD = Ask("word", "Eén woord over het spel?", "reactions")
ANSWER = Ask("answer", "Staan onze algoritmen in het register?", "here-4a")
PROPOSAL = Ask("proposal", "Welke kleine stap zet je deze maand?", "wins-propose")
SUPPORT = Ask(
    "support",
    "Welke voorstellen steun je?",
    "wins-vote",
    choices=((1, "Register bijwerken"), (4, "FG uitnodigen")),
)
STATEMENTS = Ask(
    "statements",
    "Hoe eens ben je het hiermee?",
    "before",
    statements=(("s1", "Data is een bestuurlijk vraagstuk."), ("s2", "De FG hoort aan tafel.")),
)

Phone = aiohttp.ClientSession


def with_phones(
    count: int, limits: RateLimits, test: Callable[[PhoneServer, VoteHub, list[Phone]], Awaitable[None]]
) -> None:
    """`count` phones that opened the page of a fresh server with `limits`, handed to `test`."""
    hub = VoteHub("nl")
    server = PhoneServer(hub, "127.0.0.1", 0, limits=limits)
    server.start()

    async def main() -> None:
        phones = [Phone(cookie_jar=aiohttp.CookieJar(unsafe=True), timeout=TIMEOUT) for _ in range(count)]
        try:
            for phone in phones:
                async with phone.get(server.url) as page:
                    assert page.status == 200
            await test(server, hub, phones)
        finally:
            for phone in phones:
                await phone.close()

    try:
        with watched_console() as console:
            asyncio.run(main())
        assert console.tracebacks() == []
    finally:
        server.stop()


async def post(phone: Phone, url: str, body: Any) -> tuple[int, dict[str, Any]]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    async with phone.post(url, data=data, headers={"Content-Type": "application/json"}) as response:
        text = await response.text()
        assert "\n" not in text.strip()  # one JSON line
        return response.status, json.loads(text)


def test_an_answer_is_cleaned_queued_and_shown_back_only_to_its_phone() -> None:
    async def test(server: PhoneServer, hub: VoteHub, phones: list[Phone]) -> None:
        hub.ask(ANSWER)
        version = hub.version
        status, state = await post(
            phones[0], server.url + "answer", {"text": "  Nee,\u200b nog\tniet\u0007 "}
        )
        assert status == 200
        assert state["ask"]["yours"] == ["Nee, nog niet"] and state["ask"]["sent"] == 1
        assert hub.version > version and hub.snapshot().inbox == 1  # the window wakes for it
        [inbound] = hub.take_inbox()
        assert inbound.kind == "answer" and inbound.key == "here-4a" and inbound.value == "Nee, nog niet"
        assert hub.take_inbox() == [] and hub.snapshot().inbox == 0
        async with phones[1].get(server.url + "state") as response:
            other = (await response.json())["ask"]
        assert other["yours"] == [] and other["sent"] == 0 and other["prompt"] == ANSWER.prompt
        assert other["limit"] == LIMITS["answer"] and other["kind"] == "answer"

    with_phones(2, FREE, test)


def test_every_refusal_of_an_answer_has_its_status_and_reason() -> None:
    async def test(server: PhoneServer, hub: VoteHub, phones: list[Phone]) -> None:
        url = server.url + "answer"
        phone = phones[0]
        assert await post(phone, url, {"text": "Fijn"}) == (
            409,
            {"error": "no question for a text is open", "reason": "moved"},
        )
        hub.ask(WORD)
        status, refused = await post(phone, url, {"text": "x" * (LIMITS["word"] + 1)})
        assert (status, refused["reason"]) == (413, "long")
        assert (await post(phone, url, {"text": "é" * LIMITS["word"]}))[0] == 200  # the limit is characters
        for word in ("empty", "too_long"):  # the words themselves are words, not problems
            assert (await post(phones[1], url, {"text": word}))[0] == 200
        status, refused = await post(phone, url, {"text": " \u200b\u202e\n "})
        assert (status, refused["reason"]) == (400, "empty")
        for malformed in (
            b"not json",
            {"txt": "a"},
            {"text": 5},
            {"text": "a", "extra": 1},
            ["a"],
            {"text": "a", "key": 3},
        ):
            status, refused = await post(phone, url, malformed)
            assert (status, refused["reason"]) == (400, "malformed"), malformed
        assert (await post(phone, url, {"text": "a", "key": "another question"}))[0] == 409  # it has moved on
        async with phone.post(url, data=b'{"text": "' + b"a" * MAX_TEXT_BODY + b'"}') as response:
            assert response.status == 413
        async with aiohttp.ClientSession(timeout=TIMEOUT) as stranger:  # no cookie
            status, refused = await post(stranger, url, {"text": "a"})
            assert (status, refused["reason"]) == (400, "unknown_device")
        for number in range(MAX_ANSWERS_PER_ASK - 1):
            assert (await post(phone, url, {"text": f"woord{number}", "key": "reactions"}))[0] == 200
        status, refused = await post(phone, url, {"text": "teveel"})
        assert (status, refused["reason"]) == (429, "enough")
        taken = [inbound.value for inbound in hub.take_inbox()]
        assert taken == ["é" * LIMITS["word"], "empty", "too_long", "woord0", "woord1"]
        hub.ask(SUPPORT)  # another kind of question: a text is not taken
        assert (await post(phones[1], url, {"text": "laat"}))[0] == 409
        hub.ask(WORD)  # the same question again: this phone has still sent all it may
        assert (await post(phone, url, {"text": "nogmaals"}))[0] == 429
        hub.ask(ANSWER)  # a new question: it may answer again
        assert (await post(phone, url, {"text": "Ja, sinds mei"}))[0] == 200

    with_phones(2, FREE, test)


def test_a_phone_answering_too_fast_is_told_429_and_holds_up_no_other_phone() -> None:
    async def test(server: PhoneServer, hub: VoteHub, phones: list[Phone]) -> None:
        hub.ask(PROPOSAL)
        statuses = [
            (await post(phones[0], server.url + "answer", {"text": f"stap {n}"}))[0] for n in range(2)
        ]
        status, refused = await post(phones[0], server.url + "answer", {"text": "nog een"})
        assert statuses == [200, 200] and (status, refused["reason"]) == (429, "fast")
        assert (await post(phones[1], server.url + "answer", {"text": "andere telefoon"}))[0] == 200

    with_phones(2, RateLimits(answers_per_second=0.001, answer_burst=2), test)


def test_support_counts_once_per_proposal_and_only_for_an_approved_one() -> None:
    async def test(server: PhoneServer, hub: VoteHub, phones: list[Phone]) -> None:
        url = server.url + "support"
        assert (await post(phones[0], url, {"proposal": 1}))[0] == 409  # no vote on proposals open
        hub.ask(SUPPORT)
        status, state = await post(phones[0], url, {"proposal": 4})
        assert status == 200 and state["ask"]["supported"] == [4]
        assert state["ask"]["choices"] == [
            {"id": 1, "text": "Register bijwerken"},
            {"id": 4, "text": "FG uitnodigen"},
        ]
        assert (await post(phones[0], url, {"proposal": 4}))[0] == 200  # once: nothing queued again
        status, refused = await post(phones[0], url, {"proposal": 2})  # not among the approved
        assert (status, refused["reason"]) == (400, "malformed")
        for malformed in ({"proposal": "4"}, {"proposal": True}, {"proposal": 1.0}, {}, b"\xff"):
            assert (await post(phones[0], url, malformed))[0] == 400, malformed
        assert (await post(phones[1], url, {"proposal": 4}))[0] == 200
        inbox = hub.take_inbox()
        assert [(item.kind, item.value) for item in inbox] == [("support", 4), ("support", 4)]
        assert inbox[0].device != inbox[1].device
        async with phones[0].post(url, data=b" " * 1025) as response:
            assert response.status == 413  # a support's body is as small as a vote's

    with_phones(2, FREE, test)


def test_scores_on_statements_may_change_and_are_checked() -> None:
    async def test(server: PhoneServer, hub: VoteHub, phones: list[Phone]) -> None:
        url = server.url + "statement"
        hub.ask(WORD)
        assert (await post(phones[0], url, {"statement": "s1", "score": 3}))[0] == 409
        hub.ask(STATEMENTS)
        status, state = await post(phones[0], url, {"statement": "s1", "score": 2})
        assert status == 200 and state["ask"]["scores"] == {"s1": 2}
        assert state["ask"]["statements"][1] == {"id": "s2", "text": "De FG hoort aan tafel."}
        assert (await post(phones[0], url, {"statement": "s1", "score": 2}))[0] == 200  # the same: not queued
        assert (await post(phones[0], url, {"statement": "s1", "score": 5}))[0] == 200  # a change of mind
        for wrong in (
            {"statement": "s9", "score": 3},
            {"statement": "s1", "score": 0},
            {"statement": "s1", "score": 6},
        ):
            assert (await post(phones[0], url, wrong))[0] == 400, wrong
        for malformed in (
            {"statement": "s1"},
            {"statement": 1, "score": 3},
            {"statement": "s1", "score": "3"},
        ):
            assert (await post(phones[0], url, malformed))[0] == 400, malformed
        values = [item.value for item in hub.take_inbox()]
        assert values == [("s1", 2), ("s1", 5)]

    with_phones(1, FREE, test)


def test_every_status_of_the_new_endpoints_is_in_the_contract() -> None:
    for status in (200, 400, 409, 413, 429):
        assert status in STATUSES
    assert "answer" in STATUSES[409] and "answer" in STATUSES[429]


def test_the_queue_keeps_what_arrived_in_order_and_a_full_queue_says_busy(monkeypatch: Any) -> None:
    import game.phones.hub as hub_module

    monkeypatch.setattr(hub_module, "MAX_INBOX", 2)
    hub = VoteHub("nl")
    hub.ask(WORD)
    assert hub.answer("a", None, "een") == "queued"
    assert hub.answer("b", "reactions", "twee") == "queued"
    assert hub.answer("c", None, "drie") == "busy"
    assert hub.take_inbox() == [
        Inbound("a", "word", "reactions", "een"),
        Inbound("b", "word", "reactions", "twee"),
    ]
    assert hub.answer("c", None, "drie") == "queued"
    hub.ask(None)
    assert hub.answer("c", None, "vier") == "closed"
    assert hub.current_ask is None and hub.state_for("c")["ask"] is None


def test_sixty_phones_answering_at_once_are_all_queued() -> None:
    async def test(server: PhoneServer, hub: VoteHub, phones: list[Phone]) -> None:
        hub.ask(ANSWER)

        async def one(number: int, phone: Phone) -> int:
            return (await post(phone, server.url + "answer", {"text": f"antwoord {number}"}))[0]

        statuses = await asyncio.gather(*(one(number, phone) for number, phone in enumerate(phones)))
        assert statuses == [200] * 60
        inbox = hub.take_inbox()
        assert sorted(str(item.value) for item in inbox) == sorted(f"antwoord {n}" for n in range(60))
        assert len({item.device for item in inbox}) == 60

    with_phones(60, RateLimits(), test)


def test_a_phone_supports_at_most_as_many_proposals_as_the_debrief_counts() -> None:
    """The debrief counts SUPPORTS_PER_VOTER supports per voter; a phone is refused the next one (429
    enough) instead of being shown as supporting a proposal the game then drops."""
    choices = tuple((number, f"Voorstel {number}") for number in range(1, SUPPORTS_PER_VOTER + 3))

    async def test(server: PhoneServer, hub: VoteHub, phones: list[Phone]) -> None:
        hub.ask(Ask("support", "Welke voorstellen steun je?", "wins-vote", choices=choices))
        url = server.url + "support"
        for number in range(1, SUPPORTS_PER_VOTER + 1):
            assert (await post(phones[0], url, {"proposal": number}))[0] == 200
        status, refused = await post(phones[0], url, {"proposal": SUPPORTS_PER_VOTER + 1})
        assert (status, refused["reason"]) == (429, "enough")
        assert (await post(phones[0], url, {"proposal": 1}))[0] == 200  # again: changes nothing
        state = await post(phones[0], server.url + "support", {"proposal": 2})
        assert state[1]["ask"]["supported"] == list(range(1, SUPPORTS_PER_VOTER + 1))
        assert [item.value for item in hub.take_inbox()] == list(range(1, SUPPORTS_PER_VOTER + 1))

    with_phones(1, FREE, test)
