"""Start-up: wall time from process start to the first frame on screen, of the game's title screen
(`python main.py --quit-after-first-frame`) and of the floor, a bare pygame-ce program that opens a
window of the same size, draws one line of text and flips (floor.py). Both run under SDL's dummy video
driver through first_frame.py, which says when the first flip returned; runs alternate between the two.

Measured warm, as every start after the first: Python's bytecode is cached (report.child_env) and the
game has kept its title preview (game/ui/previews.py) in a fresh data folder of this run, without saved
sessions. The first start without that preview is shown beside it.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.report import ROOT, Figure, child_env, python

TARGET_RATIO = 1.5
HERE = Path(__file__).resolve().parent
FLOOR = [str(HERE / "floor.py")]
GAME = [str(ROOT / "main.py"), "--quit-after-first-frame"]


def first_frame_seconds(program: list[str], env: dict[str, str]) -> float:
    """Seconds from starting `program` (through first_frame.py) to its first frame on screen."""
    read_end, write_end = os.pipe()
    try:
        started = time.perf_counter()
        process = subprocess.Popen(
            [python(), str(HERE / "first_frame.py"), str(write_end), *program],
            env=env,
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        os.close(write_end)
        write_end = -1
        shown = os.read(read_end, 1)  # the first frame, or nothing when the program ended without one
        elapsed = time.perf_counter() - started
        _, errors = process.communicate(timeout=60)
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)
    if shown != b"F" or process.returncode != 0:
        command = " ".join(program)
        raise SystemExit(f"{command} showed no frame (exit {process.returncode}):\n{errors.decode()}")
    return elapsed


def measure(runs: int) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="benchmarks-startup-") as folder:
        base = Path(folder)
        env = child_env(XDG_DATA_HOME=str(base / "data"))
        for _ in range(2):  # warm up: bytecode, the title preview, the disk cache
            first_frame_seconds(FLOOR, env)
            first_frame_seconds(GAME, env)
        floor: list[float] = []
        game: list[float] = []
        for _ in range(runs):  # alternating, so both meet the same machine
            floor.append(first_frame_seconds(FLOOR, env))
            game.append(first_frame_seconds(GAME, env))
        first: list[float] = []
        for run in range(max(3, runs // 3)):
            fresh = dict(env, XDG_DATA_HOME=str(base / f"fresh{run}"))
            first.append(first_frame_seconds(GAME, fresh))
    ratios = [g / f for g, f in zip(game, floor, strict=True)]
    milliseconds = [1000 * value for value in floor], [1000 * value for value in game]
    return [
        Figure("start-up: floor, bare pygame-ce 1280x720 + text", milliseconds[0], "ms"),
        Figure("start-up: game, title screen (python main.py)", milliseconds[1], "ms"),
        Figure("start-up: game / floor", ratios, "x", 2, f"<= {TARGET_RATIO}x", lambda x: x <= TARGET_RATIO),
        Figure("start-up: game, first start (no title preview)", [1000 * v for v in first], "ms"),
    ]
