"""The presenter view: a second window for the facilitator with the question for the group, the options,
the timer, the votes and the keys, while the main window (the projector) shows only the audience view."""

from __future__ import annotations

from collections.abc import Callable

import pygame
import pytest

from game.i18n import t
from game.scenario import load_scenario
from game.settings import PlaySettings
from game.ui import presenter
from game.ui.app import App
from game.ui.loading import ScenarioEntry
from game.ui.presenter import Placement, PresenterView, on_display, place, presenter_view
from game.ui.room import Room
from game.ui.scenes.card import CardScene
from game.ui.screenshots import ManualClock
from game.ui.session import Session
from tests.ui.conftest import COUNCIL_SESSION, AppFactory, Drawn, button_centre, click, pixels, press, settle

Build = Callable[..., App]


@pytest.fixture
def build(make_app: AppFactory) -> Build:
    """An App on the council-session scenario, with or without the presenter window from the start."""

    def make(presenter: bool = True, size: tuple[int, int] = (1280, 720)) -> App:
        return make_app(
            [ScenarioEntry(COUNCIL_SESSION)], size=size, settings=PlaySettings(presenter=presenter)
        )

    return make


def texts_on(drawn: list[Drawn], surface: pygame.Surface) -> list[str]:
    """The strings drawn on `surface`."""
    return [item.text for item in drawn if item.surface is surface]


def to_card(app: App) -> CardScene:
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert isinstance(app.scene, CardScene)
    settle(app)  # the card has come in
    return app.scene


def window_of(app: App) -> presenter.PresenterWindow:
    assert app.presenter is not None, "the presenter window is not open"
    return app.presenter


def room_of(app: App) -> Room:
    assert app.session is not None and app.session.room is not None
    return app.session.room


def notes_of(scene: CardScene) -> str:
    notes = scene.card.notes
    assert notes is not None
    return scene.session.text(notes)


# -- opening and closing ---------------------------------------------------------------


def test_the_setting_opens_a_second_window_beside_the_main_one(build: Build) -> None:
    app = build()
    window = window_of(app)
    assert app.settings.presenter
    assert window.frames >= 1 and window.drawn is not None
    (width, height), *_ = pygame.display.get_desktop_sizes()
    main_x, main_y = pygame.display.get_window_position()
    main = pygame.Rect((main_x, main_y), app.size)
    beside = pygame.Rect(window.position, window.size)
    desktop = pygame.Rect(0, 0, width, height)
    assert desktop.contains(main) and desktop.contains(beside)  # one display: side by side, both on it
    assert main.right <= beside.left


def test_toggle_opens_and_closes_the_presenter_window(build: Build) -> None:
    app = build(presenter=False)
    assert app.presenter is None
    app.toggle_presenter()
    app.pump()
    assert app.presenter is not None and app.settings.presenter
    assert window_of(app).frames >= 1
    app.toggle_presenter()
    app.pump()
    assert app.presenter is None and not app.settings.presenter and app.running


def test_the_pause_menu_switches_the_presenter_view_on_and_off(build: Build) -> None:
    app = build(presenter=False)
    to_card(app)
    press(app, pygame.K_ESCAPE)
    click(app, button_centre(app, "presenter"))
    assert app.presenter is not None and app.settings.presenter and app.pause is not None
    assert window_of(app).drawn is not None and window_of(app).drawn.paused  # type: ignore[union-attr]
    click(app, button_centre(app, "presenter"))  # the main window may have moved or shrunk: ask again
    assert app.presenter is None and not app.settings.presenter
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_1)
    assert app.scene.name == "feedback"


def test_closing_the_presenter_window_turns_presenter_mode_off_and_the_game_goes_on(build: Build) -> None:
    app = build()
    scene = to_card(app)
    window = window_of(app)
    pygame.event.post(pygame.event.Event(pygame.WINDOWCLOSE, window=window.window))
    app.pump()
    assert app.presenter is None and not app.settings.presenter
    assert app.running and app.scene is scene
    press(app, pygame.K_1)
    assert app.scene.name == "feedback"
    press(app, pygame.K_RETURN)
    assert app.running and app.scene.name in ("card", "year", "outcome")


def test_closing_the_main_window_still_quits_while_the_presenter_is_open(build: Build) -> None:
    app = build()
    pygame.event.post(pygame.event.Event(pygame.WINDOWCLOSE, window=None))
    app.pump()
    assert not app.running


def test_a_second_window_that_cannot_open_is_a_toast_and_the_game_goes_on(
    build: Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(title: str, placement: Placement) -> presenter.PresenterWindow:
        raise pygame.error("no second window here")

    monkeypatch.setattr(presenter.PresenterWindow, "open", staticmethod(refuse))
    app = build()
    assert app.presenter is None and not app.settings.presenter
    assert app.toast is not None and app.toast.text == t("presenter.failed", "nl")
    to_card(app)
    app.toggle_presenter()
    assert app.presenter is None
    press(app, pygame.K_2)
    assert app.scene.name == "feedback"


def test_a_presenter_window_that_goes_away_while_drawing_is_closed_with_a_toast(
    build: Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = build()
    to_card(app)

    def gone(*args: object) -> None:
        raise pygame.error("Invalid window")

    monkeypatch.setattr(presenter.PresenterWindow, "draw", gone)
    app.redraw()
    app.pump()
    assert app.presenter is None and not app.settings.presenter
    assert app.toast is not None and app.toast.text == t("presenter.lost", "nl")
    press(app, pygame.K_1)
    assert app.scene.name == "feedback"


# -- what it shows ---------------------------------------------------------------------


def test_the_presenter_shows_the_question_for_the_group_and_the_projector_does_not(
    build: Build, spy: list[Drawn]
) -> None:
    app = build()
    scene = to_card(app)
    window = window_of(app)
    spy.clear()
    app.redraw()
    app.pump()
    notes = notes_of(scene)
    surface = window.window.get_surface()
    on_presenter = texts_on(spy, surface)
    on_main = texts_on(spy, app.screen)
    assert on_presenter and on_main
    note_lines = [text for text in on_presenter if len(text) > 12 and text in notes]
    assert note_lines, f"no line of the notes on the presenter: {on_presenter}"
    assert not [text for text in on_main if len(text) > 12 and text in notes]
    assert scene.session.text(scene.card.title) in on_presenter
    for option in scene.card.options:
        assert any(text in scene.session.text(option.label) for text in on_presenter)
    box = window.boxes["notes"]
    records = [rect for rect, owner in window.records if owner == box]
    assert len(records) == len(note_lines)
    assert all(box.contains(rect) for rect in records)
    assert len(set(pixels(surface, records[0]))) > 6  # the text is there: ink on the panel, antialiased
    assert window.drawn is not None and window.drawn.notes == notes


def test_n_still_shows_the_question_on_the_projector_when_the_facilitator_wants_to(
    build: Build, spy: list[Drawn]
) -> None:
    app = build()
    scene = to_card(app)
    press(app, pygame.K_n)
    assert scene.notes_shown
    on_main = texts_on(spy, app.screen)
    assert any(len(text) > 12 and text in notes_of(scene) for text in on_main)


def test_votes_a_tie_and_the_reveal_reach_the_presenter_without_asking_for_a_redraw(build: Build) -> None:
    app = build()
    to_card(app)
    window = window_of(app)
    surface = window.window.get_surface()
    frames = window.frames
    room = room_of(app)
    room.voting = True
    room.tally = room.tally.add(0).add(0).add(1).add(1).add(2)
    room.tie = True  # Enter found the tie
    room.revealed = False
    app.pump()  # nobody called redraw: the presenter notices that what it shows changed
    assert window.frames == frames + 1
    view = window.drawn
    assert view is not None and view.voting and view.total == 5
    assert [option.votes for option in view.options] == [2, 2, 1]
    assert view.tie == (0, 1) and not view.revealed
    assert {"tie", "votes0", "votes1", "votes2"} <= set(window.boxes)
    votes_before = pixels(surface, window.boxes["votes2"])
    room.tally = room.tally.add(2).add(2)
    room.tie = False  # a vote more ends the tie
    app.pump()
    assert window.drawn is not None and window.drawn.tie == () and window.drawn.options[2].leading
    assert pixels(surface, window.boxes["votes2"]) != votes_before
    assert "tie" not in window.boxes


def test_the_timer_ticks_on_the_presenter_and_the_loop_wakes_for_it(build: Build, clock: ManualClock) -> None:
    app = build()
    to_card(app)
    window = window_of(app)
    room = room_of(app)
    assert app._loop_timeout() == 0  # nothing moves: the loop sleeps until an event comes
    room.timer = room.timer.start(app.now())
    app.pump()
    assert window.drawn is not None and window.drawn.timer == "3:00" and window.drawn.timer_state == "running"
    clock.advance(1500)
    assert 0 < app._loop_timeout() <= 1000
    surface = window.window.get_surface()
    before = pixels(surface, window.boxes["timer"])
    app.pump()
    assert window.drawn.timer == "2:59"
    assert pixels(surface, window.boxes["timer"]) != before
    assert app._loop_timeout() == 500  # the next tick, not a busy loop
    room.timer = room.timer.pause(app.now())
    app.pump()
    assert window.drawn.timer_state == "paused" and app._loop_timeout() == 0


def test_after_a_decision_the_presenter_shows_what_was_chosen(build: Build) -> None:
    app = build()
    scene = to_card(app)
    press(app, pygame.K_2)
    window = window_of(app)
    view = window.drawn
    assert view is not None and view.screen == "feedback"
    assert (
        view.decision.startswith("2. ") and scene.session.text(scene.card.options[1].label) in view.decision
    )
    assert "other" in window.boxes and "notes" not in window.boxes


def test_the_view_of_a_feedback_with_votes_has_the_split() -> None:
    session = Session(load_scenario(COUNCIL_SESSION), 1, "en")
    card = session.game.current_card
    assert card is not None
    session.decide(0, (3, 1, 1))
    view = presenter_view(session, "feedback", False, "en", 0)
    assert view.split == "3 - 1 - 1" and view.decision.startswith("1. ")
    assert view.card_title == session.text(card.title)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (640, 400), (900, 1200)])
@pytest.mark.parametrize("screen", ["card", "feedback", "title"])
def test_every_text_of_the_presenter_stays_in_its_box(
    build: Build, size: tuple[int, int], screen: str
) -> None:
    app = build()
    if screen != "title":
        to_card(app)
    if screen == "card":
        room = room_of(app)
        room.voting = True
        room.tally = room.tally.add(0).add(1)
    if screen == "feedback":
        press(app, pygame.K_1)
    window = window_of(app)
    window.window.size = size
    app.pump()
    assert window.size == size and window.drawn is not None and window.drawn.screen == screen
    whole = window.window.get_surface().get_rect()
    assert len(window.records) > 5
    for rect, box in window.records:
        assert whole.contains(rect), f"text {rect} leaves the window {whole}"
        assert box.inflate(2, 2).contains(rect), f"text {rect} leaves its box {box}"
    for name, box in window.boxes.items():
        assert whole.contains(box), f"box {name} {box} leaves the window"


# -- input and robustness ----------------------------------------------------------------


def test_keys_typed_in_the_presenter_window_play_the_game_and_its_clicks_do_not(build: Build) -> None:
    app = build()
    scene = to_card(app)
    window = window_of(app).window
    option = button_centre(app, "option0")
    clock = app.clock
    assert isinstance(clock, ManualClock)
    clock.advance(1000)
    for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        pygame.event.post(pygame.event.Event(kind, pos=option, button=1, window=window))
    app.pump()
    assert app.scene is scene and app.session is not None and not app.session.game.state.choices
    clock.advance(1000)
    for kind in (pygame.KEYDOWN, pygame.KEYUP):
        pygame.event.post(
            pygame.event.Event(kind, key=pygame.K_3, mod=0, unicode="3", scancode=0, window=window)
        )
    app.pump()
    assert app.scene.name == "feedback"
    assert [choice.option for choice in app.session.game.state.choices] == [2]


def test_resizing_exposing_and_display_changes_do_not_break_either_window(build: Build) -> None:
    app = build()
    to_card(app)
    window = window_of(app)
    window.window.size = (700, 500)
    for kind in (pygame.WINDOWSIZECHANGED, pygame.WINDOWEXPOSED, pygame.WINDOWDISPLAYCHANGED):
        pygame.event.post(pygame.event.Event(kind, window=window.window, x=700, y=500, display_index=0))
    pygame.event.post(pygame.event.Event(pygame.WINDOWDISPLAYCHANGED, window=None, display_index=0))
    app.resize((800, 450))
    app.pump()
    assert app.presenter is window and app.running
    assert window.window.get_surface().get_size() == (700, 500)
    assert window.boxes["right"].right <= 700 and app.size == (800, 450)
    press(app, pygame.K_1)
    assert app.scene.name == "feedback"


def test_the_projector_looks_the_same_with_and_without_the_presenter(build: Build) -> None:
    alone = build(presenter=False, size=(600, 338))
    to_card(alone)
    picture = pixels(alone.screen, alone.screen.get_rect())
    alone.close()
    with_presenter = build(presenter=True, size=(600, 338))
    to_card(with_presenter)
    assert with_presenter.size == (600, 338)  # it fitted beside the presenter: not resized
    assert pixels(with_presenter.screen, with_presenter.screen.get_rect()) == picture


# -- where the windows go ------------------------------------------------------------------


def test_one_wide_display_puts_the_windows_side_by_side_without_shrinking_the_main_one() -> None:
    plan = place([(2560, 1080)], (640, 180), (1280, 720), move_main=True)
    assert plan.main_size is None and plan.main_position == (0, 180)
    assert plan.position == (1280, 60) and plan.size == (1280, 960)


def test_one_display_shrinks_the_main_window_to_leave_the_presenter_room() -> None:
    plan = place([(1920, 1080)], (320, 180), (1280, 720))
    assert plan.main_size == (1152, 648) and plan.main_position == (0, 216)
    assert plan.position == (1152, 216) and plan.size == (768, 648)


def test_two_displays_at_start_up_the_game_goes_to_the_projector_and_the_presenter_stays() -> None:
    plan = place([(1920, 1200), (1920, 1080)], (320, 240), (1280, 720), move_main=True)
    assert plan.main_position == on_display(1)
    assert plan.size == (1632, 1020) and plan.position == (144, 90)


def test_two_displays_later_the_presenter_goes_where_the_main_window_is_not() -> None:
    on_laptop = place([(1920, 1200), (1920, 1080)], (320, 240), (1280, 720))
    assert on_laptop.main_position is None and on_laptop.position == on_display(1)
    assert on_laptop.size == (1632, 918)
    on_projector = place([(1920, 1200), (1920, 1080)], (2240, 180), (1280, 720), move_main=True)
    assert on_projector.main_position is None and on_projector.position == (144, 90)


def test_a_view_is_plain_data_compared_by_value() -> None:
    assert PresenterView("nl", timer="2:59") == PresenterView("nl", timer="2:59")
    assert PresenterView("nl", timer="2:59") != PresenterView("nl", timer="2:58")
