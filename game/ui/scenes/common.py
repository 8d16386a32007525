"""Pieces shared by several screens: the key hint line, the continue button and panel padding."""

from __future__ import annotations

import pygame

from game.ui import style
from game.ui.draw import Painter, fit_text
from game.ui.fonts import FontBook
from game.ui.style import Metrics
from game.ui.widgets import Button


def hint_height(fonts: FontBook, m: Metrics) -> int:
    return fonts.line_height(m.small) + m.px(10)


def content_area(fonts: FontBook, m: Metrics, top: int) -> pygame.Rect:
    """The space between `top` and the hint line, inside the margins."""
    bottom = m.height - hint_height(fonts, m) - m.px(8)
    return pygame.Rect(m.margin, top, m.width - 2 * m.margin, max(10, bottom - top))


def centred_panel(fonts: FontBook, m: Metrics, top: int, max_width: int) -> pygame.Rect:
    """A panel at most `max_width` wide, centred in the content area below `top`, full height."""
    area = content_area(fonts, m, top)
    width = min(area.width, max_width)
    return pygame.Rect(area.centerx - width // 2, area.top, width, area.height)


def draw_hint(painter: Painter, text: str) -> None:
    """The key hint centred along the bottom edge."""
    m = painter.metrics
    box = pygame.Rect(
        m.margin,
        m.height - hint_height(painter.fonts, m),
        m.width - 2 * m.margin,
        hint_height(painter.fonts, m),
    )
    block = fit_text(painter.fonts, text, box.width, None, m.steps(21, 14), max_lines=1)
    painter.block(block, box, style.TEXT_MUTED, align="center", valign="middle")


def continue_button(fonts: FontBook, m: Metrics, label: str, right: int, bottom: int) -> Button:
    """The primary 'continue' button, anchored at its bottom-right corner."""
    padding = m.px(18)
    size = m.px(28)
    width = max(m.px(220), fonts.width(label, size, bold=True) + 2 * padding + m.px(20))
    rect = pygame.Rect(0, 0, width, m.px(68))
    rect.bottomright = (right, bottom)
    button = Button("continue", label, rect, primary=True)
    button.fit(fonts, m.steps(28, 18), padding)
    return button


def button_padding(m: Metrics) -> int:
    return m.px(style.BUTTON_PADDING)


def panel_padding(m: Metrics) -> int:
    return m.px(style.PANEL_PADDING)


def draw_overlay_panel(painter: Painter, panel: pygame.Rect, veil_alpha: int = 215) -> None:
    """Dim the screen below and draw an overlay's panel (menus, the help) over it."""
    m = painter.metrics
    veil = pygame.Surface(painter.surface.get_size(), pygame.SRCALPHA)
    veil.fill((*style.BACKGROUND, veil_alpha))
    painter.surface.blit(veil, (0, 0))
    painter.shadow(panel)
    painter.panel(panel, style.BAND, border=style.ACCENT, width=m.px(3))


def on_off(value: object) -> str:
    """'on' or 'off', for the words of a switch ("pause.on", "pause.off")."""
    return "on" if value else "off"
