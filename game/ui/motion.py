"""Motion that explains: short transitions (at most 300 ms), skippable, and off with reduced motion.

A `Motion` is a start time on the host's clock, a duration and an easing; it reports its eased progress
(0 to 1) and whether it is done. A skipped motion (any key or click, or reduced motion from the start) is
done at once and reports 1, so every screen draws its settled state from it. Motion lives in the
presentation layer only: the game state has already changed when a motion starts, and the loop draws
every frame only while one runs (`Scene.animating`).

`Layer` draws a moving part of a screen (a card or panel sliding and fading in) offscreen and puts it on
the window moved and faded; `draw_leaving` does the same for a picture of what leaves (the decided card).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.ui import style
from game.ui.draw import Painter

MAX_MS = 300  # no motion lasts longer: it explains a change, it never delays a decision
ENTER_MS = 240  # a card or panel coming in
LEAVE_MS = 160  # the decided card going out (quicker than the next panel comes in)
METER_MS = 300  # the meters moving to their new values
ROLL_MS = 300  # the year turning over

Easing = Callable[[float], float]


def ease_out(x: float) -> float:
    """Fast start, gentle stop (cubic): things arriving."""
    return 1 - (1 - x) ** 3


def ease_in_out(x: float) -> float:
    """Gentle start and stop (cubic): a value moving from one place to another."""
    return 4 * x**3 if x < 0.5 else 1 - (-2 * x + 2) ** 3 / 2


@dataclass
class Motion:
    """A transition from `start` (ms) lasting `duration` ms (clamped to 0..MAX_MS); `skipped` ends it now."""

    start: int
    duration: int
    easing: Easing = ease_out
    skipped: bool = False

    def __post_init__(self) -> None:
        self.duration = max(0, min(MAX_MS, self.duration))

    def raw(self, now: int) -> float:
        """How far along in time, 0 to 1 (1 when done or skipped)."""
        if self.skipped or self.duration <= 0:
            return 1.0
        return min(1.0, max(0.0, (now - self.start) / self.duration))

    def progress(self, now: int) -> float:
        """The eased progress, 0 to 1; exactly 1 once done."""
        raw = self.raw(now)
        return 1.0 if raw >= 1.0 else self.easing(raw)

    def done(self, now: int) -> bool:
        return self.raw(now) >= 1.0

    def skip(self) -> None:
        self.skipped = True


def between(start: float, end: float, progress: float) -> float:
    """The value `progress` of the way from `start` to `end`; exactly `end` at 1."""
    return end if progress >= 1.0 else start + (end - start) * progress


def shifted(shift: tuple[int, int], share: float) -> tuple[int, int]:
    return round(shift[0] * share), round(shift[1] * share)


@dataclass
class Layer:
    """An offscreen surface the size of the window, kept while a motion runs (released when it ends)."""

    surface: pygame.Surface | None = None

    def painter(self, painter: Painter) -> Painter:
        """A painter like `painter` on this layer, cleared to the window's background."""
        size = painter.surface.get_size()
        if self.surface is None or self.surface.get_size() != size:
            self.surface = pygame.Surface(size)
        self.surface.fill(style.BACKGROUND)
        return Painter(self.surface, painter.fonts, text_scale=painter.text_scale)

    def show(self, painter: Painter, area: pygame.Rect, offset: tuple[int, int], alpha: int) -> None:
        """Put `area` of the layer onto the window moved by `offset`, `alpha` (0-255) opaque, clipped."""
        if self.surface is not None:
            _blit_faded(painter.surface, self.surface, area, area.move(offset), alpha, source=area)

    def release(self) -> None:
        self.surface = None


def draw_entering(
    painter: Painter,
    layer: Layer,
    area: pygame.Rect,
    progress: float,
    shift: tuple[int, int],
    draw: Callable[[Painter], None],
) -> None:
    """What `draw` paints inside `area`, coming in: moved by `shift` at the start and faded in. Settled
    (progress 1) it is drawn straight onto the window, as without motion."""
    if progress >= 1.0:
        layer.release()
        draw(painter)
        return
    if progress <= 0.0:
        return  # not in sight yet (and no layer to fill: a screenshot run only ever draws this frame)
    draw(layer.painter(painter))
    layer.show(painter, area, shifted(shift, 1 - progress), round(255 * progress))


@dataclass
class Picture:
    """A part of the last frame (the decided card), to show it leaving while the next screen comes in."""

    image: pygame.Surface
    rect: pygame.Rect

    @classmethod
    def of(cls, surface: pygame.Surface, rect: pygame.Rect) -> Picture | None:
        area = rect.clip(surface.get_rect())
        if area.width <= 0 or area.height <= 0:
            return None
        return cls(surface.subsurface(area).copy(), area)


def draw_leaving(
    painter: Painter, picture: Picture, area: pygame.Rect, progress: float, shift: tuple[int, int]
) -> None:
    """`picture` going out: moved by `shift` at the end and faded out; nothing once progress is 1."""
    if progress < 1.0:
        dest = picture.rect.move(shifted(shift, progress))
        _blit_faded(painter.surface, picture.image, area, dest, round(255 * (1 - progress)))


def _blit_faded(
    target: pygame.Surface,
    image: pygame.Surface,
    clip: pygame.Rect,
    dest: pygame.Rect,
    alpha: int,
    source: pygame.Rect | None = None,
) -> None:
    """`image` (or its `source` part) onto `target` at `dest`, `alpha` (0-255) opaque, only inside `clip`."""
    kept = target.get_clip()
    target.set_clip(clip)
    image.set_alpha(max(0, min(255, alpha)))
    target.blit(image, dest, source)
    target.set_clip(kept)
