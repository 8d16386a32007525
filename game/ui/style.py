"""Colours, type scale and spacing (docs/style.md is generated from here): sizes follow the window's size."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property, lru_cache

Colour = tuple[int, int, int]

# Every text colour on the background it is drawn on has a contrast of at least 7:1 (WCAG AAA, relative
# luminance; tests/ui/test_legibility.py checks TEXT_PAIRS): readable on a washed-out projector.

BACKGROUND: Colour = (14, 26, 44)
BACKGROUND_LIGHT: Colour = (22, 38, 62)
BAND: Colour = (19, 33, 55)
PANEL: Colour = (246, 243, 236)
PANEL_LINE: Colour = (214, 207, 193)
INK: Colour = (20, 28, 43)
INK_MUTED: Colour = (66, 73, 88)
TEXT: Colour = (240, 243, 248)
TEXT_MUTED: Colour = (180, 194, 212)
ACCENT: Colour = (244, 182, 60)
ACCENT_DARK: Colour = (110, 70, 0)
BUTTON: Colour = (28, 44, 72)
BUTTON_LINE: Colour = (76, 101, 140)
BUTTON_HOVER: Colour = ACCENT
TRACK: Colour = (44, 62, 92)
GAIN: Colour = (112, 214, 170)
LOSS: Colour = (255, 160, 146)
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


def series_colour(index: int) -> Colour:
    """The line colour of the meter at `index` (the colours repeat after six meters, the shapes too)."""
    return SERIES[index % len(SERIES)]


@dataclass(frozen=True)
class Swatch:
    """One colour of the palette: its name in this module, the colour, and what it is for."""

    name: str
    colour: Colour
    role: str


# The palette as docs/style.md shows it (python -m game.ui.stylepage): calm, dark blue surroundings like a
# council chamber in the evening, paper-white cards, one warm accent; every colour above is listed here.
PALETTE: tuple[Swatch, ...] = (
    Swatch("BACKGROUND", BACKGROUND, "the screen behind everything"),
    Swatch("BACKGROUND_LIGHT", BACKGROUND_LIGHT, "plot area of the charts, emblem fill"),
    Swatch("BAND", BAND, "meter band, menus, help, toasts, chart panels"),
    Swatch("PANEL", PANEL, "cards and paper panels (the scenario, the lessons)"),
    Swatch("PANEL_LINE", PANEL_LINE, "lines and the triangle's fill on a paper panel"),
    Swatch("INK", INK, "text on paper and on the accent"),
    Swatch("INK_MUTED", INK_MUTED, "secondary text on paper: notes, counts, column headings"),
    Swatch("TEXT", TEXT, "text on the dark screen"),
    Swatch("TEXT_MUTED", TEXT_MUTED, "secondary text on the dark screen: hints, axes, subtitles"),
    Swatch("ACCENT", ACCENT, "the one accent: primary button, card stripe, kickers on dark, focus ring"),
    Swatch("ACCENT_DARK", ACCENT_DARK, "the accent as text on paper: speakers, kickers, theme headings"),
    Swatch("BUTTON", BUTTON, "buttons and effect rows"),
    Swatch("BUTTON_LINE", BUTTON_LINE, "button and chart panel outlines"),
    Swatch("BUTTON_HOVER", BUTTON_HOVER, "a hovered button (the accent)"),
    Swatch("TRACK", TRACK, "empty part of a meter bar, chart grid lines"),
    Swatch("GAIN", GAIN, "a meter that went up (with an upward arrow)"),
    Swatch("LOSS", LOSS, "a meter that went down (with a downward arrow)"),
    Swatch("ERROR_PANEL", ERROR_PANEL, "the panel of a scenario error"),
    Swatch("ERROR_INK", ERROR_INK, "the heading of a scenario error"),
)

# Every (text colour, background) pair the screens draw, and where; each must reach MIN_CONTRAST.
MIN_CONTRAST = 7.0
TEXT_PAIRS: tuple[tuple[str, Colour, Colour], ...] = (
    ("TEXT on BACKGROUND: titles and headings on the dark screen", TEXT, BACKGROUND),
    ("TEXT on BAND: meter band, menus, help, toast, question for the group", TEXT, BAND),
    ("TEXT on BUTTON: button labels, effect rows", TEXT, BUTTON),
    ("TEXT_MUTED on BACKGROUND: key hints, debrief summary", TEXT_MUTED, BACKGROUND),
    ("TEXT_MUTED on BAND: chart axes, unchanged meters", TEXT_MUTED, BAND),
    ("TEXT_MUTED on BUTTON: before and after values in effect rows", TEXT_MUTED, BUTTON),
    ("ACCENT on BACKGROUND: debrief kicker", ACCENT, BACKGROUND),
    ("ACCENT on BAND: calendar year, help and notes headings", ACCENT, BAND),
    ("INK on PANEL: card and feedback text", INK, PANEL),
    ("INK_MUTED on PANEL: term, column headings, notes", INK_MUTED, PANEL),
    ("ACCENT_DARK on PANEL: speaker and kickers", ACCENT_DARK, PANEL),
    ("INK on ACCENT: primary and hovered buttons, option badges", INK, ACCENT),
    ("ACCENT on INK: badge number on a hovered option", ACCENT, INK),
    ("GAIN on BUTTON: a meter that went up", GAIN, BUTTON),
    ("LOSS on BUTTON: a meter that went down", LOSS, BUTTON),
    ("GAIN on BAND: a meter's rise beside its number in the band", GAIN, BAND),
    ("LOSS on BAND: a meter's fall beside its number in the band", LOSS, BAND),
    ("ERROR_INK on ERROR_PANEL: reload and load errors", ERROR_INK, ERROR_PANEL),
    ("INK on ERROR_PANEL: the problems listed", INK, ERROR_PANEL),
    ("INK_MUTED on ERROR_PANEL: how to go on", INK_MUTED, ERROR_PANEL),
)


# Lines and shapes (not text) need 3:1 against what they are drawn on (WCAG 1.4.11): the chart's series on
# its plot area, the meter bars in the band.
MIN_GRAPHIC_CONTRAST = 3.0
SERIES_BACKGROUNDS: tuple[tuple[str, Colour], ...] = (
    ("BACKGROUND_LIGHT", BACKGROUND_LIGHT),
    ("BAND", BAND),
)


def pair_names(description: str) -> tuple[str, str, str]:
    """('INK', 'PANEL', 'card and feedback text') from a TEXT_PAIRS description 'INK on PANEL: card ...'."""
    colours, where = description.split(":", 1)
    ink, paper = colours.split(" on ")
    return ink.strip(), paper.strip(), where.strip()


def luminance(colour: Colour) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 black .. 1 white)."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = colour
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)


def contrast(first: Colour, second: Colour) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


BASE_WIDTH = 1280
BASE_HEIGHT = 720


# The legibility rule (issue 5): body text at least 1/27 of the window height, so it can be read from the
# back of a council chamber. At 1280x720 that is 26.7 pixels; the smallest body size is 27 design pixels,
# and text sizes round up, so the rule holds at every 16:9 window size.
BODY_HEIGHT_SHARE = 1 / 27
BODY_MIN = 27


@dataclass(frozen=True)
class TypeSize:
    """One step of the type scale: design pixels at 1280x720 (largest and smallest a text may be fitted
    at; the same for a fixed size) and what it is used for."""

    name: str
    largest: int
    smallest: int
    use: str


TYPE_SCALE: tuple[TypeSize, ...] = (
    TypeSize("display", 64, 44, "the game's name on the title screen"),
    TypeSize("title", 40, 32, "card title, outcome and debrief titles, scenario name"),
    TypeSize("heading", 32, 32, "a column's heading (Wat doe je?, Gevolgen)"),
    TypeSize("body", 31, BODY_MIN, "card text, feedback, intro, outcome, the lessons (never below 1/27)"),
    TypeSize("option", 27, 27, "options, lists of choices and saves, menu rows"),
    TypeSize("label", 24, 24, "kickers (capitals), meter names, button labels"),
    TypeSize("small", 21, 14, "key hints along the bottom, notes under a panel"),
    TypeSize("axis", 18, 18, "chart axes and years (scale with the window, not with the text size)"),
)
TYPE = {size.name: size.largest for size in TYPE_SCALE}


@dataclass(frozen=True)
class Space:
    """A spacing unit in design pixels at 1280x720, and where it is used."""

    name: str
    design: int
    use: str


MARGIN = 28
GAP = 16
RADIUS = 14
PANEL_PADDING = 34
BUTTON_PADDING = 18
SHADOW_OFFSET = 6
SHADOW_ALPHA = 70
ACCENT_BAR = 8
OUTLINE = 2
SPACING: tuple[Space, ...] = (
    Space("margin", MARGIN, "between the window's edge and everything on it"),
    Space("gap", GAP, "between two buttons, rows or columns"),
    Space("panel padding", PANEL_PADDING, "inside a card or paper panel"),
    Space("button padding", BUTTON_PADDING, "inside a button, around its label"),
    Space("radius", RADIUS, "corner radius of cards, panels and buttons"),
    Space("shadow offset", SHADOW_OFFSET, f"a soft shadow below a card (black at {SHADOW_ALPHA}/255)"),
    Space("accent bar", ACCENT_BAR, "the accent stripe on a card's left edge, and over a title"),
    Space("outline", OUTLINE, "button and panel outlines (3 for a menu or focus ring)"),
)


@dataclass(frozen=True)
class Metrics:
    """Sizes for one window size; `px(n)` is n design pixels at 1280x720, scaled to the real window.

    `text_scale` (Ctrl+plus / Ctrl+minus, see game.settings.TEXT_SCALES) enlarges every font size but
    none of the geometry: fixed font sizes grow by it, and a size range grows at its large end while
    keeping its smallest size, so a text that fitted at 100% still fits, as large as its box allows.
    """

    width: int
    height: int
    text_scale: float = 1.0

    @cached_property
    def scale(self) -> float:
        return max(0.5, min(self.width / BASE_WIDTH, self.height / BASE_HEIGHT))

    def px(self, value: float) -> int:
        pixels = self._pixels.get(value)
        if pixels is None:
            pixels = self._pixels[value] = max(1, round(value * self.scale))
        return pixels

    @cached_property
    def _pixels(self) -> dict[float, int]:
        """px() by design value: layouts ask for the same few values thousands of times."""
        return {}

    def text(self, value: float) -> int:
        """A font size: `value` design pixels at this window size and text scale, rounded up."""
        return _text_px(self.scale * self.text_scale, value)

    @property
    def body_floor(self) -> float:
        """The smallest body text size the legibility rule allows in this window (pixels)."""
        return self.height * BODY_HEIGHT_SHARE

    @property
    def margin(self) -> int:
        return self.px(MARGIN)

    @property
    def gap(self) -> int:
        return self.px(GAP)

    @property
    def radius(self) -> int:
        return self.px(RADIUS)

    # Font sizes (pixels) at this window size and text scale: the largest of each step of TYPE_SCALE.
    @property
    def display(self) -> int:
        return self.text(TYPE["display"])

    @property
    def title(self) -> int:
        return self.text(TYPE["title"])

    @property
    def heading(self) -> int:
        return self.text(TYPE["heading"])

    @property
    def body(self) -> int:
        return self.text(TYPE["body"])

    @property
    def option(self) -> int:
        return self.text(TYPE["option"])

    @property
    def label(self) -> int:
        return self.text(TYPE["label"])

    @property
    def small(self) -> int:
        return self.text(TYPE["small"])

    def scale_of(self, name: str) -> list[int]:
        """The sizes of the type scale's step `name`, largest first (see `steps`)."""
        size = next(size for size in TYPE_SCALE if size.name == name)
        return self.steps(size.largest, size.smallest)

    def steps(self, largest: int, smallest: int) -> list[int]:
        """Font sizes from `largest` times the text scale down to `smallest` design pixels, in two-pixel
        steps (at 100% exactly `range(largest, smallest - 1, -2)`)."""
        return list(_steps(self.scale, self.text_scale, largest, smallest))


def _text_px(factor: float, value: float) -> int:
    # Up, not to the nearest: a size never falls below its design size scaled (1e-6 absorbs float noise).
    return max(1, math.ceil(value * factor - 1e-6))


@lru_cache(maxsize=512)
def _steps(scale: float, text_scale: float, largest: int, smallest: int) -> tuple[int, ...]:
    # Layouts ask for the same few ranges thousands of times (the overflow lint lays out every card).
    # Above `largest` (when the text scale enlarges it) two-pixel steps down from the scaled size; then
    # the range itself, so at 100% the sizes are exactly the range and the smallest never changes.
    design: list[float] = []
    size = largest * text_scale
    while size > largest + 1e-6:
        design.append(size)
        size -= 2
    design.extend(float(value) for value in range(largest, smallest - 1, -2))
    sizes: list[int] = []
    for value in design:
        pixels = _text_px(scale, value)
        if not sizes or pixels < sizes[-1]:
            sizes.append(pixels)
    return tuple(sizes)
