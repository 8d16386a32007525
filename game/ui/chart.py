"""A line chart of every meter over the whole game, with year boundaries and shape markers."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import pygame

from game.core.model import Scenario
from game.core.state import MeterPoint
from game.formatting import format_value
from game.i18n import t, year_label
from game.ui import style
from game.ui.draw import Painter, fit_text
from game.ui.meters import fraction
from game.ui.style import Colour

# What a legend entry shows before its label: a meter's shape (by index), or a solid or dashed line.
LegendSample = int | Literal["solid", "dashed"]


@dataclass(frozen=True)
class GridStyle:
    """Pixel sizes of a time grid: inset of the first and last turn, dash length, label gaps, line width."""

    inset: int
    dash: int
    value_gap: int
    year_gap: int
    line_width: int


def draw_time_grid(
    painter: Painter,
    rect: pygame.Rect,
    plot: pygame.Rect,
    scenario: Scenario,
    axis_size: int,
    grid: GridStyle,
    lang: str = "en",
) -> Callable[[float], int]:
    """Horizontal lines at 0-100% of the meters' range, dashed year boundaries and calendar years.

    Shared by the debrief chart and the simulator's chart; returns the x of a moment in turns.
    """
    same_range = len({(meter.minimum, meter.maximum) for meter in scenario.meters}) == 1
    low = scenario.meters[0].minimum if scenario.meters else 0
    high = scenario.meters[0].maximum if scenario.meters else 100
    thin = max(1, grid.line_width // 2)
    # Every quarter labelled; in a short plot (large text in a small window) every half, or only the ends.
    line_h = painter.fonts.line_height(axis_size)
    every = next((n for n in (1, 2) if plot.height * n / 4 >= line_h), 4)
    for step in range(5):
        share = step / 4
        gy = plot.bottom - round(plot.height * share)
        pygame.draw.line(painter.surface, style.TRACK, (plot.left, gy), (plot.right, gy), thin)
        if step % every:
            continue
        label = format_value(low + (high - low) * share) if same_range else f"{round(share * 100)}%"
        painter.text(
            label, (plot.left - grid.value_gap, gy), axis_size, style.TEXT_MUTED, anchor="midright", box=rect
        )
    total = max(1, scenario.total_turns)

    def sx(turns: float) -> int:
        return plot.left + grid.inset + round((plot.width - 2 * grid.inset) * turns / total)

    for year in range(1, scenario.years + 1):
        x0, x1 = sx((year - 1) * scenario.turns_per_year), sx(year * scenario.turns_per_year)
        if year < scenario.years:
            for dy in range(plot.top, plot.bottom, grid.dash * 2):
                end = (x1, min(plot.bottom, dy + grid.dash))
                pygame.draw.line(painter.surface, style.TEXT_MUTED, (x1, dy), end, grid.line_width)
        label = year_label(scenario.calendar_year(year), year, lang)
        if painter.fonts.width(label, axis_size) < x1 - x0:
            at = ((x0 + x1) // 2, plot.bottom + grid.year_gap)
            painter.text(label, at, axis_size, style.TEXT_MUTED, anchor="midtop", box=rect)
    return sx


def point_x(scenario: Scenario, point: MeterPoint) -> float:
    """Position on the time axis in turns since the term began (year-end points at the year's end)."""
    return scenario.turn_number(point.year, point.turn)


def draw_chart(
    painter: Painter,
    rect: pygame.Rect,
    scenario: Scenario,
    history: Sequence[MeterPoint],
    lang: str,
    alternative: Sequence[MeterPoint] | None = None,
    marker: int | None = None,
) -> None:
    """Legend on top (shape, name, final value), then the plot with a 0-100% scale and the years below.

    What if (game/ui/whatif_view.py): with `alternative`, that second course dashed from turn `marker`
    on and the two line styles in the legend; with `marker`, a band at that turn (the changed decision).
    """
    m = painter.metrics
    thickness = max(2, m.px(3))
    entries: list[tuple[LegendSample, str]] = []
    if alternative is not None:
        entries += [
            ("solid", t("end.whatif.legend_real", lang)),
            ("dashed", t("end.whatif.legend_alt", lang)),
        ]
    final = history[-1].meters if history else {}
    for index, meter in enumerate(scenario.meters):
        value = final.get(meter.id, meter.start)
        entries.append((index, f"{scenario.text(meter.name, lang)} {format_value(value)}"))
    bottom = draw_legend(painter, rect, entries, thickness)
    plot, sx = draw_plot_area(painter, rect, scenario, bottom + m.px(14), lang)
    if marker is not None:  # a band behind the lines at the changed decision (not a meter's colour)
        band = pygame.Rect(0, plot.top, max(4, m.px(8)), plot.height)
        band.centerx = sx(marker)
        pygame.draw.rect(painter.surface, style.BUTTON_LINE, band)

    def course(points: Sequence[MeterPoint], meter_id: str) -> list[tuple[int, int]]:
        return [
            (
                sx(point_x(scenario, point)),
                plot.bottom
                - round(plot.height * fraction(scenario, meter_id, point.meters.get(meter_id, 0))),
            )
            for point in points
        ]

    branch: Sequence[MeterPoint] = ()
    if alternative is not None:
        split = (marker or 0) - 1
        start = max(
            (i for i, point in enumerate(alternative) if point_x(scenario, point) <= split), default=0
        )
        branch = alternative[start:]
    # The lines, then the markers on top; the other course dashed, with open circles.
    for index, meter in enumerate(scenario.meters):
        colour = style.series_colour(index)
        points = course(history, meter.id)
        if len(points) >= 2:
            pygame.draw.lines(painter.surface, colour, False, points, thickness)
        for px, py in points:
            painter.shape(index, (px, py), m.px(5), colour)
        other = course(branch, meter.id)
        if len(other) >= 2:
            dashed(painter.surface, colour, other, thickness, m.px(9))
        for px, py in other[1:]:
            pygame.draw.circle(painter.surface, colour, (px, py), m.px(5), max(1, m.px(2)))


def draw_legend(
    painter: Painter,
    rect: pygame.Rect,
    entries: Sequence[tuple[LegendSample, str]],
    thickness: int = 2,
    spacing: int | None = None,
) -> int:
    """Legend entries in rows from the top of `rect`, each label cut to fit; `thickness` is that of the
    sample lines, `spacing` the room between entries (20 design pixels). Returns the y below it."""
    m = painter.metrics
    fonts = painter.fonts
    size = m.px(20)
    line_h = fonts.line_height(size)
    icon = m.px(8)
    spacing = m.px(20) if spacing is None else spacing
    x, y = rect.left, rect.top
    for sample, label in entries:
        sample_w = icon * 2 if isinstance(sample, int) else icon * 5
        width = sample_w + m.px(6) + fonts.width(label, size)
        if x > rect.left and x + width > rect.right:
            x, y = rect.left, y + line_h
        middle = y + line_h // 2
        if sample == "solid":
            pygame.draw.line(painter.surface, style.TEXT, (x, middle), (x + sample_w, middle), thickness)
        elif sample == "dashed":
            dashed(painter.surface, style.TEXT, [(x, middle), (x + sample_w, middle)], thickness, m.px(6))
        else:
            painter.shape(sample, (x + icon, middle), icon, style.series_colour(sample))
        shown = fit_text(fonts, label, rect.right - x - sample_w - m.px(6), None, [size], max_lines=1)
        painter.text(
            shown.lines[0], (x + sample_w + m.px(6), middle), size, style.TEXT, anchor="midleft", box=rect
        )
        x += width + spacing
    return y + line_h


def dashed(
    surface: pygame.Surface, colour: Colour, points: Sequence[tuple[int, int]], width: int, dash: int
) -> None:
    """A polyline drawn in dashes of `dash` pixels with gaps of the same length, continuing over corners."""
    on, left = True, float(dash)
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        length = math.hypot(x1 - x0, y1 - y0)
        done = 0.0
        while done < length:
            step = min(left, length - done)
            if on:
                a, b = done / length, (done + step) / length
                start = (x0 + (x1 - x0) * a, y0 + (y1 - y0) * a)
                end = (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b)
                pygame.draw.line(surface, colour, start, end, width)
            done += step
            left -= step
            if left <= 0:
                on, left = not on, float(dash)


def draw_plot_area(
    painter: Painter, rect: pygame.Rect, scenario: Scenario, top: int, lang: str
) -> tuple[pygame.Rect, Callable[[float], int]]:
    """The plot below the legend (from `top`) with its 0-100 axis and the time grid of the term; returns
    the plot rectangle and the x of a turn."""
    m = painter.metrics
    axis_size = m.px(18)
    axis_w = painter.fonts.width("100", axis_size) + m.px(10)
    bottom = rect.bottom - painter.fonts.line_height(axis_size) - m.px(6)
    plot = pygame.Rect(rect.left + axis_w, top, rect.width - axis_w - m.px(8), max(10, bottom - top))
    pygame.draw.rect(painter.surface, style.BACKGROUND_LIGHT, plot, border_radius=m.px(6))
    grid = GridStyle(m.px(14), m.px(6), m.px(8), m.px(4), max(1, m.px(2)))
    return plot, draw_time_grid(painter, rect, plot, scenario, axis_size, grid, lang)
