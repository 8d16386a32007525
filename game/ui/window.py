"""Opening the game window on the title screen (the CLI's entry point into the presentation layer)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from game.settings import PlaySettings
from game.ui.loading import Catalogue, ScenarioEntry


def run_window(
    scenario_paths: list[Path],
    initial: Path,
    lang: str | None,
    seed: int | None,
    fullscreen: bool,
    size: tuple[int, int],
    quit_after_first_frame: bool,
    settings: PlaySettings | None = None,
    data_dir: Path | None = None,
    watch: bool = False,
) -> int:
    """Open the window with `initial` selected among `scenario_paths`; returns 0, or 1 without a display."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from game.ui.app import App

    paths = list(scenario_paths)
    resolved = [path.resolve() for path in paths]
    if initial.resolve() in resolved:
        index = resolved.index(initial.resolve())
    else:
        paths.insert(0, initial)
        index = 0
    catalogue = Catalogue([ScenarioEntry(path) for path in paths], index)
    try:
        app = App(catalogue, lang, seed, size, fullscreen, settings=settings, data_dir=data_dir, watch=watch)
    except pygame.error as exc:
        print(f"cannot open the game window: {exc}", file=sys.stderr)
        return 1
    try:
        return app.run(quit_after_first_frame)
    finally:
        app.close()
