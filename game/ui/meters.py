"""The meter band along the top: calendar, turn, and every meter as icon, name, number, change and bar.

Each meter is a column of three rows: icon and name; number and change; a bar as long as the narrowest
column, so every bar has one length, long enough to read across a room, and a change never moves it.
A meter with an ending line (game.core.thresholds) shows it on its bar: a tall mark where the line is and
the ending's side hatched (dark stripes over the fill, light ones over the track), so it reads without
colour; near the line, or past it, a warning sign (a triangle with "!") takes the place of the meter's icon.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pygame

from game.core.model import Meter, Number, Scenario
from game.core.thresholds import Line, ending_lines, warned
from game.formatting import format_delta, format_value
from game.ui import style
from game.ui.draw import Painter, fit_text
from game.ui.fonts import FontBook
from game.ui.style import Metrics

Calendar = tuple[str, str]  # ('2026', 'Beurt 2 van 6'): the year large, the line under it small
DELTA_ROOM = "+88"  # the room a column keeps beside its number for the change
NAME_SIZES = (24, 15)  # design px, largest first: the meters' names (the type scale's label)
VALUE_SIZES = (32, 16)  # the numbers
BAR_MIN = 96  # design px: the shortest bar a column is made wide enough for
# The band's rows, top to bottom, in design px: the name row fits the names' line (24 px bold, 32 px
# high, 33 with the rounding at 1920x1080), the number row the numbers' (32 px bold), the bar right below
# it; the mark of an ending line reaches MARK_REACH above and below the bar, above it into the empty
# space under the digits. The band is as short as that allows: every px of it is taken from the card
# below (the shipped cards' texts fit with a band of 115).
BAND_TOP = 6
NAME_ROW = 33
VALUE_ROW = 44
BAR_HEIGHT = 20  # tall enough for an ending line's hatching to read across a room
MARK_REACH = 6
ACCENT_LINE = 3  # the accent line along the band's bottom edge


@dataclass(frozen=True)
class Roll:
    """The calendar turning over: `previous` leaves upwards as the new one comes in, `progress` 0 to 1."""

    previous: Calendar
    progress: float


def band_height(m: Metrics) -> int:
    """The rows' heights added up as each is rounded, so the mark below a bar stays off the accent line."""
    return sum(m.px(row) for row in (BAND_TOP, NAME_ROW, VALUE_ROW, BAR_HEIGHT, MARK_REACH, 2, ACCENT_LINE))


def fraction(scenario: Scenario, meter_id: str, value: float) -> float:
    meter = scenario.meter(meter_id)
    span = meter.maximum - meter.minimum
    return 0.0 if span <= 0 else (value - meter.minimum) / span


def draw_band(
    painter: Painter,
    scenario: Scenario,
    values: Mapping[str, Number],
    lang: str,
    calendar: Calendar | None,
    deltas: Mapping[str, Number] | None = None,
    roll: Roll | None = None,
) -> pygame.Rect:
    """Draw the band across the top of the window; returns its rectangle.

    `deltas`: each meter's change, shown signed beside its number (unchanged meters show none); `roll`:
    the calendar turns over from `roll.previous` to `calendar`.
    """
    m = painter.metrics
    band = pygame.Rect(0, 0, m.width, band_height(m))
    pygame.draw.rect(painter.surface, style.BAND, band)
    pygame.draw.rect(
        painter.surface, style.ACCENT, (0, band.bottom - m.px(ACCENT_LINE), m.width, m.px(ACCENT_LINE))
    )
    left = m.margin
    inner_top = band.top + m.px(14)
    inner_height = band.height - m.px(14) * 2 - m.px(ACCENT_LINE)
    if calendar is not None:
        cal_width = m.px(200)
        box = pygame.Rect(left, inner_top, cal_width, inner_height)
        if roll is None or roll.progress >= 1.0:
            _draw_calendar(painter, band, box, calendar, 0)
        else:  # the old year goes up and out of the band as the new one comes up from below
            window = pygame.Rect(box.left, band.top, box.width, band.height - m.px(3))
            clip = painter.surface.get_clip()
            painter.surface.set_clip(window)
            _draw_calendar(painter, band, box, roll.previous, -round(window.height * roll.progress))
            _draw_calendar(painter, band, box, calendar, round(window.height * (1 - roll.progress)))
            painter.surface.set_clip(clip)
        divider_x = box.right + m.px(14)
        pygame.draw.rect(painter.surface, style.BUTTON_LINE, (divider_x, inner_top, m.px(2), inner_height))
        left = divider_x + m.px(24)
    look = band_layout(painter.fonts, m, scenario, lang, left)
    lines = scenario_lines(scenario)
    for index, meter in enumerate(scenario.meters):
        draw_meter(
            painter,
            look.columns[index],
            look,
            scenario,
            index,
            meter.id,
            values.get(meter.id, meter.start),
            lang,
            None if deltas is None else deltas.get(meter.id, 0),
            lines.get(meter.id, ()),
        )
    return band


def scenario_lines(scenario: Scenario) -> Mapping[str, tuple[Line, ...]]:
    """ending_lines of the scenario, kept for the scenario last asked about: the band is drawn every frame."""
    if _LINES and _LINES[0][0] is scenario:
        return _LINES[0][1]
    found = ending_lines(scenario)
    _LINES[:] = [(scenario, found)]
    return found


_LINES: list[tuple[Scenario, Mapping[str, tuple[Line, ...]]]] = []


def _draw_calendar(
    painter: Painter, band: pygame.Rect, box: pygame.Rect, calendar: Calendar, dy: int
) -> None:
    """Year (large) and turn (small) in `box`, moved down by `dy` (the roll)."""
    m = painter.metrics
    gap = m.px(2)
    # Year and turn fit the band above its accent line, also with larger text (Ctrl+plus).
    room = band.height - m.px(3) - m.px(4) - gap
    fonts = painter.fonts
    small_sizes = [size for size in m.steps(22, 16) if fonts.line_height(size) <= room * 2 // 5]
    small = fit_text(fonts, calendar[1], box.width, None, small_sizes or [m.px(16)], max_lines=1)
    big_sizes = [size for size in m.steps(40, 24) if fonts.line_height(size, True) <= room - small.height]
    big = fit_text(fonts, calendar[0], box.width, None, big_sizes or [m.px(24)], bold=True, max_lines=1)
    top = band.top + (band.height - m.px(3) - big.height - small.height - gap) // 2 + dy
    painter.block(big, pygame.Rect(box.left, top, box.width, big.height), style.ACCENT)
    painter.block(small, pygame.Rect(box.left, top + big.height + gap, box.width, small.height), style.TEXT)


@dataclass(frozen=True)
class BandLayout:
    """Where the meters go in the band: a column per meter, one name size and one bar length for all."""

    columns: tuple[pygame.Rect, ...]  # each from the top of the name row to the bottom of the bar
    name_size: int  # every meter's name at this size, so none looks less important
    name_height: int  # the first row (icon and name); the number, then the bar below it
    icon: int
    value_size: int
    value_height: int  # the second row: the number and its change
    bar: int  # every bar this long, so the bars compare at a glance
    bar_height: int

    def bar_of(self, column: pygame.Rect) -> pygame.Rect:
        """The bar of the meter in `column`: under its number, from the column's left edge."""
        top = column.top + self.name_height + self.value_height
        return pygame.Rect(column.left, top, min(self.bar, column.width), self.bar_height)


def band_layout(fonts: FontBook, m: Metrics, scenario: Scenario, lang: str, left: int) -> BandLayout:
    """The meters' columns from x `left` to the margin: at least as wide as each name needs at the
    largest common size (a long name such as "Publieke waarde" gets a wider column), the rest shared
    so the columns are as equal as the names allow. When even the smallest size does not fit, equal
    columns and each name shortened with an ellipsis."""
    names = tuple(scenario.text(meter.name, lang) for meter in scenario.meters)
    key = (names, left, m.width, m.height, m.text_scale, fonts.reading)
    found = _LAYOUTS.get(key)
    if found is None:
        found = _LAYOUTS[key] = _band_layout(fonts, m, names, left)
        if len(_LAYOUTS) > 64:
            del _LAYOUTS[next(iter(_LAYOUTS))]
    return found


# band_layout by names and window: the band is drawn every frame while the meters move.
_LAYOUTS: dict[tuple[object, ...], BandLayout] = {}


def _band_layout(fonts: FontBook, m: Metrics, names: tuple[str, ...], left: int) -> BandLayout:
    top = m.px(BAND_TOP)
    name_h, value_h = m.px(NAME_ROW), m.px(VALUE_ROW)
    height = name_h + value_h + m.px(BAR_HEIGHT)
    icon = min(name_h, m.px(28))
    value_size = next(
        (size for size in m.steps(*VALUE_SIZES) if fonts.line_height(size, True) <= value_h),
        m.px(VALUE_SIZES[1]),
    )
    narrowest = max(number_room(fonts, m, value_size), m.px(BAR_MIN))  # the number row, or the bar
    count = max(1, len(names))
    gap = m.px(26)
    room = m.width - m.margin - left - gap * (count - 1)
    sizes = [size for size in m.steps(*NAME_SIZES) if fonts.line_height(size, True) <= name_h]
    sizes = sizes or [m.px(NAME_SIZES[1])]
    widths = [room // count] * count
    name_size = sizes[-1]
    for size in sizes:
        needs = [max(icon + m.px(8) + fonts.width(name, size, bold=True), narrowest) for name in names]
        if sum(needs) <= room:
            widths, name_size = _share(needs, room), size
            break
    columns: list[pygame.Rect] = []
    x = left
    for width in widths:
        columns.append(pygame.Rect(x, top, width, height))
        x += width + gap
    bar = max(m.px(10), min(widths, default=0))
    return BandLayout(tuple(columns), name_size, name_h, icon, value_size, value_h, bar, m.px(BAR_HEIGHT))


def _share(needs: list[int], room: int) -> list[int]:
    """Widths of at least `needs` that fill `room`: as equal as they can be (a column that needs more
    than an equal share keeps its need, the others share what is left equally)."""
    wide: set[int] = set()
    while True:
        rest = len(needs) - len(wide)
        equal = (room - sum(needs[i] for i in wide)) // max(1, rest)
        grown = {i for i, need in enumerate(needs) if need > equal} - wide
        if not grown or rest == 0:
            return [needs[i] if i in wide else equal for i in range(len(needs))]
        wide |= grown


def number_room(fonts: FontBook, m: Metrics, value_size: int) -> int:
    """The width a column keeps for its number ("100") and the change beside it ("+88")."""
    number = fonts.width("100", value_size, bold=True)
    return number + m.px(6) + fonts.width(DELTA_ROOM, delta_size(m, value_size), bold=True)


def delta_size(m: Metrics, value_size: int) -> int:
    return max(m.px(14), value_size * 2 // 3)


def draw_meter(
    painter: Painter,
    rect: pygame.Rect,
    look: BandLayout,
    scenario: Scenario,
    index: int,
    meter_id: str,
    value: float,
    lang: str,
    delta: Number | None = None,
    lines: tuple[Line, ...] = (),
) -> None:
    """One meter: its icon and name on the first row; the number and its change (`delta`, when not 0)
    on the second; the bar on the third, so a change never moves it.
    `lines`: the meter's ending lines, marked on the bar; a warning sign replaces the icon near one."""
    m = painter.metrics
    meter = scenario.meter(meter_id)
    colour = style.series_colour(index)
    name_h = look.name_height
    icon = look.icon
    name_box = pygame.Rect(rect.left + icon + m.px(8), rect.top, rect.width - icon - m.px(8), name_h)
    name = fit_text(
        painter.fonts,
        scenario.text(meter.name, lang),
        name_box.width,
        None,
        [look.name_size],
        bold=True,
        max_lines=1,
    )
    icon_rect = pygame.Rect(rect.left, name_box.centery - icon // 2, icon, icon)
    if warned(lines, meter, value):
        draw_warning(painter, icon_rect)
    else:
        painter.icon(meter.icon, "meters", icon_rect, colour)
    painter.block(name, name_box, style.TEXT, valign="middle")
    row = pygame.Rect(rect.left, rect.top + name_h, rect.width, look.value_height)
    value_size = look.value_size
    value_rect = painter.text(
        format_value(round(value, 1)),
        (row.left, row.centery),
        value_size,
        style.TEXT,
        bold=True,
        anchor="midleft",
        box=rect,
    )
    if delta:
        painter.text(
            format_delta(delta),
            (value_rect.right + m.px(6), row.centery),
            delta_size(m, value_size),
            style.GAIN if delta > 0 else style.LOSS,
            bold=True,
            anchor="midleft",
            box=rect,
        )
    bar = look.bar_of(rect)
    share = fraction(scenario, meter_id, value)
    filled = painter.bar(bar, share, colour, style.TRACK)
    for line in lines:
        draw_line(painter, bar, meter, line, filled)


def line_x(bar: pygame.Rect, meter: Meter, line: Line) -> int:
    """The x of an ending line on a meter's bar, kept inside the bar."""
    span = meter.maximum - meter.minimum
    share = 0.0 if span <= 0 else min(1.0, max(0.0, (line.value - meter.minimum) / span))
    return bar.left + round(bar.width * share)


def draw_line(painter: Painter, bar: pygame.Rect, meter: Meter, line: Line, filled: int = 0) -> None:
    """An ending line on a bar whose fill reaches `filled` px: the ending's side hatched (only for a
    line that ends the term alone) and a light mark with a dark edge standing out above and below the
    bar, on the fill as on the track."""
    m = painter.metrics
    x = line_x(bar, meter, line)
    if line.alone:
        zone = pygame.Rect(0, 0, x - bar.left, bar.height)
        if not line.falling:
            zone = pygame.Rect(x - bar.left, 0, bar.right - x, bar.height)
        hatch(painter.surface, bar, zone, filled, m.px(HATCH_STEP), max(2, m.px(HATCH_WIDTH)))
    thick = max(3, m.px(5))
    reach = m.px(MARK_REACH)
    x = max(bar.left + thick // 2, min(bar.right - thick + thick // 2, x))
    mark = pygame.Rect(x - thick // 2, bar.top - reach, thick, bar.height + 2 * reach)
    pygame.draw.rect(painter.surface, style.BAND, mark.inflate(max(2, m.px(2)), max(2, m.px(2))))
    pygame.draw.rect(painter.surface, style.TEXT, mark)


HATCH_STEP = 9  # design px between the stripes of an ending's zone
HATCH_WIDTH = 3  # design px: each stripe's width
# The stripes' colours: over the fill dark, over the track light (and the loss colour), each far from what
# it covers in lightness (tests/ui/test_ending_lines.py checks 3:1 on every series colour), so the zone
# reads in grey as well as in colour.
HATCH_ON_FILL = style.INK
HATCH_ON_TRACK = style.LOSS


def hatch(
    surface: pygame.Surface, bar: pygame.Rect, zone: pygame.Rect, filled: int, step: int, width: int
) -> None:
    """Diagonal stripes `step` apart across `zone` (relative to `bar`), inside the bar's rounded shape:
    dark where the fill reaches (the first `filled` px), light over the track; a pattern that marks the
    zone without relying on colour."""
    if zone.width <= 0 or zone.height <= 0:
        return
    stripes = pygame.Surface(bar.size, pygame.SRCALPHA)
    parts = (
        (pygame.Rect(0, 0, filled, bar.height), HATCH_ON_FILL),
        (pygame.Rect(filled, 0, bar.width - filled, bar.height), HATCH_ON_TRACK),
    )
    for part, colour in parts:
        clip = part.clip(zone)
        if clip.width <= 0:
            continue
        stripes.set_clip(clip)
        for offset in range(zone.left - zone.height, zone.right + zone.height, max(2, step)):
            pygame.draw.line(stripes, colour, (offset, zone.bottom), (offset + zone.height, zone.top), width)
    stripes.set_clip(None)
    shape = pygame.Surface(bar.size, pygame.SRCALPHA)
    pygame.draw.rect(shape, (255, 255, 255, 255), shape.get_rect(), border_radius=bar.height // 2)
    stripes.blit(shape, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)  # nothing outside the rounded bar
    surface.blit(stripes, bar.topleft)


def draw_warning(painter: Painter, rect: pygame.Rect) -> None:
    """A warning sign in `rect`: a triangle with "!", its shape saying what colour alone would not."""
    m = painter.metrics
    points = [(rect.centerx, rect.top), (rect.right, rect.bottom), (rect.left, rect.bottom)]
    pygame.draw.polygon(painter.surface, style.ACCENT, points)
    bar_w = max(2, rect.width // 8)
    stem = pygame.Rect(rect.centerx - bar_w // 2, rect.top + rect.height * 3 // 8, bar_w, rect.height // 3)
    pygame.draw.rect(painter.surface, style.INK, stem)
    dot = max(2, bar_w)
    pygame.draw.rect(painter.surface, style.INK, (stem.left, rect.bottom - m.px(3) - dot, bar_w, dot))
