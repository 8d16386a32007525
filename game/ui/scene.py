"""The Scene base class (like Arcade's View) and the Host protocol scenes use to reach the App."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

import pygame

from game.settings import TEXT_SCALES
from game.ui.draw import Painter, TextBlock
from game.ui.fonts import FontBook
from game.ui.scenes.common import hint_height
from game.ui.style import Metrics
from game.ui.widgets import ButtonGroup

if TYPE_CHECKING:
    from pathlib import Path

    from game.core.save import SaveData
    from game.settings import PlaySettings
    from game.ui.loading import ScenarioEntry, Shelf
    from game.ui.motion import Easing, Layer, Motion
    from game.ui.phones import PhoneLink
    from game.ui.session import Session
    from game.ui.sound import Cue


class Host(Protocol):
    """What a scene may ask of the App: services and screen changes, never game rules."""

    fonts: FontBook
    session: Session | None
    fullscreen: bool
    settings: PlaySettings
    phones: PhoneLink | None  # votes from phones in the room, while they are on
    shelf: Shelf  # the own scenario folder and the recent files (loading.py)

    @property
    def lang(self) -> str: ...

    @property
    def size(self) -> tuple[int, int]: ...

    def now(self) -> int: ...

    def redraw(self) -> None: ...

    def advance(self) -> None: ...

    def show(self, scene: Scene) -> None: ...

    def start(self, entry: ScenarioEntry) -> None: ...

    def restart(self) -> None: ...

    def to_title(self) -> None: ...

    def open_pause(self) -> None: ...

    def close_pause(self) -> None: ...

    def close_help(self) -> None: ...

    def ask_undo(self) -> None: ...

    def undo(self) -> None: ...

    def toggle_language(self) -> None: ...

    def toggle_fullscreen(self) -> None: ...

    def toggle_presenter(self) -> None: ...

    def toggle_mute(self) -> None: ...

    def toggle_motion(self) -> None: ...

    def toggle_phones(self) -> None: ...

    def toggle_read_aloud(self) -> None: ...

    def toggle_reading_font(self) -> None: ...

    def open_own_folder(self) -> None: ...

    def cue(self, name: Cue) -> None:
        """A short sound cue (game.ui.sound.CUES); nothing when muted or headless."""

    def quit(self) -> None: ...

    def open_saves(self) -> None: ...

    def resumable_saves(self) -> list[tuple[Path, SaveData]]: ...

    def resume(self, path: Path) -> str | None: ...


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
    wants_text = False  # True for a screen with a text field: it gets TEXTINPUT and every key

    def __init__(self, host: Host) -> None:
        self.host = host
        self.buttons = ButtonGroup()
        self.boxes: dict[str, pygame.Rect] = {}
        self._layout_key: tuple[object, ...] | None = None
        self.layout_scale = 1.0  # the text scale the layout was built at (see _build_fitting)
        self.shown_at = 0
        self.motions: list[Motion] = []  # started by the screen (see `motion`); the loop draws while one runs
        self.layer: Layer | None = None  # where a moving part of the screen is drawn (draw_moving)
        self.stage: pygame.Rect | None = None  # the part of the window that moves, where the screen has one

    # -- life cycle ------------------------------------------------------------------

    def on_show(self) -> None:
        self.shown_at = self.host.now()

    def on_hide(self) -> None:
        self.buttons.pressed = None

    def motion(self, duration: int, easing: Easing | None = None) -> Motion:
        """A motion starting now (easing: motion.ease_out); with reduced motion it is over before it
        starts (the settled screen)."""
        from game.ui.motion import Motion, ease_out  # (not needed for the title screen's first frame)

        motion = Motion(
            self.host.now(), duration, easing or ease_out, skipped=self.host.settings.reduced_motion
        )
        self.motions.append(motion)
        return motion

    def animating(self) -> bool:
        """Whether a motion still runs: the loop then draws every frame, else it sleeps."""
        now = self.host.now()
        return any(not motion.done(now) for motion in self.motions)

    def finish_motions(self) -> bool:
        """Any key or click: every motion at its end at once (the key is then handled as usual). True
        when one was still running."""
        running = self.animating()
        for motion in self.motions:
            motion.skip()
        self.layer = None
        return running

    def spoken(self, lang: str) -> list[str]:
        """What read-aloud says when this screen appears (game/ui/narrator.py), in reading order."""
        return []

    def spoken_focus(self, lang: str) -> str | None:
        """What read-aloud says for the focused button (spoken as the focus moves)."""
        focus = self.buttons.focus
        buttons = self.buttons.buttons
        return buttons[focus].label if focus is not None and focus < len(buttons) else None

    def wake_in(self, now: int) -> int | None:
        """Milliseconds until what this screen shows goes out of date although nothing happened (a
        running clock), 0 when it already is, or None. The loop sleeps until then instead of drawing
        every frame, and draws when it returns 0."""
        return None

    # -- layout ----------------------------------------------------------------------

    def layout_key(self) -> tuple[object, ...]:
        return (self.host.size, self.host.lang, self.host.settings.text_scale)

    def metrics(self) -> Metrics:
        """The sizes of the window now, at the player's text scale (every Metrics for the host's window
        is made here or in Painter.metrics, so all text follows Ctrl+plus / Ctrl+minus)."""
        width, height = self.host.size
        return Metrics(width, height, self.host.settings.text_scale)

    def invalidate(self) -> None:
        self._layout_key = None

    def ensure_layout(self) -> None:
        key = self.layout_key()
        if key != self._layout_key:
            self._layout_key = key
            self.layout_scale = self._build_fitting()

    def _build_fitting(self) -> float:
        """Build at the player's text scale, unless that makes some text smaller than at 100% or cuts it
        (a long card text under a title grown by Ctrl+plus): then at the next smaller scale, down to
        100%. So a larger text size never shrinks or cuts a text. Returns the scale built at."""
        m = self.metrics()
        base = TEXT_SCALES[0]
        if m.text_scale <= base:
            self._build_at(m.width, m.height, m.text_scale)
            return m.text_scale
        self._build_at(m.width, m.height, base)
        smallest = self._fitted_sizes()
        for scale in [value for value in reversed(TEXT_SCALES) if base < value <= m.text_scale]:
            self._build_at(m.width, m.height, scale)
            if all(_no_worse(fitted, smallest.get(name)) for name, fitted in self._fitted_sizes().items()):
                return scale
        self._build_at(m.width, m.height, base)
        return base

    def _build_at(self, width: int, height: int, text_scale: float) -> None:
        self.boxes = {}
        self.build(Metrics(width, height, text_scale))

    def _fitted_sizes(self) -> dict[str, tuple[int, bool]]:
        """(size, cut) of every fitted text of the last build, by name: the scene's `texts` (if it keeps
        them) and its buttons' labels."""
        found: dict[str, tuple[int, bool]] = {}
        texts = getattr(self, "texts", None)
        if isinstance(texts, dict):
            for name, block in texts.items():
                if isinstance(block, TextBlock):
                    found[f"text {name}"] = (block.size, block.cut)
        for button in self.buttons.buttons:
            if button.block is not None:
                found[f"button {button.action}"] = (button.block.size, button.block.cut)
        return found

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

    def on_escape(self) -> bool:
        """Esc: True when the screen used it itself (leaving a view within it); else the menu opens."""
        return False

    # -- drawing ---------------------------------------------------------------------

    def draw(self, painter: Painter) -> None:
        self.ensure_layout()
        painter.text_scale = self.layout_scale  # what is drawn now matches the layout (see _build_fitting)

    def progress(self, motion: Motion | None) -> float:
        """How far `motion` has come, eased (1 when there is none: the settled screen)."""
        return 1.0 if motion is None else motion.progress(self.host.now())

    def draw_moving(
        self,
        painter: Painter,
        band: pygame.Rect,
        motion: Motion | None,
        shift: tuple[int, int],
        draw: Callable[[Painter], None],
    ) -> None:
        """What `draw` paints between the band and the key hint (`self.stage`), coming in with `motion`:
        moved by `shift` at first and faded in; the band and the hint stay where they are."""
        from game.ui.motion import Layer, draw_entering

        if self.layer is None:
            self.layer = Layer()
        draw_entering(
            painter, self.layer, self.stage_below(painter, band), self.progress(motion), shift, draw
        )

    def stage_below(self, painter: Painter, band: pygame.Rect) -> pygame.Rect:
        """The part of the window between the band and the key hint, kept as `self.stage`."""
        m = painter.metrics
        bottom = m.height - hint_height(painter.fonts, m)
        self.stage = pygame.Rect(0, band.bottom, m.width, max(1, bottom - band.bottom))
        return self.stage


def _no_worse(fitted: tuple[int, bool], at_base: tuple[int, bool] | None) -> bool:
    """A text at a larger text scale is at least as large as at 100%, and not cut unless it was then."""
    size, cut = fitted
    if at_base is None:
        return not cut
    return size >= at_base[0] and (not cut or at_base[1])


class ContinueScene(Scene):
    """A screen whose only way on is its continue button, Enter or Space: the host shows what is next."""

    def on_action(self, action: str) -> None:
        if action == "continue":
            self.host.advance()

    def on_continue(self) -> None:
        self.host.advance()
