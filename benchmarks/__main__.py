"""`python -m benchmarks [--quick]`: the figures of issue 7 beside their targets, in one run.

start-up (against a bare pygame-ce floor), frame cost, idle CPU, authoring speed, memory and voting by
phone (issue 14: a vote's way to the game, the card's frame and idle CPU with 60 phones) and the
standalone app (issue 16: its start-up beside the source's, the zip's size) and the debrief's word
cloud (issue 24: 60 words in a card-size box, laid out and redrawn) and tables side by side (issue 25:
eight tables of eight devices, a vote's way to its table's decision over HTTP); each the
median of several runs with their min and max. The default run takes about two and a half minutes
(the idle wait is 30 s per video driver); --quick shortens every wait and takes fewer runs (under a
minute), for a fast check. Nothing here is asserted by the tests: speed is measured, never a test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import time

from benchmarks import app, authoring, idle, memory, phones, startup, tables, watch, wordcloud
from benchmarks.report import Figure, child_env, machine_line, python, table_header, table_row

FRAME_TARGET_MS = 4.0


def frame_figures(runs: int) -> list[Figure]:
    done = subprocess.run(
        [python(), "-m", "benchmarks.frames", str(runs)], capture_output=True, env=child_env(), check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"the frame benchmark failed:\n{done.stderr.decode()[-2000:]}")
    results = json.loads(done.stdout.decode().strip().splitlines()[-1])
    figures = []
    for size, kinds in results.items():
        normal = Figure(f"frame: card {size}, normal full redraw", kinds["normal"], "ms", 2)
        if size == "1920x1080":
            normal = Figure(
                normal.name,
                normal.runs,
                "ms",
                2,
                f"< {FRAME_TARGET_MS:g} ms",
                lambda ms: ms < FRAME_TARGET_MS,
            )
        figures.append(normal)
        figures.append(Figure(f"frame: card {size}, cold (layout+text again)", kinds["cold"], "ms", 2))
    return figures


def idle_figures(slices: int, seconds: float) -> list[Figure]:
    figures = []
    for mode, label in (("dummy", "dummy driver"), ("xvfb", "Xvfb")):
        measured = idle.measure(mode, slices, seconds)
        if measured is None:
            print("  (idle under Xvfb skipped: Xvfb is not installed)")
            continue
        percents, server = measured
        figures.append(
            Figure(
                f"idle: card screen waits {slices * seconds:g} s, {label}",
                percents,
                "% core",
                2,
                f"< {idle.TARGET_PERCENT:g}%",
                lambda pct: pct < idle.TARGET_PERCENT,
            )
        )
        if server is not None:
            figures.append(Figure("idle: the X server meanwhile (all slices)", [server], "% core", 2))
    return figures


def authoring_figures(repeats: int) -> list[Figure]:
    command = authoring.validate_command(repeats)
    in_process = authoring.validate_in_process(repeats)
    simulated, engine = authoring.playthroughs_per_second(repeats)
    whole = authoring.simulate_command(repeats)
    target = authoring.VALIDATE_TARGET
    rate = authoring.PLAYTHROUGHS_TARGET
    return [
        Figure(
            "authoring: validate 1,000 cards (whole command)",
            command,
            "s",
            3,
            f"< {target:g} s",
            lambda s: s < target,
        ),
        Figure("authoring: the same in process, no text-fit lint", in_process, "s", 3),
        Figure(
            "authoring: simulate command, default scenario (all policies)",
            whole,
            "games/s",
            0,
            f">= {rate:,}",
            lambda games: games >= rate,
        ),
        Figure("authoring: simulate in process, one worker", simulated, "games/s", 0),
        Figure("authoring: engine alone, random choices", engine, "games/s", 0),
        Figure(
            "authoring: watch, a save to its verdict",
            watch.turnaround(repeats),
            "s",
            2,
            f"< {watch.TARGET_SECONDS:g} s",
            lambda s: s < watch.TARGET_SECONDS,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a fast check: 1 s idle slices instead of 30 s of waiting, fewer runs",
    )
    quick = parser.parse_args().quick
    began = time.perf_counter()
    print(machine_line())
    print(
        "each figure: the median of several runs, with min and max; SDL's dummy video driver (idle\n"
        "also on Xvfb), Python bytecode cached, fresh data folders"
        + (" -- QUICK: shortened waits, fewer runs" if quick else "")
        + "\n"
    )
    print(table_header())
    sections = [
        lambda: startup.measure(5 if quick else 15),
        lambda: frame_figures(3 if quick else 7),
        lambda: wordcloud.figures(3 if quick else 7),
        lambda: idle_figures(*((5, 1.0) if quick else (6, 5.0))),
        lambda: authoring_figures(3 if quick else 5),
        lambda: [memory_figure(1 if quick else 3)],
        lambda: phones.figures(quick),
        lambda: tables.figures(quick),
        lambda: app.figures(quick),
    ]
    figures: list[Figure] = []
    for section in sections:
        for figure in section():
            figures.append(figure)
            print(table_row(figure), flush=True)
    held = [figure for figure in figures if figure.meets is not None]
    missed = [figure.name for figure in held if figure.verdict() != "ok"]
    print(
        f"\n{len(held) - len(missed)} of {len(held)} targets met"
        + (f"; BELOW TARGET: {', '.join(missed)}" if missed else "")
        + f" ({time.perf_counter() - began:.0f} s)"
    )


def memory_figure(runs: int) -> Figure:
    peaks = memory.peak_megabytes(runs)
    target = memory.TARGET_MB
    return Figure(
        "memory: peak RSS, headless game at 3840x2160",
        peaks,
        "MB",
        0,
        f"< {target} MB",
        lambda mb: mb < target,
    )


if __name__ == "__main__":
    main()
