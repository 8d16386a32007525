"""A line chart of every meter over the whole game, with year boundaries and shape markers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.core.model import Scenario
from game.core.state import MeterPoint
from game.formatting import format_value
from game.ui import style
from game.ui.draw import Painter, fit_text
from game.ui.meters import fraction


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
        label = str(scenario.calendar_year(year))
        if painter.fonts.width(label, axis_size) < x1 - x0:
            at = ((x0 + x1) // 2, plot.bottom + grid.year_gap)
            painter.text(label, at, axis_size, style.TEXT_MUTED, anchor="midtop", box=rect)
    return sx


def point_x(scenario: Scenario, point: MeterPoint) -> float:
    """Position on the time axis in turns since the term began (year-end points at the year's end)."""
    return scenario.turn_number(point.year, point.turn)


def draw_chart(
    painter: Painter, rect: pygame.Rect, scenario: Scenario, history: list[MeterPoint], lang: str
) -> None:
    """Legend on top (shape, name, final value), then the plot with a 0-100% scale and the years below."""
    m = painter.metrics
    fonts = painter.fonts
    legend_size = m.px(20)
    line_h = fonts.line_height(legend_size)
    # Legend: wrap entries into rows.
    entries: list[tuple[int, str]] = []
    final = history[-1].meters if history else {}
    for index, meter in enumerate(scenario.meters):
        value = final.get(meter.id, meter.start)
        entries.append((index, f"{scenario.text(meter.name, lang)} {format_value(value)}"))
    icon = m.px(8)
    x, y = rect.left, rect.top
    for index, label in entries:
        width = icon * 2 + m.px(6) + fonts.width(label, legend_size)
        if x > rect.left and x + width > rect.right:
            x, y = rect.left, y + line_h
        colour = style.SERIES[index % len(style.SERIES)]
        painter.shape(index, (x + icon, y + line_h / 2), icon, colour)
        shown = fit_text(fonts, label, rect.right - x - icon * 2 - m.px(6), None, [legend_size], max_lines=1)
        painter.text(
            shown.lines[0],
            (x + icon * 2 + m.px(6), y + line_h // 2),
            legend_size,
            style.TEXT,
            anchor="midleft",
            box=rect,
        )
        x += width + m.px(20)
    plot, sx = draw_plot_area(painter, rect, scenario, y + line_h + m.px(14))
    # The lines, then the markers on top.
    thickness = max(2, m.px(3))
    for index, meter in enumerate(scenario.meters):
        colour = style.SERIES[index % len(style.SERIES)]
        points = [
            (
                sx(point_x(scenario, point)),
                plot.bottom
                - round(plot.height * fraction(scenario, meter.id, point.meters.get(meter.id, 0))),
            )
            for point in history
        ]
        if len(points) >= 2:
            pygame.draw.lines(painter.surface, colour, False, points, thickness)
        for px, py in points:
            painter.shape(index, (px, py), m.px(5), colour)


def draw_plot_area(
    painter: Painter, rect: pygame.Rect, scenario: Scenario, top: int
) -> tuple[pygame.Rect, Callable[[float], int]]:
    """The plot below the legend (from `top`) with its 0-100 axis and the time grid of the term; returns
    the plot rectangle and the x of a turn. Shared by the debrief chart and the what-if chart."""
    m = painter.metrics
    axis_size = m.px(18)
    axis_w = painter.fonts.width("100", axis_size) + m.px(10)
    bottom = rect.bottom - painter.fonts.line_height(axis_size) - m.px(6)
    plot = pygame.Rect(rect.left + axis_w, top, rect.width - axis_w - m.px(8), max(10, bottom - top))
    pygame.draw.rect(painter.surface, style.BACKGROUND_LIGHT, plot, border_radius=m.px(6))
    grid = GridStyle(m.px(14), m.px(6), m.px(8), m.px(4), max(1, m.px(2)))
    return plot, draw_time_grid(painter, rect, plot, scenario, axis_size, grid)
