"""Event storms on every screen: keys with modifiers and repeats, typed text, clicks (often on a button),
the wheel, resizes, focus and display changes, thrown at each screen of the game for STORM_EVENTS events
(budget.py) while the manual clock jumps. After every event the game must be consistent: at most one
decision per turn, every decided option on its card, the decisions in the log minus the undos equal to
the state's choices, meters within their bounds, the card on screen the game's current card, votes and
timer within range. Nothing may raise. When the storm leaves the screen under test, it is brought back
the way a player would get there, so each screen gets its share. Afterwards every session log written
replays to the same game (the data_home fixture)."""

from __future__ import annotations

import random
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass

import pygame
import pytest

from game.paths import SCENARIOS_DIR
from game.settings import PlaySettings
from game.ui.app import App
from game.ui.loading import ScenarioEntry
from game.ui.scenes.card import CardScene
from game.ui.scenes.help import HelpScene
from game.ui.scenes.pause import PauseScene, UndoScene
from game.ui.screenshots import ManualClock
from tests.fuzz.budget import STORM_EVENTS, storm_seed
from tests.ui.conftest import AppFactory, press

EXAMPLE = SCENARIOS_DIR / "voorbeeld.yaml"  # two years of three turns, endings, profiles, follow-ups
COUNCIL = SCENARIOS_DIR / "raadssessie.yaml"  # notes on its cards (N), a group session

KEYS = [
    pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4, pygame.K_5, pygame.K_9, pygame.K_0, pygame.K_KP1,
    pygame.K_KP3, pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE, pygame.K_ESCAPE, pygame.K_BACKSPACE,
    pygame.K_DELETE, pygame.K_TAB, pygame.K_UP, pygame.K_DOWN, pygame.K_LEFT, pygame.K_RIGHT, pygame.K_HOME,
    pygame.K_END, pygame.K_PAGEUP, pygame.K_PAGEDOWN, pygame.K_r, pygame.K_t, pygame.K_v, pygame.K_n,
    pygame.K_u, pygame.K_z, pygame.K_l, pygame.K_k, pygame.K_c, pygame.K_d, pygame.K_w, pygame.K_o,
    pygame.K_q, pygame.K_a, pygame.K_EQUALS, pygame.K_PLUS, pygame.K_MINUS, pygame.K_KP_PLUS,
    pygame.K_KP_MINUS, pygame.K_QUESTION, pygame.K_SLASH, pygame.K_F1, pygame.K_F5, pygame.K_F11,
    pygame.K_LSHIFT, pygame.K_LCTRL, pygame.K_CAPSLOCK,
]  # fmt: skip
MODS = [0, 0, 0, 0, 0, pygame.KMOD_LSHIFT, pygame.KMOD_LCTRL, pygame.KMOD_LALT, pygame.KMOD_LMETA,
        pygame.KMOD_LCTRL | pygame.KMOD_LSHIFT, pygame.KMOD_CAPS | pygame.KMOD_NUM]  # fmt: skip
TEXTS = ["a", "Z", "?", "é", "ß", "中文", "😀", " ", "  spaces  ", "x" * 80, "\t", "<>&\"'", "\u202e", "1"]
SIZES = [(1280, 720), (800, 600), (640, 360), (1024, 768), (1920, 1080), (400, 300), (2560, 1440)]
WINDOW_EVENTS = [
    pygame.WINDOWFOCUSLOST, pygame.WINDOWFOCUSGAINED, pygame.WINDOWEXPOSED, pygame.WINDOWDISPLAYCHANGED,
    pygame.WINDOWRESTORED, pygame.WINDOWMINIMIZED, pygame.WINDOWMAXIMIZED, pygame.WINDOWSHOWN,
    pygame.WINDOWHIDDEN, pygame.WINDOWENTER, pygame.WINDOWLEAVE, pygame.WINDOWMOVED, pygame.VIDEOEXPOSE,
]  # fmt: skip
WAITS = [0, 0, 1, 16, 50, 130, 300, 1000, 5000, 200_000]  # ms: key bounce, frames, the timer running out


def key_event(kind: int, key: int, mod: int, repeat: bool = False) -> pygame.event.Event:
    char = chr(key) if 32 <= key < 127 else ""
    return pygame.event.Event(kind, key=key, mod=mod, unicode=char, scancode=0, repeat=repeat)


def post_random_event(app: App, dice: random.Random) -> None:
    """One real input, as SDL would deliver it to the window."""
    roll = dice.random()
    width, height = app.size
    post = pygame.event.post
    if roll < 0.5:
        key, mod = dice.choice(KEYS), dice.choice(MODS)
        post(key_event(pygame.KEYDOWN, key, mod, repeat=dice.random() < 0.1))  # repeat: the OS, a held key
        if dice.random() < 0.1:
            post(key_event(pygame.KEYDOWN, key, mod, repeat=True))
        if dice.random() < 0.85:
            post(key_event(pygame.KEYUP, key, mod))
    elif roll < 0.57:
        post(pygame.event.Event(pygame.TEXTINPUT, text=dice.choice(TEXTS)))
    elif roll < 0.82:
        pos = (
            click_target(app, dice)
            if dice.random() < 0.6
            else (dice.randrange(width), dice.randrange(height))
        )
        button = dice.choice([1, 1, 1, 1, 2, 3, 4, 5])
        post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
        post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button))
        if dice.random() < 0.9:
            release = pos if dice.random() < 0.8 else (dice.randrange(width), dice.randrange(height))
            post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=release, button=button))
    elif roll < 0.88:
        x, y = dice.choice([0, 0, 1, -1]), dice.choice([-3, -1, 1, 2, 10])
        flipped = dice.random() < 0.2
        post(pygame.event.Event(pygame.MOUSEWHEEL, x=x, y=y, flipped=flipped, precise_x=x, precise_y=y))
    elif roll < 0.92:
        size = dice.choice(SIZES)
        if dice.random() < 0.5:
            app.resize(size)
        else:  # the window manager changed it; the event arrives after the fact
            app.window_size = size
            app.screen = pygame.display.set_mode(size, pygame.RESIZABLE)
            post(pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1]))
            post(pygame.event.Event(pygame.WINDOWSIZECHANGED, x=size[0], y=size[1]))
    elif roll < 0.995:
        post(pygame.event.Event(dice.choice(WINDOW_EVENTS)))
    else:
        post(pygame.event.Event(pygame.QUIT))


def click_target(app: App, dice: random.Random) -> tuple[int, int]:
    """The middle of a button on screen (or of the overlay), else a random spot."""
    scene = app.pause if app.pause is not None else app.scene
    scene.ensure_layout()
    buttons = [button for button in scene.buttons.buttons if button.rect.width > 0 and button.rect.height > 0]
    if not buttons:
        return dice.randrange(app.size[0]), dice.randrange(app.size[1])
    rect = dice.choice(buttons).rect
    return dice.randrange(rect.left, rect.right), dice.randrange(rect.top, rect.bottom)


def assert_consistent(app: App) -> None:
    session = app.session
    if session is None:
        return
    game, scenario = session.game, session.scenario
    state = game.state
    choices = sum(1 for event in game.log if event.kind == "choice")
    undos = sum(1 for event in game.log if event.kind == "undo")
    assert choices - undos == len(state.choices), "the log and the state disagree on the decisions"
    turns = [(record.year, record.turn) for record in state.choices]
    assert len(turns) == len(set(turns)), "two decisions on one turn"
    for record in state.choices:
        card = scenario.card(record.card)
        assert 0 <= record.option < len(card.options)
        assert record.votes is None or (len(record.votes) == len(card.options) and min(record.votes) >= 0)
    for meter in scenario.meters:
        assert meter.minimum <= state.meters[meter.id] <= meter.maximum, (
            f"{meter.id}: {state.meters[meter.id]}"
        )
    scene = app.scene
    if isinstance(scene, CardScene):
        assert scene.card.id == state.current_card, "the card on screen is not the game's card"
        room = scene.room
        if room.tally is not None:
            assert len(room.tally.counts) == len(scene.card.options) and min(room.tally.counts) >= 0
        assert 0 <= room.timer.remaining(app.now()) <= room.timer.duration_ms
    assert len(session.undo_stack) <= len(state.choices)


# -- the screens, and how a player gets there ------------------------------------------------------


def start(app: App) -> None:
    """From the title screen into a game: the title's Enter, then the group's name when asked."""
    press(app, pygame.K_RETURN)
    if app.scene.name == "group_name":
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="Raad"))
        press(app, pygame.K_RETURN)


def to_statements(app: App) -> None:
    start(app)
    press(app, pygame.K_RETURN)  # the intro: a group scores the statements before the first card


def to_card(app: App) -> None:
    to_statements(app)
    while app.scene.name == "statements":
        press(app, pygame.K_RETURN)


def decide(app: App) -> None:
    """Decide the card on screen (in a group: reveal its options first), as the room would."""
    if isinstance(app.scene, CardScene) and not app.scene.room.revealed:
        press(app, pygame.K_r)
    press(app, pygame.K_1)


def to_screen(name: str, limit: int = 40) -> Callable[[App], None]:
    """Play on with option 1 and Enter until the screen `name` shows."""

    def reach(app: App) -> None:
        to_card(app)
        for _ in range(limit):
            if app.scene.name == name:
                return
            if app.scene.name == "card":
                decide(app)
            else:
                press(app, pygame.K_RETURN)
        raise AssertionError(f"never reached the {name} screen (at {app.scene.name})")

    return reach


def with_key(reach: Callable[[App], None], key: int) -> Callable[[App], None]:
    def then_press(app: App) -> None:
        reach(app)
        press(app, key)

    return then_press


def to_saves(app: App) -> None:
    to_card(app)
    decide(app)  # a decision: the session is saved and can be continued
    app.to_title()
    app.open_saves()


def to_end_view(key: int) -> Callable[[App], None]:
    return with_key(to_screen("end"), key)


def on_screen(name: str) -> Callable[[App], bool]:
    return lambda app: app.pause is None and app.scene.name == name


def overlay(kind: type, below: str | None = None) -> Callable[[App], bool]:
    return lambda app: isinstance(app.pause, kind) and (below is None or app.scene.name == below)


@dataclass(frozen=True)
class Screen:
    name: str
    reach: Callable[[App], None]
    there: Callable[[App], bool]
    group: bool = False
    scenario: str = "example"


SCREENS = [
    Screen("title", lambda app: None, on_screen("title")),
    Screen("saves", to_saves, on_screen("saves")),
    Screen("group_name", with_key(lambda app: None, pygame.K_RETURN), on_screen("group_name"), group=True),
    Screen("intro", start, on_screen("intro")),
    Screen("statements", to_statements, on_screen("statements"), group=True, scenario="council"),
    Screen("card", to_card, on_screen("card")),
    Screen("card_group", to_card, on_screen("card"), group=True, scenario="council"),
    Screen("card_voting", with_key(with_key(to_card, pygame.K_r), pygame.K_v), on_screen("card"), group=True),
    Screen("feedback", to_screen("feedback"), on_screen("feedback")),
    Screen("year", to_screen("year"), on_screen("year")),
    Screen("outcome", to_screen("outcome"), on_screen("outcome")),
    Screen("end_choices", to_end_view(pygame.K_k), on_screen("end")),
    Screen("end_triangle", to_end_view(pygame.K_d), on_screen("end"), scenario="council"),
    Screen("end_whatif", to_end_view(pygame.K_w), on_screen("end")),
    Screen("pause", with_key(to_card, pygame.K_ESCAPE), overlay(PauseScene)),
    Screen("help", with_key(to_card, pygame.K_F1), overlay(HelpScene)),
    Screen("help_on_pause", with_key(with_key(to_card, pygame.K_ESCAPE), pygame.K_F1), overlay(HelpScene)),
    Screen("undo", with_key(to_screen("feedback"), pygame.K_u), overlay(UndoScene)),
]


@pytest.mark.parametrize("screen", SCREENS, ids=[screen.name for screen in SCREENS])
def test_an_event_storm_on_every_screen_breaks_nothing(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch, screen: Screen
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *args, **kwargs: opened.append(url) or True)
    seed = storm_seed(screen.name)
    dice = random.Random(seed)
    path = COUNCIL if screen.scenario == "council" else EXAMPLE
    entries = [ScenarioEntry(path), ScenarioEntry(EXAMPLE if path == COUNCIL else COUNCIL)]
    app = make_app(entries, size=(800, 600), settings=PlaySettings(group=screen.group))
    clock = app.clock
    assert isinstance(clock, ManualClock)

    def bring_back() -> None:
        for key in KEYS:  # hands off the keyboard: a key still held down is not pressed again
            pygame.event.post(key_event(pygame.KEYUP, key, 0))
        app.pump()
        app.running = True
        app.close_pause()
        app.reload_errors = None
        if app.scene.name != "title":
            app.to_title()
        app.settings.group = screen.group
        app.catalogue.index = 0  # the scenario under test (the left and right keys choose another)
        app.draw()
        screen.reach(app)
        assert screen.there(app), f"not on the {screen.name} screen after reaching it ({app.scene.name})"

    bring_back()
    on_target = returns = 0
    try:
        while on_target < STORM_EVENTS:
            if not screen.there(app):
                returns += 1
                bring_back()
            post_random_event(app, dice)
            clock.advance(dice.choice(WAITS))
            app.pump()
            on_target += 1
            assert_consistent(app)
    except BaseException as error:
        raise AssertionError(
            f"storm on {screen.name} (seed {seed}) failed after {on_target} events"
        ) from error
    assert returns < STORM_EVENTS, "the storm never stayed on the screen"
