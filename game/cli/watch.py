"""`python main.py watch SCENARIO`: validate and simulate on every save, and print the verdict at once.

The verdict: every error and warning at its place, the balance targets met and missed, the cards no
policy showed, and how long it took. The file's folder is watched (watchfiles, in Rust: no polling), so
a save by an editor that writes a new file and renames it counts too.
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from game.cli.simulate import target_lines
from game.core.simulate import DEFAULT_RUNS, UNSEEN_CARD, simulate
from game.core.wallclock import local_now
from game.formatting import decimal
from game.i18n import counted, t
from game.scenario import check_scenario
from game.scenario.order import cause_lines
from game.scenario.workbook.layout import SUFFIXES
from game.ui.measure import card_text_overflows  # (imports pygame only when it measures)

WATCH_RUNS = DEFAULT_RUNS  # games per policy: the verdict of `simulate --check`, within a second
STEP_MS = 50  # editors write a file in several steps; wait this long after the last one
GROUP_MS = 2000  # a save whose steps keep coming (openpyxl writes a workbook part by part) is one change
SETTLE_SECONDS = 0.05  # a file whose size and time stayed the same this long has been saved
MOST_WAIT_SECONDS = 2.0  # a file that keeps changing, or stays no whole workbook, is read as it is then


def verdict(path: Path, runs: int = WATCH_RUNS, seed: int = 0, lang: str = "en") -> str:
    """The verdict on the file as it is now, in `lang`."""
    started = time.perf_counter()
    scenario, problems = check_scenario(path, measure=card_text_overflows)
    errors = sum(1 for problem in problems if problem.is_error)
    warnings = counted(len(problems) - errors, "warning", lang)
    lines = cause_lines(problems, lang, more=True)
    if scenario is None:
        errors_said = counted(errors, "error", lang)
        lines.append(t("problem.watch.invalid", lang, path=path, errors=errors_said, warnings=warnings))
        return _framed(lines, started, lang)
    report = simulate(scenario, runs=runs, seed=seed)
    met = sum(check.passed for check in report.balance)
    lines += target_lines(report.balance, lang)
    if report.never_seen:
        lines.append("  " + t("problem.watch.never_seen", lang, cards=", ".join(report.never_seen)))
    lines += [f"  {warning}" for warning in report.warning_texts(lang, leave_out=(UNSEEN_CARD,))]
    lines.append(
        t(
            "problem.watch.valid",
            lang,
            path=path,
            warnings=warnings,
            met=met,
            targets=len(report.balance),
            games=counted(report.runs, "game", lang),
        )
    )
    return _framed(lines, started, lang)


def _framed(lines: list[str], started: float, lang: str) -> str:
    took = decimal(f"{time.perf_counter() - started:.2f}", lang)
    return "\n".join([f"-- {local_now():%H:%M:%S} ({took} s)", *lines])


def run_watch(
    path: Path,
    runs: int = WATCH_RUNS,
    seed: int = 0,
    say: Callable[[str], None] = print,
    changes: Iterable[object] | None = None,
    lang: str = "en",
) -> int:
    """Print the verdict now and after every change to `path` until interrupted (Ctrl+C: exit 0).

    `changes` yields once per change (tests pass their own); by default watchfiles watches the folder."""
    from game.errors import GameError

    if not path.is_file():
        raise GameError(key="cli.no_scenario_file", path=path)
    judged = _stamp(path)
    say(verdict(path, runs, seed, lang))
    say(t("problem.watch.watching", lang, path=path))
    try:
        for _ in changes if changes is not None else _saves(path):
            stamp = settled(path)
            if stamp == judged:  # (the rest of a save already judged, reported while it was written)
                continue
            judged = stamp
            say(verdict(path, runs, seed, lang))
    except KeyboardInterrupt:
        pass
    return 0


def settled(
    path: Path, pause: float = SETTLE_SECONDS, most: float = MOST_WAIT_SECONDS
) -> tuple[int, int] | None:
    """Wait until `path` has stopped changing (its size and time) and, for a workbook, is a whole zip
    (a spreadsheet program saving it writes it in parts); at most `most` seconds. Its size and time then
    (None while it is gone), settled or not: the verdict reads what is there."""
    deadline = time.monotonic() + most
    last = _stamp(path)
    while time.monotonic() < deadline:
        time.sleep(pause)
        now = _stamp(path)
        if now == last and now is not None and _whole(path):
            return now
        last = now
    return last


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:  # (between an editor's delete and its rename)
        return None
    return status.st_size, status.st_mtime_ns


def _whole(path: Path) -> bool:
    """A workbook's zip is whole when its end (the zip's directory) has been written."""
    if path.suffix.lower() not in SUFFIXES:
        return True
    try:
        return zipfile.is_zipfile(path)
    except OSError:
        return False


def _saves(path: Path) -> Iterable[object]:
    """One item per save of `path` (its folder is watched; other files in it are ignored)."""
    from watchfiles import watch

    target = path.resolve()

    def this_file(_: object, changed: str) -> bool:
        return Path(changed).resolve() == target

    yield from watch(target.parent, watch_filter=this_file, debounce=GROUP_MS, step=STEP_MS)
