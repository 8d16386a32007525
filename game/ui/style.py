"""Colours and the size scale: every measurement derives from the window's real size."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

Colour = tuple[int, int, int]

BACKGROUND: Colour = (14, 26, 44)
BACKGROUND_LIGHT: Colour = (22, 38, 62)
BAND: Colour = (19, 33, 55)
PANEL: Colour = (246, 243, 236)
PANEL_LINE: Colour = (214, 207, 193)
INK: Colour = (20, 28, 43)
INK_MUTED: Colour = (84, 92, 108)
TEXT: Colour = (240, 243, 248)
TEXT_MUTED: Colour = (170, 184, 204)
ACCENT: Colour = (244, 182, 60)
ACCENT_DARK: Colour = (150, 96, 0)
BUTTON: Colour = (36, 56, 90)
BUTTON_LINE: Colour = (76, 101, 140)
BUTTON_HOVER: Colour = ACCENT
TRACK: Colour = (44, 62, 92)
GAIN: Colour = (112, 214, 170)
LOSS: Colour = (255, 140, 124)
ERROR_PANEL: Colour = (255, 233, 228)
ERROR_INK: Colour = (130, 24, 12)

# Distinct line colours for meters in the chart (shape markers make them recognisable without colour).
SERIES: tuple[Colour, ...] = (
    (244, 182, 60),
    (110, 182, 255),
    (112, 214, 170),
    (255, 140, 170),
    (186, 160, 255),
    (235, 235, 235),
)

BASE_WIDTH = 1280
BASE_HEIGHT = 720


@dataclass(frozen=True)
class Metrics:
    """Sizes for one window size; `px(n)` is n design pixels at 1280x720, scaled to the real window."""

    width: int
    height: int

    @cached_property
    def scale(self) -> float:
        return max(0.5, min(self.width / BASE_WIDTH, self.height / BASE_HEIGHT))

    def px(self, value: float) -> int:
        return max(1, round(value * self.scale))

    @property
    def margin(self) -> int:
        return self.px(28)

    @property
    def gap(self) -> int:
        return self.px(16)

    @property
    def radius(self) -> int:
        return self.px(14)

    # Font sizes (pixels) at this window size.
    @property
    def display(self) -> int:
        return self.px(60)

    @property
    def title(self) -> int:
        return self.px(40)

    @property
    def heading(self) -> int:
        return self.px(32)

    @property
    def body(self) -> int:
        return self.px(28)

    @property
    def option(self) -> int:
        return self.px(27)

    @property
    def label(self) -> int:
        return self.px(24)

    @property
    def small(self) -> int:
        return self.px(21)

    def steps(self, largest: int, smallest: int) -> list[int]:
        """Font sizes from `largest` down to `smallest` design pixels, in two-pixel steps."""
        return list(_steps(self.scale, largest, smallest))


@lru_cache(maxsize=256)
def _steps(scale: float, largest: int, smallest: int) -> tuple[int, ...]:
    # Layouts ask for the same few ranges thousands of times (the overflow lint lays out every card).
    return tuple(max(1, round(size * scale)) for size in range(largest, smallest - 1, -2))
