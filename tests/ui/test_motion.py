"""Motion that explains (issue 8): a card comes in and goes out, the meters move with their change shown,
the year turns over; at most 300 ms, finished by any key (which still does what it does), off with reduced
motion, and the loop idles again once nothing moves. Headless, real events, the manual clock."""

from __future__ import annotations

from typing import Any

import pygame
import pytest

from game.formatting import format_delta
from game.settings import PlaySettings
from game.ui import style
from game.ui.app import App
from game.ui.meters import band_height
from game.ui.motion import MAX_MS, Motion, between, ease_in_out, ease_out
from game.ui.scene import Scene
from game.ui.scenes.card import CardScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.yearend import YearScene
from game.ui.style import Metrics, contrast
from tests.ui.conftest import AppFactory, Drawn, button_centre, click, pause_labels, pixels, press, settle

# -- the helper ---------------------------------------------------------------------------


def test_a_motion_runs_from_0_to_1_within_300_ms_and_a_skipped_one_is_done() -> None:
    motion = Motion(1000, 240)
    assert motion.progress(1000) == 0.0 and not motion.done(1000)
    assert 0.0 < motion.progress(1120) < 1.0
    assert motion.progress(1240) == 1.0 and motion.done(1240) and motion.done(5000)
    assert motion.progress(500) == 0.0  # (a clock before the start: not yet begun)
    assert Motion(0, 5000).duration == MAX_MS  # never longer than 300 ms
    skipped = Motion(1000, 240)
    skipped.skip()
    assert skipped.done(1000) and skipped.progress(1000) == 1.0
    assert Motion(0, 240, skipped=True).progress(0) == 1.0
    for easing in (ease_out, ease_in_out):
        assert easing(0.0) == 0.0 and easing(1.0) == 1.0
        assert all(easing(a / 10) <= easing(b / 10) for a, b in zip(range(10), range(1, 11), strict=True))
    assert between(40, 60, 0.5) == 50 and between(40, 60, 1.0) == 60 and between(40, 60, 0.0) == 40


# -- helpers ------------------------------------------------------------------------------


def to_card(make_app: AppFactory, **kwargs: Any) -> App:
    app = make_app(**kwargs)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert isinstance(app.scene, CardScene)
    return app


def to_year(app: App) -> YearScene:
    """Play option 1 and continue until the year summary is on screen."""
    for _ in range(40):
        if isinstance(app.scene, YearScene):
            return app.scene
        press(app, pygame.K_1 if app.scene.name == "card" else pygame.K_RETURN)
    raise AssertionError("never reached the year summary")


def moving(app: App) -> pygame.Rect:
    """The part of the window that moves (between the band and the key hint)."""
    assert app.scene.stage is not None
    return app.scene.stage


def assert_settles(app: App, scene: Scene) -> None:
    """Every motion of `scene` lasts at most 300 ms; after that nothing moves and the loop sleeps."""
    assert scene.motions and all(motion.duration <= MAX_MS for motion in scene.motions)
    assert app.animating() and app.wait_timeout() > 0
    settle(app)
    assert not app.animating()
    assert app.wait_timeout() == 0  # idle again: blocks until the next event
    frames = app.frames
    app.pump()
    assert app.frames == frames  # and draws nothing more


def band_texts(drawn: list[Drawn], app: App) -> list[Drawn]:
    band = band_height(Metrics(*app.size))
    return [item for item in drawn if item.rect.top < band]


# -- each motion ----------------------------------------------------------------------------


def test_the_card_comes_in_and_then_the_loop_idles(make_app: AppFactory) -> None:
    app = to_card(make_app)
    scene = app.scene
    assert app.frames and app.animating()
    first = pixels(app.screen, moving(app))
    app.clock.advance(100)  # type: ignore[attr-defined]
    app.pump()
    middle = pixels(app.screen, moving(app))
    assert_settles(app, scene)
    settled = pixels(app.screen, moving(app))
    assert len({first, middle, settled}) == 3  # it moved: from nothing, through a mid-frame, to the card


def test_the_decided_card_goes_out_and_the_meters_move_with_their_change(
    make_app: AppFactory, spy: list[Drawn]
) -> None:
    app = to_card(make_app)
    settle(app)
    card_picture = pixels(app.screen, moving(app))
    press(app, pygame.K_1)
    scene = app.scene
    assert isinstance(scene, FeedbackScene) and scene.leaving is not None
    assert app.session is not None and len(app.session.game.state.choices) == 1  # decided at once
    assert pixels(app.screen, moving(app)) == card_picture  # the first frame: the card, about to leave
    before, after = app.session.before_choice, app.session.after_choice()
    assert scene.band_values() == before
    app.clock.advance(150)  # type: ignore[attr-defined]
    spy.clear()
    app.pump()
    middle = scene.band_values()
    changed = [key for key in after if after[key] != before[key]]
    assert changed and all(middle[key] != after[key] for key in changed)
    assert all(isinstance(value, int) for value in middle.values())  # whole numbers on the way
    assert_settles(app, scene)
    assert scene.band_values() == after and scene.leaving is None
    spy.clear()
    app.redraw()
    app.pump()
    shown = {item.text: item for item in band_texts(spy, app)}
    for key in changed:
        delta = after[key] - before[key]
        item = shown[format_delta(delta)]  # the change beside the number, still there once settled
        assert item.colour == (style.GAIN if delta > 0 else style.LOSS)
        assert contrast(item.colour, item.below) >= style.MIN_CONTRAST


def test_the_year_turns_over(make_app: AppFactory, spy: list[Drawn]) -> None:
    app = make_app()
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    scene = to_year(app)
    assert app.session is not None
    scenario = app.session.scenario
    assert scene.summary.year < scenario.years
    old, new = (
        str(scenario.calendar_year(scene.summary.year)),
        str(scenario.calendar_year(scene.summary.year + 1)),
    )
    app.clock.advance(150)  # type: ignore[attr-defined]
    spy.clear()
    app.pump()
    texts = [item.text for item in band_texts(spy, app)]
    assert old in texts and new in texts  # mid-roll: the old year going, the new one coming
    assert_settles(app, scene)
    spy.clear()
    app.redraw()
    app.pump()
    texts = [item.text for item in band_texts(spy, app)]
    assert new in texts and old not in texts


def test_the_last_year_does_not_roll_on_past_the_term(make_app: AppFactory) -> None:
    app = make_app()
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    assert app.session is not None
    years = app.session.scenario.years
    scene = to_year(app)
    while scene.summary.year < years:
        press(app, pygame.K_RETURN)
        scene = to_year(app)
    ended, begins = scene.calendars("nl")
    assert begins is None and ended[0] == str(app.session.scenario.calendar_year(years))


# -- skipping: any key ends the motion and does what it does ------------------------------------


def test_a_number_during_the_card_coming_in_ends_the_motion_and_decides(make_app: AppFactory) -> None:
    app = to_card(make_app)
    card = app.scene
    assert card.animating()
    press(app, pygame.K_2, wait=150)  # past the key guard (120 ms), before the card is in (240 ms)
    assert not card.animating() and all(motion.skipped for motion in card.motions)
    assert app.scene.name == "feedback"
    assert app.session is not None and [record.option for record in app.session.game.state.choices] == [1]


def test_enter_during_the_feedback_motion_continues(make_app: AppFactory) -> None:
    app = to_card(make_app)
    press(app, pygame.K_1)
    feedback = app.scene
    assert feedback.name == "feedback" and feedback.animating()
    press(app, pygame.K_RETURN, wait=150)
    assert not feedback.animating()
    assert app.scene.name in ("card", "year")


def test_a_click_during_the_meters_moving_ends_the_motion_and_continues(make_app: AppFactory) -> None:
    app = to_card(make_app)
    press(app, pygame.K_1)
    feedback = app.scene
    click(app, button_centre(app, "continue"), wait=260)  # past the click guard (250 ms), meters still moving
    assert not feedback.animating() and app.scene is not feedback


def test_a_key_within_the_guard_is_still_ignored_and_does_not_end_the_motion(make_app: AppFactory) -> None:
    app = to_card(make_app)
    press(app, pygame.K_1)
    feedback = app.scene
    press(app, pygame.K_RETURN, wait=50)  # a bounce, or a key still held from the card
    assert app.scene is feedback and feedback.animating()


def test_a_key_that_only_looks_ends_the_motion_too(make_app: AppFactory) -> None:
    app = to_card(make_app)
    press(app, pygame.K_F1, wait=150)  # the help: the card below is shown settled
    assert app.pause is not None and not app.animating()


# -- reduced motion -----------------------------------------------------------------------------


def test_reduced_motion_shows_every_screen_settled_from_its_first_frame(make_app: AppFactory) -> None:
    app = make_app(settings=PlaySettings(reduced_motion=True))
    seen: set[str] = set()
    for _ in range(60):
        if app.scene.name == "end":
            break
        press(app, pygame.K_1 if app.scene.name == "card" else pygame.K_RETURN)
        seen.add(app.scene.name)
        assert not app.animating() and app.wait_timeout() == 0, app.scene.name
        if isinstance(app.scene, FeedbackScene):
            assert app.scene.leaving is None  # no picture of the card is even taken
        first = app.screen.copy()
        frames = app.frames
        settle(app)
        assert app.frames == frames  # no frame is drawn for motion
        app.draw()
        assert pixels(app.screen, app.screen.get_rect()) == pixels(first, first.get_rect()), app.scene.name
    assert {"card", "feedback", "year"} <= seen


def test_the_pause_menu_turns_motion_off_and_on(make_app: AppFactory) -> None:
    app = to_card(make_app)
    press(app, pygame.K_ESCAPE)
    assert app.pause is not None
    assert pause_labels(app)["motion"] == "Beweging: aan"
    click(app, button_centre(app, "motion"))
    assert app.settings.reduced_motion
    assert pause_labels(app)["motion"] == "Beweging: uit"
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_1)
    assert app.scene.name == "feedback" and not app.animating()
    press(app, pygame.K_l)  # English
    press(app, pygame.K_ESCAPE)
    assert app.pause is not None
    assert pause_labels(app)["motion"] == "Motion: off"
    click(app, button_centre(app, "motion"))
    assert not app.settings.reduced_motion


def test_play_takes_reduced_motion_and_mute_from_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    import game.ui
    from game.cli.main import main

    given: list[PlaySettings] = []

    def run_window(*args: object, settings: PlaySettings, **kwargs: object) -> int:
        given.append(settings)
        return 0

    monkeypatch.setattr(game.ui, "run_window", run_window)
    assert main(["play", "--reduced-motion", "--mute"]) == 0
    assert main(["play"]) == 0
    assert [(s.reduced_motion, s.muted) for s in given] == [(True, True), (False, False)]
