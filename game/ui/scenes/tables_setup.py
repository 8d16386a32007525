"""Choosing tables side by side: how many tables (2 to 8) and the pace, then start; "Verder" goes on with
the last session of this scenario that did not finish (its log in DATA_DIR/logs)."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.core.session_log import LogError
from game.core.wallclock import local_now
from game.i18n import t
from game.tables.log import Paused, paused_session, paused_words, read_tables_log
from game.tables.model import MAX_TABLES, MIN_TABLES, Pace
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.scene import Host, Scene
from game.ui.scenes.common import button_padding, draw_hint, panel_padding
from game.ui.scenes.keys import screen_hint
from game.ui.style import Metrics
from game.ui.widgets import Button

if TYPE_CHECKING:
    from game.core.model import Scenario

NUMBER_KEYS = {getattr(pygame, f"K_{n}"): n for n in range(MIN_TABLES, MAX_TABLES + 1)}
NUMBER_KEYS.update({getattr(pygame, f"K_KP{n}"): n for n in range(MIN_TABLES, MAX_TABLES + 1)})


class TablesSetupScene(Scene):
    """The scenario's name, what tables side by side is, and a column of buttons: the number of tables
    (a click, left/right or 2-8), the pace (a click or P), start, continue the last session, back."""

    name = "tables_setup"

    def __init__(self, host: Host, scenario: Scenario, count: int = 4, pace: Pace = "rounds") -> None:
        super().__init__(host)
        self.scenario = scenario
        self.count = count
        self.pace: Pace = pace
        self.texts: dict[str, TextBlock] = {}
        self.resumable: Path | None = None
        self.paused: Paused | None = None

    def on_show(self) -> None:
        super().on_show()
        from game.ui.tables_link import unfinished_log

        self.resumable = unfinished_log(self.host, self.scenario.id)
        self.paused = None
        if self.resumable is not None:  # "Verder" says which session: its time, tables and round
            with contextlib.suppress(LogError, OSError, ValueError):
                self.paused = paused_session(read_tables_log(self.resumable))
        self.invalidate()

    def layout_key(self) -> tuple[object, ...]:
        return (*super().layout_key(), self.count, self.pace, self.resumable)

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        outer = m.px(64)
        width = m.width - 2 * outer
        y = m.px(48)
        for name, text, sizes, bold in (
            ("heading", t("tables.setup.heading", lang), m.scale_of("title"), True),
            ("scenario", self.scenario.text(self.scenario.title, lang), m.steps(30, 24), False),
        ):
            block = fit_text(fonts, text, width, None, sizes, bold=bold, max_lines=2)
            self.texts[name] = block
            self.boxes[name] = pygame.Rect(outer, y, width, block.height)
            y += block.height + m.px(10)
        body = pygame.Rect(outer, y + m.px(20), width, m.height - m.px(80) - y - m.px(20))
        column = max(m.px(380), round(width * 0.4))
        text_box = pygame.Rect(body.left, body.top, body.width - column - m.px(40), body.height)
        inner = text_box.inflate(-2 * panel_padding(m), -2 * panel_padding(m))
        explain = f"{t('tables.setup.explain', lang)}\n{t('tables.setup.pace_explain', lang)}"
        self.texts["explain"] = fit_text(fonts, explain, inner.width, inner.height, m.scale_of("body"))
        text_box.height = min(text_box.height, self.texts["explain"].height + 2 * panel_padding(m))
        self.boxes["explain"] = text_box
        rows = [
            ("count", t("tables.setup.count", lang, count=self.count), False),
            ("pace", t("tables.setup.pace", lang, pace=t(f"tables.pace.{self.pace}", lang)), False),
            ("start", t("tables.setup.start", lang), True),
        ]
        if self.resumable is not None:
            said = t("tables.setup.resume", lang)
            if self.paused is not None:
                said = paused_words(self.paused, local_now().date(), lang)
            rows.append(("resume", said, False))
        rows.append(("back", t("tables.setup.back", lang), False))
        gap = m.px(14)
        tall = {"resume"} if self.paused is not None else set()  # which session: two lines
        height = min(m.px(64), (body.height - gap * (len(rows) - 1)) // (len(rows) + len(tall)))
        buttons = []
        top = body.top
        for action, label, primary in rows:
            high = 2 * height if action in tall else height
            button = Button(
                action, label, pygame.Rect(body.right - column, top, column, high), primary=primary
            )
            button.fit(fonts, m.steps(28, 18), button_padding(m))
            buttons.append(button)
            top += high + gap
        self.buttons.set(buttons)
        if self.buttons.focus is None:
            self.buttons.focus = 2

    def on_key(self, key: int) -> None:
        if key in NUMBER_KEYS:
            self._set_count(NUMBER_KEYS[key])
        elif key in (pygame.K_LEFT, pygame.K_RIGHT):
            self._set_count(self.count + (1 if key == pygame.K_RIGHT else -1))
        elif key == pygame.K_p:
            self.on_action("pace")
        else:
            super().on_key(key)

    def _set_count(self, count: int) -> None:
        self.count = max(MIN_TABLES, min(MAX_TABLES, count))
        self.host.redraw()

    def on_action(self, action: str) -> None:
        from game.ui.tables_link import open_room

        if action == "count":
            self._set_count(self.count + 1 if self.count < MAX_TABLES else MIN_TABLES)
        elif action == "pace":
            self.pace = "free" if self.pace == "rounds" else "rounds"
            self.host.redraw()
        elif action == "start":
            open_room(self.host, self.scenario, self.count, self.pace)
        elif action == "resume" and self.resumable is not None:
            open_room(self.host, self.scenario, self.count, self.pace, resume=self.resumable)
        elif action == "back":
            self.host.to_title()

    def on_continue(self) -> None:
        self.on_action("start")

    def spoken(self, lang: str) -> list[str]:
        return [t(f"tables.setup.{key}", lang) for key in ("heading", "explain", "pace_explain")]

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        m = painter.metrics
        painter.block(self.texts["heading"], self.boxes["heading"], style.TEXT)
        painter.block(self.texts["scenario"], self.boxes["scenario"], style.ACCENT)
        box = self.boxes["explain"]
        painter.shadow(box)
        painter.panel(box, style.PANEL)
        pad = panel_padding(m)
        painter.block(self.texts["explain"], box.inflate(-2 * pad, -2 * pad), style.INK)
        self.buttons.draw(painter, button_padding(m))
        draw_hint(painter, screen_hint("tables_setup", self.host.lang))
