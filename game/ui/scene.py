"""The Scene base class (like Arcade's View) and the Host protocol scenes use to reach the App."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import pygame

from game.ui.draw import Painter
from game.ui.fonts import FontBook
from game.ui.style import Metrics
from game.ui.widgets import ButtonGroup

if TYPE_CHECKING:
    from game.settings import PlaySettings
    from game.ui.loading import ScenarioEntry
    from game.ui.session import Session


class Host(Protocol):
    """What a scene may ask of the App: services and screen changes, never game rules."""

    fonts: FontBook
    session: Session | None
    fullscreen: bool
    settings: PlaySettings

    @property
    def lang(self) -> str: ...

    @property
    def size(self) -> tuple[int, int]: ...

    def now(self) -> int: ...

    def redraw(self) -> None: ...

    def advance(self) -> None: ...

    def start(self, entry: ScenarioEntry) -> None: ...

    def restart(self) -> None: ...

    def to_title(self) -> None: ...

    def open_pause(self) -> None: ...

    def close_pause(self) -> None: ...

    def ask_undo(self) -> None: ...

    def undo(self) -> None: ...

    def toggle_language(self) -> None: ...

    def toggle_fullscreen(self) -> None: ...

    def quit(self) -> None: ...


CONTINUE_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)
OPTION_KEYS = {
    pygame.K_1: 0,
    pygame.K_2: 1,
    pygame.K_3: 2,
    pygame.K_4: 3,
    pygame.K_KP1: 0,
    pygame.K_KP2: 1,
    pygame.K_KP3: 2,
    pygame.K_KP4: 3,
}


class Scene:
    """One screen: on_show/on_hide/handle_event/draw; the layout is rebuilt when size or language change."""

    name = "scene"

    def __init__(self, host: Host) -> None:
        self.host = host
        self.buttons = ButtonGroup()
        self.boxes: dict[str, pygame.Rect] = {}
        self._layout_key: tuple[object, ...] | None = None
        self.shown_at = 0

    # -- life cycle ------------------------------------------------------------------

    def on_show(self) -> None:
        self.shown_at = self.host.now()

    def on_hide(self) -> None:
        self.buttons.pressed = None

    def animating(self) -> bool:
        return False

    def wake_in(self, now: int) -> int | None:
        """Milliseconds until what this screen shows goes out of date although nothing happened (a
        running clock), 0 when it already is, or None. The loop sleeps until then instead of drawing
        every frame, and draws when it returns 0."""
        return None

    # -- layout ----------------------------------------------------------------------

    def layout_key(self) -> tuple[object, ...]:
        return (self.host.size, self.host.lang)

    def invalidate(self) -> None:
        self._layout_key = None

    def ensure_layout(self) -> None:
        key = self.layout_key()
        if key != self._layout_key:
            self._layout_key = key
            self.boxes = {}
            self.build(Metrics(*self.host.size))

    def build(self, m: Metrics) -> None:
        """Compute rectangles (self.boxes), fitted text and buttons for the window size `m`."""

    # -- input -----------------------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> None:
        self.ensure_layout()
        action, changed = self.buttons.handle(event)
        if changed:
            self.host.redraw()
        if action is not None:
            self.on_action(action)
            return
        if event.type == pygame.KEYDOWN:
            self.on_key(event.key)

    def on_key(self, key: int) -> None:
        if key in (pygame.K_UP, pygame.K_LEFT):
            self.buttons.move_focus(-1)
            self.host.redraw()
        elif key in (pygame.K_DOWN, pygame.K_RIGHT, pygame.K_TAB):
            self.buttons.move_focus(1)
            self.host.redraw()
        elif key in CONTINUE_KEYS:
            action = self.buttons.focused_action()
            if action is not None:
                self.on_action(action)
            else:
                self.on_continue()

    def on_action(self, action: str) -> None:
        """A button was activated."""

    def on_continue(self) -> None:
        """Enter or Space without a focused button."""

    # -- drawing ---------------------------------------------------------------------

    def draw(self, painter: Painter) -> None:
        self.ensure_layout()


class ContinueScene(Scene):
    """A screen whose only way on is its continue button, Enter or Space: the host shows what is next."""

    def on_action(self, action: str) -> None:
        if action == "continue":
            self.host.advance()

    def on_continue(self) -> None:
        self.host.advance()
