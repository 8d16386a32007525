"""A scenario chosen or dropped on the title screen says its problems in the game's language, and again
in the other language when it is switched, as F5 does."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.ui.app import App
from game.ui.loading import ScenarioEntry
from tests.ui.conftest import AppFactory
from tests.ui.test_scenario_folder import drop

NL = ":33:12: 'start' van meter 'public_value' moet een getal zijn, zoals 50, niet 'vijftig'"
EN = ":33:12: 'start' of meter 'public_value' must be a number, like 50, not 'vijftig'"


def broken(scenario_file: Path) -> Path:
    text = scenario_file.read_text(encoding="utf-8").replace("start: 50", "start: vijftig")
    scenario_file.write_text(text, encoding="utf-8")
    return scenario_file


def error_on_title(app: App) -> str:
    app.draw()
    return " ".join(app.scene.texts["error"].lines)  # type: ignore[attr-defined]


def test_a_chosen_file_says_its_problems_in_the_language_of_the_title(
    make_app: AppFactory, scenario_file: Path
) -> None:
    path = broken(scenario_file)
    app = make_app(entries=[ScenarioEntry(path)], lang="nl")
    entry = app.catalogue.selected
    assert entry.error is not None and f"{path}{NL}" in entry.error
    assert "'start' van meter 'public_value' moet een getal" in error_on_title(app)
    app.scene.on_action("language")
    assert app.lang == "en"
    assert "'start' of meter 'public_value' must be a number" in error_on_title(app)
    assert entry.error is not None and f"{path}{EN}" in entry.error and NL not in entry.error
    app.scene.on_action("start")  # it cannot start: the title screen stays with the errors in English
    assert app.scene.name == "title" and EN in (entry.error or "")


def test_a_dropped_file_says_its_problems_in_the_games_language(
    make_app: AppFactory, scenario_file: Path
) -> None:
    for lang, said in (("nl", NL), ("en", EN)):
        app = make_app(lang=lang)
        drop(app, broken(scenario_file))
        assert app.reload_errors is not None, lang
        assert f"{scenario_file}{said}" in app.reload_errors.errors
        assert app.catalogue.selected.error is not None and said in app.catalogue.selected.error
        pygame.display.quit()
