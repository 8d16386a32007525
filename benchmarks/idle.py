"""Idle: CPU time per second of wall time while the card screen waits for input, as % of one core.

`python -m benchmarks.idle DATA_DIR` (started by python -m benchmarks) opens the game window as
`python main.py` does, starts the default scenario, goes to its first card and hands over to App.run,
the real event loop, where it waits. For every line on its standard input a thread of its own (asleep
in between) prints the CPU seconds the process has used (getrusage: every thread, microseconds; a
signal handler would wait for the loop, which may sit in C); SIGTERM closes the window (SDL turns it
into a quit).

The benchmark samples that every few seconds over the wait, under SDL's dummy video driver and, when
Xvfb is installed, on a private X server (the X server's own CPU is shown beside it, as
../shared/tools/idle_cpu.sh does).
"""

from __future__ import annotations

import os
import resource
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.report import child_env, python

if TYPE_CHECKING:
    from game.ui.app import App

TARGET_PERCENT = 2.0
WARM_UP_SECONDS = 2.0


def child(data_dir: Path) -> None:
    """The game on its first card, waiting in App.run."""
    import pygame

    from game.paths import DEFAULT_SCENARIO, shipped_scenarios
    from game.ui.app import App
    from game.ui.loading import Catalogue, ScenarioEntry

    paths = shipped_scenarios()
    catalogue = Catalogue([ScenarioEntry(path) for path in paths], paths.index(DEFAULT_SCENARIO))
    app = App(catalogue, None, None, (1280, 720), data_dir=data_dir)
    app.start(catalogue.selected)  # what the title's start button and the intro's continue do
    app.advance()
    assert app.scene.name == "card" and pygame.display.get_init()
    wait_in_loop(app)


def wait_in_loop(app: App) -> None:
    """Say "ready", then wait in App.run, printing the CPU seconds used for every line on stdin."""

    def report() -> None:
        for _ in sys.stdin:
            usage = resource.getrusage(resource.RUSAGE_SELF)
            os.write(1, f"{usage.ru_utime + usage.ru_stime:.6f}\n".encode())

    threading.Thread(target=report, daemon=True).start()
    os.write(1, b"ready\n")
    try:
        app.run()
    finally:
        app.close()


def _ticks(pid: int) -> int:
    """utime + stime of a process in clock ticks (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str] | None:
    if shutil.which("Xvfb") is None:
        return None
    number = 140
    while Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
        number += 1
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            return server, f":{number}"
        time.sleep(0.05)
    server.terminate()
    server.wait()
    return None


def _line(process: subprocess.Popen[bytes], timeout: float) -> bytes:
    """The next line the game prints, if it starts within `timeout` seconds."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    if not ready:
        _stop(process)
        raise SystemExit("the idle game stopped answering")
    return process.stdout.readline()


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def measure(
    mode: str, slices: int, seconds: float, child: tuple[str, ...] = ("-m", "benchmarks.idle")
) -> tuple[list[float], float | None] | None:
    """Per slice of `seconds`: the game's CPU as % of one core; and the X server's over all slices.
    None when `mode` is "xvfb" and Xvfb cannot be started. `child`: the arguments that start the game
    waiting (`wait_in_loop`), its data folder added."""
    server = None
    with tempfile.TemporaryDirectory(prefix="benchmarks-idle-") as folder:
        env = child_env()
        if mode == "xvfb":
            started = _start_xvfb()
            if started is None:
                return None
            server, display = started
            env.pop("SDL_VIDEODRIVER")
            env["DISPLAY"] = display
        game = subprocess.Popen(
            [python(), *child, folder],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert game.stdin is not None and game.stderr is not None
        try:
            if _line(game, 60) != b"ready\n":
                _stop(game)
                raise SystemExit(f"the idle game did not start:\n{game.stderr.read().decode()[-2000:]}")
            time.sleep(WARM_UP_SECONDS)

            def cpu() -> tuple[float, float]:
                assert game.stdin is not None
                game.stdin.write(b"?\n")
                game.stdin.flush()
                return float(_line(game, 10)), time.perf_counter()

            percents: list[float] = []
            server_ticks = _ticks(server.pid) if server is not None else 0
            first = before = cpu()
            for _ in range(slices):
                time.sleep(seconds)
                after = cpu()
                percents.append(100 * (after[0] - before[0]) / (after[1] - before[1]))
                before = after
            server_percent = None
            if server is not None:
                used = (_ticks(server.pid) - server_ticks) / os.sysconf("SC_CLK_TCK")
                server_percent = 100 * used / (before[1] - first[1])
            return percents, server_percent
        finally:
            _stop(game)
            if server is not None:
                _stop(server)


if __name__ == "__main__":
    child(Path(sys.argv[1]))
