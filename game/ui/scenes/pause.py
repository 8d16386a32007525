"""The pause menu over the current screen: resume, restart, language, full screen, title, quit."""

from __future__ import annotations

import pygame

from game.i18n import t
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.scene import Host, Scene
from game.ui.scenes.common import button_padding, draw_hint, hint_height, panel_padding
from game.ui.style import Metrics
from game.ui.widgets import Button


class PauseScene(Scene):
    """Drawn over a dimmed copy of the screen below; Esc (handled by the App) closes it."""

    name = "pause"

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.texts: dict[str, TextBlock] = {}

    def layout_key(self) -> tuple[object, ...]:
        return (*super().layout_key(), self.host.fullscreen, self.host.session is not None)

    def on_show(self) -> None:
        super().on_show()
        self.ensure_layout()
        self.buttons.focus = 0

    def actions(self) -> list[tuple[str, str]]:
        lang = self.host.lang
        in_game = self.host.session is not None
        items = [("resume", t("pause.resume", lang))]
        if in_game:
            items.append(("restart", t("pause.restart", lang)))
        items.append(("language", t("pause.language", lang)))
        items.append(
            ("fullscreen", t("pause.fullscreen_off" if self.host.fullscreen else "pause.fullscreen_on", lang))
        )
        if in_game:
            items.append(("title", t("pause.title", lang)))
        items.append(("quit", t("pause.quit", lang)))
        return items

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        items = self.actions()
        width = min(m.width - 2 * m.margin, m.px(520))
        pad = panel_padding(m)
        button_h = m.px(60)
        gap = m.px(12)
        heading = fit_text(
            fonts,
            t("pause.heading", self.host.lang),
            width - 2 * pad,
            None,
            m.steps(40, 26),
            bold=True,
            max_lines=1,
        )
        self.texts["heading"] = heading
        height = 2 * pad + heading.height + m.px(20) + len(items) * (button_h + gap) - gap
        available = m.height - 2 * m.margin - m.px(40)
        if height > available:
            button_h = max(m.px(36), (available - 2 * pad - heading.height - m.px(20)) // len(items) - gap)
            height = 2 * pad + heading.height + m.px(20) + len(items) * (button_h + gap) - gap
        panel = pygame.Rect(0, 0, width, height)
        panel.center = (m.width // 2, (m.height - m.px(30)) // 2)
        inner = panel.inflate(-2 * pad, -2 * pad)
        self.boxes["panel"] = panel
        self.boxes["heading"] = pygame.Rect(inner.left, inner.top, inner.width, heading.height)
        top = inner.top + heading.height + m.px(20)
        padding = button_padding(m)
        buttons = []
        for i, (action, label) in enumerate(items):
            rect = pygame.Rect(inner.left, top + i * (button_h + gap), inner.width, button_h)
            button = Button(action, label, rect, primary=False)
            button.fit(fonts, m.steps(26, 16), padding)
            buttons.append(button)
        self.buttons.set(buttons)

    def on_action(self, action: str) -> None:
        host = self.host
        if action == "resume":
            host.close_pause()
        elif action == "restart":
            host.restart()
        elif action == "language":
            host.toggle_language()
        elif action == "fullscreen":
            host.toggle_fullscreen()
        elif action == "title":
            host.to_title()
        elif action == "quit":
            host.quit()

    def on_continue(self) -> None:
        self.host.close_pause()

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        m = painter.metrics
        veil = pygame.Surface(painter.surface.get_size(), pygame.SRCALPHA)
        veil.fill((*style.BACKGROUND, 215))
        painter.surface.blit(veil, (0, 0))
        panel = self.boxes["panel"]
        painter.shadow(panel)
        painter.panel(panel, style.BAND, border=style.ACCENT, width=m.px(3))
        painter.block(self.texts["heading"], self.boxes["heading"], style.TEXT, align="center")
        self.buttons.draw(painter, button_padding(m))
        strip = pygame.Rect(
            0, m.height - hint_height(painter.fonts, m), m.width, hint_height(painter.fonts, m)
        )
        pygame.draw.rect(painter.surface, style.BACKGROUND, strip)
        draw_hint(painter, t("pause.hint", self.host.lang))
