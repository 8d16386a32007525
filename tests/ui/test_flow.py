"""Playing through the real scenes with posted key presses and mouse clicks, title screen to end screen."""

from __future__ import annotations

import pygame

from game.core.engine import Game
from game.core.model import Scenario
from game.ui.loading import ScenarioEntry
from tests.ui.conftest import EXAMPLE, AppFactory, button_centre, click, play_with_keys, press, settle, write


def test_keyboard_playthrough_reaches_the_end_and_matches_a_headless_game(
    make_app: AppFactory, example: Scenario
) -> None:
    app = make_app(seed=5)
    assert app.scene.name == "title"
    seen = play_with_keys(app, choose=lambda app: 1)
    assert seen[:3] == ["title", "intro", "card"]
    assert {"feedback", "year", "outcome", "end"} <= set(seen)
    assert seen.index("outcome") < seen.index("end")
    session = app.session
    assert session is not None
    headless = Game(example, 5)
    while not headless.finished:
        card = headless.current_card
        assert card is not None
        headless.choose(min(1, len(card.options) - 1))
    assert session.game.state.meters == headless.state.meters
    assert [(c.card, c.option) for c in session.game.state.choices] == [
        (c.card, c.option) for c in headless.state.choices
    ]
    assert seen.count("card") == len(session.game.state.choices)
    assert seen.count("year") == len(session.game.state.year_summaries)


def test_mouse_playthrough_clicks_options_and_buttons(make_app: AppFactory) -> None:
    app = make_app(seed=3)
    click(app, button_centre(app, "start"))
    assert app.scene.name == "intro"
    for _ in range(100):
        if app.scene.name == "end":
            break
        action = "option0" if app.scene.name == "card" else "continue"
        click(app, button_centre(app, action))
    assert app.scene.name == "end"
    assert app.session is not None and app.session.game.finished
    click(app, button_centre(app, "title"))
    assert app.scene.name == "title" and app.session is None


def test_hover_highlights_an_option(make_app: AppFactory) -> None:
    app = make_app()
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert app.scene.name == "card"
    settle(app)  # the card has come in
    pos = button_centre(app, "option1")
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    app.pump()
    assert app.scene.buttons.hover == 1
    assert app.screen.get_at(pos)[:3] != app.screen.get_at(button_centre(app, "option0"))[:3]


def test_end_screen_shows_outcome_chart_and_choices_by_theme(make_app: AppFactory) -> None:
    app = make_app(seed=2)
    play_with_keys(app)
    scene = app.scene
    assert scene.name == "end"
    assert "plot" in scene.boxes and "list" in scene.boxes
    lines = [line.text for line in scene.lines]  # type: ignore[attr-defined]
    assert "Persoonsgegevens en veiligheid" in lines or "Digitale inclusie" in lines
    assert any("\u2013" in text for text in lines)
    press(app, pygame.K_RETURN)
    assert app.scene.name == "title"


def test_a_broken_scenario_shows_its_error_on_the_title_screen(
    make_app: AppFactory, tmp_path: object
) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    bad = write(tmp_path / "kapot.yaml", "format: 1\nid: kapot\ntitle: [unclosed\n")
    app = make_app(entries=[ScenarioEntry(bad), ScenarioEntry(EXAMPLE)])
    scene = app.scene
    assert scene.name == "title"
    assert "error" in scene.boxes
    press(app, pygame.K_RETURN)
    assert app.scene.name == "title" and app.session is None
    press(app, pygame.K_RIGHT)
    assert "error" not in app.scene.boxes
    press(app, pygame.K_RETURN)
    assert app.scene.name == "intro"


def test_pause_menu_resumes_restarts_and_quits(make_app: AppFactory) -> None:
    app = make_app()
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_1)
    assert app.session is not None and len(app.session.game.state.choices) == 1
    press(app, pygame.K_ESCAPE)
    assert app.pause is not None
    press(app, pygame.K_ESCAPE)
    assert app.pause is None and app.scene.name == "feedback"
    press(app, pygame.K_ESCAPE)
    click(app, button_centre(app, "restart"))
    assert app.pause is None and app.scene.name == "intro"
    assert app.session is not None and app.session.game.state.choices == []
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_DOWN)
    press(app, pygame.K_UP)
    press(app, pygame.K_RETURN)  # the focused first item: resume
    assert app.pause is None and app.running
    press(app, pygame.K_ESCAPE)
    click(app, button_centre(app, "quit"))
    assert not app.running


def test_f11_toggles_fullscreen_and_back(make_app: AppFactory) -> None:
    app = make_app()
    press(app, pygame.K_F11)
    assert app.fullscreen
    press(app, pygame.K_F11)
    assert not app.fullscreen
    assert app.size == (1280, 720)
    assert app.scene.name == "title"
