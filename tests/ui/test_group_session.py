"""A group session on the card and feedback screens, driven by posted events on a manual clock.

The options stay hidden until R; T runs the discussion timer (the loop is woken once a second while it
runs, never otherwise); V opens voting, numbers add votes, Shift+number removes one, Enter decides by
majority or shows a tie, after which a tied option's number decides. The split goes into the log and
onto the feedback screen. The effect preview shows nothing, which meters move, or the exact changes.
"""

from __future__ import annotations

import pygame
import pytest

from game.settings import PlaySettings, Preview
from game.ui import sound, style
from game.ui.app import App
from game.ui.loading import ScenarioEntry
from game.ui.scenes.card import CardScene
from tests.ui.conftest import (
    COUNCIL_SESSION,
    AppFactory,
    button_centre,
    click,
    past_statements,
    pixels,
    press,
    press_with,
    settle,
)
from tests.ui.test_layout import assert_text_inside


def first_card(
    make_app: AppFactory,
    group: bool = True,
    preview: Preview | None = None,
    lang: str = "nl",
    size: tuple[int, int] = (1280, 720),
) -> tuple[App, CardScene]:
    """The first card of the council session (three options; the first has notes), past the intro.

    The game is started as the title screen starts it (App.start), so the title screen's own steps
    (choosing the mode, the group's name) are not part of these tests.
    """
    settings = PlaySettings(group=group, preview=preview)
    app = make_app([ScenarioEntry(COUNCIL_SESSION)], lang=lang, size=size, settings=settings)
    app.start(app.catalogue.selected)
    press(app, pygame.K_RETURN)
    past_statements(app)
    assert isinstance(app.scene, CardScene)
    settle(app)  # the card has come in
    return app, app.scene


def actions(scene: CardScene) -> list[str]:
    scene.ensure_layout()
    return [button.action for button in scene.buttons.buttons]


def question(scene: CardScene) -> str:
    return " ".join(scene.texts["question"].lines)


def choice_events(app: App) -> list[dict[str, object]]:
    assert app.session is not None
    return [event.data for event in app.session.game.log if event.kind == "choice"]


# -- reveal ------------------------------------------------------------------------------


def test_a_group_card_hides_its_options_until_r(make_app: AppFactory) -> None:
    app, scene = first_card(make_app)
    assert not scene.room.revealed and scene.phase == "hidden"
    assert actions(scene) == ["reveal"]  # no option buttons, not even invisible ones
    assert "Bespreek" in question(scene)
    column = scene.boxes["options"]
    hidden = pixels(app.screen, column)
    press(app, pygame.K_1)  # a number must not decide an option nobody has seen
    assert app.scene is scene and choice_events(app) == []
    press(app, pygame.K_r)
    assert scene.room.revealed and scene.phase == "options"
    assert actions(scene) == ["option0", "option1", "option2"]
    assert pixels(app.screen, column) != hidden
    press(app, pygame.K_2)  # without voting a number decides at once
    assert app.scene.name == "feedback"
    assert choice_events(app)[0]["option"] == 2 and "votes" not in choice_events(app)[0]


def test_a_click_on_show_the_options_reveals_them(make_app: AppFactory) -> None:
    app, scene = first_card(make_app, lang="en")
    assert scene.buttons.buttons[0].label == "Show the options"
    click(app, button_centre(app, "reveal"))
    assert scene.room.revealed and actions(scene)[0] == "option0"


def test_solo_play_shows_the_options_at_once(make_app: AppFactory) -> None:
    app, scene = first_card(make_app, group=False)
    assert scene.room.revealed and actions(scene) == ["option0", "option1", "option2"]
    assert "timer" not in scene.boxes  # no timer until T is pressed in solo play
    press(app, pygame.K_t)
    assert "timer" in scene.boxes and scene.room.timer.running


# -- the discussion timer ----------------------------------------------------------------


def test_t_starts_pauses_and_resumes_the_timer_and_the_loop_wakes_once_a_second(make_app: AppFactory) -> None:
    app, scene = first_card(make_app)
    clock = app.clock
    timer_box = scene.boxes["timer"]
    assert scene.layout.timer is not None and scene.layout.timer.big  # large before the reveal
    assert scene.room.timer.label(clock()) == "3:00"
    assert scene.wake_in(clock()) is None and app.wait_timeout() == 0  # nothing runs: sleep until input
    fresh = pixels(app.screen, timer_box)

    press(app, pygame.K_t)
    assert scene.room.timer.running
    assert scene.wake_in(clock()) == 1000
    clock.advance(400)  # type: ignore[attr-defined]
    assert scene.wake_in(clock()) == 600 and app.wait_timeout() == 600
    frames = app.frames
    app.pump()
    assert app.frames == frames  # nothing out of date yet: no frame drawn
    clock.advance(600)  # type: ignore[attr-defined]
    assert scene.wake_in(clock()) == 0  # "2:59" is due
    app.pump()
    assert app.frames == frames + 1 and scene.wake_in(clock()) == 1000
    running = pixels(app.screen, timer_box)
    assert running != fresh

    press(app, pygame.K_t)  # pause at 2:58
    assert not scene.room.timer.running
    assert scene.room.timer.label(clock()) == "2:58"
    assert scene.wake_in(clock()) is None and app.wait_timeout() == 0
    paused = pixels(app.screen, timer_box)
    clock.advance(30_000)  # type: ignore[attr-defined]
    app.pump()
    assert scene.room.timer.label(clock()) == "2:58" and pixels(app.screen, timer_box) == paused

    press(app, pygame.K_t)  # resume
    assert scene.room.timer.running and scene.room.timer.label(clock()) == "2:58"
    press(app, pygame.K_r)  # after the reveal the timer sits beside the question, still running
    assert scene.layout.timer is not None and not scene.layout.timer.big
    assert scene.room.timer.running and scene.room.timer.label(clock()) == "2:57"


def test_the_timer_turns_to_the_alarm_colour_and_signals_once_at_zero(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    played: list[str] = []
    monkeypatch.setattr(sound, "play", lambda cue: played.append(cue) or True)
    app, scene = first_card(make_app, size=(1920, 1080))
    app.audible = True  # (the dummy driver is headless: sound is off unless a test turns it on)
    press(app, pygame.K_t)
    app.clock.advance(180_000)  # type: ignore[attr-defined]
    app.pump()
    assert scene.room.timer.label(app.clock()) == "0:00" and scene.room.timer.expired(app.clock())
    assert played == ["timer"] and scene.signals == 1
    assert scene.wake_in(app.clock()) is None  # 0:00 stays on screen without waking the loop
    box = scene.boxes["timer"]
    inside = (box.left + box.width // 10, box.top + box.height // 2)
    assert tuple(app.screen.get_at(inside))[:3] == style.LOSS
    app.clock.advance(60_000)  # type: ignore[attr-defined]
    app.draw()
    assert played == ["timer"]  # once per run, not per frame
    press(app, pygame.K_t)  # an expired timer starts again from the full time
    assert scene.room.timer.running and scene.room.timer.label(app.clock()) == "3:00"


# -- votes -------------------------------------------------------------------------------


def test_votes_with_a_tie_the_facilitator_decides_and_the_split_is_kept(make_app: AppFactory) -> None:
    app, scene = first_card(make_app)
    press(app, pygame.K_v)  # voting needs the options on screen first
    assert not scene.room.voting
    press(app, pygame.K_r)
    press(app, pygame.K_v)
    assert scene.room.voting and scene.phase == "voting"
    for key in (pygame.K_1, pygame.K_1, pygame.K_2, pygame.K_2, pygame.K_3, pygame.K_3):
        press(app, key)
    press_with(app, pygame.K_3, pygame.KMOD_LSHIFT)  # Shift takes a vote away
    assert scene.tally.counts == (2, 2, 1) and app.scene is scene and choice_events(app) == []
    assert "Stemmen: 5" in question(scene)
    assert {f"votes{i}" for i in range(3)} <= set(scene.boxes)
    votes_box = scene.boxes["votes2"]
    one_vote = pixels(app.screen, votes_box)
    press(app, pygame.K_3)
    assert pixels(app.screen, votes_box) != one_vote  # the count on screen follows the votes
    press_with(app, pygame.K_3, pygame.KMOD_RSHIFT)
    assert "Shift" in scene.hint("nl") and "Enter" in scene.hint("nl")

    press(app, pygame.K_RETURN)  # Enter: no majority, so the tie is shown
    assert scene.phase == "tie" and app.scene is scene
    assert question(scene).startswith("Gelijkspel") and "1 of 2" in question(scene)
    assert scene.hint("nl").startswith("1 of 2 beslist")
    press(app, pygame.K_3)  # not one of the tied options: nothing happens
    assert app.scene is scene and scene.tally.counts == (2, 2, 1)
    press(app, pygame.K_2)  # the facilitator decides between the tied options
    assert app.scene.name == "feedback"
    (choice,) = choice_events(app)
    assert choice["option"] == 2 and choice["votes"] == [2, 2, 1]
    assert app.session is not None and app.session.game.state.choices[-1].votes == (2, 2, 1)

    feedback = app.scene
    feedback.ensure_layout()
    shown = " ".join(feedback.texts["votes"].lines)  # type: ignore[attr-defined]
    assert "2 - 2 - 1" in shown and "gelijkspel" in shown and shown.endswith("2")
    assert feedback.texts["label"].lines[0].startswith("Adviseer nee")  # type: ignore[attr-defined]
    assert feedback.texts["kicker"].lines[0].startswith("DE GROEP KOOS")  # type: ignore[attr-defined]
    assert_text_inside(app)


def test_enter_decides_by_majority(make_app: AppFactory) -> None:
    app, _ = first_card(make_app, lang="en")
    press(app, pygame.K_r)
    press(app, pygame.K_v)
    press(app, pygame.K_RETURN)  # nobody voted yet: nothing happens
    assert app.scene.name == "card"
    for key in (pygame.K_3, pygame.K_1, pygame.K_3, pygame.K_KP3):
        press(app, key)
    press(app, pygame.K_RETURN)
    assert app.scene.name == "feedback"
    assert choice_events(app) == [
        {"card": "scanauto", "option": 3, "deltas": choice_events(app)[0]["deltas"], "votes": [1, 0, 3]}
    ]
    shown = " ".join(app.scene.texts["votes"].lines)  # type: ignore[attr-defined]
    assert shown == "Votes 1 - 0 - 3 \u00b7 chosen: 3"


def test_a_shift_removal_ends_the_tie_and_v_closes_voting(make_app: AppFactory) -> None:
    app, scene = first_card(make_app)
    press(app, pygame.K_r)
    press(app, pygame.K_v)
    press(app, pygame.K_1)
    press(app, pygame.K_2)
    press(app, pygame.K_RETURN)
    assert scene.phase == "tie"
    press_with(app, pygame.K_2, pygame.KMOD_LSHIFT)
    assert scene.phase == "voting" and scene.tally.counts == (1, 0, 0)
    press(app, pygame.K_v)  # voting closed: a number decides directly, without votes
    assert scene.phase == "options" and "votes0" not in scene.boxes
    press(app, pygame.K_2)
    assert app.scene.name == "feedback" and "votes" not in choice_events(app)[0]
    assert "votes" not in app.scene.texts  # type: ignore[attr-defined]


def test_a_click_on_an_option_while_voting_adds_a_vote(make_app: AppFactory) -> None:
    app, scene = first_card(make_app)
    press(app, pygame.K_r)
    press(app, pygame.K_v)
    click(app, button_centre(app, "option1"))
    click(app, button_centre(app, "option1"))
    assert scene.tally.counts == (0, 2, 0) and app.scene is scene


# -- preview of effects ------------------------------------------------------------------


@pytest.mark.parametrize("group", [True, False])
def test_the_default_preview_is_none_in_a_group_and_which_in_solo_play(
    make_app: AppFactory, group: bool
) -> None:
    app, scene = first_card(make_app, group=group)
    press(app, pygame.K_r)
    assert bool(scene.layout.marks) is not group
    assert ("preview0" in scene.boxes) is not group


def test_preview_modes_change_what_is_drawn(make_app: AppFactory) -> None:
    drawn: dict[str, bytes] = {}
    texts: dict[str, list[list[str]]] = {}
    for preview in ("none", "which", "full"):
        app, scene = first_card(make_app, preview=preview)  # type: ignore[arg-type]
        press(app, pygame.K_r)
        drawn[preview] = pixels(app.screen, scene.boxes["options"])
        texts[preview] = [[m.text for m in scene.layout.marks if m.option == i] for i in range(3)]
        assert_text_inside(app)
        app.close()
    assert len(set(drawn.values())) == 3
    assert texts["none"] == [[], [], []]
    # Option 1 moves capaciteit +5, budget +4, publieke_waarde +5, legitimiteit -1 (in the meters' order).
    assert texts["which"][0] == ["Publieke waarde", "Legitimiteit", "Capaciteit", "Budget"]
    assert texts["full"][0] == ["+5 Publieke waarde", "\u22121 Legitimiteit", "+5 Capaciteit", "+4 Budget"]
    # Option 2: vertrouwen +4, legitimiteit +2, capaciteit -4, publieke_waarde -3.
    assert texts["which"][1] == ["Publieke waarde", "Legitimiteit", "Vertrouwen", "Capaciteit"]


# -- hints and layout --------------------------------------------------------------------


def test_the_hint_lists_the_keys_of_each_state(make_app: AppFactory) -> None:
    app, scene = first_card(make_app, lang="en")
    assert scene.hint("en").startswith("R show options \u00b7 T timer")
    press(app, pygame.K_r)
    assert scene.hint("en").startswith("1\u20133 choose \u00b7 V vote \u00b7 T timer \u00b7 N question")
    press(app, pygame.K_v)
    assert scene.hint("en").startswith(
        "1\u20133 add a vote \u00b7 Shift+1\u20133 remove a vote \u00b7 Enter decide"
    )
    _, solo_scene = first_card(make_app, group=False, lang="en")
    assert solo_scene.hint("en").startswith("1\u20133 choose")


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_every_state_keeps_its_boxes_apart_and_its_text_inside(
    make_app: AppFactory, size: tuple[int, int]
) -> None:
    app, scene = first_card(make_app, preview="full", size=size)

    def check() -> None:
        assert_text_inside(app)
        names = [
            n for n in scene.boxes if n == "timer" or n == "question" or n.startswith(("votes", "preview"))
        ]
        rects = [scene.boxes[n] for n in names] + [b.rect for b in scene.buttons.buttons]
        column = scene.boxes["options"]
        for index, rect in enumerate(rects):
            assert column.contains(rect), (size, scene.phase, rect)
            for other in rects[index + 1 :]:
                assert not rect.colliderect(other), (size, scene.phase, rect, other)

    press(app, pygame.K_t)
    check()
    press(app, pygame.K_r)
    check()
    press(app, pygame.K_v)
    for key in (pygame.K_1, pygame.K_2, pygame.K_3):
        press(app, key)
    press(app, pygame.K_RETURN)
    assert scene.phase == "tie"
    check()
    press(app, pygame.K_n)  # the question for the group, with the timer beside its heading
    assert_text_inside(app)
    assert scene.boxes["notes_panel"].contains(scene.boxes["timer"])
    assert not scene.boxes["timer"].colliderect(scene.boxes["notes_heading"])
    assert not scene.boxes["timer"].colliderect(scene.boxes["notes"])
