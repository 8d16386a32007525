"""N on a card shows the card's question for the group in place of the options, and hides it again."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.paths import SCENARIOS_DIR
from game.ui.app import App
from game.ui.loading import ScenarioEntry
from game.ui.scenes.card import CardScene
from tests.ui.conftest import AppFactory, button_centre, click, pixels, press, settle

COUNCIL_SESSION = SCENARIOS_DIR / "raadssessie.yaml"


def first_card(make_app: AppFactory, lang: str = "nl") -> tuple[App, CardScene]:
    app = make_app([ScenarioEntry(COUNCIL_SESSION)], lang=lang)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert isinstance(app.scene, CardScene)
    settle(app)  # the card has come in
    return app, app.scene


def test_n_shows_the_question_instead_of_the_options_and_hides_it_again(make_app: AppFactory) -> None:
    app, scene = first_card(make_app)
    option = button_centre(app, "option0")
    with_options = app.screen.copy()
    press(app, pygame.K_n)
    assert scene.notes_shown and scene.buttons.buttons == []
    notes = scene.card.notes
    assert notes is not None and scene.texts["notes"].lines[0] in notes.get("nl")
    assert scene.boxes["notes_panel"].collidepoint(option)
    column = scene.boxes["notes_panel"]
    assert pixels(app.screen, column) != pixels(with_options, column)
    click(app, option)  # no invisible buttons: a click where an option was does nothing
    assert app.scene is scene and not app.session.game.state.choices  # type: ignore[union-attr]
    press(app, pygame.K_n)
    assert not scene.notes_shown and len(scene.buttons.buttons) == len(scene.card.options)
    assert pixels(app.screen, column) == pixels(with_options, column)


def test_a_number_key_still_decides_while_the_question_is_shown(make_app: AppFactory) -> None:
    app, _ = first_card(make_app, lang="en")
    press(app, pygame.K_n)
    press(app, pygame.K_2)
    assert app.scene.name == "feedback"
    assert app.session is not None and [c.option for c in app.session.game.state.choices] == [1]


def test_n_does_nothing_on_a_card_without_a_question(make_app: AppFactory, tmp_path: Path) -> None:
    from tests.scenario.helpers import BASE  # a small scenario whose cards have no notes

    path = tmp_path / "mini.yaml"
    path.write_text(BASE, encoding="utf-8")
    app = make_app(entries=[ScenarioEntry(path)])
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    scene = app.scene
    assert isinstance(scene, CardScene) and scene.card.notes is None
    press(app, pygame.K_n)
    assert not scene.notes_shown and scene.buttons.buttons
