"""Menus over the current screen: the pause menu (resume, restart, language, full screen, title, quit)
and the question whether to take back the last decision."""

from __future__ import annotations

import pygame

from game.i18n import t
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.scene import Host, Scene
from game.ui.scenes.common import button_padding, draw_hint, hint_height, panel_padding
from game.ui.style import Metrics
from game.ui.widgets import Button


class MenuOverlay(Scene):
    """A heading and a column of buttons over the dimmed screen below; Esc (handled by the App) closes it.

    Subclasses give the heading, the buttons (`actions`), the key hint and what each button does.
    """

    name = "menu"

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.texts: dict[str, TextBlock] = {}

    def layout_key(self) -> tuple[object, ...]:
        return (*super().layout_key(), self.host.fullscreen, self.host.session is not None)

    def on_show(self) -> None:
        super().on_show()
        self.ensure_layout()
        self.buttons.focus = 0

    def heading(self) -> str:
        raise NotImplementedError

    def hint(self) -> str:
        raise NotImplementedError

    def actions(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def on_continue(self) -> None:
        self.host.close_pause()

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        items = self.actions()
        width = min(m.width - 2 * m.margin, m.px(520))
        pad = panel_padding(m)
        button_h = m.px(60)
        gap = m.px(12)
        heading = fit_text(
            fonts,
            self.heading(),
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
        draw_hint(painter, self.hint())


class PauseScene(MenuOverlay):
    """Esc: resume, restart, language, full screen, back to the title screen, quit."""

    name = "pause"

    def heading(self) -> str:
        return t("pause.heading", self.host.lang)

    def hint(self) -> str:
        return t("pause.hint", self.host.lang)

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


class UndoScene(MenuOverlay):
    """U or Ctrl+Z: take back the last decision, after this question; Enter takes it back, Esc does not."""

    name = "undo"

    def __init__(self, host: Host, option_label: str) -> None:
        super().__init__(host)
        self.option_label = option_label

    def heading(self) -> str:
        return t("undo.heading", self.host.lang)

    def hint(self) -> str:
        return t("undo.hint", self.host.lang)

    def actions(self) -> list[tuple[str, str]]:
        lang = self.host.lang
        return [
            ("undo", t("undo.yes", lang, option=self.option_label)),
            ("cancel", t("undo.no", lang)),
        ]

    def on_action(self, action: str) -> None:
        if action == "undo":
            self.host.undo()
        else:
            self.host.close_pause()
