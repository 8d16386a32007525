"""Mashing the keyboard and mouse, resizing, losing focus, a projector coming and going: nothing breaks.

A seeded stream of real events is thrown at a group session. After every event the game must still
be consistent: every decision in the state is in the log once, undos included, and no card was
decided twice on one turn.
"""

from __future__ import annotations

import random

import pygame

from game.settings import PlaySettings
from game.ui.app import App
from game.ui.loading import ScenarioEntry
from tests.ui.conftest import COUNCIL_SESSION, AppFactory

KEYS = [
    pygame.K_1,
    pygame.K_2,
    pygame.K_3,
    pygame.K_4,
    pygame.K_RETURN,
    pygame.K_SPACE,
    pygame.K_ESCAPE,
    pygame.K_r,
    pygame.K_t,
    pygame.K_v,
    pygame.K_n,
    pygame.K_u,
    pygame.K_z,
    pygame.K_l,
    pygame.K_F1,
    pygame.K_TAB,
    pygame.K_UP,
    pygame.K_DOWN,
    pygame.K_LEFT,
    pygame.K_RIGHT,
    pygame.K_EQUALS,
    pygame.K_MINUS,
    pygame.K_a,
    pygame.K_F11,
]
MODS = [0, 0, 0, 0, pygame.KMOD_LSHIFT, pygame.KMOD_LCTRL]
SIZES = [(1280, 720), (1920, 1080), (800, 600), (1024, 768), (3840, 2160), (640, 360)]
WINDOW_EVENTS = [
    pygame.WINDOWFOCUSLOST,
    pygame.WINDOWFOCUSGAINED,
    pygame.WINDOWEXPOSED,
    pygame.WINDOWDISPLAYCHANGED,
    pygame.WINDOWRESTORED,
    pygame.WINDOWMINIMIZED,
]


def post_random_event(app: App, dice: random.Random) -> None:
    roll = dice.random()
    width, height = app.size
    if roll < 0.6:
        key, mod = dice.choice(KEYS), dice.choice(MODS)
        repeat = dice.random() < 0.1  # the OS repeating a held key
        pygame.event.post(
            pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0, repeat=repeat)
        )
        if dice.random() < 0.8:
            pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0))
    elif roll < 0.85:
        pos = (dice.randrange(width), dice.randrange(height))
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
        if dice.random() < 0.9:
            pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    elif roll < 0.92:
        app.resize(dice.choice(SIZES))
    else:
        pygame.event.post(pygame.event.Event(dice.choice(WINDOW_EVENTS)))


def assert_consistent(app: App) -> None:
    session = app.session
    if session is None:
        return
    state, log = session.game.state, session.game.log
    choices = sum(1 for event in log if event.kind == "choice")
    undos = sum(1 for event in log if event.kind == "undo")
    assert choices - undos == len(state.choices)
    turns = [(record.year, record.turn) for record in state.choices]
    assert len(turns) == len(set(turns)), "two decisions on one turn"


def test_three_thousand_random_events_break_nothing(make_app: AppFactory) -> None:
    dice = random.Random(2026)
    app = make_app([ScenarioEntry(COUNCIL_SESSION)], settings=PlaySettings(group=True))
    games = set()
    for _ in range(3_000):
        if not app.running:  # someone clicked Quit: the window would close; start again
            app.running = True
        post_random_event(app, dice)
        app.clock.advance(dice.choice([0, 5, 50, 300, 2000]))  # type: ignore[attr-defined]
        app.pump()
        assert_consistent(app)
        if app.session is not None:
            games.add(id(app.session))
    assert len(games) >= 2, "the mashing got through at least one game into the next"
