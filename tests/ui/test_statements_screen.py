"""The statements before the first card and after the debrief, driven through real key presses: hands
counted, phones' scores counted, the shift shown, the log written, and a resumed session keeps them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.core.save import read_save
from game.debrief.statements import StatementBoard, statements_for
from game.settings import PlaySettings
from game.ui import style
from game.ui.app import App
from game.ui.draw import Painter
from game.ui.loading import ScenarioEntry
from game.ui.phones import PhoneLink
from game.ui.scenes.statements import StatementsScene
from game.ui.statements_link import board_of, session_logs
from tests.ui.conftest import COUNCIL_SESSION, AppFactory, press, settle
from tests.ui.test_legibility import check_layer

SHIFT = pygame.KMOD_LSHIFT


def group_statements(
    make_app: AppFactory, size: tuple[int, int] = (1280, 720)
) -> tuple[App, StatementsScene]:
    """A group session of the council scenario, past its intro: the statements before the first card."""
    app = make_app([ScenarioEntry(COUNCIL_SESSION)], size=size, settings=PlaySettings(group=True))
    app.start(app.catalogue.selected)
    assert app.scene.name == "intro"
    press(app, pygame.K_RETURN)
    scene = app.scene
    assert isinstance(scene, StatementsScene) and scene.when == "before"
    return app, scene


def logged(app: App) -> list[dict[str, Any]]:
    session = app.session
    assert session is not None and session.log_path is not None
    lines = session.log_path.read_text(encoding="utf-8").splitlines()
    return [record for record in map(json.loads, lines) if record.get("kind") == "debrief"]


def drawn_texts(app: App) -> list[str]:
    """Every string the screen draws (the Painter records only where)."""
    return [text for text, _ in drawn_sizes(app)]


def drawn_sizes(app: App) -> list[tuple[str, int]]:
    """Every string the screen draws with its font size."""
    texts: list[tuple[str, int]] = []

    class Recording(Painter):
        def text(self, text: str, pos: tuple[int, int], size: int, *args: Any, **kwargs: Any) -> pygame.Rect:
            texts.append((text, size))
            return super().text(text, pos, size, *args, **kwargs)

    app.scene.draw(Recording(app.screen, app.fonts, text_scale=app.settings.text_scale))
    return texts


def test_a_group_session_scores_the_statements_before_its_first_card(make_app: AppFactory) -> None:
    app, scene = group_statements(make_app)
    board = scene.board
    assert app.session is not None and board is board_of(app.session)
    assert board.statements == statements_for(app.session.scenario) and len(board.statements) >= 3
    first, second = (statement.id for statement in board.statements[:2])
    for key in (pygame.K_4, pygame.K_4, pygame.K_5, pygame.K_2):
        press(app, key)
    press(app, pygame.K_4, mod=SHIFT)  # one hand fewer
    press(app, pygame.K_1, mod=SHIFT)  # never below zero
    assert board.counts("before", first) == (0, 1, 0, 1, 1)
    press(app, pygame.K_UP)  # already the first
    press(app, pygame.K_DOWN)
    press(app, pygame.K_KP3)
    assert board.counts("before", second) == (0, 0, 1, 0, 0)
    assert "Handen: 1" in drawn_texts(app)
    hands = [event for event in logged(app) if event["action"] == "hands"]
    assert [event["counts"] for event in hands][-2:] == [[0, 1, 0, 1, 1], [0, 0, 1, 0, 0]]
    assert all(event["year"] == 1 and event["turn"] == 1 and event["stage"] == "before" for event in hands)
    for _ in range(len(board.statements) - 1):  # Enter: the next statement, after the last the card
        assert app.scene is scene
        press(app, pygame.K_RETURN)
    assert app.scene.name == "card"


def test_phones_score_on_their_page_while_the_statements_are_open(make_app: AppFactory) -> None:
    app = make_app([ScenarioEntry(COUNCIL_SESSION)], settings=PlaySettings(group=True))
    app.phones = PhoneLink.example("http://127.0.0.1:8765/token/", "nl")
    hub = app.phones.hub
    app.start(app.catalogue.selected)
    assert hub.current_ask is None  # nothing to answer during the intro
    press(app, pygame.K_RETURN)
    scene = app.scene
    assert isinstance(scene, StatementsScene)
    ask = hub.current_ask
    assert ask is not None and ask.kind == "statements" and ask.key == StatementBoard.key("before")
    assert [id_ for id_, _ in ask.statements] == [statement.id for statement in scene.board.statements]
    first, second = ask.statements[0][0], ask.statements[1][0]
    for device in ("alpha", "bravo", "charlie"):
        hub.join(device)
    assert hub.score("alpha", ask.key, first, 5) == "queued"
    assert hub.score("bravo", ask.key, first, 2) == "queued"
    assert hub.score("charlie", ask.key, second, 4) == "queued"
    assert hub.score("alpha", "statements.after", first, 1) == "closed"  # not the open question
    app.pump()
    assert scene.board.phone_counts("before", first) == (0, 1, 0, 0, 1)
    assert hub.score("alpha", ask.key, first, 3) == "queued"  # a phone changes its mind: its last counts
    app.pump()
    press(app, pygame.K_5)  # and a hand in the room
    assert scene.board.counts("before", first) == (0, 1, 1, 0, 1)
    assert scene.board.counts("before", second) == (0, 0, 0, 1, 0)
    assert "Telefoons: 2 van 3 gaven hun score" in " ".join(drawn_texts(app))
    scores = [event for event in logged(app) if event["action"] == "statement"]
    assert [(event["statement"], event["score"], event["voter"]) for event in scores] == [
        (first, 5, 1),
        (first, 2, 2),
        (second, 4, 3),
        (first, 3, 1),
    ]
    log_text = app.session.log_path.read_text(encoding="utf-8")
    assert not any(device in log_text for device in ("alpha", "bravo", "charlie")), "only voter numbers"
    while app.scene is scene:
        press(app, pygame.K_RETURN)
    assert app.scene.name == "card" and hub.current_ask is None


def test_after_the_debrief_the_shift_of_each_statement_is_shown(make_app: AppFactory) -> None:
    app, before = group_statements(make_app)
    first = before.board.statements[0].id
    for key in (pygame.K_2, pygame.K_2, pygame.K_3):
        press(app, key)
    session = app.session
    assert session is not None
    ended: list[bool] = []
    after = StatementsScene(app, session, "after", lambda: ended.append(True))
    app.show(after)
    settle(app)
    assert after.board is before.board
    for key in (pygame.K_4, pygame.K_4, pygame.K_5):
        press(app, key)
    assert after.board.counts("after", first) == (0, 0, 0, 2, 1)
    for _ in range(len(after.board.statements)):
        assert not after.showing_shift
        press(app, pygame.K_RETURN)
    assert after.showing_shift and not ended
    shift = after.board.shifts()[0]
    assert shift.mean_before == pytest.approx(7 / 3) and shift.mean_after == pytest.approx(13 / 3)
    texts = drawn_texts(app)
    assert "voor 2,3" in texts and "na 4,3" in texts and "Wat is er veranderd?" in texts
    assert texts.count("voor \u2013") == len(after.board.statements) - 1  # nobody scored them before
    check_layer(app, after, "the shift")
    axis = [size for text, size in drawn_sizes(app) if text in ("1", "2", "3", "4", "5")]
    assert len(axis) == 10 and min(axis) >= style.BODY_MIN  # 1-5 once over before and after, readable
    press(app, pygame.K_RETURN)
    assert ended == [True]


def test_solo_play_has_no_statements_before_but_scores_its_own_after(make_app: AppFactory) -> None:
    app = make_app([ScenarioEntry(COUNCIL_SESSION)])
    app.start(app.catalogue.selected)
    press(app, pygame.K_RETURN)
    assert app.scene.name == "card"  # solo play goes straight to the cards
    session = app.session
    assert session is not None
    scene = StatementsScene(app, session, "after", app.to_title)
    app.show(scene)
    first, second = (statement.id for statement in scene.board.statements[:2])
    press(app, pygame.K_4)  # the player's own score, then the next statement
    assert scene.board.counts("after", first) == (0, 0, 0, 1, 0) and scene.index == 1
    press(app, pygame.K_UP)
    press(app, pygame.K_2)  # a second thought replaces the first
    assert scene.board.counts("after", first) == (0, 1, 0, 0, 0)
    assert scene.board.counts("after", second) == (0, 0, 0, 0, 0)


def test_a_session_resumed_after_a_crash_keeps_the_scores_before_its_first_card(
    make_app: AppFactory, data_home: Path
) -> None:
    app, scene = group_statements(make_app)
    first = scene.board.statements[0].id
    for key in (pygame.K_1, pygame.K_3, pygame.K_3):
        press(app, key)
    press(app, pygame.K_DOWN)
    press(app, pygame.K_5)
    counts = {
        statement.id: scene.board.counts("before", statement.id) for statement in scene.board.statements
    }
    assert counts[first] == (1, 0, 2, 0, 0)
    session = app.session
    assert session is not None and session.log_path is not None
    assert session_logs(session.log_path.parent, session.session_id) == [session.log_path]
    # The process dies on the statements screen: a new window on the same data folder goes on.
    app.saves_folder = None
    app._log = None
    fresh = make_app([ScenarioEntry(COUNCIL_SESSION)])
    saves = fresh.resumable_saves()
    assert len(saves) == 1 and read_save(saves[0][0]).mode == "group"
    assert fresh.resume(saves[0][0]) is None
    resumed = fresh.session
    assert resumed is not None and resumed.session_id == session.session_id and fresh.scene.name == "card"
    board = board_of(resumed)
    assert {statement.id: board.counts("before", statement.id) for statement in board.statements} == counts
    # The debrief's statements after go on with the same board.
    after = StatementsScene(fresh, resumed, "after", fresh.to_title)
    assert after.board is board


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_statements_keep_their_text_inside_at_the_largest_text_scale(
    make_app: AppFactory, size: tuple[int, int]
) -> None:
    app, scene = group_statements(make_app, size)
    for index in range(len(scene.board.statements)):
        settle(app)
        check_layer(app, scene, f"statement {index + 1} at {size}")
        assert scene.texts["body"].size >= size[1] / 27 and not scene.texts["body"].cut
        press(app, pygame.K_DOWN)
    app.settings.text_scale = 1.5
    scene.invalidate()
    settle(app)
    check_layer(app, scene, f"the last statement at {size}, text at 150%")


def test_f5_on_the_statements_goes_back_to_the_intro_and_keeps_the_hands(
    make_app: AppFactory, scenario_file: Path
) -> None:
    app = make_app([ScenarioEntry(scenario_file)], settings=PlaySettings(group=True))
    app.start(app.catalogue.selected)
    press(app, pygame.K_RETURN)
    scene = app.scene
    assert isinstance(scene, StatementsScene)
    first = scene.board.statements[0].id
    press(app, pygame.K_3)
    press(app, pygame.K_F5)  # the file read again: the new session starts from its intro
    assert app.scene.name == "intro" and app.session is not None and app.reload_errors is None
    press(app, pygame.K_RETURN)
    again = app.scene
    assert isinstance(again, StatementsScene) and again is not scene and again.session is app.session
    assert again.board.counts("before", first) == (0, 0, 1, 0, 0)


def test_without_phones_the_room_is_asked_for_hands_only(make_app: AppFactory) -> None:
    """A group session without phones does not tell the room to choose on a phone it cannot use."""
    app, scene = group_statements(make_app)
    shown = " ".join(drawn_texts(app))
    assert "hand op" in shown and "telefoon" not in shown
    assert "Handen: 0" in shown and "gekozen" not in shown  # the count is of hands, nothing else counts
    app.phones = PhoneLink.example("http://127.0.0.1:8765/token/", "nl")
    scene.invalidate()
    shown = " ".join(drawn_texts(app))
    assert "telefoon" in shown and "0 keer gekozen" in shown
