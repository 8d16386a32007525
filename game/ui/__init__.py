"""The pygame-ce presentation layer: `run_window` opens the game; `render_screenshots` renders it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from game.core.engine import Game
    from game.core.model import Scenario

__all__ = ["render_screenshots", "run_window"]


def run_window(
    scenario_paths: list[Path],
    initial: Path,
    lang: str | None,
    seed: int | None,
    fullscreen: bool,
    size: tuple[int, int],
    quit_after_first_frame: bool,
) -> int:
    """Open the window on the title screen and play until the player quits; returns the exit code."""
    from game.ui.window import run_window as run

    return run(scenario_paths, initial, lang, seed, fullscreen, size, quit_after_first_frame)


def render_screenshots(
    scenario: Scenario,
    seed: int,
    choose: Callable[[Game], int],
    lang: str,
    out_dir: Path,
    size: tuple[int, int],
) -> list[Path]:
    """Play a game through the real scenes under SDL's dummy driver, saving each screen as a numbered PNG."""
    from game.ui.screenshots import render_screenshots as render

    return render(scenario, seed, choose, lang, out_dir, size)
