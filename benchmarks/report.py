"""Figures (median of several runs, with min and max) and the table they are printed in."""

from __future__ import annotations

import atexit
import os
import platform
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Figure:
    """One line of the table: `runs` measurements, their unit and the target they are held against.

    `target` is a text like "<= 1.5x" and `meets` tells whether a value meets it; a figure without a
    target is shown for information (the cause or the context of a figure that has one)."""

    name: str
    runs: Sequence[float]
    unit: str
    digits: int = 1
    target: str = ""
    meets: Callable[[float], bool] | None = None

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    def verdict(self) -> str:
        if self.meets is None:
            return ""
        return "ok" if self.meets(self.median) else "BELOW TARGET"


NAME_WIDTH = 50


def table_header() -> str:
    return (
        f"{'':{NAME_WIDTH}} {'median':>9} {'min':>9} {'max':>9} {'unit':<8} {'runs':>4}  "
        f"{'target':<10} verdict"
    )


def table_row(figure: Figure) -> str:
    def number(value: float) -> str:
        return f"{value:9,.{figure.digits}f}"

    runs = figure.runs
    return (
        f"{figure.name:{NAME_WIDTH}} {number(figure.median)} {number(min(runs))} {number(max(runs))} "
        f"{figure.unit:<8} {len(runs):>4}  {figure.target:<10} {figure.verdict()}".rstrip()
    )


def machine_line() -> str:
    """Cores, Python, pygame-ce (and its SDL), PyYAML (with libyaml or not)."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame
    import yaml

    from game.scenario.yaml_loader import LIBYAML

    libyaml = "libyaml" if LIBYAML else "no libyaml"
    sdl = ".".join(str(part) for part in pygame.get_sdl_version())
    return (
        f"machine: {os.cpu_count()} cores ({platform.machine()}, {platform.system()}), "
        f"Python {platform.python_version()}, pygame-ce {pygame.version.ver} (SDL {sdl}), "
        f"PyYAML {yaml.__version__} ({libyaml})"
    )


def child_env(**extra: str) -> dict[str, str]:
    """The environment for the processes the benchmarks start: no window, no sound card needed, the
    project importable from its folder, no pygame greeting, and Python's bytecode cached as on any
    installed system (in a folder of this run, PYTHONPYCACHEPREFIX: also where writing it is disabled)."""
    env = dict(os.environ)
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = _bytecode_folder()
    env.update(extra)
    return env


_BYTECODE: list[str] = []


def _bytecode_folder() -> str:
    if not _BYTECODE:
        _BYTECODE.append(tempfile.mkdtemp(prefix="benchmarks-bytecode-"))
        atexit.register(shutil.rmtree, _BYTECODE[0], ignore_errors=True)
    return _BYTECODE[0]


def python() -> str:
    return sys.executable
