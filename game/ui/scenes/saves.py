"""Doorgaan: the saved sessions that can be continued, newest first, one button each, and a back button.

A line above the list says why a session could not be continued (scenario gone or changed too much).
"""

from __future__ import annotations

from datetime import datetime

import pygame

from game.core.save import SaveData
from game.i18n import t
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.scene import OPTION_KEYS, Host, Scene
from game.ui.scenes.common import button_padding, centred_panel, draw_hint, panel_padding
from game.ui.scenes.keys import screen_hint
from game.ui.style import Metrics
from game.ui.widgets import Button

SHOWN = 6  # sessions listed at once; older ones are counted below the list
NUMBER_KEYS = {**OPTION_KEYS, pygame.K_5: 4, pygame.K_6: 5, pygame.K_KP5: 4, pygame.K_KP6: 5}


def describe(data: SaveData, lang: str) -> str:
    """'Groep 1 · Lindenhout · jaar 2, beurt 3 · 12-05-2025 14:03'."""
    name = data.group_name or t("saves.solo", lang)
    title = data.title.get(lang) or next(iter(data.title.values()), data.scenario_id)
    try:
        date = f"{datetime.fromisoformat(data.saved_at):%d-%m-%Y %H:%M}"
    except ValueError:
        date = data.saved_at
    state = data.state
    return t("saves.entry", lang, name=name, scenario=title, year=state.year, turn=state.turn, date=date)


class SavesScene(Scene):
    name = "saves"

    def __init__(self, host: Host, message: str | None = None) -> None:
        super().__init__(host)
        self.message = message
        self.saves = host.resumable_saves()
        self.texts: dict[str, TextBlock] = {}

    def layout_key(self) -> tuple[object, ...]:
        return (*super().layout_key(), self.message, len(self.saves))

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        panel = centred_panel(fonts, m, m.margin, m.px(1100))
        pad = panel_padding(m)
        inner = panel.inflate(-2 * pad, -2 * pad)
        self.boxes["panel"] = panel
        y = inner.top
        for name, text, sizes, bold, lines in (
            ("kicker", t("saves.kicker", lang).upper(), [m.label], True, 1),
            ("heading", t("saves.heading", lang), m.steps(40, 28), True, 1),
            (
                "explain",
                self.message or t("saves.explain" if self.saves else "saves.none", lang),
                m.steps(26, 20),
                False,
                3,
            ),
        ):
            block = fit_text(fonts, text, inner.width, None, sizes, bold=bold, max_lines=lines)
            self.texts[name] = block
            self.boxes[name] = pygame.Rect(inner.left, y, inner.width, block.height)
            y += block.height + m.px(10)
        padding = button_padding(m)
        label_sizes = m.steps(24, 18)
        back_h = max(m.px(60), fonts.line_height(label_sizes[0]) + padding)
        back = Button("back", t("saves.back", lang), pygame.Rect(0, 0, m.px(220), back_h))
        back.rect.bottomleft = inner.bottomleft
        shown = self.saves[:SHOWN]
        if len(self.saves) > SHOWN:
            more = fit_text(
                fonts,
                t("saves.more", lang, count=len(self.saves) - SHOWN),
                inner.width,
                None,
                [m.small],
                max_lines=1,
            )
            self.texts["more"] = more
            self.boxes["more"] = pygame.Rect(
                inner.left, back.rect.top - m.px(8) - more.height, inner.width, more.height
            )
        bottom = self.boxes.get("more", back.rect).top - m.px(12)
        gap = m.px(10)
        room = bottom - y - m.px(6)
        row_h = min(m.px(64), (room - gap * (len(shown) - 1)) // max(1, len(shown)))
        buttons: list[Button] = []
        for index, (_path, data) in enumerate(shown):
            rect = pygame.Rect(inner.left, y + m.px(6) + index * (row_h + gap), inner.width, row_h)
            button = Button(f"save{index}", f"{index + 1}  {describe(data, lang)}", rect, primary=index == 0)
            button.fit(fonts, label_sizes, padding)
            buttons.append(button)
        back.fit(fonts, label_sizes, padding)
        buttons.append(back)
        self.buttons.set(buttons)

    def on_key(self, key: int) -> None:
        if key in NUMBER_KEYS:
            self.on_action(f"save{NUMBER_KEYS[key]}")
        elif key in (pygame.K_BACKSPACE, pygame.K_ESCAPE):
            self.on_action("back")
        else:
            super().on_key(key)

    def on_continue(self) -> None:
        if self.saves:
            self.on_action("save0")

    def on_action(self, action: str) -> None:
        if action == "back":
            self.host.to_title()
            return
        if not action.startswith("save"):
            return
        index = int(action.removeprefix("save"))
        if index >= min(len(self.saves), SHOWN):
            return
        problem = self.host.resume(self.saves[index][0])
        if problem is not None:  # still here: say why, and list what is left
            self.message = problem
            self.saves = self.host.resumable_saves()
            self.invalidate()
            self.host.redraw()

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        m = painter.metrics
        panel = self.boxes["panel"]
        painter.shadow(panel)
        painter.panel(panel, style.PANEL)
        painter.block(self.texts["kicker"], self.boxes["kicker"], style.ACCENT_DARK)
        painter.block(self.texts["heading"], self.boxes["heading"], style.INK)
        colour = style.ERROR_INK if self.message else style.INK_MUTED
        painter.block(self.texts["explain"], self.boxes["explain"], colour)
        if "more" in self.boxes:
            painter.block(self.texts["more"], self.boxes["more"], style.INK_MUTED)
        self.buttons.draw(painter, button_padding(m), on_panel=True)
        draw_hint(painter, screen_hint(self.name, self.host.lang))
