"""The title screen: choose a scenario and the language, start solo play or a group session, or quit."""

from __future__ import annotations

import pygame

from game.i18n import t
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.loading import Catalogue
from game.ui.scene import CONTINUE_KEYS, Host, Scene
from game.ui.scenes.common import button_padding, draw_hint, panel_padding
from game.ui.style import Metrics
from game.ui.widgets import Button


class TitleScene(Scene):
    """Title, subtitle, the scenario selector with a preview (or the load error), and the buttons.

    Two start buttons side by side, one per mode: solo play and a group session (which asks for the
    group's name first). The mode chosen last in this window (or `--group`) is the highlighted one that
    Enter starts; Tab and the up/down arrows reach the other.
    """

    name = "title"

    def __init__(self, host: Host, catalogue: Catalogue) -> None:
        super().__init__(host)
        self.catalogue = catalogue
        self.texts: dict[str, TextBlock] = {}
        self.resumable = 0  # saved sessions that can be continued (a "Doorgaan" button when any)

    def on_show(self) -> None:
        super().on_show()
        self.catalogue.selected.ensure_shown(self.host.lang)  # the preview, if any, until it is loaded
        self.resumable = len(self.host.resumable_saves())
        self.invalidate()

    def layout_key(self) -> tuple[object, ...]:
        entry = self.catalogue.selected
        return (
            *super().layout_key(),
            self.catalogue.index,
            entry.scenario is not None,
            entry.error,
            entry.intro(self.host.lang) is not None,
            self.host.settings.group,
            self.resumable,
        )

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        entry = self.catalogue.selected
        outer = m.px(64)
        left_width = round((m.width - 2 * outer) * 0.44)
        left = pygame.Rect(outer, m.px(96), left_width, m.height - m.px(96) - m.px(70))
        # Buttons at the foot of the column (see below); the title and subtitle share the room above.
        padding = button_padding(m)
        height = m.px(66)
        gap = m.px(16)
        top = left.bottom - 3 * height - 2 * gap
        room = top - m.px(24) - (left.top + m.px(34)) - m.px(12)
        self.texts["subtitle"] = fit_text(
            fonts, t("app.subtitle", lang), left.width, room // 3, m.steps(28, 20), max_lines=3
        )
        self.texts["title"] = fit_text(
            fonts,
            t("app.title", lang),
            left.width,
            room - self.texts["subtitle"].height,
            m.steps(64, 40),
            bold=True,
            max_lines=2,
        )
        title_box = pygame.Rect(left.left, left.top + m.px(34), left.width, self.texts["title"].height)
        sub_box = pygame.Rect(
            left.left, title_box.bottom + m.px(12), left.width, self.texts["subtitle"].height
        )
        self.boxes.update(title=title_box, subtitle=sub_box)
        # The two modes side by side, then language and quit.
        playable = entry.error is None
        group = self.host.settings.group
        width = min(left.width, m.px(520))
        half = (width - gap) // 2
        top = max(top, sub_box.bottom + m.px(24))
        solo_rect = pygame.Rect(left.left, top, half, height)
        group_rect = pygame.Rect(left.left + width - half, top, half, height)
        rows = [
            ("start", t("title.solo", lang), solo_rect, playable and not group),
            ("group", t("title.group", lang), group_rect, playable and group),
        ]
        if self.resumable:
            # Doorgaan gets the middle row; language and quit share the last one, so the title keeps its room.
            rect = pygame.Rect(left.left, top + height + gap, width, height)
            rows.append(("continue", t("title.continue", lang, count=self.resumable), rect, False))
            for i, action in enumerate(("language", "quit")):
                rect = pygame.Rect(left.left + i * (width - half), top + 2 * (height + gap), half, height)
                rows.append((action, t(f"title.{action}", lang), rect, False))
        else:
            for i, action in enumerate(("language", "quit"), start=1):
                rect = pygame.Rect(left.left, top + i * (height + gap), width, height)
                rows.append((action, t(f"title.{action}", lang), rect, False))
        buttons: list[Button] = []
        for action, label, rect, primary in rows:
            button = Button(action, label, rect, primary=primary)
            button.fit(fonts, m.steps(28, 18), padding)
            buttons.append(button)
        # The scenario panel on the right.
        panel = pygame.Rect(outer + left_width + m.px(56), m.px(96), 0, 0)
        panel.width = m.width - outer - panel.left
        panel.height = m.height - m.px(96) - m.px(70)
        self.boxes["panel"] = panel
        pad = panel_padding(m)
        inner = panel.inflate(-2 * pad, -2 * pad)
        self.texts["kicker"] = fit_text(
            fonts, t("title.scenario", lang).upper(), inner.width, None, [m.label], bold=True, max_lines=1
        )
        kicker = pygame.Rect(inner.left, inner.top, inner.width, self.texts["kicker"].height)
        self.boxes["kicker"] = kicker
        arrows = len(self.catalogue.entries) > 1
        arrow = m.px(56)
        name_box = pygame.Rect(
            inner.left + (arrow + m.px(12) if arrows else 0),
            kicker.bottom + m.px(12),
            inner.width - (2 * (arrow + m.px(12)) if arrows else 0),
            m.px(100),
        )
        self.texts["scenario"] = fit_text(
            fonts, entry.title(lang), name_box.width, name_box.height, m.steps(40, 24), bold=True, max_lines=2
        )
        name_box.height = max(arrow, self.texts["scenario"].height)
        self.boxes["scenario"] = name_box
        if arrows:
            for action, x in (("prev", inner.left), ("next", inner.right - arrow)):
                rect = pygame.Rect(x, name_box.top + (name_box.height - arrow) // 2, arrow, arrow)
                buttons.append(Button(action, "", rect))
            count = t(
                "title.scenario_count",
                lang,
                index=self.catalogue.index + 1,
                count=len(self.catalogue.entries),
            )
            self.texts["count"] = fit_text(fonts, count, inner.width, None, [m.small], max_lines=1)
            self.boxes["count"] = pygame.Rect(
                inner.left, name_box.bottom + m.px(6), inner.width, self.texts["count"].height
            )
        below = self.boxes.get("count", name_box).bottom + m.px(20)
        body = pygame.Rect(inner.left, below, inner.width, inner.bottom - below)
        if entry.error is not None:
            error_pad = m.px(16)
            head = fit_text(
                fonts,
                t("title.load_error", lang),
                body.width - 2 * error_pad,
                None,
                m.steps(26, 18),
                bold=True,
                max_lines=2,
            )
            text_box = body.inflate(-2 * error_pad, -2 * error_pad)
            message = fit_text(
                fonts, entry.error, text_box.width, text_box.height - head.height - m.px(8), m.steps(22, 14)
            )
            self.texts["error_head"] = head
            self.texts["error"] = message
            self.boxes["error"] = body
        elif (intro := entry.intro(lang)) is not None:
            self.texts["intro"] = fit_text(fonts, intro, body.width, body.height, m.steps(26, 22))
            self.boxes["intro"] = body
        self.buttons.set(buttons)

    def on_key(self, key: int) -> None:
        if key == pygame.K_LEFT:
            self.on_action("prev")
        elif key == pygame.K_RIGHT:
            self.on_action("next")
        elif key in CONTINUE_KEYS and self.buttons.focused_action() is None:
            self.on_action("group" if self.host.settings.group else "start")
        else:
            super().on_key(key)

    def on_action(self, action: str) -> None:
        if action in ("prev", "next") and len(self.catalogue.entries) > 1:
            self.catalogue.step(-1 if action == "prev" else 1)
            self.catalogue.selected.load()
            self.host.redraw()
        elif action in ("start", "group"):
            entry = self.catalogue.selected
            entry.load()
            if entry.scenario is None:
                self.host.redraw()
                return
            self.host.settings.group = action == "group"
            if action == "group":
                from game.ui.scenes.group_name import GroupNameScene

                self.host.show(GroupNameScene(self.host, entry))  # the name first, then the intro
            else:
                self.host.start(entry)
        elif action == "continue":
            self.host.open_saves()
        elif action == "language":
            self.host.toggle_language()
        elif action == "quit":
            self.host.quit()

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        m = painter.metrics
        painter.block(self.texts["title"], self.boxes["title"], style.TEXT)
        bar = pygame.Rect(self.boxes["title"].left, self.boxes["title"].top - m.px(22), m.px(96), m.px(8))
        pygame.draw.rect(painter.surface, style.ACCENT, bar, border_radius=m.px(4))
        painter.block(self.texts["subtitle"], self.boxes["subtitle"], style.TEXT_MUTED)
        panel = self.boxes["panel"]
        painter.shadow(panel)
        painter.panel(panel, style.PANEL)
        painter.block(self.texts["kicker"], self.boxes["kicker"], style.ACCENT_DARK)
        painter.block(
            self.texts["scenario"],
            self.boxes["scenario"],
            style.INK,
            align="center" if "count" in self.texts else "left",
            valign="middle",
        )
        if "count" in self.boxes:
            painter.block(self.texts["count"], self.boxes["count"], style.INK_MUTED, align="center")
        if "error" in self.boxes:
            box = self.boxes["error"]
            painter.panel(box, style.ERROR_PANEL, border=style.ERROR_INK, width=m.px(2))
            inner = box.inflate(-2 * m.px(16), -2 * m.px(16))
            y = painter.block(self.texts["error_head"], inner, style.ERROR_INK)
            rest = pygame.Rect(inner.left, y + m.px(8), inner.width, inner.bottom - y - m.px(8))
            painter.block(self.texts["error"], rest, style.ERROR_INK)
        elif "intro" in self.boxes:
            painter.block(self.texts["intro"], self.boxes["intro"], style.INK)
        padding = button_padding(m)
        self.buttons.draw(painter, padding)
        for button in self.buttons.buttons:
            if button.action in ("prev", "next"):
                index = self.buttons.buttons.index(button)
                lit = index in (self.buttons.hover, self.buttons.pressed)
                painter.chevron(
                    button.rect.center,
                    button.rect.height * 0.4,
                    style.INK if lit else style.ACCENT,
                    right=button.action == "next",
                )
        draw_hint(painter, t("title.hint", self.host.lang))
