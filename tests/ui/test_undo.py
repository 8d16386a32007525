"""U and Ctrl+Z take back decisions after a question, restoring the exact earlier game."""

from __future__ import annotations

import copy

import pygame

from tests.ui.conftest import AppFactory, press, press_with


def test_undo_twice_after_confirming_restores_the_exact_state(make_app: AppFactory) -> None:
    app = make_app()
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    session = app.session
    assert session is not None
    start = (copy.deepcopy(session.game.state), session.game.rng.get_state())
    press(app, pygame.K_2)  # decide, then the feedback screen
    press(app, pygame.K_RETURN)
    assert app.scene.name == "card"
    second = copy.deepcopy(session.game.state)
    press(app, pygame.K_1)
    assert app.scene.name == "feedback" and len(session.game.state.choices) == 2

    press(app, pygame.K_u)
    assert app.pause is not None and app.pause.name == "undo"
    press(app, pygame.K_RETURN)  # the focused button: yes, take it back
    assert app.pause is None and app.scene.name == "card"
    assert session.game.state == second
    assert app.toast is not None

    press_with(app, pygame.K_z, pygame.KMOD_LCTRL)
    assert app.pause is not None and app.pause.name == "undo"
    press(app, pygame.K_RETURN)
    assert (session.game.state, session.game.rng.get_state()) == start
    kinds = [event.kind for event in session.game.log]
    assert kinds.count("undo") == 2 and kinds.count("choice") == 2
    assert kinds[-2:] == ["undo", "undo"]


def test_escape_or_no_keeps_the_decision(make_app: AppFactory) -> None:
    app = make_app()
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_1)
    press(app, pygame.K_u)
    press(app, pygame.K_ESCAPE)
    assert app.pause is None and app.scene.name == "feedback"
    press(app, pygame.K_u)
    press(app, pygame.K_DOWN)
    press(app, pygame.K_RETURN)  # "no, carry on"
    assert app.pause is None and app.session is not None and len(app.session.game.state.choices) == 1


def test_undo_before_any_decision_says_there_is_nothing_to_take_back(make_app: AppFactory) -> None:
    app = make_app()
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_u)
    assert app.pause is None and app.toast is not None
    assert app.toast.text == "Er is nog geen besluit om terug te nemen"
