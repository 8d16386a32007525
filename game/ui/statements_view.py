"""Drawing the statements: the scale 1-5 with the count per score, and the shift of every statement."""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.core.model import Scenario
from game.debrief.model import SCORES
from game.debrief.statements import Shift, StatementBoard
from game.formatting import format_points
from game.i18n import t
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.fonts import FontBook
from game.ui.style import Metrics

SCALE_KEYS = {
    **{pygame.K_1 + index: score for index, score in enumerate(SCORES)},
    **{pygame.K_KP1 + index: score for index, score in enumerate(SCORES)},
}
WHITE: style.Colour = (255, 255, 255)


def draw_scale(painter: Painter, rect: pygame.Rect, counts: Sequence[int], lang: str) -> None:
    """Five columns side by side: the score, how many chose it (a number and a bar), and below the
    column what the score means ("helemaal oneens" .. "helemaal eens")."""
    m = painter.metrics
    fonts = painter.fonts
    gap = m.px(12)
    width = (rect.width - gap * (len(SCORES) - 1)) // len(SCORES)
    label_sizes = m.steps(20, 14)
    label_h = 2 * fonts.line_height(label_sizes[-1]) + m.px(4)
    most = max(max(counts), 1)
    for index, score in enumerate(SCORES):
        column = pygame.Rect(rect.left + index * (width + gap), rect.top, width, rect.height - label_h)
        painter.panel(column, WHITE, border=style.PANEL_LINE, width=m.px(2))
        inner = column.inflate(-2 * m.px(10), -2 * m.px(8))
        bar = pygame.Rect(inner.left, inner.bottom - m.px(10), inner.width, m.px(10))
        painter.bar(bar, counts[index] / most, style.ACCENT_DARK, style.PANEL_LINE)
        digit = fit_text(fonts, str(score), inner.width, None, m.steps(30, 20), bold=True, max_lines=1)
        painter.block(digit, pygame.Rect(inner.left, inner.top, inner.width, digit.height), style.ACCENT_DARK)
        number_box = pygame.Rect(
            inner.left, inner.top + digit.height, inner.width, bar.top - inner.top - digit.height
        )
        number = fit_text(
            fonts, str(counts[index]), number_box.width, number_box.height, m.steps(56, 20), bold=True
        )
        painter.block(number, number_box, style.INK, align="center", valign="middle")
        label_box = pygame.Rect(column.left, column.bottom + m.px(4), column.width, label_h - m.px(4))
        label = fit_text(
            fonts, t(f"statements.scale.{score}", lang), label_box.width, label_box.height, label_sizes
        )
        painter.block(label, label_box, style.INK_MUTED, align="center")


def split_shifts(fonts: FontBook, m: Metrics, rect: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
    """The scale 1-5 along the top, once over every histogram's bars and at reading size (under each
    small histogram it could only be small print), and the statements' rows under it."""
    height = fonts.line_height(axis_size(m)) + m.px(6)
    return (
        pygame.Rect(rect.left, rect.top, rect.width, height),
        pygame.Rect(rect.left, rect.top + height, rect.width, rect.height - height),
    )


def axis_size(m: Metrics) -> int:
    return m.steps(style.BODY_MIN, style.BODY_MIN)[0]


def shift_rows(rect: pygame.Rect, count: int, m: Metrics) -> list[pygame.Rect]:
    """One row per statement, evenly down `rect`."""
    gap = m.px(10)
    height = (rect.height - gap * (count - 1)) // max(1, count)
    return [
        pygame.Rect(rect.left, rect.top + index * (height + gap), rect.width, height)
        for index in range(count)
    ]


def split_row(row: pygame.Rect, m: Metrics) -> tuple[pygame.Rect, pygame.Rect]:
    """The statement's text on the left, its two distributions on the right."""
    right = max(m.px(300), row.width * 2 // 5)
    text = pygame.Rect(row.left, row.top, row.width - right - m.gap, row.height)
    return text, pygame.Rect(row.right - right, row.top, right, row.height)


def layout_shifts(
    fonts: FontBook, m: Metrics, rect: pygame.Rect, scenario: Scenario, board: StatementBoard, lang: str
) -> dict[str, TextBlock]:
    """The statements' texts of the shift, fitted to their rows (the scene keeps them in `texts`)."""
    texts: dict[str, TextBlock] = {}
    _, rows = split_shifts(fonts, m, rect)
    for index, (row, statement) in enumerate(
        zip(shift_rows(rows, len(board.statements), m), board.statements, strict=True)
    ):
        box, _ = split_row(row, m)
        texts[f"shift{index}"] = fit_text(
            fonts, scenario.text(statement.text, lang), box.width, box.height, m.steps(26, 18)
        )
    return texts


def draw_shifts(
    painter: Painter, rect: pygame.Rect, texts: dict[str, TextBlock], board: StatementBoard, lang: str
) -> None:
    """Per statement: its text, and the distributions before and after side by side with their means."""
    m = painter.metrics
    axis, rows = split_shifts(painter.fonts, m, rect)
    _, axis_right = split_row(axis, m)
    for box in _halves(axis_right, m):
        for score, column in zip(SCORES, _columns(box, m), strict=True):
            painter.text(
                str(score), (column.centerx, axis.top), axis_size(m), style.INK_MUTED, anchor="midtop"
            )
    for index, (row, shift) in enumerate(
        zip(shift_rows(rows, len(board.statements), m), board.shifts(), strict=True)
    ):
        if index:
            pygame.draw.line(
                painter.surface,
                style.PANEL_LINE,
                (row.left, row.top - m.px(5)),
                (row.right, row.top - m.px(5)),
                max(1, m.px(1)),
            )
        text_box, right = split_row(row, m)
        painter.block(texts[f"shift{index}"], text_box, style.INK, valign="middle")
        _draw_pair(painter, right, shift, lang)


def _halves(rect: pygame.Rect, m: Metrics) -> list[pygame.Rect]:
    """The boxes of the two histograms, before (left) and after (right)."""
    gap = m.px(16)
    half = (rect.width - gap) // 2
    return [pygame.Rect(rect.left + place * (half + gap), rect.top, half, rect.height) for place in (0, 1)]


def _columns(rect: pygame.Rect, m: Metrics) -> list[pygame.Rect]:
    """The five bars' columns across `rect`, score 1 on the left."""
    gap = m.px(4)
    width = (rect.width - gap * (len(SCORES) - 1)) // len(SCORES)
    return [
        pygame.Rect(rect.left + index * (width + gap), rect.top, width, rect.height) for index in range(5)
    ]


def _draw_pair(painter: Painter, rect: pygame.Rect, shift: Shift, lang: str) -> None:
    """Before and after: two small histograms (score 1 left, 5 right), each with its mean under it."""
    m = painter.metrics
    for place, (box, (stage, counts, mean)) in enumerate(
        zip(
            _halves(rect, m),
            (("before", shift.before, shift.mean_before), ("after", shift.after, shift.mean_after)),
            strict=True,
        )
    ):
        shown = t("statements.none", lang) if mean is None else format_points(mean, lang)
        words = f"{t(f'statements.{stage}', lang)} {shown}"
        label = fit_text(painter.fonts, words, box.width, None, m.steps(22, 16), bold=place == 1, max_lines=1)
        label_box = pygame.Rect(box.left, box.bottom - label.height, box.width, label.height)
        painter.block(label, label_box, style.INK if place else style.INK_MUTED, align="center")
        bars = pygame.Rect(box.left, box.top, box.width, max(1, label_box.top - box.top - m.px(4)))
        _histogram(painter, bars, counts, style.ACCENT_DARK if place else style.INK_MUTED)


def _histogram(painter: Painter, rect: pygame.Rect, counts: Sequence[int], colour: style.Colour) -> None:
    """Five bars on a base line, their heights by count (the tallest fills the box), under the axis."""
    m = painter.metrics
    most = max(max(counts), 1)
    pygame.draw.line(painter.surface, style.PANEL_LINE, rect.bottomleft, rect.bottomright, max(1, m.px(2)))
    for column, count in zip(_columns(rect, m), counts, strict=True):
        height = round((rect.height - m.px(2)) * count / most)
        if height > 0:
            pygame.draw.rect(
                painter.surface, colour, (column.left, rect.bottom - height, column.width, height)
            )
