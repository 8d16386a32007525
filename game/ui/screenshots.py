"""Rendering every screen of one game to numbered PNGs with the real scenes under SDL's dummy driver."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from game.core.engine import Game
from game.core.model import Scenario
from game.ui.loading import Catalogue, ScenarioEntry


class ManualClock:
    """A clock that only moves when told to, so input guards and animations are deterministic."""

    def __init__(self) -> None:
        self.ms = 0

    def __call__(self) -> int:
        return self.ms

    def advance(self, ms: int) -> None:
        self.ms += ms


def render_screenshots(
    scenario: Scenario,
    seed: int,
    choose: Callable[[Game], int],
    lang: str,
    out_dir: Path,
    size: tuple[int, int],
) -> list[Path]:
    """Drive title -> intro -> cards/feedback/year summaries -> outcome -> end with real key presses."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from game.ui.app import App

    owns_display = not pygame.display.get_init()
    saved = {name: os.environ.get(name) for name in ("SDL_VIDEODRIVER", "SDL_AUDIODRIVER")}
    if owns_display:
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    clock = ManualClock()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    try:
        app = App(Catalogue([ScenarioEntry(None, scenario)]), lang, seed, size, clock=clock)
        app.draw()

        def shoot() -> None:
            clock.advance(10_000)  # past the input guard and any animation
            app.pump()
            app.draw()
            path = out_dir / f"{len(paths) + 1:03d}_{app.scene.name}.png"
            pygame.image.save(app.screen, str(path))
            paths.append(path)

        def press(key: int) -> None:
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))
            pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode="", scancode=0))
            app.pump()

        shoot()
        limit = 10 * (scenario.total_turns + 5)
        while app.scene.name != "end":
            before = app.scene
            session = app.session
            if app.scene.name == "card" and session is not None:
                index = choose(session.game)
                press(pygame.K_1 + index)
            else:
                press(pygame.K_RETURN)
            if app.scene is before:
                raise RuntimeError(f"the {before.name} screen did not respond to input")
            shoot()
            limit -= 1
            if limit <= 0:
                raise RuntimeError("the game did not reach its end screen")
    finally:
        if owns_display:
            pygame.display.quit()
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
    return paths
