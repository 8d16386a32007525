"""`play --watch`: a save of the scenario file reloads the window by itself (a real file watcher), with
the game kept; an invalid save shows its problems on screen, as F5 does."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pygame

from game.ui.app import App
from game.ui.loading import Catalogue, ScenarioEntry
from game.ui.scenes.card import CardScene
from game.ui.screenshots import ManualClock
from tests.ui.conftest import press
from tests.ui.test_reload import NEW_TEXT, card_data, edit, on_screen, played

WAIT_SECONDS = 10  # a bound for the watcher to see a save (it takes some tens of milliseconds)


def until(app: App, holds: Callable[[], bool]) -> bool:
    """Pump the window's events until `holds()`, at most WAIT_SECONDS."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        app.pump()
        if holds():
            return True
        time.sleep(0.02)
    return False


def test_a_save_reloads_the_window_by_itself_and_keeps_the_game(
    scenario_file: Path, clock: ManualClock
) -> None:
    app = App(Catalogue([ScenarioEntry(scenario_file)]), "nl", 1, (1280, 720), clock=clock, watch=True)
    try:
        app.draw()
        press(app, pygame.K_RETURN)
        press(app, pygame.K_RETURN)
        press(app, pygame.K_1)
        while app.scene.name != "card":
            press(app, pygame.K_RETURN)
        before, session = played(app), app.session
        scene = app.scene
        assert isinstance(scene, CardScene)
        time.sleep(0.2)  # the watcher is watching
        edit(scenario_file, lambda data: card_data(data, scene.card.id)["text"].update(nl=NEW_TEXT))
        assert until(app, lambda: app.session is not session), "no reload after the save"
        assert played(app) == before and on_screen(app, "Nieuwe tekst: de raad")
        scenario_file.write_text(
            scenario_file.read_text(encoding="utf-8").replace("cards:", "kaarten:"), "utf-8"
        )
        assert until(app, lambda: app.reload_errors is not None), "the invalid save was not shown"
        assert app.reload_errors is not None and any("kaarten" in line for line in app.reload_errors.errors)
        assert played(app) == before  # the old version plays on
    finally:
        app.close()
    assert app.watch is not None and not app.watch._thread.is_alive()
