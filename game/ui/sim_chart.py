"""The simulator's chart: per policy, each meter's median and p10-p90 band per turn, saved as a PNG."""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import TYPE_CHECKING

from game.core.balance import percent
from game.core.model import Scenario
from game.core.simulate import Distribution, PolicyReport, SimulationReport
from game.i18n import t
from game.ui import style

if TYPE_CHECKING:  # pygame is imported when drawing, after hiding its greeting
    import pygame

    from game.ui.draw import Painter, TextBlock

CHART_SIZE = (1920, 1080)
BAND_ALPHA = 70


def save_simulation_chart(
    scenario: Scenario,
    report: SimulationReport,
    path: Path,
    size: tuple[int, int] = CHART_SIZE,
    lang: str = "en",
) -> Path:
    """Draw the chart with the game's own fonts and shapes on an off-screen surface and save it; its words
    in `lang`."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    pygame.font.init()
    surface = pygame.Surface(size)
    draw_simulation_chart(surface, scenario, report, lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surface, str(path))
    return path


def draw_simulation_chart(
    surface: pygame.Surface, scenario: Scenario, report: SimulationReport, lang: str = "en"
) -> None:
    """Title, meter legend, then one panel per policy in a grid; the words in `lang` (the scenario's texts
    too, when it has that language)."""
    import pygame

    from game.ui.chart import draw_legend
    from game.ui.draw import Painter, fit_text
    from game.ui.fonts import FontBook

    painter = Painter(surface, FontBook())
    m = painter.metrics
    texts = scenario.text_language(lang)
    surface.fill(style.BACKGROUND)
    area = surface.get_rect().inflate(-2 * m.margin, -2 * m.margin)
    title = t(
        "cli.sim.chart.title",
        lang,
        title=scenario.text(scenario.title, texts),
        runs=report.runs,
        seed=report.seed,
    )
    block = fit_text(painter.fonts, title, area.width, None, m.steps(34, 20), bold=True, max_lines=1)
    y = painter.block(block, area, style.TEXT)
    subtitle = t("cli.sim.chart.subtitle", lang)
    y = painter.block(
        fit_text(painter.fonts, subtitle, area.width, None, m.steps(20, 14), max_lines=1),
        pygame.Rect(area.left, y, area.width, area.height),
        style.TEXT_MUTED,
    )
    legend = [(index, scenario.text(meter.name, texts)) for index, meter in enumerate(scenario.meters)]
    y = draw_legend(
        painter, pygame.Rect(area.left, y + m.px(8), area.width, area.height), legend, spacing=m.px(28)
    )
    panels = len(report.policies)
    columns = max(1, math.ceil(math.sqrt(panels * area.width / max(1, area.bottom - y) / 1.6)))
    columns = min(columns, panels) or 1
    rows = max(1, math.ceil(panels / columns))
    gap = m.gap
    width = (area.width - gap * (columns - 1)) // columns
    height = (area.bottom - y - m.px(10) - gap * (rows - 1)) // rows
    blocks, room = panel_headings(painter, report, width - 2 * m.px(12), lang)
    for index, policy in enumerate(report.policies):
        row, column = divmod(index, columns)
        left, top = area.left + column * (width + gap), y + m.px(10) + row * (height + gap)
        rect = pygame.Rect(left, top, width, height)
        _panel(painter, rect, scenario, report, policy, blocks[index], room, lang)


def _panel(
    painter: Painter,
    rect: pygame.Rect,
    scenario: Scenario,
    report: SimulationReport,
    policy: PolicyReport,
    heading: TextBlock,
    room: int,
    lang: str = "en",
) -> None:
    """One policy: heading (`room` pixels high), scale, year boundaries, then each meter's band and median
    line."""
    import pygame

    from game.ui.chart import GridStyle, draw_time_grid

    m = painter.metrics
    surface = painter.surface
    painter.panel(rect, style.BAND, radius=m.px(10))
    inner = rect.inflate(-2 * m.px(12), -2 * m.px(10))
    painter.block(heading, pygame.Rect(inner.left, inner.top, inner.width, room), style.ACCENT)
    axis = m.px(15)
    axis_w = painter.fonts.width("100%", axis) + m.px(8)
    top = inner.top + room + m.px(6)
    bottom = inner.bottom - painter.fonts.line_height(axis) - m.px(2)
    plot = pygame.Rect(inner.left + axis_w, top, inner.width - axis_w, max(10, bottom - top))
    pygame.draw.rect(surface, style.BACKGROUND_LIGHT, plot, border_radius=m.px(4))
    sx = draw_time_grid(
        painter, rect, plot, scenario, axis, GridStyle(m.px(6), m.px(5), m.px(5), m.px(2), 1), lang
    )
    bands = pygame.Surface(plot.size, pygame.SRCALPHA)
    lines: list[tuple[int, list[tuple[int, int]], list[tuple[int, int]]]] = []
    for index, meter in enumerate(scenario.meters):
        span = (meter.maximum - meter.minimum) or 1

        def sy(value: float, minimum: float = meter.minimum, span: float = span) -> int:
            return plot.bottom - round(plot.height * (value - minimum) / span)

        spreads: list[tuple[int, Distribution]] = []
        markers: list[tuple[int, int]] = []
        for moment, meters in zip(report.steps, policy.trajectory, strict=True):
            spread = meters[meter.id]
            if spread is None:
                break
            spreads.append((sx(scenario.turn_number(moment.year, moment.turn)), spread))
            if moment.year_end or moment.turn == 0:
                markers.append((sx(scenario.turn_number(moment.year, moment.turn)), sy(spread.median)))
        if not spreads:
            continue
        upper = [(x - plot.left, sy(s.p90) - plot.top) for x, s in spreads]
        lower = [(x - plot.left, sy(s.p10) - plot.top) for x, s in reversed(spreads)]
        colour = style.series_colour(index)
        if len(spreads) >= 2:
            pygame.draw.polygon(bands, (*colour, BAND_ALPHA), upper + lower)
        lines.append((index, [(x, sy(s.median)) for x, s in spreads], markers))
    surface.blit(bands, plot.topleft)
    thickness = max(2, m.px(2))
    for index, points, markers in lines:
        if len(points) >= 2:
            pygame.draw.lines(surface, style.series_colour(index), False, points, thickness)
        for point in markers:
            painter.shape(index, point, m.px(5), style.series_colour(index))


def _heading(policy: PolicyReport, lang: str) -> str:
    return t(
        "cli.sim.chart.completes",
        lang,
        policy=policy.policy,
        share=percent(policy.completion_share).text(lang),
    )


def panel_headings(
    painter: Painter, report: SimulationReport, width: int, lang: str
) -> tuple[list[TextBlock], int]:
    """Every panel's heading at one size, the largest at which each fits `width` in two lines (none is
    cut), and the height they need, so the plots line up."""
    from game.ui.draw import fit_text

    sizes = painter.metrics.steps(20, 12)
    headings = [_heading(policy, lang) for policy in report.policies]
    size = min(
        (fit_text(painter.fonts, text, width, None, sizes, True, max_lines=2).size for text in headings),
        default=sizes[0],
    )
    blocks = [fit_text(painter.fonts, text, width, None, [size], True, max_lines=2) for text in headings]
    return blocks, max((len(block.lines) * block.line_height for block in blocks), default=0)
