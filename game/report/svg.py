"""Inline SVG drawings of the report: the meter chart and the public value triangle.

Every meter has a colour, a dash pattern and a marker shape (the game's order: circle, square,
triangle, diamond, hexagon, cross), so the chart reads in black-and-white print too.
The colours are dark enough for white paper (Okabe-Ito and Tol), unlike the game's projector colours.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from game.core.corners import CORNERS
from game.core.model import Number, Scenario
from game.formatting import format_value
from game.i18n import year_label
from game.report.content import Report
from game.report.labels import label

# Eight: a chart of the tables has a line per table (up to eight).
SERIES_COLOURS = ("#0072b2", "#d55e00", "#009e73", "#aa3377", "#8a6d00", "#555555", "#332288", "#882255")
SERIES_DASHES = ("", "9 5", "2 4", "12 4 2 4", "6 3", "1 3", "14 3 3 3 3 3", "4 2 8 2")
INK = "#1c2333"
MUTED = "#5a6172"
GRID = "#d9d4c7"

CHART_WIDTH = 960
CHART_HEIGHT = 440
TRIANGLE_WIDTH = 560
TRIANGLE_HEIGHT = 470


def series_colour(index: int) -> str:
    return SERIES_COLOURS[index % len(SERIES_COLOURS)]


def _n(value: float) -> str:
    """A coordinate with at most one decimal, without trailing zeros."""
    return f"{value:.1f}".rstrip("0").rstrip(".")


def marker(index: int, x: float, y: float, radius: float, colour: str) -> str:
    """Shape number `index` filled in `colour` with a white edge, centred at (x, y)."""
    kind = index % 6
    edge = f'fill="{colour}" stroke="#ffffff" stroke-width="1.2"'
    if kind == 0:
        return f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(radius)}" {edge}/>'
    if kind == 1:
        side = radius * 1.7
        return (
            f'<rect x="{_n(x - side / 2)}" y="{_n(y - side / 2)}" width="{_n(side)}" '
            f'height="{_n(side)}" {edge}/>'
        )
    if kind == 5:
        arm, width = radius * 1.15, radius * 0.45
        points = [
            (-width, -arm),
            (width, -arm),
            (width, -width),
            (arm, -width),
            (arm, width),
            (width, width),
            (width, arm),
            (-width, arm),
            (-width, width),
            (-arm, width),
            (-arm, -width),
            (-width, -width),
        ]
        return _polygon([(x + dx, y + dy) for dx, dy in points], edge)
    sides, turn, scale = {2: (3, -90.0, 1.3), 3: (4, -90.0, 1.3), 4: (6, 0.0, 1.1)}[kind]
    corners = [
        (
            x + radius * scale * math.cos(math.radians(turn + step * 360 / sides)),
            y + radius * scale * math.sin(math.radians(turn + step * 360 / sides)),
        )
        for step in range(sides)
    ]
    return _polygon(corners, edge)


def _polygon(points: list[tuple[float, float]], attributes: str) -> str:
    return f'<polygon points="{" ".join(f"{_n(x)},{_n(y)}" for x, y in points)}" {attributes}/>'


def _text(
    x: float,
    y: float,
    text: str,
    *,
    size: float = 13,
    anchor: str = "start",
    fill: str = INK,
    weight: str = "normal",
) -> str:
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" text-anchor="{anchor}" fill="{fill}" '
        f'font-weight="{weight}">{escape(text)}</text>'
    )


@dataclass(frozen=True)
class Series:
    """One line of a chart: its legend text, its values after every turn (the turn counted over the
    whole term, from 1) and the range its values are drawn in."""

    id: str
    legend: str
    points: tuple[tuple[int, float], ...]
    minimum: Number
    maximum: Number


def meter_chart(report: Report) -> str:
    """Every meter after every turn over the whole term, with the year boundaries and a legend."""
    scenario = report.scenario
    series = [
        Series(
            meter.id,
            f"{meter.name} {format_value(meter.final)}",
            tuple(
                (scenario.turn_number(point.year, point.turn), point.meters.get(meter.id, meter.final))
                for point in report.history
            ),
            meter.minimum,
            meter.maximum,
        )
        for meter in report.meters
    ]
    return line_chart(scenario, report.lang, series, "chart-title", label("chart.title", report.lang))


def line_chart(scenario: Scenario, lang: str, series: Sequence[Series], title_id: str, title: str) -> str:
    """Lines over the scenario's whole term, with the year boundaries and a legend; each line its own
    colour, dash pattern and marker. The axis shows values when all lines share a range, else shares."""
    width, height = CHART_WIDTH, CHART_HEIGHT
    parts: list[str] = []
    # Legend: a row (wrapped when long) of line sample, marker, name and final value.
    x, y, row = 56.0, 22.0, 26.0
    for index, line in enumerate(series):
        entry = 58 + 7.5 * len(line.legend)
        if x > 56 and x + entry > width - 16:
            x, y = 56.0, y + row
        colour = series_colour(index)
        dash = SERIES_DASHES[index % len(SERIES_DASHES)]
        parts.append(
            f'<g class="legend-entry"><line x1="{_n(x)}" y1="{_n(y)}" x2="{_n(x + 40)}" y2="{_n(y)}" '
            f'stroke="{colour}" stroke-width="3" stroke-dasharray="{dash}"/>'
            + marker(index, x + 20, y, 6, colour)
            + _text(x + 48, y + 4.5, line.legend, size=14)
            + "</g>"
        )
        x += entry + 18
    left, right, top, bottom = 56.0, width - 20.0, y + 22, height - 40.0
    plot_w, plot_h = right - left, bottom - top
    parts.append(
        f'<rect x="{_n(left)}" y="{_n(top)}" width="{_n(plot_w)}" height="{_n(plot_h)}" '
        f'fill="#fbfaf6" stroke="{GRID}"/>'
    )
    same_range = len({(line.minimum, line.maximum) for line in series}) == 1
    low = series[0].minimum if series else 0
    high = series[0].maximum if series else 100
    for step in range(5):
        share = step / 4
        gy = bottom - plot_h * share
        parts.append(f'<line x1="{_n(left)}" y1="{_n(gy)}" x2="{_n(right)}" y2="{_n(gy)}" stroke="{GRID}"/>')
        value = format_value(low + (high - low) * share) if same_range else f"{round(share * 100)}%"
        parts.append(_text(left - 8, gy + 4.5, value, size=12, anchor="end", fill=MUTED))
    total = max(1, scenario.total_turns)
    inset = 14.0

    def sx(turns: float) -> float:
        return left + inset + (plot_w - 2 * inset) * turns / total

    def sy(line: Series, value: float) -> float:
        span = line.maximum - line.minimum
        share = 0.0 if span <= 0 else (value - line.minimum) / span
        return bottom - plot_h * max(0.0, min(1.0, share))

    for turn in range(1, total + 1):
        tx = sx(turn)
        parts.append(
            f'<line x1="{_n(tx)}" y1="{_n(bottom)}" x2="{_n(tx)}" y2="{_n(bottom + 4)}" stroke="{MUTED}"/>'
        )
        if total <= 16:
            within = (turn - 1) % scenario.turns_per_year + 1
            parts.append(_text(tx, bottom + 16, str(within), size=12, anchor="middle", fill=MUTED))
    for year in range(1, scenario.years + 1):
        x0, x1 = sx((year - 1) * scenario.turns_per_year), sx(year * scenario.turns_per_year)
        # Every year's end, the last one too: the year-end effects make the lines step there.
        parts.append(
            f'<line class="year-boundary" x1="{_n(x1)}" y1="{_n(top)}" x2="{_n(x1)}" '
            f'y2="{_n(bottom)}" stroke="{MUTED}" stroke-width="1.5" stroke-dasharray="4 4"/>'
        )
        parts.append(
            _text(
                (x0 + x1) / 2,
                bottom + 34,
                year_label(scenario.calendar_year(year), year, lang),
                size=14,
                anchor="middle",
                fill=INK,
                weight="bold",
            )
        )
    for index, line in enumerate(series):
        colour = series_colour(index)
        dash = SERIES_DASHES[index % len(SERIES_DASHES)]
        points = [(sx(turn), sy(line, value)) for turn, value in line.points]
        if len(points) >= 2:
            parts.append(
                f'<polyline class="meter-line" data-meter="{escape(line.id)}" fill="none" stroke="{colour}" '
                f'stroke-width="3" stroke-linejoin="round" stroke-dasharray="{dash}" '
                f'points="{" ".join(f"{_n(px)},{_n(py)}" for px, py in points)}"/>'
            )
        parts.extend(marker(index, px, py, 4.5, colour) for px, py in points)
    return (
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{escape(title_id)}"><title id="{escape(title_id)}">{escape(title)}</title>'
        + "".join(parts)
        + "</svg>"
    )


def triangle(report: Report) -> str:
    """Moore's triangle as the end screen draws it: strategy on top, capacity bottom left, legitimacy
    bottom right; each corner with its points (by the options chosen) or its count of decisions (by the
    themes), the centre as a cross and a dot where the decisions pulled."""
    lang = report.lang
    width, height = TRIANGLE_WIDTH, TRIANGLE_HEIGHT
    side = 340.0
    cx, top = width / 2, 70.0
    tri_h = side * math.sqrt(3) / 2
    vertices = {
        "strategy": (cx, top),
        "capacity": (cx - side / 2, top + tri_h),
        "legitimacy": (cx + side / 2, top + tri_h),
    }
    by_options = report.basis == "options"
    # By the options a corner shows its points; by the themes, the decisions on cards of its themes.
    counts = {
        group.corner: round(group.weight) if by_options else len(group.decisions) for group in report.corners
    }
    parts: list[str] = [
        _polygon([vertices[corner] for corner in CORNERS], f'fill="#fbfaf6" stroke="{INK}" stroke-width="2"')
    ]
    # The lines from each corner to the middle of the opposite side, meeting in the centre.
    centre = (sum(x for x, _ in vertices.values()) / 3, sum(y for _, y in vertices.values()) / 3)
    for corner in CORNERS:
        vx, vy = vertices[corner]
        others = [vertices[other] for other in CORNERS if other != corner]
        mx, my = (others[0][0] + others[1][0]) / 2, (others[0][1] + others[1][1]) / 2
        parts.append(
            f'<line x1="{_n(vx)}" y1="{_n(vy)}" x2="{_n(mx)}" y2="{_n(my)}" stroke="{GRID}" '
            f'stroke-dasharray="3 4"/>'
        )
    for corner in CORNERS:
        vx, vy = vertices[corner]
        name = label(f"corner.{corner}", lang)
        found = counts.get(corner, 0)
        if by_options:
            count = label("triangle.points_one" if found == 1 else "triangle.points_count", lang, count=found)
        else:
            count = label("triangle.count_one" if found == 1 else "triangle.count", lang, count=found)
        if corner == "strategy":
            parts.append(_text(vx, vy - 34, name, size=16, anchor="middle", weight="bold"))
            parts.append(_text(vx, vy - 14, count, size=15, anchor="middle", fill=MUTED))
        else:
            anchor = "start" if vx < cx else "end"
            nx = vx - 30 if vx < cx else vx + 30
            parts.append(_text(nx, vy + 30, name, size=16, anchor=anchor, weight="bold"))
            parts.append(_text(nx, vy + 50, count, size=15, anchor=anchor, fill=MUTED))
        parts.append(f'<circle cx="{_n(vx)}" cy="{_n(vy)}" r="5" fill="{INK}"/>')
    arm = 7
    parts.append(
        f'<path class="centre" d="M{_n(centre[0] - arm)},{_n(centre[1])}h{arm * 2}'
        f'M{_n(centre[0])},{_n(centre[1] - arm)}v{arm * 2}" stroke="{MUTED}" stroke-width="2"/>'
    )
    pull = report.pull
    if pull is not None:
        px = sum(vertices[corner][0] * share for corner, share in pull.items())
        py = sum(vertices[corner][1] * share for corner, share in pull.items())
        if math.hypot(px - centre[0], py - centre[1]) > 10:
            parts.append(
                f'<line x1="{_n(centre[0])}" y1="{_n(centre[1])}" x2="{_n(px)}" y2="{_n(py)}" '
                f'stroke="{SERIES_COLOURS[1]}" stroke-width="3"/>'
            )
        parts.append(
            f'<circle class="pull" cx="{_n(px)}" cy="{_n(py)}" r="11" fill="{SERIES_COLOURS[1]}" '
            f'stroke="#ffffff" stroke-width="3"/>'
        )
    title = escape(label("triangle.title", lang))
    return (
        f'<svg class="triangle" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="triangle-title"><title id="triangle-title">{title}</title>'
        + "".join(parts)
        + "</svg>"
    )
