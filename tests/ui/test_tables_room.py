"""The room view of tables side by side, headless with real key presses and a real Room and conductor."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.core.model import Scenario
from game.i18n import t
from game.settings import PlaySettings
from game.tables.model import Pace
from game.tables.run import TablesConductor
from game.tables.server import Room
from game.tables.session import TablesSession
from game.ui.app import App
from game.ui.draw import Painter, fit_text
from game.ui.scenes.keys import hint_line
from game.ui.scenes.tables_room import POLL_MS, TablesRoomScene
from game.ui.scenes.tables_setup import TablesSetupScene
from game.ui.tables_link import RoomLink, stop_running
from game.ui.tables_view import (
    GRIDS,
    JoinCode,
    cell_look,
    cells,
    ending_words,
    example_session,
    room_view_example,
    status,
    status_words,
)
from tests.ui.conftest import AppFactory, button_centre, click, pause_labels, pixels, press


class Ticks:
    """The conductor's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def no_running_tables() -> Iterator[None]:
    yield
    stop_running()


def live_room(
    app: App, scenario: Scenario, tables: int = 3, pace: Pace = "rounds"
) -> tuple[TablesRoomScene, Room, Ticks]:
    """A room of `tables` tables with two devices each, its conductor on a test clock, in the window."""
    session = TablesSession(scenario, 5, tables, pace)
    for table in session.table_ids:
        for device in ("a", "b"):
            assert session.join(f"{table}{device}", table) == "joined"
    room = Room(session)
    ticks = Ticks()
    conductor = TablesConductor(room, None, clock=ticks)
    urls = {table: f"http://127.0.0.1:9/x/t/{table}/" for table in session.table_ids}
    scene = TablesRoomScene(app, scenario, RoomLink(room, conductor, urls, "http://127.0.0.1:9/x/"))
    app.show(scene)
    app.pump()
    return scene, room, ticks


def vote_all(room: Room, option: int, tables: tuple[int, ...] | None = None) -> None:
    """Both devices of each table (all, or `tables`) vote `option` on its card."""
    with room.act() as session:
        for table in tables or session.table_ids:
            card = session.table(table).card
            if card is not None:
                for device in ("a", "b"):
                    assert session.vote(f"{table}{device}", table, card, option) == "counted"


def wait(app: App, ticks: Ticks, ms: int = POLL_MS) -> None:
    """Time passes for the window and the conductor; the window's loop looks again."""
    ticks.now += ms / 1000
    press(app, pygame.K_F12, wait=ms)


def test_join_codes_first_then_tables_and_a_round_summary(make_app: AppFactory, example: Scenario) -> None:
    app = make_app()
    scene, room, ticks = live_room(app, example)
    assert shown(scene) == "join"  # before the first round: the codes to join
    press(app, pygame.K_RETURN)
    assert shown(scene) == "tables"
    press(app, pygame.K_j)
    assert shown(scene) == "join"
    press(app, pygame.K_j)
    assert shown(scene) == "tables"
    vote_all(room, 0)  # every table decided: the round ends by itself
    wait(app, ticks)
    assert shown(scene) == "summary" and scene.summary_round == 1
    press(app, pygame.K_RETURN)
    assert shown(scene) == "tables"
    press(app, pygame.K_r)
    assert shown(scene) == "summary"


def test_e_ends_the_round_a_table_without_votes_is_behind(make_app: AppFactory, example: Scenario) -> None:
    app = make_app()
    scene, room, ticks = live_room(app, example)
    press(app, pygame.K_RETURN)
    vote_all(room, 1, tables=(1, 2))
    wait(app, ticks)
    with room.read() as session:
        assert [status(view) for view in session.tables()] == ["decided", "decided", "voting"]
        assert session.round == 1
    press(app, pygame.K_e)
    with room.read() as session:
        assert session.round == 2
        assert [status(view) for view in session.tables()] == ["voting", "voting", "behind"]
    assert shown(scene) == "summary" and scene.summary_round == 1


def test_the_summary_names_the_table_that_did_not_choose(
    make_app: AppFactory, example: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table without votes at E is named under the round's choices, not left out of the summary."""
    from game.tables.rounds import round_behind
    from game.ui.draw import draw_fitted

    drawn: list[str] = []

    def recording(painter: Painter, text: str, *args: Any, **kwargs: Any) -> int:
        drawn.append(text)
        return draw_fitted(painter, text, *args, **kwargs)

    monkeypatch.setattr("game.ui.tables_view.draw_fitted", recording)
    app = make_app()
    scene, room, ticks = live_room(app, example)
    press(app, pygame.K_RETURN)
    vote_all(room, 1, tables=(1, 2))
    wait(app, ticks)
    press(app, pygame.K_e)
    with room.read() as session:
        assert round_behind(session, 1) == (3,)
    drawn.clear()
    app.scene.draw(Painter(app.screen, app.fonts))
    assert shown(scene) == "summary"
    assert "Nog geen keuze, loopt achter: Tafel 3" in drawn
    vote_all(room, 0)  # round 2: every table decided (table 3 its first card), nobody behind
    wait(app, ticks)
    with room.read() as session:
        assert round_behind(session, 2) == ()
    drawn.clear()
    app.scene.draw(Painter(app.screen, app.fonts))
    assert shown(scene) == "summary" and scene.summary_round == 2
    assert drawn and not any(text.startswith("Nog geen keuze") for text in drawn)


def test_the_summary_names_what_each_table_chose(make_app: AppFactory, example: Scenario) -> None:
    from game.tables.rounds import round_cards

    app = make_app()
    _scene, room, ticks = live_room(app, example)
    vote_all(room, 0, tables=(1, 3))
    vote_all(room, 1, tables=(2,))
    wait(app, ticks)
    with room.read() as session:
        (card,) = round_cards(session, 1)  # one card, shared by all three
        assert card.shared and card.differs
        assert card.by_option() == ((0, (1, 3)), (1, (2,)))


def shown(scene: TablesRoomScene) -> str:
    """What the room view shows (read through a function: each key press changes it)."""
    return scene.view


def wake(scene: TablesRoomScene, now: int) -> int:
    asked = scene.wake_in(now)
    assert asked is not None  # the room view always asks to be woken (to poll)
    return asked


def test_the_screen_wakes_to_poll_and_draws_only_on_a_change(make_app: AppFactory, example: Scenario) -> None:
    app = make_app()
    scene, room, ticks = live_room(app, example)
    now = app.now()
    frames = app.frames
    assert 0 < wake(scene, now) <= POLL_MS  # nothing changed: sleep until the next poll
    app.pump()
    assert app.frames == frames
    vote_all(room, 0, tables=(1,))
    assert wake(scene, now + POLL_MS) == 0  # the conductor saw the votes: draw
    app.pump()
    assert app.frames == frames + 1
    assert wake(scene, now + POLL_MS + 1) > 0
    ticks.now += 1.0  # the round's timer shows another second
    assert wake(scene, now + POLL_MS + 2) == 0


def test_v_opens_the_comparison_and_back_returns(make_app: AppFactory, example: Scenario) -> None:
    app = make_app()
    scene, _room, _ticks = live_room(app, example)
    press(app, pygame.K_v)
    assert app.scene.name == "tables_compare"
    press(app, pygame.K_ESCAPE)
    assert app.scene is scene and app.pause is None
    press(app, pygame.K_ESCAPE)  # in the room view Esc is the menu, as elsewhere
    assert app.pause is not None and app.pause.name == "pause"


STATES = ("waiting", "tie", "decided", "behind", "behind_empty")  # (voting: from the example's tables)


@pytest.mark.parametrize("tables", sorted(GRIDS))
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_every_grid_fits_and_its_text_is_readable(
    make_app: AppFactory, tables: int, size: tuple[int, int]
) -> None:
    """2..8 tables: cells side by side without overlap inside the window; no text under 18 px at 720p
    (scaled at 1080p); every text inside its box; the picture is not blank."""
    app = make_app(size=size)
    scenario, link = room_view_example(tables, "nl")
    scene = TablesRoomScene(app, scenario, link)
    scene.view = "tables"
    app.show(scene)
    app.draw()
    area = pygame.Rect(0, 60, size[0], size[1] - 100)
    boxes = cells(area, tables, 10)
    assert len(boxes) == tables
    assert all(a.colliderect(b) is False for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    painter = Painter(app.screen, app.fonts)
    look = cell_look(painter, boxes[0], len(scenario.meters))
    assert look.size >= painter.metrics.text(18)  # the meters' names and numbers
    assert look.name_size > look.state[0] > look.size  # the state: the largest after the table's name
    state_width = boxes[0].width - 2 * look.pad - look.state[0] - painter.metrics.px(8)
    states = {t(f"tables.status.{kind}", lang) for kind in STATES for lang in ("nl", "en")}
    states |= {status_words(view, "nl") for view in link.room.session.tables() if not view.finished}
    for words in states:  # every table's state, on one line: at least 22 px at 720p
        block = fit_text(app.fonts, words, state_width, 2 * look.line, list(look.state), True, max_lines=1)
        assert not block.cut and block.size >= painter.metrics.text(22), words
    screen = app.screen.get_rect()
    for rect, box in app.records:
        assert screen.contains(rect)
        assert box.contains(rect) or rect.width <= 1, (rect, box)
        assert rect.height >= 18 * size[1] / 720 * 0.9
    assert len(set(pixels(app.screen, app.screen.get_rect())[::97])) > 10


def test_a_finished_table_shows_its_ending(example: Scenario) -> None:
    session = example_session(3, "nl")
    view = session.table(1)
    assert status(view) == "ended" and view.ending == "artikel_12"
    assert ending_words(session.scenario, view, "nl") == session.scenario.text(
        next(outcome.title for outcome in session.scenario.endings if outcome.id == "artikel_12"), "nl"
    )
    assert status(session.table(3)) == "behind"


def test_a_table_behind_with_nobody_at_it_says_both(example: Scenario) -> None:
    session = example_session(3, "nl")
    behind = session.table(3)
    assert status(behind) == "behind" and behind.present
    assert status_words(behind, "nl") == "Loopt achter"
    gone = dataclasses.replace(behind, present=0)  # every device of table 3 left
    assert status(gone) == "behind" and not gone.present
    assert status_words(gone, "nl") == "Loopt achter, tafel leeg"
    assert status_words(gone, "en") == "Behind, table empty"


def test_join_and_summary_views_draw(make_app: AppFactory) -> None:
    for view in ("join", "summary"):
        app = make_app(size=(1280, 720))
        scenario, link = room_view_example(8, "en")
        scene = TablesRoomScene(app, scenario, link)
        scene.view = view
        app.show(scene)
        app.draw()
        screen = app.screen.get_rect()
        assert all(screen.contains(rect) for rect, _ in app.records)
        assert len(set(pixels(app.screen, screen)[::97])) > 10


def test_the_title_entry_starts_tables_on_127_0_0_1(make_app: AppFactory) -> None:
    settings = PlaySettings(phones_host="127.0.0.1")
    app = make_app(settings=settings)
    click(app, button_centre(app, "tables"))
    assert isinstance(app.scene, TablesSetupScene)
    press(app, pygame.K_3)
    press(app, pygame.K_p)
    assert (app.scene.count, app.scene.pace) == (3, "free")
    press(app, pygame.K_p)
    press(app, pygame.K_RETURN)
    scene = app.scene
    assert isinstance(scene, TablesRoomScene)
    assert sorted(scene.link.urls) == [1, 2, 3]
    assert scene.link.log_path is not None and scene.link.log_path.is_file()
    with urllib.request.urlopen(scene.link.urls[2], timeout=5) as answer:  # the table's page answers
        assert answer.status == 200
    with scene.link.room.read() as session:
        assert session.pace == "rounds" and len(session.table_ids) == 3


def test_play_with_tables_opens_the_room_view(make_app: AppFactory) -> None:
    from game.ui.window import _open_tables

    app = make_app(settings=PlaySettings(phones_host="127.0.0.1", tables=4, pace="free"))
    assert _open_tables(app)
    assert isinstance(app.scene, TablesRoomScene)
    with app.scene.link.room.read() as session:
        assert len(session.table_ids) == 4 and session.pace == "free"


def test_a_start_that_fails_says_why_and_stays(make_app: AppFactory) -> None:
    app = make_app(settings=PlaySettings(phones_host="203.0.113.7"))  # not this computer's address
    click(app, button_centre(app, "tables"))
    press(app, pygame.K_RETURN)
    assert isinstance(app.scene, TablesSetupScene)
    assert app.toast is not None and "203.0.113.7 is geen adres van deze computer" in app.toast.text


def test_the_presenter_holds_each_tables_progress_and_the_keys(make_app: AppFactory) -> None:
    from game.ui.presenter import draw_presenter, key_rows, presenter_view

    app = make_app()
    scenario, link = room_view_example(8, "nl")
    scene = TablesRoomScene(app, scenario, link)
    app.show(scene)
    view = scene.presenter_view(presenter_view(None, scene.name, False, "nl", app.now()))
    assert len(view.tables) == 8 and view.timer == "2:05" and view.place == "Ronde 9"
    assert view.tables[0].startswith("Tafel 1: Artikel 12")  # the finished table by its ending
    assert view.tables[1].startswith("Tafel 2: Besloten")
    assert {keys for keys, _ in key_rows(view)} >= {"E", "J", "R", "V"}
    surface = pygame.Surface((1280, 720))
    boxes = draw_presenter(Painter(surface, app.fonts), view)
    assert boxes["tables"].contains(boxes["left"]) and "timer" in boxes


def test_verder_goes_on_with_the_session_that_stopped(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window closed mid-round (the server stopped, the log kept): the setup offers "Verder", which
    brings back every table where it stood, the open round's votes too, and logs on after them."""
    app = make_app(settings=PlaySettings(phones_host="127.0.0.1"))
    click(app, button_centre(app, "tables"))
    press(app, pygame.K_2)
    press(app, pygame.K_RETURN)
    first = app.scene
    assert isinstance(first, TablesRoomScene)
    with first.link.room.act() as session:
        for table in session.table_ids:
            assert session.join(f"d{table}", table) == "joined"
            assert session.join(f"e{table}", table) == "joined"
        card = session.table(1).card or ""
        assert session.vote("d1", 1, card, 2) == "counted"  # one of two: table 1 still votes
        assert session.vote("d2", 2, session.table(2).card or "", 0) == "counted"
        assert session.vote("e2", 2, session.table(2).card or "", 0) == "counted"  # table 2 decided
        before = session.tables()
    log = first.link.log_path
    stop_running()
    app.to_title()
    click(app, button_centre(app, "tables"))
    setup = app.scene
    assert isinstance(setup, TablesSetupScene) and setup.resumable == log
    setup.ensure_layout()
    said = next(button.label for button in setup.buttons.buttons if button.action == "resume")
    assert re.fullmatch(r"Verder met de sessie van \d\d:\d\d \(2 tafels, ronde 1\)", said), said
    click(app, button_centre(app, "resume"))
    again = app.scene
    assert isinstance(again, TablesRoomScene) and again is not first and again.link.log_path == log
    assert shown(again) == "join"  # a new address: the codes first, for every device to scan again
    codes: list[JoinCode] = []
    monkeypatch.setattr("game.ui.scenes.tables_room.draw_join", lambda _p, _a, drawn, *_: codes.extend(drawn))
    again.draw(Painter(app.screen, app.fonts))
    assert [code.devices for code in codes] == [0, 0]  # the devices of before are not there until they scan
    with again.link.room.read() as session:
        assert [(v.card, v.votes, v.decided_this_round, v.meters) for v in session.tables()] == [
            (v.card, v.votes, v.decided_this_round, v.meters) for v in before
        ]


def test_a_log_that_cannot_be_written_is_said_once(make_app: AppFactory, example: Scenario) -> None:
    app = make_app()
    scene, room, ticks = live_room(app, example)
    scene.link.conductor.problem = "/full/disk.jsonl: the session log cannot be written (No space)"
    vote_all(room, 0, tables=(1,))
    wait(app, ticks)
    assert app.toast is not None and "/full/disk.jsonl" in app.toast.text
    app.toast = None
    vote_all(room, 0, tables=(2,))
    wait(app, ticks)
    assert app.toast is None


def test_play_tables_3_in_a_window_prints_each_tables_address(tmp_path: Path) -> None:
    """`python main.py play --tables 3 --host 127.0.0.1` as a user runs it: the room view's first frame,
    each table's address on the terminal, the session log in the data folder; exit 0."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    argv = ["play", "--tables", "3", "--host", "127.0.0.1", "--data-dir", str(tmp_path)]
    done = subprocess.run(
        [sys.executable, str(root / "main.py"), *argv, "--quit-after-first-frame"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("table ")]
    assert [line.split(":")[0] for line in lines] == ["table Tafel 1", "table Tafel 2", "table Tafel 3"]
    assert all("http://127.0.0.1:" in line and line.endswith(f"/t/{n}/") for n, line in enumerate(lines, 1))
    assert len(list((tmp_path / "logs").glob("tables-*.jsonl"))) == 1


def test_a_table_whose_devices_left_shows_nobody_at_the_table(example: Scenario) -> None:
    session = TablesSession(example, 5, 2, presence_seconds=10)
    assert status(session.table(1)) == "waiting"  # nobody joined
    assert session.join("d1", 1, now=0) == "joined"
    assert status(session.table(1)) == "voting"
    session.tick(30)  # the device has not been seen for 30 s
    view = session.table(1)
    assert view.devices == 1 and view.present == 0 and status(view) == "waiting"


def test_the_pause_menu_leaves_the_tables_for_the_title_and_verder_goes_on(make_app: AppFactory) -> None:
    """A facilitator who is done (or started the wrong number of tables) goes back to the title screen by
    the pause menu, as from a game: the server stops, the log stays, and the setup offers "Verder"."""
    from game.ui.scenes.title import TitleScene

    app = make_app(settings=PlaySettings(phones_host="127.0.0.1"))
    click(app, button_centre(app, "tables"))
    press(app, pygame.K_2)
    press(app, pygame.K_RETURN)
    room = app.scene
    assert isinstance(room, TablesRoomScene)
    url, log = room.link.urls[1], room.link.log_path
    press(app, pygame.K_ESCAPE)
    assert app.pause is not None and "restart" not in pause_labels(app)
    assert pause_labels(app)["title"] == "Naar het titelscherm"
    assert "timer" not in pause_labels(app) and "preview" not in pause_labels(app)  # a game's, not the room's
    click(app, button_centre(app, "title"))
    assert isinstance(app.scene, TitleScene) and app.pause is None
    with pytest.raises(OSError):  # the tables' server stopped with the session
        urllib.request.urlopen(url, timeout=5)
    press(app, pygame.K_ESCAPE)  # on the title screen, no way back to a session that is gone
    assert app.pause is None or "title" not in pause_labels(app)
    assert app.pause is None or {"timer", "preview"} <= set(pause_labels(app))  # for the game to come
    app.close_pause()
    click(app, button_centre(app, "tables"))
    setup = app.scene
    assert isinstance(setup, TablesSetupScene) and setup.resumable == log


def test_in_own_pace_e_lets_the_tables_with_votes_decide_and_the_hint_says_so(
    make_app: AppFactory, example: Scenario
) -> None:
    app = make_app()
    scene, room, _ticks = live_room(app, example, pace="free")
    scene.view = "tables"
    with room.read() as session:
        card = session.table(1).card
    assert card is not None
    with room.act() as session:
        assert session.vote("1a", 1, card, 1) == "counted"  # one of table 1's two devices
    assert hint_line(scene.hint_rows(False, "free"), "nl").startswith("E beslissen met de stemmen")
    assert hint_line(scene.hint_rows(False, "rounds"), "nl").startswith("E ronde beëindigen")
    press(app, pygame.K_e)
    with room.read() as session:
        assert session.table(1).decisions == 1 and session.table(1).card != card  # by its one vote
        assert session.table(2).decisions == 0  # no votes: it keeps its card
