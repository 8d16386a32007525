"""Voting by phone: a vote's way to the game's snapshot, the card's frame with 60 phones, idle CPU with them,
and the debrief's answers: 60 phones sending at once, each answer's way to the window's queue.

Every figure comes from a real game window (SDL's dummy driver) with its phone server on 127.0.0.1 and
real HTTP clients (aiohttp) on loopback, bounded in count and time:

- `python -m benchmarks.phones room ROUNDS RUNS`: 60 phones join and keep a live connection; the card at
  1920x1080 with voting open is redrawn RUNS x 40 times (ms per frame); then the game runs its real
  event loop while the phones vote one at a time, ROUNDS votes each, and each vote is timed from just
  before its POST to the moment the count in the game's snapshot (what the window draws) has it.
  Prints JSON.
- `python -m benchmarks.phones idle`: the game waits on that card in its event loop, phones on; for each
  line on its standard input it prints the CPU seconds it has used. The 60 phones are another process
  (`python -m benchmarks.phones clients URL 60`), so that only the game's own CPU is counted.
- `python -m benchmarks.phones answers ROUNDS`: 60 phones join the phone server (its default limits) and,
  in each round, a new question opens and all 60 POST an answer at once; each answer is timed from just
  before its POST to the moment a thread waiting on the hub, as the window's loop does, has it from
  `take_inbox()`. Rounds are ANSWER_GAP seconds apart (a phone may answer once every 2 s). Prints JSON.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from typing import Any

from benchmarks.idle import _line, _stop
from benchmarks.report import Figure, child_env, python

PHONES = 60
FRAMES = 40
LATENCY_TARGET_MS = 100.0
IDLE_TARGET_PERCENT = 3.0
FRAME_TARGET_MS = 4.0
ANSWER_GAP = 2.1  # seconds between rounds: each phone's bucket refills one answer in 2 s


def _game_on_a_voting_card(size: tuple[int, int]) -> Any:
    """The window on the default scenario's first card, the room revealed and voting, phones on."""
    from game.paths import DEFAULT_SCENARIO
    from game.settings import PlaySettings
    from game.ui.app import App
    from game.ui.loading import Catalogue, ScenarioEntry
    from game.ui.scenes.card import CardScene

    settings = PlaySettings(group=True, phones=True, phones_host="127.0.0.1")
    app = App(Catalogue([ScenarioEntry(DEFAULT_SCENARIO)]), "nl", 1, size, settings=settings, autosave=False)
    app.start(app.catalogue.selected)
    app.advance()
    scene = app.scene
    if not isinstance(scene, CardScene) or app.phones is None:
        raise SystemExit(f"expected the card screen with phones, found {scene.name}")
    scene.reveal()
    scene.toggle_voting()
    app.pump()
    return app


async def _phones(url: str, count: int) -> tuple[list[Any], list[asyncio.Task[None]]]:
    """`count` phones that have opened the page and keep a live connection (server-sent events)."""
    import aiohttp

    timeout = aiohttp.ClientTimeout(total=30)
    jar = aiohttp.CookieJar
    sessions = [aiohttp.ClientSession(cookie_jar=jar(unsafe=True), timeout=timeout) for _ in range(count)]
    for session in sessions:
        async with session.get(url) as response:  # the page makes the device
            await response.read()

    async def listen(session: Any) -> None:
        async with session.get(url + "events", timeout=aiohttp.ClientTimeout(total=None)) as response:
            async for _ in response.content:
                pass

    streams = [asyncio.create_task(listen(session)) for session in sessions]
    await asyncio.sleep(0.5)
    return sessions, streams


def room(rounds: int, runs: int) -> None:
    import pygame

    app = _game_on_a_voting_card((1920, 1080))
    url = app.phones.url
    loop = asyncio.new_event_loop()
    threading.Thread(target=loop.run_forever, daemon=True).start()
    sessions, _ = asyncio.run_coroutine_threadsafe(_phones(url, PHONES), loop).result(60)
    app.pump()
    frames: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        for _ in range(FRAMES):
            app.redraw()
            app.draw()
        frames.append(1000 * (time.perf_counter() - started) / FRAMES)
    connected = app.phones.snapshot.connected
    card = app.scene.card.id
    latencies: list[float] = []

    async def vote_all() -> None:
        for round_ in range(rounds):
            for number, session in enumerate(sessions):
                option = (number + round_) % 3 + 1
                before = app.phones.snapshot.counts
                started = time.perf_counter()
                body = json.dumps({"card": card, "option": option})
                async with session.post(url + "vote", data=body) as response:
                    if response.status != 200:
                        raise SystemExit(f"a vote was refused: {response.status} {await response.text()}")
                while app.phones.snapshot.counts == before:  # the window's own snapshot, updated by its loop
                    await asyncio.sleep(0.0005)
                latencies.append(1000 * (time.perf_counter() - started))
                await asyncio.sleep(0.005 * (number % 7))  # phones do not vote in lockstep

    def drive() -> None:
        try:
            asyncio.run_coroutine_threadsafe(vote_all(), loop).result(600)
        finally:
            pygame.event.post(pygame.event.Event(pygame.QUIT))

    threading.Thread(target=drive, daemon=True).start()
    app.run()
    app.close()
    print(json.dumps({"frames": frames, "latency_ms": latencies, "connected": connected}))


def idle() -> None:
    app = _game_on_a_voting_card((1280, 720))

    def report() -> None:
        for _ in sys.stdin:
            usage = resource.getrusage(resource.RUSAGE_SELF)
            os.write(1, f"{usage.ru_utime + usage.ru_stime:.6f}\n".encode())

    threading.Thread(target=report, daemon=True).start()  # the game has printed "phones: URL"
    try:
        app.run()
    finally:
        app.close()


def clients(url: str, count: int) -> None:
    """Phones that join, keep their live connection and do nothing more until standard input closes."""

    async def main() -> None:
        sessions, streams = await _phones(url, count)
        os.write(1, b"connected\n")
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
        for task in streams:
            task.cancel()
        for session in sessions:
            await session.close()

    asyncio.run(main())


def answers(rounds: int) -> None:
    from game.phones.hub import Ask, VoteHub
    from game.phones.server import PhoneServer

    hub = VoteHub("nl")
    server = PhoneServer(hub, "127.0.0.1", 0)
    url = server.start()
    seen: dict[str, float] = {}  # answer text -> when the queue gave it
    done = threading.Event()

    def window() -> None:  # drains the queue as soon as the hub says something came (its condition)
        while not done.is_set():
            hub.wait(lambda snapshot: snapshot.inbox > 0 or done.is_set(), 1.0)
            for inbound in hub.take_inbox():
                seen[str(inbound.value)] = time.perf_counter()

    drainer = threading.Thread(target=window, daemon=True)
    drainer.start()
    latencies: list[float] = []

    async def phones() -> None:
        import aiohttp

        timeout = aiohttp.ClientTimeout(total=30)
        jar = aiohttp.CookieJar
        sessions = [
            aiohttp.ClientSession(cookie_jar=jar(unsafe=True), timeout=timeout) for _ in range(PHONES)
        ]
        for session in sessions:
            async with session.get(url) as response:
                await response.read()

        async def answer(session: Any, text: str) -> tuple[str, float]:
            started = time.perf_counter()
            async with session.post(url + "answer", json={"text": text}) as response:
                if response.status != 200:
                    raise SystemExit(f"an answer was refused: {response.status} {await response.text()}")
            return text, started

        try:
            for round_ in range(rounds):
                hub.ask(Ask("answer", "Wat nemen jullie mee?", f"round{round_}"))
                texts = [f"antwoord {round_}-{number} uit de zaal" for number in range(PHONES)]
                sent = await asyncio.gather(
                    *(answer(s, text) for s, text in zip(sessions, texts, strict=True))
                )
                for text, started in sent:
                    while text not in seen:  # the POST's answer can come before the drainer's wake-up
                        await asyncio.sleep(0.0005)
                    latencies.append(1000 * (seen[text] - started))
                await asyncio.sleep(ANSWER_GAP)
        finally:
            for session in sessions:
                await session.close()

    try:
        asyncio.run(phones())
    finally:
        done.set()
        drainer.join(5)
        server.stop()
    print(json.dumps({"latency_ms": latencies}))


# -- the parent's side (python -m benchmarks) ------------------------------------------------------------


def figures(quick: bool) -> list[Figure]:
    """The three figures of voting by phone, against their targets, with the median vote beside."""
    result = room_figures(rounds=3 if quick else 10, runs=3 if quick else 7)
    latencies = sorted(result["latency_ms"])
    p99 = latencies[max(0, math.ceil(0.99 * len(latencies)) - 1)]
    percents = idle_percents(*((3, 2.0) if quick else (6, 5.0)))
    answered = sorted(answer_latencies(rounds=2 if quick else 5))
    answered_p99 = answered[max(0, math.ceil(0.99 * len(answered)) - 1)]
    return [
        Figure(
            f"phones: vote POST to the game's count, p99 of {len(latencies)}",
            [p99],
            "ms",
            1,
            f"< {LATENCY_TARGET_MS:g} ms",
            lambda ms: ms < LATENCY_TARGET_MS,
        ),
        Figure("phones: the same, median", [statistics.median(latencies)], "ms", 1),
        Figure(
            f"phones: {PHONES} answers at once, POST to the window's queue, p99 of {len(answered)}",
            [answered_p99],
            "ms",
            1,
            f"< {LATENCY_TARGET_MS:g} ms",
            lambda ms: ms < LATENCY_TARGET_MS,
        ),
        Figure("phones: the same, median", [statistics.median(answered)], "ms", 1),
        Figure(
            f"phones: card frame 1920x1080, {result['connected']} phones on",
            result["frames"],
            "ms",
            2,
            f"< {FRAME_TARGET_MS:g} ms",
            lambda ms: ms < FRAME_TARGET_MS,
        ),
        Figure(
            f"phones: idle with {PHONES} phones connected",
            percents,
            "% core",
            2,
            f"<= {IDLE_TARGET_PERCENT:g}%",
            lambda pct: pct <= IDLE_TARGET_PERCENT,
        ),
    ]


def room_figures(rounds: int, runs: int) -> dict[str, Any]:
    done = subprocess.run(
        [python(), "-m", "benchmarks.phones", "room", str(rounds), str(runs)],
        capture_output=True,
        env=child_env(),
        check=False,
        timeout=900,
    )
    if done.returncode != 0:
        raise SystemExit(f"the phone benchmark failed:\n{done.stderr.decode()[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.decode().strip().splitlines()[-1])
    return result


def answer_latencies(rounds: int) -> list[float]:
    done = subprocess.run(
        [python(), "-m", "benchmarks.phones", "answers", str(rounds)],
        capture_output=True,
        env=child_env(),
        check=False,
        timeout=300,
    )
    if done.returncode != 0:
        raise SystemExit(f"the answers benchmark failed:\n{done.stderr.decode()[-2000:]}")
    latencies: list[float] = json.loads(done.stdout.decode().strip().splitlines()[-1])["latency_ms"]
    return latencies


def idle_percents(slices: int, seconds: float) -> list[float]:
    """The game's CPU, % of one core, per slice of `seconds` while 60 idle phones stay connected."""
    with tempfile.TemporaryDirectory(prefix="benchmarks-phones-") as folder:
        env = child_env(XDG_DATA_HOME=folder)
        game = subprocess.Popen(
            [python(), "-m", "benchmarks.phones", "idle"],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        phones: subprocess.Popen[bytes] | None = None
        try:
            url = _line(game, 60).decode().strip().removeprefix("phones: ")
            if not url.startswith("http://127.0.0.1:"):
                assert game.stderr is not None
                raise SystemExit(f"the game did not start its phones:\n{game.stderr.read().decode()[-2000:]}")
            phones = subprocess.Popen(
                [python(), "-m", "benchmarks.phones", "clients", url, str(PHONES)],
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
            if _line(phones, 60) != b"connected\n":
                raise SystemExit("the phones did not connect")
            time.sleep(2.0)

            def cpu() -> tuple[float, float]:
                assert game.stdin is not None
                game.stdin.write(b"?\n")
                game.stdin.flush()
                return float(_line(game, 10)), time.perf_counter()

            percents = []
            before = cpu()
            for _ in range(slices):
                time.sleep(seconds)
                after = cpu()
                percents.append(100 * (after[0] - before[0]) / (after[1] - before[1]))
                before = after
            return percents
        finally:
            if phones is not None:
                _stop(phones)
            _stop(game)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "room":
        room(int(sys.argv[2]), int(sys.argv[3]))
    elif mode == "idle":
        idle()
    elif mode == "answers":
        answers(int(sys.argv[2]))
    elif mode == "clients":
        clients(sys.argv[2], int(sys.argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")
