"""Tables side by side (issue 25): eight tables of eight devices vote through a whole term over HTTP.

VOTES (this section; tests/tables/test_load.py plays the same term and checks every decision):
`python -m benchmarks.tables votes RUNS` starts, per run, a tables session of the example scenario in
rounds with its TablesServer on 127.0.0.1 and its TablesConductor (the log written on every change and
synced, presence ticked every 0.1 s, as the window does); 64 devices (aiohttp clients in a process of
their own, each its own cookie) join their table's page and hold its live stream; on every card five
devices of a table vote for the table's option and three for another, one of the five changing its mind
first. Each decision is timed from just before
the table's last vote's POST to the moment another device of the table has, on its live stream
(server-sent events), the table's state with the decision. Prints JSON.

ROOM VIEW (the WINDOW helper's section, below the votes): the room view's frame at 1920x1080 with eight
tables and idle CPU with the room view open.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.report import Figure, child_env, python

TABLES = 8
DEVICES = 8
LATENCY_TARGET_MS = 100.0


@dataclass
class Term:
    """A term played by the devices: every decision's latency, and per table, per decision, each
    device's last vote (options from 1), in the order the table decided."""

    latency_ms: list[float] = field(default_factory=list)
    votes: dict[int, list[list[int]]] = field(default_factory=dict)


def majority_of(table: int, decision: int, options: int) -> int:
    """The option (from 1) a table's majority votes for on its n-th decision: the tables part ways."""
    return (table + decision * (table % 3 + 1)) % options + 1


async def _stream(client: Any, url: str, states: asyncio.Queue[dict[str, Any]]) -> None:
    """A device's live connection: every state the server sends goes to `states`."""
    import aiohttp

    async with client.get(url + "events", timeout=aiohttp.ClientTimeout(total=None)) as response:
        if response.status != 200:
            raise RuntimeError(f"the live stream was refused: {response.status}")
        async for line in response.content:
            if line.startswith(b"data: "):
                await states.put(json.loads(line[6:]))


async def _vote(client: Any, url: str, card: str, option: int) -> None:
    async with client.post(url + "vote", json={"card": card, "option": option}) as response:
        if response.status != 200:
            raise RuntimeError(f"a vote was refused: {response.status} {await response.text()}")


async def _table(clients: list[Any], url: str, table: int, term: Term, clock: Callable[[], float]) -> None:
    """One table's devices through the term: vote on each card, time the decision on a stream."""
    states: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    streams = [asyncio.create_task(_stream(clients[0], url, states))]  # the one that times the decision
    # Every other device's page holds its live stream too, as in a room (what they get is not read).
    streams += [asyncio.create_task(_stream(client, url, asyncio.Queue())) for client in clients[1:]]
    made = term.votes.setdefault(table, [])
    try:
        state = await asyncio.wait_for(states.get(), 10)
        while not state["finished"]:
            card = state["card"]
            if card is None:  # decided, waiting for the other tables: the round ends when all have
                state = await asyncio.wait_for(states.get(), 10)
                continue
            options = len(state["options"])
            chosen = majority_of(table, len(made), options)
            other = chosen % options + 1
            votes = [chosen] * 5 + [other] * (DEVICES - 5)
            await _vote(clients[0], url, card, other)  # a change of mind: its last vote counts
            await asyncio.gather(*(_vote(clients[i], url, card, votes[i]) for i in range(DEVICES - 1)))
            started = clock()
            await _vote(clients[-1], url, card, votes[-1])
            while state["card"] == card and not state["decided"]:
                state = await asyncio.wait_for(states.get(), 10)
            term.latency_ms.append(1000 * (clock() - started))
            made.append(votes)
    finally:
        for stream in streams:
            stream.cancel()


async def play_term(urls: dict[int, str], clock: Callable[[], float]) -> Term:
    """DEVICES devices at each table of `urls` (table -> its page's address) vote through the term."""
    import aiohttp

    term = Term()
    timeout = aiohttp.ClientTimeout(total=30)
    jar = aiohttp.CookieJar
    clients = {
        table: [aiohttp.ClientSession(cookie_jar=jar(unsafe=True), timeout=timeout) for _ in range(DEVICES)]
        for table in urls
    }
    try:
        for table, devices in clients.items():
            for client in devices:
                async with client.get(urls[table]) as response:  # the page joins the device to the table
                    if response.status != 200:
                        raise RuntimeError(f"table {table}'s page was refused: {response.status}")
                    await response.read()
        await asyncio.gather(*(_table(clients[table], urls[table], table, term, clock) for table in urls))
    finally:
        for devices in clients.values():
            for client in devices:
                await client.close()
    return term


def votes_run(log_path: Path, in_process: bool = True) -> tuple[Term, Any]:
    """One term of TABLES x DEVICES on a fresh session, server and conductor; the term and the session.
    The devices run in this process (a test), or in another (`in_process` False: the benchmark)."""
    import time

    from game.paths import SCENARIOS_DIR
    from game.phones.server import RateLimits
    from game.scenario import load_scenario
    from game.tables.log import TablesLogWriter
    from game.tables.run import TablesConductor
    from game.tables.server import Room, TablesServer
    from game.tables.session import TablesSession

    path = SCENARIOS_DIR / "voorbeeld.yaml"
    scenario = load_scenario(path)
    session = TablesSession(scenario, 7, TABLES)
    room = Room(session, "nl")
    conductor = TablesConductor(room, TablesLogWriter(log_path, session, "nl", path))
    # Machines vote faster than people: a device's vote limit is raised, the rest are the room's.
    server = TablesServer(room, "127.0.0.1", 0, limits=RateLimits(votes_per_second=1000, vote_burst=1000))
    server.start()
    done = threading.Event()

    def poll() -> None:  # what the window's room view does a few times a second
        while not done.wait(0.1):
            conductor.poll()

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    try:
        urls = {table: server.table_url(table) for table in session.table_ids}
        # The benchmark's devices run in a process of their own (as in a room, the laptop serves only)
        term = asyncio.run(play_term(urls, time.perf_counter)) if in_process else _devices_elsewhere(urls)
    finally:
        done.set()
        poller.join()
        server.stop()
        conductor.close()
    return term, session


def _child(args: tuple[str, ...], what: str, timeout: float) -> Any:
    """What `python -m benchmarks.tables ARGS` prints as JSON on its last line; SystemExit naming `what`
    with the end of its errors when it fails."""
    done = subprocess.run(
        [python(), "-m", "benchmarks.tables", *args],
        capture_output=True,
        env=child_env(),
        check=False,
        timeout=timeout,
    )
    if done.returncode != 0:
        raise SystemExit(f"{what} failed:\n{done.stderr.decode()[-2000:]}")
    return json.loads(done.stdout.decode().strip().splitlines()[-1])


def _devices_elsewhere(urls: dict[int, str]) -> Term:
    played = _child(("devices", json.dumps(urls)), "the tables' devices", 300)
    votes = {int(table): made for table, made in played["votes"].items()}
    return Term(played["latency_ms"], votes)


def devices(urls: dict[int, str]) -> None:
    """The devices of `urls` through the term; prints the term as JSON."""
    import time

    term = asyncio.run(play_term(urls, time.perf_counter))
    print(json.dumps({"latency_ms": term.latency_ms, "votes": term.votes}))


def votes(runs: int) -> None:
    latencies: list[float] = []
    with tempfile.TemporaryDirectory(prefix="benchmarks-tables-") as folder:
        for run in range(runs):
            term, session = votes_run(Path(folder) / f"run{run}.jsonl", in_process=False)
            if not session.finished:
                raise SystemExit("the term did not end")
            latencies += term.latency_ms
    print(json.dumps({"latency_ms": latencies}))


def vote_figures(quick: bool) -> list[Figure]:
    latencies = sorted(_child(("votes", str(2 if quick else 7)), "the tables' benchmark", 600)["latency_ms"])
    p99 = latencies[max(0, math.ceil(0.99 * len(latencies)) - 1)]
    name = f"tables {TABLES}x{DEVICES}: last vote to the table's decision"
    return [
        Figure(
            f"{name}, p99 of {len(latencies)}",
            [p99],
            "ms",
            1,
            f"< {LATENCY_TARGET_MS:g} ms",
            lambda ms: ms < LATENCY_TARGET_MS,
        ),
        Figure(f"{name}, median", [statistics.median(latencies)], "ms", 1),
    ]


# -- ROOM VIEW: the room view's frame at 1920x1080 with eight tables, and idle CPU with it open --------
#
# `python -m benchmarks.tables room-frames RUNS`: the example room of eight tables (game/ui/tables_view.py,
# room_view_example) in the window at 1920x1080 under the dummy driver, redrawn as after a vote at one
# table (that table drawn anew, each frame another; the seven others copied as they were; layout and
# text cached, as on every redraw after the first); prints each run's mean ms as JSON.
# `python -m benchmarks.tables room-idle DATA_DIR` (through benchmarks.idle.measure): a real session of
# eight tables (its server on 127.0.0.1 and its log) in the room view, waiting in App.run while the
# conductor is polled every quarter second and the round's timer ticks every second.

ROOM_FRAMES = 40
FRAME_TARGET_MS = 4.0
IDLE_TARGET_PERCENT = 3.0


def _room_app(size: tuple[int, int], data_dir: Path | None) -> Any:
    from game.paths import DEFAULT_SCENARIO
    from game.ui.app import App
    from game.ui.loading import Catalogue, ScenarioEntry
    from game.ui.screenshots import ManualClock

    catalogue = Catalogue([ScenarioEntry(DEFAULT_SCENARIO)])
    if data_dir is None:
        return App(catalogue, "nl", 1, size, clock=ManualClock(), autosave=False)
    return App(catalogue, "nl", 1, size, data_dir=data_dir)


def room_frames(runs: int) -> None:
    from game.ui.scenes.tables_room import TablesRoomScene
    from game.ui.tables_view import room_view_example

    app = _room_app((1920, 1080), None)
    scenario, link = room_view_example(TABLES, "nl")
    scene = TablesRoomScene(app, scenario, link)
    scene.view = "tables"
    app.show(scene)
    app.draw()
    with link.room.read() as session:
        names = [session.table(table).name for table in session.table_ids]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        for frame in range(ROOM_FRAMES):
            scene.cells.forget(names[frame % len(names)])  # as after a vote there: that table drawn anew
            app.redraw()
            app.draw()
        times.append(1000 * (time.perf_counter() - started) / ROOM_FRAMES)
    app.close()
    print(json.dumps(times))


def room_idle(data_dir: Path) -> None:
    from benchmarks.idle import wait_in_loop
    from game.ui.tables_link import open_room, stop_running

    app = _room_app((1280, 720), data_dir)
    app.settings.phones_host = "127.0.0.1"
    scenario = app.catalogue.selected.load()
    with contextlib.redirect_stdout(sys.stderr):  # (the tables' addresses: stdout is the CPU figures')
        problem = open_room(app, scenario, TABLES, "rounds")
    if problem is not None or app.scene.name != "tables_room":
        raise SystemExit(f"the room view did not open: {problem}")
    app.scene.view = "tables"
    try:
        wait_in_loop(app)
    finally:
        stop_running()


def room_figures(quick: bool) -> list[Figure]:
    from benchmarks import idle

    frames = _child(("room-frames", str(3 if quick else 7)), "the room view's frames", 300)
    found = [
        Figure(
            f"tables: room view frame, {TABLES} tables at 1920x1080",
            frames,
            "ms",
            2,
            f"< {FRAME_TARGET_MS:g} ms",
            lambda ms: ms < FRAME_TARGET_MS,
        )
    ]
    slices, seconds = (5, 1.0) if quick else (6, 5.0)
    measured = idle.measure("dummy", slices, seconds, ("-m", "benchmarks.tables", "room-idle"))
    if measured is not None:
        found.append(
            Figure(
                f"tables: idle, room view of {TABLES} tables open {slices * seconds:g} s",
                measured[0],
                "% core",
                2,
                f"<= {IDLE_TARGET_PERCENT:g}%",
                lambda pct: pct <= IDLE_TARGET_PERCENT,
            )
        )
    return found


def figures(quick: bool) -> list[Figure]:
    """Every figure of the tables, for `python -m benchmarks`."""
    return vote_figures(quick) + room_figures(quick)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "votes":
        votes(int(sys.argv[2]))
    elif mode == "room-frames":
        room_frames(int(sys.argv[2]))
    elif mode == "room-idle":
        room_idle(Path(sys.argv[2]))
    elif mode == "devices":
        devices({int(table): url for table, url in json.loads(sys.argv[2]).items()})
    else:
        raise SystemExit(f"unknown mode {mode!r}")
