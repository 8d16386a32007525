"""Opening the game window on the title screen (the CLI's entry point into the presentation layer)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from game.settings import PlaySettings

if TYPE_CHECKING:
    from game.ui.app import App


def run_window(
    initial: Path,
    lang: str | None,
    seed: int | None,
    fullscreen: bool,
    size: tuple[int, int],
    quit_after_first_frame: bool,
    settings: PlaySettings | None = None,
    data_dir: Path | None = None,
    watch: bool = False,
    own_folder: Path | None = None,
) -> int:
    """Open the window with `initial` selected among the shipped scenarios, the user's own folder
    (`own_folder`, default Documents/Digitaal leiderschap, made on first start) and the recent files;
    returns 0, or 1 without a display."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from game.ui.app import App
    from game.ui.loading import Shelf

    shelf = Shelf.of(initial, own_folder, data_dir)
    try:
        app = App(
            shelf.catalogue,
            lang,
            seed,
            size,
            fullscreen,
            settings=settings,
            data_dir=data_dir,
            watch=watch,
            shelf=shelf,
        )
    except pygame.error as exc:
        print(f"cannot open the game window: {exc}", file=sys.stderr)
        return 1
    try:
        if (app.settings.tables or app.settings.resume_tables) and not _open_tables(app):
            return 1
        return app.run(quit_after_first_frame)
    finally:
        from game.ui.tables_link import stop_running

        stop_running()
        app.close()


def _open_tables(app: App) -> bool:
    """`play --tables N` (or `--resume-tables LOG`): the room view at once; False (the problem said) when
    the session cannot start."""
    from game.ui.tables_link import open_from_settings

    scenario = app.catalogue.selected.load()
    if scenario is None:
        print(f"error: {app.catalogue.selected.error}", file=sys.stderr)
        return False
    return open_from_settings(app, scenario) is None
