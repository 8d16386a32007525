"""`play --headless --group --phones --debrief --report`: seven phones (real HTTP clients on 127.0.0.1) score
the statements, vote on every card, answer every phase of the debrief and support proposals; the report
holds their words, answers and top three, escaped, and no device id; the log replays."""

from __future__ import annotations

import asyncio
import html
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from game.core.session_log import read_log, replay
from game.debrief.log import debrief_events
from game.scenario import load_scenario

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "scenarios" / "voorbeeld.yaml"
PHONES = 7
TRIES = 40  # a phone told "too fast" (an answer per 2 s) tries again this often, 0.25 s apart
WORDS = [  # per phone; duplicates in other forms, and phone 3 says a second word
    ["Spannend"],
    ["spannend"],
    ["Spannend"],
    ["Leerzaam", "SPANNEND"],
    ["leerzaam"],
    ["Geïnspireerd"],
    ["Confronterend"],
]
SCRIPT = "<script>alert('telefoon')</script> & nog iets"
TOO_LONG = "te lang " * 40  # 320 characters: over an answer's 280
PROPOSALS = [f"Stap {n}: de FG aan tafel bij project {n} & <b>{n}</b>" for n in range(1, PHONES + 1)]
# The proposals (0-based) each phone backs: 2, 5 and 0 get 7, 5 and 4 phones, the top three in that order
SUPPORTS = [(2, 5, 0), (2, 5, 0), (2, 5, 0), (2, 5, 3), (2, 5, 3), (2, 0, 6), (2, 1, 6)]


@dataclass
class Room:
    """What the phones did: the cards voted on, the questions answered (by key), the statuses they got."""

    url: str
    phones: list[aiohttp.ClientSession]
    cards: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)


def test_a_rehearsal_with_seven_phones_debriefs_and_writes_the_report(tmp_path: Path) -> None:
    session_log, report = tmp_path / "session.jsonl", tmp_path / "report.html"
    command = [
        sys.executable, str(ROOT / "main.py"), "play", str(EXAMPLE), "--headless", "--group", "--phones",
        "--host", "127.0.0.1", "--port", "0", "--vote-window", "30", "--seed", "3", "--debrief",
        "--session-log", str(session_log), "--report", str(report),
    ]  # fmt: skip
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("phones: http://127.0.0.1:"), first + (
            process.stderr.read() if process.stderr else ""
        )
        room, devices = asyncio.run(asyncio.wait_for(rehearse(first.removeprefix("phones: ").strip()), 240))
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 0, err
    scenario = load_scenario(EXAMPLE)
    # Every question was answered: the statements twice, a word, each question of "And here?", a proposal,
    # the support; each closed once all seven had sent their part (none was refused for being late).
    assert room.keys[0] == "statements.before" and room.keys[-1] == "statements.after"
    assert room.keys[1:3] == ["reactions.0", "here.0"] and room.keys[-3:-1] == ["wins.0", "wins.1"]
    assert room.statuses.count(413) == 1 and 409 not in room.statuses
    assert "statements before: 3 statements, 7 phones scored" in out
    assert "debrief: reactions: 8 words approved from 7 phones, 0 refused" in out
    assert "debrief: wins: 21 supports from 7 phones" in out
    assert "action list of 3 proposals (supports 7, 5, 4)" in out
    shifts = out.split("statements after: 7 phones scored; shift: ")[1].splitlines()[0].split(", ")
    assert [shift.split(" ")[0] for shift in shifts] == [item.id for item in scenario.debrief.statements]
    assert all(float(shift.split(" ")[1]) > 0 for shift in shifts)
    for text in [SCRIPT, *PROPOSALS, *(word for words in WORDS for word in words)]:
        assert text not in out  # stdout holds counts, never what a phone wrote

    # The session log holds the debrief (voter numbers, never a device id) and still replays the game.
    log = read_log(session_log)
    events = debrief_events(log)
    assert replay(log, scenario).state.choices
    assert sum(1 for event in events if event["action"] == "approve") == 8 + len(room.answers) + PHONES
    assert {event["voter"] for event in events if event.get("voter")} == set(range(1, PHONES + 1))
    # The report: the words, every answer and the top three, escaped; nothing of a device.
    page = report.read_text(encoding="utf-8")
    for word in ("spannend", "leerzaam", "geïnspireerd", "confronterend"):
        assert word in page.lower()
    for answer in room.answers:
        assert html.escape(answer, quote=False) in page or html.escape(answer) in page, answer
    assert "<script>alert" not in page and "<b>1</b>" not in page
    action_list = page[page.index('<ol class="actions">') :]
    action_list = action_list[: action_list.index("</ol>")]
    positions = [action_list.find(html.escape(text)) for text in PROPOSALS]
    assert [positions[index] for index in (2, 5, 0)] == sorted(positions)[-3:]  # the top three, in order
    assert positions.count(-1) == PHONES - 3  # and no other proposal
    written = page + session_log.read_text(encoding="utf-8") + report.with_suffix(".csv").read_text("utf-8")
    assert devices and not any(device in written for device in devices)


async def rehearse(url: str) -> tuple[Room, set[str]]:
    """The seven phones through the whole session, until the server has gone; the device ids they got."""
    timeout = aiohttp.ClientTimeout(total=10)
    # unsafe: keep the cookies of an address that is an IP, as a phone's browser does
    phones = [
        aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True), timeout=timeout)
        for _ in range(PHONES)
    ]
    room = Room(url, phones)
    try:
        for phone in phones:
            async with phone.get(url) as page:  # the page gives the phone its device cookie
                assert page.status == 200
        devices = {cookie.value for phone in phones for cookie in phone.cookie_jar if cookie.key == "device"}
        while (current := await state(phones[0], url)) is not None:
            ask = current["ask"]
            if current["voting"] and current["card"] not in room.cards:
                await vote(room, current)
            elif ask is not None and ask["key"] not in room.keys:
                room.keys.append(ask["key"])
                await answer(room, ask)
            else:
                await asyncio.sleep(0.02)
        return room, devices
    finally:
        for phone in phones:
            await phone.close()


async def state(phone: aiohttp.ClientSession, url: str) -> dict[str, Any] | None:
    try:
        async with phone.get(url + "state") as response:
            data: dict[str, Any] = await response.json()
            return data
    except aiohttp.ClientConnectionError:
        return None  # the rehearsal has ended


async def vote(room: Room, current: dict[str, Any]) -> None:
    """Phone n votes for option n (counting round), so every card gets a split."""
    room.cards.append(current["card"])
    for number, phone in enumerate(room.phones):
        body = {"card": current["card"], "option": number % len(current["options"]) + 1}
        async with phone.post(room.url + "vote", data=json.dumps(body)) as response:
            assert response.status == 200, await response.text()


async def answer(room: Room, ask: dict[str, Any]) -> None:
    """Every phone sends its part, one phone after another, so the last phone's part closes the question."""
    key, kind = ask["key"], ask["kind"]
    for number, phone in enumerate(room.phones):
        if kind == "statements":
            later = key == "statements.after"  # after the debrief, phones 0-3 agree one point more
            for score, statement in enumerate(ask["statements"], start=number):
                score = min(5, score % 5 + 1 + (later and number < 4))
                await send(room, phone, "statement", {"statement": statement["id"], "score": score})
        elif kind == "word":
            for word in WORDS[number]:
                await send(room, phone, "answer", {"text": word, "key": key})
        elif kind == "answer":
            if number == 3 and key == "here.0":
                await send(room, phone, "answer", {"text": SCRIPT, "key": key})
                room.answers.append(SCRIPT)
            if number == 4 and key == "here.0":
                await send(room, phone, "answer", {"text": TOO_LONG, "key": key}, expected=413)
            text = f"Telefoon {number + 1} over {key}: het register & de FG"
            await send(room, phone, "answer", {"text": text, "key": key})
            room.answers.append(text)
        elif kind == "proposal":
            await send(room, phone, "answer", {"text": PROPOSALS[number], "key": key})
        elif kind == "support":
            ids = {choice["text"]: choice["id"] for choice in ask["choices"]}
            assert set(ids) == set(PROPOSALS)  # every proposal approved, and nothing else
            for proposal in SUPPORTS[number]:
                await send(room, phone, "support", {"proposal": ids[PROPOSALS[proposal]], "key": key})


async def send(
    room: Room, phone: aiohttp.ClientSession, what: str, body: dict[str, Any], expected: int = 200
) -> None:
    """POST what a phone sends; told "too fast", it tries again a little later (as a person would)."""
    for _ in range(TRIES):
        async with phone.post(room.url + what, data=json.dumps(body)) as response:
            refused = await response.json()
            if response.status == 429 and refused.get("reason") == "fast":
                await asyncio.sleep(0.25)
                continue
            room.statuses.append(response.status)
            assert response.status == expected, refused
            return
    raise AssertionError(f"{what} was too fast {TRIES} times")
