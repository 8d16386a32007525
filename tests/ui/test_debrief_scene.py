"""The guided debrief in the window, driven by real key presses: every phase in group and solo play,
approval (a phone's answer never on the projector before it is approved), phones through the hub, the
session log and a session stopped in the debrief that resumes in the same phase."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.core.save import read_save
from game.core.session_log import read_log
from game.debrief.describe import fact_lines
from game.debrief.facts import aspect_counts
from game.debrief.log import debrief_events
from game.i18n import t
from game.settings import PlaySettings
from game.ui.app import App
from game.ui.debrief_views import WHY_ASPECTS
from game.ui.loading import ScenarioEntry
from game.ui.phones import PhoneLink
from game.ui.scenes.debrief import DebriefScene
from game.ui.scenes.end import EndScene
from game.ui.scenes.help import HelpScene
from game.ui.textinput import REPEAT_MS
from game.ui.wordcloud import word_sizes
from tests.ui.conftest import (
    COUNCIL_SESSION,
    AppFactory,
    Drawn,
    button_centre,
    click,
    play_with_keys,
    press,
    type_text,
)
from tests.ui.test_saves import continue_first, saved_files


def to_debrief(
    make_app: AppFactory, group: bool, key: bool = True, size: tuple[int, int] = (1280, 720)
) -> App:
    """The council session played to its end screen (option 1 throughout), then B (or the button)."""
    app = make_app(entries=[ScenarioEntry(COUNCIL_SESSION)], size=size, seed=3)
    play_with_keys(app)
    assert isinstance(app.scene, EndScene) and app.session is not None
    if group:
        app.session.mode = "group"
        app.scene.invalidate()
    if key:
        press(app, pygame.K_b)
    else:
        click(app, button_centre(app, "debrief"))
    assert isinstance(app.scene, DebriefScene)
    return app


def scene_of(app: App) -> DebriefScene:
    assert isinstance(app.scene, DebriefScene)
    return app.scene


def texts(drawn: list[Drawn], app: App, surface: pygame.Surface | None = None) -> str:
    """Everything drawn on the projector's surface (or on `surface`), joined."""
    surface = surface or pygame.display.get_surface()
    return "\n".join(item.text for item in drawn if item.surface is surface)


def type_entry(app: App, text: str) -> None:
    """E, the text, Enter: the facilitator's (or the solo player's) entry."""
    press(app, pygame.K_e)
    pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="e"))  # the E key's own text: not typed
    app.pump()
    type_text(app, text)
    press(app, pygame.K_RETURN)


def with_phones(app: App) -> PhoneLink:
    link = PhoneLink.example("http://127.0.0.1:8000/t", "nl")
    app.phones = link
    return link


def logged(app: App) -> list[dict[str, object]]:
    assert app.session is not None and app.session.log_path is not None
    return debrief_events(read_log(app.session.log_path))


# -- every phase, group and solo -----------------------------------------------------------------


@pytest.mark.parametrize("group", [True, False])
def test_every_phase_with_keys(make_app: AppFactory, spy: list[Drawn], group: bool) -> None:
    app = to_debrief(make_app, group, key=group)
    scene = scene_of(app)
    debrief = scene.debrief
    assert debrief.mode == ("group" if group else "solo") and debrief.phase == "reactions"
    type_entry(app, "spannend")
    assert debrief.words() == ["spannend"] and scene.field is None
    press(app, pygame.K_RETURN)
    assert str(debrief.phase) == "happened" and debrief.pick is not None  # the what-if of one decision
    first = debrief.pick
    press(app, pygame.K_w)
    assert debrief.pick != first
    press(app, pygame.K_RETURN)
    assert str(debrief.phase) == "why"
    spy.clear()
    app.draw()
    shown = texts(spy, app).replace("\n", " ")
    assert debrief.aspects and all(name in shown for name in scene_names(scene))  # the most met with
    counts = aspect_counts(debrief.scenario, debrief.record)
    most = max(debrief.aspects, key=lambda aspect: counts[aspect])
    assert len(debrief.aspects) > WHY_ASPECTS and t(f"debrief.aspect.{most}", "nl") in shown  # its sentence
    press(app, pygame.K_RETURN)
    assert str(debrief.phase) == "here" and debrief.question is not None
    spy.clear()
    type_entry(app, "Wij vragen het de FG")
    assert "Wij vragen het de FG" in texts(spy, app)
    while str(debrief.phase) == "here":
        press(app, pygame.K_RETURN)
    assert str(debrief.phase) == "wins" and debrief.step_name == "propose"
    type_entry(app, "Een datalunch")
    type_entry(app, "Privacy-check bij elk project")
    press(app, pygame.K_RETURN)
    if group:
        assert debrief.step_name == "vote"
        press(app, pygame.K_2)
        press(app, pygame.K_2)
        assert debrief.support_count(debrief.approved("wins")[1].id) == 2
        press(app, pygame.K_2, mod=pygame.KMOD_LSHIFT)
        assert debrief.support_count(debrief.approved("wins")[1].id) == 1
        press(app, pygame.K_RETURN)
        assert debrief.action_list()[0].text == "Privacy-check bij elk project"
    assert debrief.step_name in ("top", "list")
    spy.clear()
    app.draw()
    assert "Privacy-check bij elk project" in texts(spy, app)
    press(app, pygame.K_RETURN)
    assert debrief.finished
    press(app, pygame.K_RETURN)
    assert isinstance(app.scene, EndScene)  # no statements were scored before: back to the end


def scene_names(scene: DebriefScene) -> list[str]:
    from game.debrief.describe import aspect_lines

    return [name for name, _ in aspect_lines(scene.debrief.aspects, "nl")]


def test_arrows_and_timer(make_app: AppFactory) -> None:
    app = to_debrief(make_app, group=True)
    debrief = scene_of(app).debrief
    press(app, pygame.K_RIGHT)
    press(app, pygame.K_RIGHT)
    assert str(debrief.phase) == "why"
    press(app, pygame.K_LEFT)
    assert str(debrief.phase) == "happened"
    press(app, pygame.K_t)
    assert debrief.countdown.running
    assert scene_of(app).wake_in(app.now()) is not None
    press(app, pygame.K_t, wait=5000)
    assert not debrief.countdown.running and debrief.countdown.used_ms >= 5000


def test_escape_cancels_typing_then_opens_the_menu(make_app: AppFactory) -> None:
    app = to_debrief(make_app, group=False)
    press(app, pygame.K_e)
    assert scene_of(app).field is not None and scene_of(app).wants_text
    type_text(app, "half")
    press(app, pygame.K_ESCAPE)
    assert scene_of(app).field is None and scene_of(app).debrief.words() == []
    press(app, pygame.K_ESCAPE)
    assert app.pause is not None


def test_a_group_without_phones_is_not_asked_to_use_them(make_app: AppFactory, spy: list[Drawn]) -> None:
    """Without phones every prompt and empty list asks the room to say it and the facilitator to type;
    with phones they name the phone."""
    app = to_debrief(make_app, group=True)
    debrief = scene_of(app).debrief
    seen: list[str] = []
    for step in range(7):  # the four phases, then proposing (empty, then one), voting
        spy.clear()
        app.draw()
        seen.append(texts(spy, app))
        assert "telefoon" not in seen[-1], (debrief.phase, debrief.step_name)
        if step == 4:
            type_entry(app, "Het register bijwerken")
        elif step < 4 or step == 5:
            press(app, pygame.K_RIGHT if step < 4 else pygame.K_RETURN)
    assert debrief.step_name == "vote"
    assert any("Zeg het in \u00e9\u00e9n woord" in text for text in seen)
    assert any("Steek je hand op" in text for text in seen)
    with_phones(app)
    press(app, pygame.K_LEFT)
    spy.clear()
    app.draw()
    assert "telefoon" in texts(spy, app)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_what_if_on_the_projector_has_no_small_print(
    make_app: AppFactory, spy: list[Drawn], size: tuple[int, int]
) -> None:
    """'What happened?' shows the what-if at reading size for the room: no note four pixels smaller,
    none of the end screen's small print (the triangles come in 'Why?')."""
    app = to_debrief(make_app, group=True, size=size)
    press(app, pygame.K_RIGHT)
    debrief = scene_of(app).debrief
    assert debrief.phase == "happened" and debrief.what_if() is not None
    spy.clear()
    app.draw()
    m = scene_of(app).metrics()
    smallest = app.fonts.render("Ag", m.text(20), (0, 0, 0)).get_height()
    hint = app.fonts.render("Ag", m.text(27), (0, 0, 0)).get_height()  # the hint line along the bottom
    panel_texts = [item for item in spy if item.surface is app.screen and item.rect.left > m.width // 2]
    assert len(panel_texts) > 4
    for item in panel_texts:
        if item.rect.bottom < m.height - hint:
            assert item.rect.height >= smallest, item.text
    shown = texts(spy, app)
    assert t("end.whatif.rule", "nl") not in shown.replace("\n", " ")


def test_words_said_equally_often_are_not_all_at_the_smallest_size(make_app: AppFactory) -> None:
    """A solo player's one word (or a room's all different words) is drawn larger than the cloud's
    smallest size; a word said more often still stands out above the rest."""
    app = to_debrief(make_app, group=False)
    type_entry(app, "na\u00efef")
    app.draw()
    cloud = scene_of(app).look.cloud
    (layout, _), *_ = reversed(cloud._kept.values())
    smallest = word_sizes(scene_of(app).metrics(), 1.0)[0]
    assert [word.word for word in layout.placed] == ["na\u00efef"]
    assert layout.placed[0].size > smallest
    for word in ("trots", "moe", "trots"):
        type_entry(app, word)
    app.draw()
    (layout, _), *_ = reversed(cloud._kept.values())
    ranks = {word.word: word.rank for word in layout.placed}
    assert ranks["trots"] == 4 and ranks["moe"] == ranks["na\u00efef"] == 0


def test_why_does_not_point_to_the_end_screens_choices(make_app: AppFactory, spy: list[Drawn]) -> None:
    """The triangle in 'Why?' leaves out the end screen's '(see Choices)': the debrief has no such view
    (its 'What happened?' names every red line crossed)."""
    app = to_debrief(make_app, group=True)
    debrief = scene_of(app).debrief
    press(app, pygame.K_RIGHT)
    assert any(fact.kind == "crossed" for fact in fact_lines(debrief.scenario, debrief.facts, "nl", True))
    press(app, pygame.K_RIGHT)
    assert debrief.phase == "why"
    spy.clear()
    app.draw()
    assert "Keuzes" not in texts(spy, app) and "Grenzen overschreden" not in texts(spy, app)


def test_enter_on_a_groups_end_screen_opens_the_debrief_once(make_app: AppFactory) -> None:
    """A group at its end screen: Enter (the key that led through the game) opens the debrief, the
    button marked; after the debrief Enter goes to the title screen. Solo play keeps Enter for the title."""
    app = make_app(entries=[ScenarioEntry(COUNCIL_SESSION)], seed=3)
    play_with_keys(app)
    assert isinstance(app.scene, EndScene) and app.session is not None
    app.session.mode = "group"
    app.show(EndScene(app, app.session))
    end = app.scene
    assert isinstance(end, EndScene) and "Enter, B nabespreken" in end.hint()
    assert "Enter titelscherm" not in end.hint()
    press(app, pygame.K_RETURN)
    debrief = scene_of(app).debrief
    for _ in range(4):
        press(app, pygame.K_RIGHT)
    while not debrief.finished:
        press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)  # closes it: the end screen again
    assert isinstance(app.scene, EndScene) and "Enter titelscherm" in app.scene.hint()
    press(app, pygame.K_RETURN)
    assert app.scene.name == "title"
    solo = make_app(entries=[ScenarioEntry(COUNCIL_SESSION)], seed=3)
    play_with_keys(solo)
    assert isinstance(solo.scene, EndScene) and not solo.scene.enter_debriefs
    press(solo, pygame.K_RETURN)
    assert solo.scene.name == "title"


# -- approval: nothing pending on the projector ----------------------------------------------------


def test_a_phone_answer_reaches_the_screen_only_once_approved(make_app: AppFactory, spy: list[Drawn]) -> None:
    app = to_debrief(make_app, group=True)
    link = with_phones(app)
    scene = scene_of(app)
    debrief = scene.debrief
    for _ in range(3):
        press(app, pygame.K_RETURN)
    assert str(debrief.phase) == "here"
    app.pump()  # the window tells the hub the question
    ask = link.hub.current_ask
    assert ask is not None and ask.kind == "answer" and ask.key == debrief.ask_key
    assert link.hub.answer("device-a", ask.key, "Onze wethouder wil een app") == "queued"
    assert link.hub.answer("device-b", ask.key, "Niemand weet het") == "queued"
    spy.clear()
    app.pump()
    app.draw()
    pending = debrief.pending()
    assert [e.text for e in pending] == ["Onze wethouder wil een app", "Niemand weet het"]
    assert [e.voter for e in pending] == [1, 2]  # numbers, never the device ids
    shown = texts(spy, app)
    assert "Onze wethouder" not in shown and "Niemand weet" not in shown
    assert "2 wachten op goedkeuring" in shown
    # A approves the selected (the first); X rejects the next.
    spy.clear()
    press(app, pygame.K_a)
    shown = texts(spy, app)
    assert "Onze wethouder wil een app" in shown and "Niemand weet" not in shown
    press(app, pygame.K_x)
    assert debrief.pending() == [] and [e.text for e in debrief.approved("here")] == [
        "Onze wethouder wil een app"
    ]
    events = logged(app)
    assert all("device" not in str(event) for event in events)
    assert [e["action"] for e in events if e["action"] in ("submit", "approve", "reject")] == [
        "submit",
        "submit",
        "approve",
        "reject",
    ]


def test_q_shows_the_queue_on_the_screen_with_a_warning(make_app: AppFactory, spy: list[Drawn]) -> None:
    app = to_debrief(make_app, group=True)
    link = with_phones(app)
    app.pump()
    ask = link.hub.current_ask
    assert ask is not None and ask.kind == "word"
    link.hub.answer("device-a", ask.key, "chaos")
    app.pump()
    spy.clear()
    app.draw()
    assert "chaos" not in texts(spy, app) and scene_of(app).queue_drawn == []
    spy.clear()
    press(app, pygame.K_q)
    shown = texts(spy, app)
    assert "chaos" in shown and "toont nu de wachtrij" in shown
    press(app, pygame.K_a)
    assert scene_of(app).debrief.words() == ["chaos"]
    press(app, pygame.K_q)
    assert not scene_of(app).queue_shown


def test_phones_support_proposals_while_the_group_votes(make_app: AppFactory) -> None:
    app = to_debrief(make_app, group=True)
    link = with_phones(app)
    debrief = scene_of(app).debrief
    for _ in range(4):
        press(app, pygame.K_RIGHT)
    assert str(debrief.phase) == "wins"
    type_entry(app, "Een datalunch")
    type_entry(app, "Een spreekuur")
    press(app, pygame.K_RETURN)
    app.pump()
    ask = link.hub.current_ask
    assert (
        ask is not None
        and ask.kind == "support"
        and [text for _, text in ask.choices]
        == [
            "Een datalunch",
            "Een spreekuur",
        ]
    )
    second = ask.choices[1][0]
    for device in ("a", "b", "c"):
        assert link.hub.support(device, ask.key, second) == "queued"
    app.pump()
    assert debrief.support_count(second) == 3
    press(app, pygame.K_RETURN)
    assert debrief.action_list()[0].text == "Een spreekuur"


# -- the log and resuming ----------------------------------------------------------------------------


def test_a_session_stopped_in_the_debrief_resumes_in_the_same_phase(
    make_app: AppFactory, data_home: Path
) -> None:
    app = to_debrief(make_app, group=True)
    debrief = scene_of(app).debrief
    type_entry(app, "onrustig")
    for _ in range(3):
        press(app, pygame.K_RETURN)
    type_entry(app, "Dat doen wij ook zo")
    assert str(debrief.phase) == "here"
    actions = [event["action"] for event in logged(app)]
    assert actions[0] == "start" and actions.count("submit") == 2
    (path,) = saved_files(data_home)
    assert read_save(path).finished and read_save(path).debriefing
    # The process dies here: a new window on the same data folder offers the session and resumes it.
    app.saves_folder = None
    app._log = None
    fresh = make_app(seed=99)
    continue_first(fresh)
    resumed = scene_of(fresh)
    assert str(resumed.debrief.phase) == "here" and resumed.debrief.step == debrief.step
    assert resumed.debrief.words() == ["onrustig"]
    assert [e.text for e in resumed.debrief.approved("here")] == ["Dat doen wij ook zo"]
    # It goes on from there, and finishing it ends the offer to continue.
    press(fresh, pygame.K_RIGHT)
    assert str(resumed.debrief.phase) == "wins"
    while not resumed.debrief.finished:
        press(fresh, pygame.K_RETURN)
    press(fresh, pygame.K_RETURN)
    assert isinstance(fresh.scene, EndScene)
    assert not read_save(path).debriefing


def test_reopening_the_debrief_from_the_end_screen_keeps_what_was_said(make_app: AppFactory) -> None:
    app = to_debrief(make_app, group=False)
    type_entry(app, "leerzaam")
    while not scene_of(app).debrief.finished:
        press(app, pygame.K_RIGHT)
    press(app, pygame.K_RETURN)
    assert isinstance(app.scene, EndScene)
    press(app, pygame.K_b)
    assert scene_of(app).debrief.words() == ["leerzaam"]
    starts = [event for event in logged(app) if event["action"] == "start"]
    assert len(starts) == 1


# -- the presenter view and the statements after ----------------------------------------------------


def test_the_presenter_shows_the_pending_queue_with_the_selection(
    make_app: AppFactory, spy: list[Drawn]
) -> None:
    app = make_app(entries=[ScenarioEntry(COUNCIL_SESSION)], seed=3, settings=PlaySettings(presenter=True))
    play_with_keys(app)
    assert app.session is not None and app.presenter is not None
    app.session.mode = "group"
    press(app, pygame.K_b)
    link = with_phones(app)
    app.pump()
    ask = link.hub.current_ask
    assert ask is not None
    link.hub.answer("device-a", ask.key, "moe")
    link.hub.answer("device-b", ask.key, "trots")
    spy.clear()
    app.pump()
    press(app, pygame.K_DOWN)
    window = app.presenter
    assert window.drawn is not None
    assert window.drawn.queue == ("moe", "trots") and window.drawn.queue_selected == 1
    on_presenter = texts(spy, app, window.window.get_surface())
    assert "1. moe" in on_presenter and "2. trots" in on_presenter
    assert "moe" not in texts(spy, app)  # the projector: only the count
    for rect, box in window.records:
        assert box.inflate(2, 2).contains(rect)
    press(app, pygame.K_a)
    assert scene_of(app).debrief.words() == ["trots"] and app.presenter.drawn is not None
    assert app.presenter.drawn.queue == ("moe",)


def test_after_the_debrief_the_statements_once_more_when_scored_before(make_app: AppFactory) -> None:
    from game.ui.statements_link import board_of

    app = make_app(entries=[ScenarioEntry(COUNCIL_SESSION)], seed=3)
    play_with_keys(app)
    session = app.session
    assert session is not None
    session.mode = "group"
    board = board_of(session)
    board.hands("before", board.statements[0].id, (1, 2, 3, 0, 0))
    press(app, pygame.K_b)
    debrief = scene_of(app).debrief
    assert debrief.board is board
    while not debrief.finished:
        press(app, pygame.K_RIGHT)
    press(app, pygame.K_RETURN)
    assert app.scene.name == "statements" and getattr(app.scene, "when", None) == "after"


# -- fitting the window, help, solo ----------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_every_phase_keeps_its_texts_in_their_boxes(make_app: AppFactory, size: tuple[int, int]) -> None:
    app = to_debrief(make_app, group=True, size=size)
    debrief = scene_of(app).debrief
    type_entry(app, "verrassend")
    seen = []
    while not debrief.finished:
        if debrief.ask_kind in ("answer", "proposal"):
            type_entry(app, "Een lang antwoord dat over meer dan een regel gaat " * 3)
        app.redraw()
        app.pump()
        seen.append((debrief.phase, debrief.step_name))
        whole = app.screen.get_rect()
        assert len(app.records) > 5
        for rect, box in app.records:
            assert whole.contains(rect), f"{seen[-1]}: text {rect} leaves the window"
            assert box.inflate(2, 2).contains(rect), f"{seen[-1]}: text {rect} leaves its box {box}"
        press(app, pygame.K_RETURN if debrief.phase in ("wins", "reactions") else pygame.K_RIGHT)
    assert {phase for phase, _ in seen} == {"reactions", "happened", "why", "here", "wins"}


def test_f1_shows_the_debriefs_keys(make_app: AppFactory) -> None:
    app = to_debrief(make_app, group=True)
    press(app, pygame.K_F1)
    assert app.pause is not None and app.pause.name == "help"
    press(app, pygame.K_F1)
    assert app.pause is None and isinstance(app.scene, DebriefScene)


def test_a_solo_debrief_takes_nothing_from_phones(make_app: AppFactory) -> None:
    app = to_debrief(make_app, group=False)
    debrief = scene_of(app).debrief
    assert debrief.submit("stiekem", "phone", 1, debrief.ask_key) == "closed"
    assert debrief.entries() == [] and debrief.ask_kind == "word"
    for _ in range(4):
        press(app, pygame.K_RIGHT)
    type_entry(app, "Mijn eigen stap")
    press(app, pygame.K_RETURN)
    assert debrief.step_name == "list" and [e.text for e in debrief.action_list()] == ["Mijn eigen stap"]
    press(app, pygame.K_1)  # no hands in solo play
    assert debrief.support_count(debrief.action_list()[0].id) == 0


def test_the_mouse_steps_through_with_the_header_buttons(make_app: AppFactory) -> None:
    app = to_debrief(make_app, group=False, key=False)  # opened with the end screen's button
    debrief = scene_of(app).debrief
    click(app, button_centre(app, "next"))
    click(app, button_centre(app, "next"))
    assert str(debrief.phase) == "why"
    click(app, button_centre(app, "back"))
    assert str(debrief.phase) == "happened"
    while not debrief.finished:
        click(app, button_centre(app, "next"))
    assert scene_of(app).buttons.buttons[1].label == "Afsluiten"
    click(app, button_centre(app, "next"))
    assert isinstance(app.scene, EndScene)


def test_f1_in_a_solo_debrief_lists_only_the_solo_keys(make_app: AppFactory, spy: list[Drawn]) -> None:
    app = to_debrief(make_app, group=False)
    press(app, pygame.K_F1)
    assert isinstance(app.pause, HelpScene)
    shown = texts(spy, app).splitlines()  # each key's name is one text
    assert t("help.k.debrief_whatif", "nl") in shown and t("help.k.debrief_timer", "nl") in shown
    for row in ("debrief_approve", "debrief_queue", "debrief_hands", "debrief_select"):
        assert t(f"help.k.{row}", "nl") not in shown, row
    press(app, pygame.K_F1)
    group = to_debrief(make_app, group=True)
    press(group, pygame.K_F1)
    assert isinstance(group.pause, HelpScene) and group.pause.screen == "debrief"


def test_the_hint_names_the_next_phase_only_where_there_is_one(make_app: AppFactory) -> None:
    app = to_debrief(make_app, group=False)
    scene = scene_of(app)
    skip = t("help.h.debrief_skip", "nl")
    assert skip in scene.hint()
    while str(scene.debrief.phase) != "wins":
        press(app, pygame.K_RIGHT)
    while not scene.debrief.finished:
        assert skip not in scene.hint()
        press(app, pygame.K_RETURN)
    assert skip not in scene.hint() and t("help.h.debrief_back", "nl") in scene.hint()


def test_a_held_backspace_repeats_in_the_text_field_but_no_key_repeats_outside(make_app: AppFactory) -> None:
    app = to_debrief(make_app, group=False)
    scene = scene_of(app)
    press(app, pygame.K_RIGHT, release=False)
    press(app, pygame.K_RIGHT, release=False, wait=40)  # pygame's repeat: KEYDOWN again, no KEYUP between
    press(app, pygame.K_RIGHT)
    assert str(scene.debrief.phase) == "happened"  # one phase on: outside a field a held key is one press
    press(app, pygame.K_LEFT)
    press(app, pygame.K_e)
    assert scene.field is not None and pygame.key.get_repeat() == REPEAT_MS
    type_text(app, "halve")
    press(app, pygame.K_LEFT, release=False)
    press(app, pygame.K_LEFT, wait=40)  # held: the caret two places back
    press(app, pygame.K_BACKSPACE, release=False)
    press(app, pygame.K_BACKSPACE, wait=40)  # one repeat, then released: two letters gone
    assert (scene.field.text, scene.field.cursor) == ("hve", 1)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RIGHT)
    assert scene.field is None and pygame.key.get_repeat() == (0, 0)
