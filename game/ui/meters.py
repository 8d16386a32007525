"""The meter band along the top: calendar, turn, and every meter as icon, name, number, change and bar."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pygame

from game.core.model import Number, Scenario
from game.formatting import format_delta, format_value
from game.ui import style
from game.ui.draw import Painter, fit_text
from game.ui.style import Metrics

Calendar = tuple[str, str]  # ('2026', 'Beurt 2 van 6'): the year large, the line under it small
DELTA_ROOM = "+88"  # the room kept beside every number for its change, so the bars never move


@dataclass(frozen=True)
class Roll:
    """The calendar turning over: `previous` leaves upwards as the new one comes in, `progress` 0 to 1."""

    previous: Calendar
    progress: float


def band_height(m: Metrics) -> int:
    return m.px(108)


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
    pygame.draw.rect(painter.surface, style.ACCENT, (0, band.bottom - m.px(3), m.width, m.px(3)))
    left = m.margin
    inner_top = band.top + m.px(14)
    inner_height = band.height - m.px(14) * 2 - m.px(3)
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
    count = max(1, len(scenario.meters))
    gap = m.px(26)
    column = (m.width - m.margin - left - gap * (count - 1)) // count
    for index, meter in enumerate(scenario.meters):
        x = left + index * (column + gap)
        draw_meter(
            painter,
            pygame.Rect(x, inner_top, column, inner_height),
            scenario,
            index,
            meter.id,
            values.get(meter.id, meter.start),
            lang,
            None if deltas is None else deltas.get(meter.id, 0),
        )
    return band


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


def draw_meter(
    painter: Painter,
    rect: pygame.Rect,
    scenario: Scenario,
    index: int,
    meter_id: str,
    value: float,
    lang: str,
    delta: Number | None = None,
) -> None:
    """One meter: its icon and name on the first row; the number, its change (`delta`, when not 0) and a
    bar on the second. Room for the change is kept on every screen, so the bar stays where it is."""
    m = painter.metrics
    meter = scenario.meter(meter_id)
    colour = style.series_colour(index)
    name_h = rect.height * 4 // 9
    icon = min(name_h, m.px(28))
    name_box = pygame.Rect(rect.left + icon + m.px(8), rect.top, rect.width - icon - m.px(8), name_h)
    name = fit_text(
        painter.fonts,
        scenario.text(meter.name, lang),
        name_box.width,
        None,
        [size for size in m.steps(24, 15) if painter.fonts.line_height(size, True) <= name_h] or [m.px(15)],
        bold=True,
        max_lines=1,
    )
    painter.icon(
        meter.icon, "meters", pygame.Rect(rect.left, name_box.centery - icon // 2, icon, icon), colour
    )
    painter.block(name, name_box, style.TEXT, valign="middle")
    row = pygame.Rect(rect.left, rect.top + name_h, rect.width, rect.height - name_h)
    value_text = format_value(round(value, 1))
    value_size = next(
        (size for size in m.steps(32, 16) if painter.fonts.line_height(size, True) <= row.height), m.px(16)
    )
    value_rect = painter.text(
        value_text, (row.left, row.centery), value_size, style.TEXT, bold=True, anchor="midleft", box=rect
    )
    number_width = max(value_rect.width, painter.fonts.width("100", value_size, bold=True))
    delta_size = max(m.px(14), value_size * 2 // 3)
    delta_text = format_delta(delta) if delta else ""
    delta_width = max(
        painter.fonts.width(DELTA_ROOM, delta_size, bold=True),
        painter.fonts.width(delta_text, delta_size, bold=True),
    )
    if delta_text:
        painter.text(
            delta_text,
            (row.left + number_width + m.px(6), row.centery),
            delta_size,
            style.GAIN if delta and delta > 0 else style.LOSS,
            bold=True,
            anchor="midleft",
            box=rect,
        )
    bar_left = row.left + number_width + m.px(6) + delta_width + m.px(10)
    bar = pygame.Rect(bar_left, row.centery - m.px(6), max(m.px(10), rect.right - bar_left), m.px(12))
    painter.bar(bar, fraction(scenario, meter_id, value), colour, style.TRACK)
