"""Headless fixtures: the dummy video driver, an App on a manual clock, and helpers that post real events."""

from __future__ import annotations

import os
import shutil

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pygame
import pytest

from game.core.model import Scenario
from game.core.session_log import read_log, replay
from game.errors import GameError
from game.paths import SCENARIOS_DIR
from game.scenario import load_scenario
from game.settings import PlaySettings
from game.ui.app import App
from game.ui.draw import Painter
from game.ui.loading import Catalogue, ScenarioEntry, Shelf
from game.ui.motion import MAX_MS
from game.ui.screenshots import ManualClock
from game.ui.style import Colour

EXAMPLE = SCENARIOS_DIR / "voorbeeld.yaml"
COUNCIL_SESSION = SCENARIOS_DIR / "raadssessie.yaml"  # three options on the first card, which has notes

AppFactory = Callable[..., App]


@pytest.fixture(scope="session")
def example() -> Scenario:
    return load_scenario(EXAMPLE)


@pytest.fixture(autouse=True)
def data_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Saves go to a fresh folder per test, never to the user's own data folder.

    After the test, every session log the test wrote is replayed and must give the same game: the
    issue asks that replay reproduces every log the test suite writes.
    """
    home = tmp_path_factory.mktemp("data-home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    yield home
    for path in sorted(home.rglob("*.jsonl")):
        replay_written_log(path)


def replay_written_log(path: Path) -> None:
    log = read_log(path)
    scenario_file = Path(log.header.scenario_file)
    if not log.header.scenario_file or not scenario_file.is_file():
        return  # a scenario built in memory by the test, or a temporary file already gone
    try:
        scenario = load_scenario(scenario_file)
    except GameError:
        return  # the test left the file broken on purpose (live reload of a bad file)
    if scenario.content_hash != log.header.content_hash:
        return  # the test changed the file afterwards (live reload): its later log replays instead
    if log.header.mode == "tables":  # every table's game replayed and checked against its events
        from game.tables.log import read_tables_log, restore_from_log

        restore_from_log(read_tables_log(path), scenario)
        return
    replay(log, scenario)  # raises LogError at the first difference


@pytest.fixture
def scenario_file(tmp_path: Path) -> Path:
    """A copy of the example scenario that the test may change (live reload, resuming after an edit)."""
    path = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, path)
    return path


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def make_app(clock: ManualClock) -> Iterator[AppFactory]:
    """Build an App on the title screen; closes the display afterwards."""
    apps: list[App] = []

    def build(
        entries: list[ScenarioEntry] | None = None,
        lang: str | None = "nl",
        seed: int | None = 1,
        size: tuple[int, int] = (1280, 720),
        settings: PlaySettings | None = None,
        shelf: Shelf | None = None,
    ) -> App:
        """`shelf`: the list as `play` builds it (the own folder, recent files), instead of `entries`."""
        catalogue = shelf.catalogue if shelf is not None else Catalogue(entries or [ScenarioEntry(EXAMPLE)])
        app = App(catalogue, lang, seed, size, clock=clock, settings=settings, shelf=shelf)
        app.draw()
        apps.append(app)
        return app

    yield build
    for app in apps:
        app.close()


def press(app: App, key: int, release: bool = True, wait: int = 1000, mod: int = 0) -> None:
    """A real key press (KEYDOWN, then KEYUP unless `release` is False), after `wait` ms of quiet."""
    clock = app.clock
    assert isinstance(clock, ManualClock)
    clock.advance(wait)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0))
    if release:
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0))
    app.pump()


def past_statements(app: App) -> None:
    """Enter through the statements a group scores before its first card (game/ui/scenes/statements.py),
    with nobody scoring them."""
    for _ in range(10):
        if app.scene.name != "statements":
            return
        press(app, pygame.K_RETURN)
    raise AssertionError("the statements never ended")


def press_with(app: App, key: int, mod: int, wait: int = 1000) -> None:
    """A key press with modifiers held, e.g. `press_with(app, pygame.K_z, pygame.KMOD_LCTRL)`."""
    press(app, key, wait=wait, mod=mod)


def settle(app: App) -> None:
    """Let the screen's motions run to their end (motion.MAX_MS on the clock) and draw the settled frame,
    as the loop does by itself; then the loop sleeps again."""
    clock = app.clock
    assert isinstance(clock, ManualClock)
    clock.advance(MAX_MS)
    app.pump()


def type_text(app: App, text: str) -> None:
    """Type `text` as SDL reports it: per character a key press, the TEXTINPUT event, the release."""
    clock = app.clock
    assert isinstance(clock, ManualClock)
    for char in text:
        clock.advance(150)
        key = ord(char) if char.isascii() and char.isprintable() else 0
        if key:
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode=char, scancode=0))
        pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=char))
        if key:
            pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=0, unicode=char, scancode=0))
        app.pump()


def pixels(surface: pygame.Surface, rect: pygame.Rect) -> bytes:
    """The RGB bytes of a part of a surface, to compare what was drawn there."""
    return pygame.image.tobytes(surface.subsurface(rect).copy(), "RGB")


def click(app: App, pos: tuple[int, int], wait: int = 1000) -> None:
    """Move the mouse to `pos`, press and release the left button there."""
    clock = app.clock
    assert isinstance(clock, ManualClock)
    clock.advance(wait)
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    app.pump()


def button_centre(app: App, action: str) -> tuple[int, int]:
    """Where the current screen's (or the pause menu's) button for `action` is."""
    scene = app.pause if app.pause is not None else app.scene
    scene.ensure_layout()
    for button in scene.buttons.buttons:
        if button.action == action:
            centre: tuple[int, int] = button.rect.center
            return centre
    raise AssertionError(f"no {action!r} button on the {scene.name} screen")


def pause_labels(app: App) -> dict[str, str]:
    """The pause menu's button labels by action, as laid out now."""
    assert app.pause is not None
    app.pause.ensure_layout()
    return {button.action: button.label for button in app.pause.buttons.buttons}


def play_with_keys(app: App, choose: Callable[[App], int] = lambda app: 0) -> list[str]:
    """Play from the title screen to the end screen with the keyboard; returns the screens seen."""
    seen = [app.scene.name]
    for _ in range(200):
        if app.scene.name == "end":
            return seen
        if app.scene.name == "card":
            press(app, pygame.K_1 + choose(app))
        else:
            press(app, pygame.K_RETURN)
        seen.append(app.scene.name)
    raise AssertionError(f"never reached the end screen: {seen}")


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@dataclass(frozen=True)
class Drawn:
    """One text the Painter drew: the string, where, in which box, its colour, the colour below it and
    the surface it was drawn on (a window's, or the presenter window's)."""

    text: str
    rect: pygame.Rect
    box: pygame.Rect
    colour: Colour
    below: Colour
    surface: pygame.Surface


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Drawn]]:
    """Every Painter.text call, with the background colour at the text's centre just before drawing."""
    drawn: list[Drawn] = []
    original = Painter.text

    def text(
        self: Painter,
        text: str,
        pos: tuple[int, int],
        size: int,
        colour: Colour,
        *args: object,
        **kwargs: object,
    ) -> pygame.Rect:
        before = len(self.records)
        rendered = self.fonts.render(text, size, colour)
        anchor = kwargs.get("anchor", args[2] if len(args) > 2 else "topleft")
        where = rendered.get_rect(**{str(anchor): pos})
        below = tuple(self.surface.get_at(where.clamp(self.surface.get_rect()).center))[:3]
        rect = original(self, text, pos, size, colour, *args, **kwargs)  # type: ignore[arg-type]
        drawn.append(Drawn(text, rect, self.records[before][1], colour, below, self.surface))  # type: ignore[arg-type]
        return rect

    monkeypatch.setattr(Painter, "text", text)
    yield drawn
