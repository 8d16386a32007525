"""A scenario without intro or start_year in the window: the intro shows the title and the term, and the
years are called "Jaar 1", "Jaar 2"."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.scenario import load_scenario
from game.settings import PlaySettings
from game.ui.loading import ScenarioEntry
from game.ui.scenes.card import CardScene, turn_label
from game.ui.scenes.intro import IntroScene
from tests.scenario.test_forgiving import write
from tests.ui.conftest import AppFactory, play_with_keys, press, settle


def test_the_window_shows_the_title_and_the_term_and_years_as_jaar(
    make_app: AppFactory, tmp_path: Path
) -> None:
    path = write(tmp_path)
    app = make_app([ScenarioEntry(path)], settings=PlaySettings())
    app.start(app.catalogue.selected)
    intro = app.scene
    assert isinstance(intro, IntroScene)
    intro.ensure_layout()
    shown = [" ".join(block.lines) for block in intro.texts.values()]
    assert "De slimme binnenstad" in shown and "2 jaar \u00b7 2 beurten per jaar" in shown
    press(app, pygame.K_RETURN)
    settle(app)
    card = app.scene
    assert isinstance(card, CardScene)
    assert turn_label(card.session, 1, 1, "nl") == ("Jaar 1", "Beurt 1 van 4")
    assert load_scenario(path).id == "slimme-binnenstad"


def test_a_whole_game_without_a_start_year_plays_to_the_debrief_and_its_report(
    make_app: AppFactory, tmp_path: Path
) -> None:
    app = make_app([ScenarioEntry(write(tmp_path))])
    play_with_keys(app)
    assert app.scene.name == "end"
    report = app.scene.report.html  # type: ignore[attr-defined]
    assert report is not None and "Jaar 1" in report.read_text(encoding="utf-8")


def test_the_window_plays_a_workbook(make_app: AppFactory, tmp_path: Path) -> None:
    from game.scenario.workbook.export import export_workbook

    book = tmp_path / "slimme-binnenstad.ods"
    export_workbook(load_scenario(write(tmp_path)), book)
    app = make_app([ScenarioEntry(book)])
    play_with_keys(app)
    assert app.scene.name == "end" and app.session is not None
    assert app.session.scenario.id == "slimme-binnenstad"
