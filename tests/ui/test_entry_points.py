"""The public entry points: run_window (quit after the first frame) and render_screenshots."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.core.engine import Game
from game.core.model import Scenario
from game.ui import render_screenshots, run_window
from tests.ui.conftest import EXAMPLE


def test_run_window_quits_after_the_first_frame() -> None:
    code = run_window(EXAMPLE, None, 3, False, (1280, 720), True)
    assert code == 0
    assert not pygame.display.get_init()


def test_render_screenshots_writes_every_screen_and_plays_like_headless(
    example: Scenario, tmp_path: Path
) -> None:
    picks: list[tuple[str, int]] = []

    def choose(game: Game) -> int:
        card = game.current_card
        assert card is not None
        index = len(picks) % len(card.options)
        picks.append((card.id, index))
        return index

    paths = render_screenshots(example, 11, choose, "en", tmp_path, (1280, 720))
    names = [path.name for path in paths]
    assert names[0] == "001_title.png" and names[1] == "002_intro.png" and names[2] == "003_card.png"
    assert names[-1].endswith("_end.png") and names[-2].endswith("_outcome.png")
    assert any(name.endswith("_year.png") for name in names)
    assert all(path.exists() and path.stat().st_size > 5000 for path in paths)
    assert pygame.image.load(str(paths[2])).get_size() == (1280, 720)
    headless = Game(example, 11)
    for card_id, index in picks:
        assert headless.current_card is not None and headless.current_card.id == card_id
        headless.choose(index)
    assert headless.finished
    assert sum(name.endswith("_card.png") for name in names) == len(picks)
