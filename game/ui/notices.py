"""Messages over any screen: a brief toast ('Scenario reloaded') and the reload error banner."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.i18n import t
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text

TOAST_MS = 2500
LONG_TOAST_MS = 7000  # a partial replay: the player has more to read


@dataclass(frozen=True)
class Toast:
    """A short message shown until the clock reaches `until` (ms)."""

    text: str
    until: int


@dataclass(frozen=True)
class ReloadErrors:
    """Why the last reload failed: the file's name and its errors as 'file:line:col: message'."""

    file: str
    errors: tuple[str, ...]


def draw_toast(painter: Painter, text: str) -> pygame.Rect:
    """A rounded message centred along the bottom edge, over the key hint."""
    m = painter.metrics
    pad = m.px(16)
    block = fit_text(
        painter.fonts, text, round(m.width * 0.7) - 2 * pad, None, m.steps(24, 18), bold=True, max_lines=3
    )
    widest = max(painter.fonts.width(line, block.size, bold=True) for line in block.lines)
    rect = pygame.Rect(0, 0, widest + 2 * pad, block.height + 2 * pad)
    rect.midbottom = (m.width // 2, m.height - m.px(8))
    painter.shadow(rect)
    painter.panel(rect, style.BAND, border=style.ACCENT, width=m.px(3))
    painter.block(block, rect.inflate(-2 * pad, -2 * pad), style.TEXT, align="center")
    return rect


def draw_errors(painter: Painter, errors: ReloadErrors, lang: str) -> pygame.Rect:
    """A light red panel across the top: what failed, the first problems that fit, '+k more', the way out."""
    m = painter.metrics
    fonts = painter.fonts
    pad = m.px(22)
    panel = pygame.Rect(m.margin, m.px(14), m.width - 2 * m.margin, 0)
    width = panel.width - 2 * pad
    count = len(errors.errors)
    key = "reload.failed_one" if count == 1 else "reload.failed"
    heading = fit_text(
        fonts, t(key, lang, n=count, file=errors.file), width, None, m.steps(26, 20), bold=True, max_lines=2
    )
    kept = fit_text(fonts, t("reload.kept", lang), width, None, m.steps(21, 16), max_lines=2)
    footer = fit_text(fonts, t("reload.retry", lang), width, None, m.steps(20, 15), italic=True, max_lines=1)
    # the lint does not run on a scenario with errors: its warnings come once they are fixed
    later = fit_text(fonts, t("problem.more_checks", lang), width, None, [m.px(20)], max_lines=2)
    more_height = fonts.line_height(m.px(20))
    limit = (
        round(m.height * 0.5)
        - 2 * pad
        - heading.height
        - kept.height
        - later.height
        - footer.height
        - m.px(34)
    )
    shown: list[TextBlock] = []
    used = 0
    for index, line in enumerate(errors.errors):
        block = fit_text(fonts, line, width, None, [m.px(20)], max_lines=2)
        reserve = more_height if index < count - 1 else 0
        if shown and used + block.height + m.px(6) + reserve > limit:
            break
        shown.append(block)
        used += block.height + m.px(6)
    hidden = count - len(shown)
    more = fit_text(fonts, t("reload.more", lang, n=hidden), width, None, [m.px(20)], bold=True, max_lines=1)
    body = used + (more.height if hidden else 0) + later.height + m.px(6)
    panel.height = (
        2 * pad + heading.height + m.px(6) + kept.height + m.px(14) + body + m.px(8) + footer.height
    )
    painter.shadow(panel)
    painter.panel(panel, style.ERROR_PANEL, border=style.ERROR_INK, width=m.px(3))
    inner = panel.inflate(-2 * pad, -2 * pad)
    y = painter.block(heading, pygame.Rect(inner.left, inner.top, width, heading.height), style.ERROR_INK)
    y = painter.block(kept, pygame.Rect(inner.left, y + m.px(6), width, kept.height), style.INK)
    y += m.px(14)
    for block in shown:
        y = painter.block(block, pygame.Rect(inner.left, y, width, block.height), style.INK) + m.px(6)
    if hidden:
        y = painter.block(more, pygame.Rect(inner.left, y, width, more.height), style.ERROR_INK)
    painter.block(later, pygame.Rect(inner.left, y + m.px(6), width, later.height), style.INK)
    footer_box = pygame.Rect(inner.left, inner.bottom - footer.height, width, footer.height)
    painter.block(footer, footer_box, style.INK_MUTED)
    return panel
