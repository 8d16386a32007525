"""`python main.py watch FILE`: the verdict at start and again after every save (a real file watcher)."""

from __future__ import annotations

import io
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "scenarios" / "voorbeeld.yaml"
WAIT_SECONDS = 20


class Output:
    """The lines a running command prints, read in a thread of its own (a read never blocks the test)."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        assert process.stdout is not None
        stream = process.stdout
        threading.Thread(
            target=lambda: [self.lines.put(line.rstrip("\n")) for line in stream], daemon=True
        ).start()

    def until(self, beginning: str) -> list[str]:
        """The lines up to the first one that starts with `beginning` (bounded in time)."""
        seen: list[str] = []
        deadline = time.monotonic() + WAIT_SECONDS
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                continue
            seen.append(line)
            if line.startswith(beginning):
                return seen
        raise AssertionError(f"no line starting with {beginning!r} in time; got {seen}")


def test_watch_prints_the_verdict_and_again_after_each_save(tmp_path: Path) -> None:
    path = tmp_path / "voorbeeld.yaml"
    shutil.copy(EXAMPLE, path)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, str(ROOT / "main.py"), "watch", str(path), "--runs", "30"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    output = Output(process)
    try:
        first = output.until(f"watching {path}")
        assert any(line.startswith(f"{path}: ok with 0 warnings; balance ") for line in first), first
        time.sleep(0.3)
        path.write_text(
            path.read_text(encoding="utf-8").replace("turns_per_year:", "turns_per_yeer:"), "utf-8"
        )
        broken = output.until(f"{path}: ")
        assert any(
            "unknown key 'turns_per_yeer' in the scenario; did you mean 'turns_per_year'?" in line
            for line in broken
        )
        assert broken[-1] == f"{path}: 2 errors, 0 warnings; not simulated"
        path.write_text(EXAMPLE.read_text(encoding="utf-8"), "utf-8")
        fixed = output.until(f"{path}: ")
        assert fixed[-1].startswith(f"{path}: ok with 0 warnings; balance ")
    finally:
        process.terminate()
        process.wait(10)


class SlowFile(io.FileIO):
    """A file that takes a while over every write, as a big workbook or a busy machine does: openpyxl's
    save then reaches the watcher as changes spread over more than one of its batches."""

    def write(self, data: ReadableBuffer) -> int:
        time.sleep(0.002)  # (a workbook's save: some 150 writes, a third of a second)
        return super().write(data)


def test_one_openpyxl_save_of_a_workbook_gives_one_verdict(tmp_path: Path) -> None:
    import openpyxl

    path = tmp_path / "start.xlsx"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "new", str(path)], check=True)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, str(ROOT / "main.py"), "--lang", "en", "watch", str(path), "--runs", "20"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    output = Output(process)
    try:
        output.until(f"watching {path}")
        workbook = openpyxl.load_workbook(path)
        with SlowFile(path, "w") as file:
            workbook.save(file)  # (openpyxl's own writes: its zip, part by part)
        saved = output.until(f"{path}: ")
        assert saved[0].startswith("-- ") and saved[-1].startswith(f"{path}: ok with "), saved
        time.sleep(1.0)  # (the rest of the save reaches the watcher meanwhile: it must say nothing)
        path.write_bytes(b"no workbook")
        after = output.until(f"{path}: ")
        assert not any(line.startswith(f"{path}: ok with ") for line in after), after
        assert after[-1].startswith(f"{path}: 1 error"), after
    finally:
        process.terminate()
        process.wait(10)


def test_the_verdict_checks_the_lessons_targets_on_a_scenario_with_corners_and_red_lines(
    tmp_path: Path,
) -> None:
    from game.cli.watch import verdict
    from tests.simulate.valued import triangle_file

    path = triangle_file(tmp_path / "triangle.yaml")
    lines = verdict(path, runs=200).splitlines()
    assert "  ok    bookkeeper gets the top profile 'builder' in 0% of runs (target: at most 10%)" in lines
    assert "  ok    weigher gets the top profile 'builder' in 100% of runs (target: at least 40%)" in lines
    assert "  ok    the top profile 'builder' goes to no game that crossed a red line (any policy)" in lines
    # Random play completes the term often enough now that a harm no longer empties a corner; the miss:
    # three endings are never reached (tests/simulate/test_targets.py).
    assert any(line.startswith("  ok    random completes the term in ") for line in lines)
    assert any(line.startswith("  MISS  reached by no policy in at least 1% of its runs: ") for line in lines)
    # Greedy for w always builds: 1 strategy, and for harming capacity 1/2 strategy and 1/2 legitimacy.
    assert any(
        line.startswith("  ok    greedy:w pulls toward strategy: 75% of its triangle") for line in lines
    )
    met = sum(line.startswith("  ok    ") for line in lines)
    total = met + sum(line.startswith("  MISS  ") for line in lines)
    assert (
        lines[-1]
        == f"{path}: ok with 0 warnings; balance {met} of {total} targets met (200 games per policy)"
    )


def test_the_verdict_warns_of_an_ending_random_play_reaches_in_under_1_percent(tmp_path: Path) -> None:
    from game.cli.watch import verdict
    from tests.simulate.valued import triangle_file

    # Random play never runs the triangle scenario's corners dry: three of its endings never come.
    lines = verdict(triangle_file(tmp_path / "triangle.yaml"), runs=200).splitlines()
    rare = [line for line in lines if line.endswith("reached in no random game (under 1%)")]
    assert rare == [
        f"  warning: ending '{ending}' is reached in no random game (under 1%)"
        for ending in ("empty", "stuck", "banned")
    ]
