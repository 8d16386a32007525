"""`play --headless --group --phones`: a rehearsal with three phones (real HTTP clients) on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import aiohttp

from game.core.session_log import read_log
from game.core.voting import Tally

ROOT = Path(__file__).resolve().parents[2]
COUNCIL = ROOT / "scenarios" / "raadssessie.yaml"
PHONES = 3


def test_a_rehearsal_plays_every_card_by_the_phones_majority_and_logs_the_split(tmp_path: Path) -> None:
    log = tmp_path / "game.json"
    command = [
        sys.executable, str(ROOT / "main.py"), "play", str(COUNCIL), "--headless", "--group", "--phones",
        "--host", "127.0.0.1", "--port", "0", "--vote-window", "20", "--seed", "3", "--log", str(log),
    ]  # fmt: skip
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("phones: http://127.0.0.1:"), first + (
            process.stderr.read() if process.stderr else ""
        )
        url = first.removeprefix("phones: ").strip()
        voted = asyncio.run(asyncio.wait_for(phones(url), 120))
        out, err = process.communicate(timeout=60)
        assert "einde:" in out or "profiel:" in out  # (the summary in the game's language, Dutch)
    finally:
        process.kill()
    assert process.returncode == 0, err
    record = json.loads(log.read_text(encoding="utf-8"))
    assert [choice["card"] for choice in record["choices"]] == list(voted)
    for choice in record["choices"]:
        split = choice["split"]
        assert sum(split["phones"]) == PHONES and split["keys"] == [0] * len(split["phones"])
        assert choice["votes"] == split["phones"]
        tally = Tally(tuple(split["phones"]))
        assert choice["option"] == tally.leaders[0] + 1  # the majority; a tie goes to the lowest option
        assert split["phones"] == voted[choice["card"]]
    # The session log, as the window writes it: the split of each decision before it, phones and keys apart.
    log = read_log(Path(record["session_log"]))
    splits = [event for event in log.events if event["kind"] == "split"]
    assert [(event["card"], event["phones"]) for event in splits] == list(voted.items())
    assert log.phone_splits() == [tuple(counts) for counts in voted.values()]


async def phones(url: str) -> dict[str, list[int]]:
    """Three phones vote on every card (phone n for option n, except that all agree on every third card)
    until the game ends; the split each card got."""
    timeout = aiohttp.ClientTimeout(total=10)
    # unsafe: keep the cookies of an address that is an IP, as a phone's browser does
    sessions = [
        aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True), timeout=timeout)
        for _ in range(PHONES)
    ]
    voted: dict[str, list[int]] = {}
    try:
        for phone in sessions:
            async with phone.get(url) as page:  # the page gives the phone its device cookie
                assert page.status == 200
        while True:
            current = await next_card(sessions[0], url, voted)
            if current is None:
                return voted
            card, options = current["card"], len(current["options"])
            choices = [(n if len(voted) % 3 else 0) % options for n in range(PHONES)]
            for phone, option in zip(sessions, choices, strict=True):
                body = json.dumps({"card": card, "option": option + 1})
                async with phone.post(url + "vote", data=body) as response:
                    assert response.status == 200, await response.text()
            voted[card] = [choices.count(option) for option in range(options)]
    finally:
        for session in sessions:
            await session.close()


async def state(phone: aiohttp.ClientSession, url: str) -> dict[str, Any]:
    async with phone.get(url + "state") as response:
        data: dict[str, Any] = await response.json()
        return data


async def next_card(
    phone: aiohttp.ClientSession, url: str, voted: dict[str, list[int]]
) -> dict[str, Any] | None:
    """The next card open for voting, or None once the game has ended (the server is gone)."""
    while True:
        try:
            current = await state(phone, url)
        except aiohttp.ClientConnectionError:
            return None
        if current["voting"] and current["card"] not in voted:
            return current
        await asyncio.sleep(0.02)
