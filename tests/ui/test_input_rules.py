"""A held key, a key repeat or a double click never makes two decisions; release elsewhere cancels;
the hint lines and the presenter name the keys of the help table."""

from __future__ import annotations

import pygame

from game.i18n import STRINGS
from game.ui.app import App
from game.ui.presenter import PRESENTER_KEYS
from game.ui.scenes.keys import CARD_ROWS, HINT_ROWS, SCREEN_KEYS, STATES, card_rows
from tests.ui.conftest import AppFactory, button_centre, press


def _to_first_card(make_app: AppFactory) -> App:
    app = make_app()
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert app.scene.name == "card"
    return app


def test_held_key_with_repeats_decides_once(make_app: AppFactory) -> None:
    app = _to_first_card(make_app)
    press(app, pygame.K_1, release=False)
    assert app.scene.name == "feedback"
    # The OS keeps sending KEYDOWN while the key is held, long after the screen changed.
    press(app, pygame.K_1, release=False, wait=2000)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, repeat=True))
    app.pump()
    assert app.scene.name == "feedback"
    assert app.session is not None and len(app.session.game.state.choices) == 1


def test_held_enter_does_not_skip_through_screens(make_app: AppFactory) -> None:
    app = _to_first_card(make_app)
    press(app, pygame.K_2)
    press(app, pygame.K_RETURN, release=False)
    screen = app.scene
    for _ in range(5):
        press(app, pygame.K_RETURN, release=False)
    assert app.scene is screen


def test_input_right_after_a_screen_change_is_ignored(make_app: AppFactory) -> None:
    app = _to_first_card(make_app)
    press(app, pygame.K_1)
    press(app, pygame.K_RETURN, wait=50)  # within the guard: ignored
    assert app.scene.name == "feedback"
    press(app, pygame.K_RETURN)
    assert app.scene.name in ("card", "year")


def test_double_click_on_an_option_decides_once(make_app: AppFactory) -> None:
    app = _to_first_card(make_app)
    pos = button_centre(app, "option0")
    app.clock.advance(1000)  # type: ignore[attr-defined]
    for _ in range(2):
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    app.pump()
    app.clock.advance(30)  # type: ignore[attr-defined]
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    app.pump()
    assert app.scene.name == "feedback"
    assert app.session is not None and len(app.session.game.state.choices) == 1


def test_release_on_another_button_does_not_decide(make_app: AppFactory) -> None:
    app = _to_first_card(make_app)
    app.clock.advance(1000)  # type: ignore[attr-defined]
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=button_centre(app, "option0"), button=1))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=button_centre(app, "option1"), button=1))
    app.pump()
    assert app.scene.name == "card"
    assert app.session is not None and app.session.game.state.choices == []


def test_a_key_beyond_the_options_does_nothing(make_app: AppFactory) -> None:
    app = _to_first_card(make_app)
    assert app.session is not None
    card = app.session.game.current_card
    assert card is not None and len(card.options) < 4
    press(app, pygame.K_4)
    assert app.scene.name == "card" and app.session.game.state.choices == []


def test_every_hint_line_names_rows_of_the_help_table() -> None:
    """The hint along the bottom and the presenter's key list read the help's table: each of their rows
    is a row of the screen's table (or one state of such a row), in both languages."""

    def table_row(row: str) -> str:
        return STATES.get(row, row)

    for screen, rows in HINT_ROWS.items():
        assert {table_row(row) for row in rows} <= set(SCREEN_KEYS[screen]), screen
    for phase in CARD_ROWS:
        for notes in (False, True):
            group = [*card_rows(phase, notes), "undo", "menu", *PRESENTER_KEYS]
            assert {table_row(row) for row in group} <= set(SCREEN_KEYS["card_group"]), phase
    solo = [*card_rows("options", True, group=False), "menu", "language", "mute", "reload"]
    assert set(solo) <= set(SCREEN_KEYS["card"])
    every_row = {row for rows in SCREEN_KEYS.values() for row in rows}
    hints = [key.removeprefix("help.h.") for key in STRINGS if key.startswith("help.h.")]
    assert {table_row(row) for row in hints} <= every_row
    for row in hints:
        assert set(STRINGS[f"help.h.{row}"]) == {"nl", "en"}, row
    assert {table_row(row) for row in STATES} <= every_row and set(STATES) <= set(hints)
