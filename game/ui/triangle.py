"""The public value triangle on the debrief: where this game's decisions pulled (Moore: willen, kunnen,
mogen). The weights per corner follow game.core.debrief's rule (shared with the HTML report): the
corners the options chosen serve and harm, or the themes of the cards played for a scenario whose
options name no corner; the note under the triangle says which. The dot is the weighted mean of the
three corners: every point in one corner puts it on that corner, equal weights put it in the centre.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.core.corners import CORNERS
from game.formatting import format_points, format_value
from game.i18n import t
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.fonts import FontBook
from game.ui.style import Metrics

if TYPE_CHECKING:  # (the title screen draws the emblem: its first frame needs no debrief)
    from game.core.debrief import CornerPull

Point = tuple[float, float]


def pull_point(shares: Mapping[str, float], vertices: Mapping[str, Point]) -> Point:
    """The weighted mean of the corners' positions (barycentric coordinates)."""
    total = sum(shares.get(corner, 0.0) for corner in CORNERS) or 1.0
    x = sum(shares.get(corner, 0.0) * vertices[corner][0] for corner in CORNERS) / total
    y = sum(shares.get(corner, 0.0) * vertices[corner][1] for corner in CORNERS) / total
    return x, y


def format_count(value: float) -> str:
    """A number of decisions as people say it: 3, 2½, ½; thirds and the like with one decimal."""
    whole, rest = divmod(round(value * 6), 6)  # sixths: halves and thirds are exact
    if rest == 0:
        return str(whole)
    if rest == 3:
        return f"{whole}\u00bd" if whole else "\u00bd"
    return format_value(round(value, 1))


def corner_label(corner: str, lang: str) -> str:
    return t(f"end.corner.{corner}", lang)


@dataclass(frozen=True)
class CornerText:
    """A corner's name (bold) and count on one line, fitted, and where the line goes."""

    name: TextBlock
    count: TextBlock
    rect: pygame.Rect
    count_x: int  # where the count starts, from the rect's left


class TriangleView:
    """The triangle, its corner labels with counts, the dot and a note on the rule, laid out in a box."""

    def __init__(self) -> None:
        self.pull: CornerPull | None = None
        self.vertices: dict[str, Point] = {}
        self.labels: dict[str, CornerText] = {}
        self.note: TextBlock | None = None
        self.note_rect = pygame.Rect(0, 0, 0, 0)
        self.dot: Point | None = None
        self.centre: Point = (0.0, 0.0)

    def build(
        self,
        fonts: FontBook,
        m: Metrics,
        box: pygame.Rect,
        pull: CornerPull,
        lang: str,
        *,
        group: bool = False,
        crossed: int = 0,
    ) -> None:
        """Lay out the triangle of `pull` in `box`; `group` speaks to a group (jullie), `crossed` is how
        many red lines the game crossed (the note points to the list on the choices view)."""
        self.pull = pull
        self.labels = {}
        self.vertices = {}
        self.dot = None
        if not pull.has_corners:
            self.note = fit_text(fonts, t("end.triangle.none", lang), box.width, box.height, m.steps(27, 18))
            self.note_rect = pygame.Rect(box.left, box.top, box.width, self.note.height)
            return
        parts = basis_note(pull, lang, group)
        if crossed:
            parts.append(t("end.lines.see_choices", lang, count=crossed))
        note = fit_text(fonts, " ".join(parts), box.width, box.height * 2 // 5, m.steps(21, 16))
        self.note = note
        self.note_rect = pygame.Rect(box.left, box.bottom - note.height, box.width, note.height)
        area = pygame.Rect(box.left, box.top, box.width, self.note_rect.top - m.px(10) - box.top)
        texts: dict[str, tuple[str, str]] = {}
        for corner in CORNERS:
            weight = pull.weights[corner]
            key = "end.triangle.points" if pull.basis == "options" else "end.triangle.count"
            if weight == 1:
                key += "_one"
            number = format_points(weight, lang) if pull.basis == "options" else format_count(weight)
            texts[corner] = (corner_label(corner, lang), t(key, lang, count=number))
        gap = m.px(8)
        room = {
            "strategy": area.width,
            "capacity": area.width // 2 - gap,
            "legitimacy": area.width // 2 - gap,
        }
        sizes = m.steps(26, 18)
        size = sizes[-1]
        for size in sizes:
            space = fonts.width(" ", size)
            if all(
                fonts.width(name, size, bold=True) + space + fonts.width(count, size) <= room[corner]
                for corner, (name, count) in texts.items()
            ):
                break
        line_h = fonts.line_height(size, bold=True)
        # The apex at the top with its label beside it (right of the slope); the base corners' labels below.
        top = area.top + m.px(4)
        bottom = area.bottom - line_h - gap
        width = min(area.width - 2 * m.px(16), round((bottom - top) * 1.6))
        height = min(bottom - top, round(width * math.sqrt(3) / 2))
        top += (bottom - top - height) // 2
        cx = area.centerx
        self.vertices = {
            "strategy": (cx, top),
            "capacity": (cx - width / 2, top + height),
            "legitimacy": (cx + width / 2, top + height),
        }
        slope = round(
            line_h * (width / 2) / max(1, height)
        )  # how far the right side is out at the label's foot
        for corner, (name_text, count_text) in texts.items():
            name = fit_text(fonts, name_text, room[corner], None, [size], bold=True, max_lines=1)
            name_w = fonts.width(name.lines[0], size, bold=True) + fonts.width(" ", size)
            count = fit_text(fonts, count_text, max(1, room[corner] - name_w), None, [size], max_lines=1)
            label_w = name_w + fonts.width(count.lines[0], size)
            vx, vy = self.vertices[corner]
            rect = pygame.Rect(0, 0, label_w, line_h)
            if corner == "strategy":
                rect.topleft = (round(vx) + gap + slope, round(vy))
            else:
                rect.top = round(vy) + gap
                rect.centerx = round(vx)
                half = (
                    pygame.Rect(area.left, area.top, area.width // 2 - gap, area.height)
                    if corner == "capacity"
                    else pygame.Rect(area.centerx + gap, area.top, area.width // 2 - gap, area.height)
                )
                rect = rect.clamp(half)
            self.labels[corner] = CornerText(name, count, rect.clamp(area), name_w)
        self.centre = pull_point(dict.fromkeys(CORNERS, 1.0), self.vertices)
        shares = pull.shares()
        if shares is not None:
            self.dot = pull_point(shares, self.vertices)

    def draw(self, painter: Painter) -> None:
        m = painter.metrics
        if self.note is not None:
            painter.block(self.note, self.note_rect, style.INK_MUTED)
        if not self.vertices:
            return
        points = [self.vertices[corner] for corner in CORNERS]
        pygame.draw.polygon(painter.surface, style.PANEL_LINE, points)
        pygame.draw.polygon(painter.surface, style.INK_MUTED, points, max(2, m.px(3)))
        cx, cy = self.centre
        arm = m.px(9)
        width = max(2, m.px(2))
        pygame.draw.line(painter.surface, style.INK_MUTED, (cx - arm, cy), (cx + arm, cy), width)
        pygame.draw.line(painter.surface, style.INK_MUTED, (cx, cy - arm), (cx, cy + arm), width)
        for label in self.labels.values():
            painter.block(label.name, label.rect, style.INK)
            count = pygame.Rect(
                label.rect.left + label.count_x,
                label.rect.top,
                label.rect.width - label.count_x,
                label.rect.height,
            )
            painter.block(label.count, count, style.INK_MUTED)
        if self.dot is not None:
            x, y = round(self.dot[0]), round(self.dot[1])
            pygame.draw.circle(painter.surface, style.INK, (x, y), m.px(13))
            pygame.draw.circle(painter.surface, style.ACCENT, (x, y), m.px(10))


def basis_note(pull: CornerPull, lang: str, group: bool) -> list[str]:
    """The sentences under the triangle: what it follows (the options chosen, or the themes as the
    fallback), its rule, what was left out, and that nothing counts yet when so."""
    if pull.basis == "options":
        follows = "end.triangle.basis.options_group" if group else "end.triangle.basis.options"
        parts = [t(follows, lang), t("end.triangle.rule.options", lang)]
        if pull.left_out:
            parts.append(t("end.triangle.left_out.options", lang, count=pull.left_out))
    else:
        parts = [t("end.triangle.basis.themes", lang), t("end.triangle.rule", lang)]
        if pull.left_out:
            parts.append(t("end.triangle.left_out", lang, count=pull.left_out))
    if pull.total <= 0:
        parts.append(t("end.triangle.empty", lang))
    return parts


def emblem_points(rect: pygame.Rect) -> dict[str, Point]:
    """The corners of an upright equilateral triangle centred in `rect` (willen at the top)."""
    side = min(rect.width, rect.height / (math.sqrt(3) / 2))
    height = side * math.sqrt(3) / 2
    top = rect.centery - height / 2
    return {
        "strategy": (rect.centerx, top),
        "capacity": (rect.centerx - side / 2, top + height),
        "legitimacy": (rect.centerx + side / 2, top + height),
    }


def draw_emblem(painter: Painter, rect: pygame.Rect) -> None:
    """The game's emblem: the public value triangle (willen at the top, kunnen and mogen below), its
    corners joined to the centre where a balanced course ends, with the accent on the corners."""
    m = painter.metrics
    surface = painter.surface
    dot = max(3, round(rect.height * 0.062))
    # Inset so that the corner dots stay inside the rect.
    corners = emblem_points(rect.inflate(-2 * dot, -2 * dot))
    points = [corners[corner] for corner in CORNERS]
    centre = pull_point(dict.fromkeys(CORNERS, 1.0), corners)
    pygame.draw.polygon(surface, style.BACKGROUND_LIGHT, points)
    spoke = max(1, m.px(2))
    for point in points:
        pygame.draw.aaline(surface, style.TRACK, centre, point, spoke)
    edge = max(2, m.px(3))
    for first, second in zip(points, points[1:] + points[:1], strict=True):
        pygame.draw.aaline(surface, style.TEXT_MUTED, first, second, edge)
    for point in points:
        pygame.draw.aacircle(surface, style.BACKGROUND, point, dot + max(1, m.px(3)))
        pygame.draw.aacircle(surface, style.ACCENT, point, dot)
    pygame.draw.aacircle(surface, style.TEXT, centre, max(2, round(dot * 0.7)))
