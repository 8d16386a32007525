"""The comparison debrief's drawing: every table's course of one meter, the tables' triangles, the cards
decided differently with what followed, and two tables' roads side by side (game/tables/compare.py).

Tables are told apart by their name at the end of their line, a dash pattern and a marker shape each,
never by colour alone. Texts on the projector stay at 18 design pixels or more."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pygame

from game.core.corners import CORNERS
from game.core.model import Number, Scenario
from game.formatting import format_value
from game.i18n import t
from game.tables.compare import Comparison, RoadStep, TableRun
from game.ui import style
from game.ui.chart import dashed, draw_plot_area, point_x
from game.ui.draw import Painter, draw_fitted, fit_text
from game.ui.fonts import FontBook
from game.ui.meters import fraction
from game.ui.style import Metrics
from game.ui.tables_view import cells
from game.ui.triangle import corner_label, emblem_points, pull_point
from game.ui.whatif_view import outcome_title

PAGES = ("meters", "triangles", "differences", "roads")
DASHES = (0, 18, 8, 3, 26, 12, 5, 34)  # per table (design px; 0 solid): eight patterns for eight tables
SMALLEST = 18  # design px: no text on these pages is smaller (read from the back of the room)


@dataclass(frozen=True)
class Look:
    """What every page needs besides the comparison: the scenario and the language."""

    scenario: Scenario
    lang: str


def table_colour(index: int) -> style.Colour:
    return style.series_colour(index)


def draw_sample(painter: Painter, index: int, left: int, middle: int, width: int) -> None:
    """A table's line sample: its dash pattern in its colour and its marker shape in the middle."""
    m = painter.metrics
    thickness = max(2, m.px(4))
    colour = table_colour(index)
    points = [(left, middle), (left + width, middle)]
    if DASHES[index % len(DASHES)]:
        dashed(painter.surface, colour, points, thickness, m.px(DASHES[index % len(DASHES)]))
    else:
        pygame.draw.line(painter.surface, colour, points[0], points[1], thickness)
    painter.shape(index, (left + width // 2, middle), m.px(7), colour)


def ending_text(run: TableRun, look: Look) -> str:
    """The table's ending (or profile) by its title, or that it still plays."""
    if run.ending is None and run.profile is None:
        return t("tables.compare.playing", look.lang)
    return outcome_title(look.scenario, run.ending or run.profile, look.lang)


# -- page 1: one meter, every table's line ---------------------------------------------------------


def draw_meter_page(
    painter: Painter, box: pygame.Rect, comparison: Comparison, look: Look, meter_index: int
) -> None:
    """The meter tabs on top (the selected one filled), then the chart of that meter with a line per
    table and the tables' names at their lines' ends."""
    m = painter.metrics
    scenario = look.scenario
    meter = scenario.meters[meter_index]
    y = draw_meter_tabs(painter, box, look, meter_index) + m.px(12)
    panel = pygame.Rect(box.left, y, box.width, box.bottom - y)
    painter.panel(panel, style.BAND, border=style.BUTTON_LINE, width=m.px(2))
    inner = panel.inflate(-2 * m.px(18), -2 * m.px(14))
    sizes = m.steps(22, SMALLEST)  # the names' column holds every table's name, one under the other
    size = next(
        (size for size in sizes if painter.fonts.line_height(size) * len(comparison.tables) <= inner.height),
        sizes[-1],
    )
    line_h = painter.fonts.line_height(size)
    names = [f"{run.name} {format_value(_final(run, meter.id, meter.start))}" for run in comparison.tables]
    label_w = max(painter.fonts.width(name, size) for name in names) + m.px(52)
    chart = pygame.Rect(inner.left, inner.top, inner.width - label_w, inner.height)
    axis_top = chart.top + painter.fonts.line_height(m.px(18)) // 2 + m.px(2)  # the "100" stays inside
    plot, sx = draw_plot_area(painter, chart, scenario, axis_top, look.lang)
    ends: list[tuple[int, int, int]] = []  # (y, x, table index) of each line's last point
    for index, run in enumerate(comparison.tables):
        points = [
            (
                sx(point_x(scenario, point)),
                plot.bottom
                - round(plot.height * fraction(scenario, meter.id, point.meters.get(meter.id, 0))),
            )
            for point in run.history
        ]
        colour = table_colour(index)
        thickness = max(2, m.px(4))
        dash = DASHES[index % len(DASHES)]
        if len(points) >= 2:
            if dash:
                dashed(painter.surface, colour, points, thickness, m.px(dash))
            else:
                pygame.draw.lines(painter.surface, colour, False, points, thickness)
        for point in points:
            painter.shape(index, point, m.px(5), colour)
        if points:
            ends.append((points[-1][1], points[-1][0], index))
    # The names in a column right of the plot, each as near its line's end as the others allow.
    ends.sort()
    placed = spread(
        [end_y for end_y, _, _ in ends], line_h, inner.top + line_h // 2, inner.bottom - line_h // 2
    )
    column = chart.right + m.px(10)
    for (end_y, end_x, index), label_y in zip(ends, placed, strict=True):
        pygame.draw.line(painter.surface, style.TEXT_MUTED, (end_x + m.px(8), end_y), (column, label_y), 1)
        draw_sample(painter, index, column, label_y, m.px(34))
        painter.text(
            names[index], (column + m.px(42), label_y), size, style.TEXT, anchor="midleft", box=panel
        )


def draw_meter_tabs(painter: Painter, box: pygame.Rect, look: Look, selected: int) -> int:
    """The meters' names in a row of pills (the selected one filled with the accent); the y below."""
    m = painter.metrics
    scenario = look.scenario
    names = [scenario.text(meter.name, look.lang) for meter in scenario.meters]
    gap = m.px(10)
    pad = m.px(14)
    sizes = m.steps(24, SMALLEST)
    size = sizes[-1]
    for size in sizes:
        if (
            sum(painter.fonts.width(name, size, bold=True) + 2 * pad for name in names)
            + gap * (len(names) - 1)
            <= box.width
        ):
            break
    height = painter.fonts.line_height(size) + m.px(12)
    x = box.left
    for index, name in enumerate(names):
        width = min(box.right - x, painter.fonts.width(name, size, bold=True) + 2 * pad)
        pill = pygame.Rect(x, box.top, max(1, width), height)
        chosen = index == selected
        painter.panel(pill, style.ACCENT if chosen else style.BUTTON, radius=height // 2)
        shown = fit_text(painter.fonts, name, pill.width - 2 * pad, None, [size], bold=chosen, max_lines=1)
        painter.block(
            shown, pill.inflate(-2 * pad, 0), style.INK if chosen else style.TEXT, "center", "middle"
        )
        x += width + gap
    return box.top + height


def spread(wanted: Sequence[int], step: int, low: int, high: int) -> list[int]:
    """Positions as near `wanted` (sorted) as can be, at least `step` apart and within low..high."""
    placed: list[int] = []
    for value in wanted:
        placed.append(max(value, low, placed[-1] + step if placed else low))
    overflow = (placed[-1] - high) if placed else 0
    if overflow > 0:  # pushed past the bottom: move the lowest ones up, keeping the gaps
        for index in range(len(placed) - 1, -1, -1):
            limit = high if index == len(placed) - 1 else placed[index + 1] - step
            placed[index] = min(placed[index], limit)
    return placed


def _final(run: TableRun, meter_id: str, start: Number) -> Number:
    return run.history[-1].meters.get(meter_id, start) if run.history else start


# -- page 2: the triangles ---------------------------------------------------------------------------


def draw_triangles_page(painter: Painter, box: pygame.Rect, comparison: Comparison, look: Look) -> None:
    """A paper panel per table: its name and ending, its triangle with each corner's share and the dot
    where its decisions pulled; the rule in one line below."""
    m = painter.metrics
    note = t("tables.compare.triangle_note", look.lang)
    note_block = fit_text(painter.fonts, note, box.width, None, m.steps(21, SMALLEST), max_lines=2)
    note_box = pygame.Rect(box.left, box.bottom - note_block.height, box.width, note_block.height)
    painter.block(note_block, note_box, style.TEXT_MUTED)
    area = pygame.Rect(box.left, box.top, box.width, note_box.top - m.px(12) - box.top)
    for index, (run, cell) in enumerate(
        zip(comparison.tables, cells(area, len(comparison.tables), m.gap), strict=True)
    ):
        draw_triangle_cell(painter, cell, run, index, look)


def draw_triangle_cell(painter: Painter, cell: pygame.Rect, run: TableRun, index: int, look: Look) -> None:
    m = painter.metrics
    painter.shadow(cell)
    painter.panel(cell, style.PANEL)
    inner = cell.inflate(-2 * m.px(14), -2 * m.px(10))
    y = draw_fitted(painter, run.name, inner, m.steps(26, SMALLEST), style.INK, bold=True, max_lines=1)
    ending = pygame.Rect(inner.left, y, inner.width, inner.bottom - y)
    lines = 2 if inner.height >= 8 * painter.fonts.line_height(m.text(21)) else 1  # the triangle's room first
    y = draw_fitted(
        painter, ending_text(run, look), ending, m.steps(21, SMALLEST), style.INK_MUTED, max_lines=lines
    )
    shares = run.triangle
    rest = pygame.Rect(inner.left, y + m.px(6), inner.width, inner.bottom - y - m.px(6))
    if shares is None:
        draw_fitted(
            painter, t("tables.compare.no_triangle", look.lang), rest, m.steps(21, SMALLEST), style.INK_MUTED
        )
        return
    size = m.steps(21, SMALLEST)
    labels = {
        corner: f"{corner_label(corner, look.lang)} {round(shares.get(corner, 0) * 100)}%"
        for corner in CORNERS
    }
    chosen = size[-1]
    for chosen in size:  # the base labels side by side under the triangle
        if (
            painter.fonts.width(labels["capacity"], chosen)
            + painter.fonts.width(labels["legitimacy"], chosen)
            + m.px(12)
            <= rest.width
        ):
            break
    line_h = painter.fonts.line_height(chosen)
    if rest.height < 3 * line_h:  # no room for a triangle (large text in a small cell): the shares in words
        words = " \u00b7 ".join(labels[corner] for corner in CORNERS)
        draw_fitted(painter, words, rest, size, style.INK)
        return
    # Willen beside the apex (as on the end screen), kunnen and mogen under the base corners.
    shape = pygame.Rect(rest.left, rest.top + m.px(6), rest.width, rest.height - line_h - m.px(12))
    corners = emblem_points(shape.inflate(-m.px(12), 0))
    points = [corners[corner] for corner in CORNERS]
    pygame.draw.polygon(painter.surface, style.PANEL_LINE, points)
    pygame.draw.polygon(painter.surface, style.INK_MUTED, points, max(2, m.px(3)))
    apex = corners["strategy"]
    at = (round(apex[0]) + m.px(14), round(apex[1]) - m.px(4))
    painter.text(labels["strategy"], at, chosen, style.INK, anchor="topleft", box=cell)
    base = round(corners["capacity"][1]) + m.px(4)
    painter.text(labels["capacity"], (rest.left, base), chosen, style.INK, anchor="topleft", box=cell)
    painter.text(labels["legitimacy"], (rest.right, base), chosen, style.INK, anchor="topright", box=cell)
    dot_x, dot_y = pull_point(shares, corners)
    dot = (round(dot_x), round(dot_y))
    pygame.draw.circle(painter.surface, style.INK, dot, m.px(12))
    pygame.draw.circle(painter.surface, style.ACCENT, dot, m.px(9))
    painter.shape(index, dot, m.px(4), style.INK)


# -- page 3: the cards decided differently ----------------------------------------------------------


def draw_difference_page(
    painter: Painter, box: pygame.Rect, comparison: Comparison, look: Look, selected: int
) -> None:
    """One card the tables decided differently (Up/Down picks it): which option each table chose (the
    tables that chose alike together), its meters right after and the ending its game reached; tables
    that never got the card say so."""
    m = painter.metrics
    lang, scenario = look.lang, look.scenario
    differences = comparison.differences
    if not differences:
        draw_fitted(painter, t("tables.compare.no_differences", lang), box, m.scale_of("body"), style.TEXT)
        return
    difference = differences[selected]
    card = scenario.card(difference.card)
    note = t("tables.compare.after_note", lang)
    note_size = m.text(20)
    note_w = painter.fonts.width(note, note_size)
    title = t("tables.compare.card_of", lang, index=selected + 1, count=len(differences))
    title = f"{title}: {scenario.text(card.title, lang)}"
    title_h = painter.fonts.line_height(m.text(30), True)
    title_box = pygame.Rect(box.left, box.top, box.width - note_w - m.gap, title_h)
    draw_fitted(
        painter, title, title_box, m.steps(30, 22), style.TEXT, bold=True, max_lines=1, valign="bottom"
    )
    painter.text(
        note, (box.right, title_box.bottom - m.px(4)), note_size, style.TEXT_MUTED, anchor="bottomright"
    )
    head_sizes = m.steps(20, SMALLEST)
    head_h = painter.fonts.line_height(head_sizes[-1], True) * 2
    most = painter.fonts.line_height(m.text(24)) * 2 + m.px(28)  # few tables: rows of two lines, not more
    needed = head_h + most * len(comparison.tables) + m.px(28)
    height = min(box.bottom - title_box.bottom - m.px(6), needed)
    panel = pygame.Rect(box.left, title_box.bottom + m.px(6), box.width, height)
    painter.shadow(panel)
    painter.panel(panel, style.PANEL)
    inner = panel.inflate(-2 * m.px(20), -2 * m.px(8))
    meters = scenario.meters
    # Columns: the table, the option it chose, each meter right after, the ending it reached.
    table_w = round(inner.width * 0.1)
    ending_w = round(inner.width * 0.24)
    meter_w = round(inner.width * 0.068)
    option_w = inner.width - table_w - ending_w - meter_w * len(meters)
    x_option = inner.left + table_w
    x_meters = x_option + option_w
    x_ending = x_meters + meter_w * len(meters)
    heads = [
        (t("tables.compare.col_table", lang), pygame.Rect(inner.left, inner.top, table_w, head_h)),
        (t("tables.compare.col_option", lang), pygame.Rect(x_option, inner.top, option_w, head_h)),
        (t("tables.compare.col_ending", lang), pygame.Rect(x_ending, inner.top, ending_w, head_h)),
    ]
    heads += [
        (
            scenario.text(meter.name, lang),
            pygame.Rect(x_meters + i * meter_w, inner.top, meter_w - m.px(4), head_h),
        )
        for i, meter in enumerate(meters)
    ]
    for text, rect in heads:
        draw_fitted(painter, text, rect, head_sizes, style.INK_MUTED, bold=True, max_lines=2, valign="bottom")
    top = inner.top + head_h + m.px(4)
    thin = max(1, m.px(2))
    pygame.draw.line(painter.surface, style.PANEL_LINE, (inner.left, top), (inner.right, top), thin)
    rows: list[tuple[TableRun, int | None, Mapping[str, Number] | None]] = [
        (comparison.run(table), branch.option, branch.meters_after)
        for table, branch in sorted(difference.branches.items(), key=lambda item: (item[1].option, item[0]))
    ]
    rows += [(run, None, None) for run in comparison.tables if run.table not in difference.branches]
    row_h = min(most, (inner.bottom - top) // max(1, len(rows)))
    sizes = m.steps(24, SMALLEST)
    y = top
    for start, (run, option, after) in enumerate(rows):
        row = pygame.Rect(inner.left, y + start * row_h, inner.width, row_h)
        cell = row.inflate(0, -m.px(4))
        first = start == 0 or rows[start - 1][1] != option
        if first:  # the option once for the tables that chose it, over their rows
            group = 1 + next(
                (n for n, later in enumerate(rows[start + 1 :]) if later[1] != option), len(rows) - start - 1
            )
            if start:
                pygame.draw.line(
                    painter.surface, style.PANEL_LINE, (row.left, row.top), (row.right, row.top), thin
                )
            span = pygame.Rect(x_option, row.top, option_w - m.px(12), row_h * group)
            if option is None:
                draw_fitted(
                    painter, t("tables.compare.not_seen", lang), span, sizes, style.INK_MUTED, valign="middle"
                )
            else:
                label = f"{option + 1}. {scenario.text(card.options[option].label, lang)}"
                draw_fitted(painter, label, span, sizes, style.INK, valign="middle")
        name_box = pygame.Rect(row.left, cell.top, table_w - m.px(8), cell.height)
        draw_fitted(painter, run.name, name_box, sizes, style.INK, bold=True, max_lines=1, valign="middle")
        if after is not None:
            for i, meter in enumerate(meters):
                value = format_value(after.get(meter.id, meter.start))
                rect = pygame.Rect(x_meters + i * meter_w, cell.top, meter_w - m.px(4), cell.height)
                draw_fitted(
                    painter, value, rect, sizes, style.INK, max_lines=1, align="center", valign="middle"
                )
        ending = pygame.Rect(x_ending, cell.top, ending_w, cell.height)
        draw_fitted(
            painter, ending_text(run, look), ending, m.steps(22, SMALLEST), style.INK, valign="middle"
        )


# -- page 4: two roads ---------------------------------------------------------------------------


def road_row_height(fonts: FontBook, m: Metrics) -> int:
    """A decision's row: the card's title over the option chosen."""
    return fonts.line_height(m.text(SMALLEST)) + fonts.line_height(m.text(21)) + m.px(16)


def road_head_height(fonts: FontBook, m: Metrics) -> int:
    """The two tables' names and endings, and the count of decisions that differ."""
    return fonts.line_height(m.text(28), True) + 2 * fonts.line_height(m.text(21)) + m.px(20)


def road_visible(fonts: FontBook, m: Metrics, box: pygame.Rect) -> int:
    """How many decisions' rows fit in the page's box (the rest scroll)."""
    return max(1, (box.height - road_head_height(fonts, m)) // road_row_height(fonts, m))


def draw_road_page(
    painter: Painter,
    box: pygame.Rect,
    comparison: Comparison,
    look: Look,
    pair: tuple[int, int],
    scroll: int,
) -> None:
    """Table A's decisions beside table B's, from decision `scroll` + 1: each row the card and the option
    per table, a row where they differ marked with a bar and an unequal sign; the endings on top."""
    m = painter.metrics
    fonts = painter.fonts
    lang = look.lang
    steps = comparison.road(*pair)
    number_w, mark_w = m.px(56), m.px(44)
    side_w = (box.width - number_w - mark_w) // 2
    name_h = fonts.line_height(m.text(28), True)
    line_h = fonts.line_height(m.text(21))
    for table, x in ((pair[0], box.left + number_w), (pair[1], box.left + number_w + side_w + mark_w)):
        index = next(i for i, run in enumerate(comparison.tables) if run.table == table)
        run = comparison.tables[index]
        draw_sample(painter, index, x, box.top + name_h // 2, m.px(34))
        name_box = pygame.Rect(x + m.px(42), box.top, side_w - m.px(50), name_h)
        draw_fitted(painter, run.name, name_box, m.steps(28, SMALLEST), style.TEXT, bold=True, max_lines=1)
        ending_box = pygame.Rect(x, box.top + name_h, side_w - m.px(8), line_h)
        text = t("tables.compare.ended_at", lang, ending=ending_text(run, look))
        draw_fitted(painter, text, ending_box, m.steps(21, SMALLEST), style.TEXT_MUTED, max_lines=1)
    differ = sum(1 for step in steps if not step.same)
    summary = t("tables.compare.road_summary", lang, differ=differ, count=len(steps))
    if not steps:
        summary = t("tables.compare.road_none", lang)
    summary_box = pygame.Rect(box.left, box.top + name_h + line_h + m.px(6), box.width, line_h)
    draw_fitted(painter, summary, summary_box, m.steps(21, SMALLEST), style.ACCENT, bold=True, max_lines=1)
    top = box.top + road_head_height(fonts, m)
    thin = max(1, m.px(2))
    pygame.draw.line(
        painter.surface, style.BUTTON_LINE, (box.left, top - m.px(6)), (box.right, top - m.px(6)), thin
    )
    row_h = road_row_height(fonts, m)
    visible = road_visible(fonts, m, box)
    for offset, step in enumerate(steps[scroll : scroll + visible]):
        row = pygame.Rect(box.left, top + offset * row_h, box.width, row_h)
        _draw_road_row(painter, row, step, look, (number_w, mark_w, side_w))
    if scroll > 0:
        painter.arrow((box.right - m.px(10), top + m.px(8)), m.px(14), style.TEXT_MUTED, up=True)
    if scroll + visible < len(steps):
        painter.arrow((box.right - m.px(10), box.bottom - m.px(8)), m.px(14), style.TEXT_MUTED, up=False)


def _draw_road_row(
    painter: Painter, row: pygame.Rect, step: RoadStep, look: Look, widths: tuple[int, int, int]
) -> None:
    m = painter.metrics
    number_w, mark_w, side_w = widths
    lang, scenario = look.lang, look.scenario
    differs = not step.same
    inner = row.inflate(0, -m.px(6))
    if differs:
        painter.panel(inner, style.BUTTON, radius=m.px(8))
        pygame.draw.rect(
            painter.surface, style.ACCENT, pygame.Rect(inner.left, inner.top, m.px(6), inner.height)
        )
    number = pygame.Rect(inner.left + m.px(10), inner.top, number_w - m.px(10), inner.height)
    draw_fitted(
        painter,
        str(step.number),
        number,
        m.steps(24, SMALLEST),
        style.TEXT,
        bold=True,
        max_lines=1,
        valign="middle",
    )
    mark = pygame.Rect(inner.left + number_w + side_w, inner.top, mark_w, inner.height)
    draw_fitted(
        painter,
        "\u2260" if differs else "=",
        mark,
        m.steps(28, SMALLEST),
        style.ACCENT if differs else style.TEXT_MUTED,
        bold=True,
        max_lines=1,
        align="center",
        valign="middle",
    )
    for record, x in ((step.a, inner.left + number_w), (step.b, inner.left + number_w + side_w + mark_w)):
        cell = pygame.Rect(x, inner.top + m.px(4), side_w - m.px(10), inner.height - m.px(8))
        if record is None:
            draw_fitted(
                painter,
                t("tables.compare.road_over", lang),
                cell,
                m.steps(21, SMALLEST),
                style.TEXT_MUTED,
                max_lines=1,
                valign="middle",
            )
            continue
        card = scenario.card(record.card)
        title_h = painter.fonts.line_height(m.text(SMALLEST))
        title = pygame.Rect(cell.left, cell.top, cell.width, title_h)
        draw_fitted(
            painter, scenario.text(card.title, lang), title, [m.text(SMALLEST)], style.TEXT_MUTED, max_lines=1
        )
        option = f"{record.option + 1}. {scenario.text(card.options[record.option].label, lang)}"
        rest = pygame.Rect(cell.left, title.bottom, cell.width, cell.bottom - title.bottom)
        draw_fitted(painter, option, rest, m.steps(21, SMALLEST), style.TEXT, bold=differs, max_lines=1)
