"""The title screen: choose a scenario and the language, start solo play or a group session, or quit."""

from __future__ import annotations

import re

import pygame

from game.core.corners import CORNERS
from game.i18n import t
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.fonts import FontBook
from game.ui.loading import Catalogue
from game.ui.scene import CONTINUE_KEYS, Host, Scene
from game.ui.scenes.common import button_padding, draw_hint, on_off, panel_padding
from game.ui.scenes.keys import screen_hint
from game.ui.style import Metrics
from game.ui.triangle import corner_label, draw_emblem
from game.ui.widgets import Button
from game.ui.wrap import short_folder

MORE = " \u2026"  # after the last whole sentence of an intro that does not fit the title screen


def fit_sentences(fonts: FontBook, text: str, width: int, height: int, sizes: list[int]) -> TextBlock:
    """`text` fitted in the box; when even the smallest size does not hold it all, as many whole
    sentences as fit at the largest size that holds them, then MORE (a preview of the intro, never cut
    mid-word; the mark says there is more, which the intro screen shows whole)."""
    block = fit_text(fonts, text, width, height, sizes)
    if not block.cut:
        return block
    sentences = re.findall(r"[^.!?]+[.!?]+(?:\s+|$)|[^.!?]+$", text.strip())
    best = block
    low, high = 1, len(sentences) - 1  # a shorter start fits if a longer one does: halve the search
    while low <= high:
        count = (low + high) // 2
        shorter = fit_text(fonts, "".join(sentences[:count]).strip() + MORE, width, height, sizes)
        if shorter.cut:
            high = count - 1
        else:
            best, low = shorter, count + 1
    return best


class TitleScene(Scene):
    """The game's name beside its emblem (the public value triangle), the scenario on a paper panel (its
    name, the arrows to the others, its intro or why it cannot load) and a column of buttons.

    Two start buttons, one per mode: solo play and a group session (which asks for the group's name
    first). The mode chosen last in this window (or `--group`) is the highlighted one that Enter starts;
    Tab and the up/down arrows reach the other. Then Doorgaan (when a session can be continued), the
    folder of the player's own scenarios (O; its place is written under the scenario), language and quit.
    A file from that folder, a recent or a dropped one says so above its name.
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
        if entry.error is not None:  # its problems said again after a change of language (a no-op otherwise)
            entry.load(self.host.lang)
        return (
            *super().layout_key(),
            self.catalogue.index,
            entry.scenario is not None,
            entry.error,
            entry.intro(self.host.lang) is not None,
            self.host.settings.group,
            self.host.phones is not None,
            self.resumable,
            self.host.shelf.own_folder,
        )

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        outer = m.px(64)
        width = m.width - 2 * outer
        # The header: the emblem (the public value triangle), beside it the kicker (willen, kunnen,
        # mogen), the game's name on one line and the subtitle.
        emblem_gap = m.px(36)
        text_left = outer + m.px(120) + emblem_gap  # the emblem's width is settled below, at most 120
        text_w = m.width - outer - text_left
        kicker = " \u00b7 ".join(corner_label(corner, lang) for corner in CORNERS).upper()
        self.texts["kicker"] = fit_text(
            fonts, kicker, text_w, None, m.scale_of("label"), bold=True, max_lines=1
        )
        self.texts["title"] = fit_text(
            fonts, t("app.title", lang), text_w, None, m.scale_of("display"), bold=True, max_lines=2
        )
        self.texts["subtitle"] = fit_text(
            fonts, t("app.subtitle", lang), text_w, None, m.steps(28, 21), max_lines=2
        )
        top = m.px(52)
        y = top
        for name, gap in (("kicker", m.px(6)), ("title", m.px(4)), ("subtitle", 0)):
            block = self.texts[name]
            self.boxes[name] = pygame.Rect(text_left, y, text_w, block.height)
            y += block.height + gap
        header = pygame.Rect(outer, top, width, y - top)
        emblem = min(m.px(120), header.height)
        self.boxes["emblem"] = pygame.Rect(outer, header.centery - emblem // 2, emblem, emblem)
        # Below: the scenario on a paper panel, and beside it the buttons in one column.
        body_top = header.bottom + m.px(40)
        body = pygame.Rect(outer, body_top, width, m.height - m.px(70) - body_top)
        column_w = max(m.px(360), round(width * 0.34))
        split = m.px(40)
        panel = pygame.Rect(body.left, body.top, body.width - column_w - split, body.height)
        self._build_place(m, panel)
        self.boxes["panel"] = panel
        buttons = self._buttons(m, pygame.Rect(panel.right + split, body.top, column_w, body.height))
        buttons.extend(self._build_panel(m, panel))
        self.buttons.set(buttons)

    def _buttons(self, m: Metrics, column: pygame.Rect) -> list[Button]:
        """Solo play and the group session (the mode chosen last is the highlighted one), phones on or off
        for a group, Doorgaan when a session can be continued, then language and quit: one row each, from
        the top of `column`."""
        fonts = self.host.fonts
        lang = self.host.lang
        playable = self.catalogue.selected.error is None
        group = self.host.settings.group
        rows = [
            ("start", t("title.solo", lang), playable and not group),
            ("group", t("title.group", lang), playable and group),
            ("phones", t("title.phones", lang, state=t(f"pause.{on_off(self.host.phones)}", lang)), False),
            ("tables", t("title.tables", lang), False),
        ]
        if self.resumable:
            rows.append(("continue", t("title.continue", lang, count=self.resumable), False))
        if self.host.shelf.own_folder is not None:
            rows.append(("folder", t("title.own_folder", lang), False))
        rows.extend((action, t(f"title.{action}", lang), False) for action in ("language", "quit"))
        gap = m.px(14)
        height = min(m.px(64), (column.height - gap * (len(rows) - 1)) // len(rows))
        padding = button_padding(m)
        buttons: list[Button] = []
        y = column.top
        for index, (action, label, primary) in enumerate(rows):
            if index == 4:
                y += m.px(10)  # the modes, phones and tables first, a little apart from the rest
            button = Button(action, label, pygame.Rect(column.left, y, column.width, height), primary=primary)
            button.fit(fonts, m.steps(28, 18), padding)
            buttons.append(button)
            y += height + gap
        return buttons

    def _build_place(self, m: Metrics, panel: pygame.Rect) -> None:
        """Where the own scenario folder is (the home folder as ~), on one line under the panel, which
        gives up the room for it."""
        folder = self.host.shelf.own_folder
        if folder is None:
            return
        fonts = self.host.fonts
        size = m.steps(24, 20)[-1]
        measure = fonts.measurer(size)
        lang = self.host.lang
        shown = short_folder(folder, panel.width - measure(t("title.own_place", lang, folder="")), measure)
        text = t("title.own_place", lang, folder=shown)
        self.texts["place"] = fit_text(fonts, text, panel.width, None, [size], max_lines=1)
        height = self.texts["place"].height
        panel.height -= height + m.px(14)
        self.boxes["place"] = pygame.Rect(panel.left, panel.bottom + m.px(14), panel.width, height)

    def spoken(self, lang: str) -> list[str]:
        entry = self.catalogue.selected
        return [t("app.title", lang), t("title.scenario", lang), entry.title(lang)]

    def _build_panel(self, m: Metrics, panel: pygame.Rect) -> list[Button]:
        """The scenario: its name large (with arrows when there are several), then its intro or its error."""
        fonts = self.host.fonts
        lang = self.host.lang
        entry = self.catalogue.selected
        pad = panel_padding(m)
        inner = panel.inflate(-2 * pad, -2 * pad)
        inner.left += m.px(6)  # room for the accent stripe on the panel's left edge
        inner.width -= m.px(6)
        arrows = len(self.catalogue.entries) > 1
        kicker_text = t("title.scenario", lang).upper()
        if arrows:
            count = t(
                "title.scenario_count",
                lang,
                index=self.catalogue.index + 1,
                count=len(self.catalogue.entries),
            )
            kicker_text = f"{kicker_text} \u00b7 {count}"
        if entry.source != "shipped":
            kicker_text = f"{kicker_text} \u00b7 {t(f'title.source_{entry.source}', lang).upper()}"
        self.texts["panel_kicker"] = fit_text(
            fonts, kicker_text, inner.width, None, [m.label], bold=True, max_lines=1
        )
        kicker = pygame.Rect(inner.left, inner.top, inner.width, self.texts["panel_kicker"].height)
        self.boxes["panel_kicker"] = kicker
        arrow = m.px(52)
        side = arrow + m.px(14) if arrows else 0
        name_box = pygame.Rect(inner.left, kicker.bottom + m.px(10), inner.width - 2 * side, m.px(110))
        self.texts["scenario"] = fit_text(
            fonts,
            entry.title(lang),
            name_box.width,
            name_box.height,
            m.scale_of("title"),
            bold=True,
            max_lines=2,
        )
        name_box.height = max(arrow if arrows else 0, self.texts["scenario"].height)
        self.boxes["scenario"] = name_box
        buttons: list[Button] = []
        if arrows:
            for action, x in (("prev", inner.right - 2 * arrow - m.px(12)), ("next", inner.right - arrow)):
                rect = pygame.Rect(x, name_box.top + (name_box.height - arrow) // 2, arrow, arrow)
                buttons.append(Button(action, "", rect))
        rule_y = name_box.bottom + m.px(18)
        self.boxes["rule"] = pygame.Rect(inner.left, rule_y, m.px(96), m.px(4))
        below = rule_y + m.px(22)
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
            self.texts["intro"] = fit_sentences(fonts, intro, body.width, body.height, m.steps(26, 21))
            self.boxes["intro"] = body
        return buttons

    def on_key(self, key: int) -> None:
        if key == pygame.K_LEFT:
            self.on_action("prev")
        elif key == pygame.K_RIGHT:
            self.on_action("next")
        elif key == pygame.K_o:
            self.on_action("folder")
        elif key in CONTINUE_KEYS and self.buttons.focused_action() is None:
            self.on_action("group" if self.host.settings.group else "start")
        else:
            super().on_key(key)

    def on_action(self, action: str) -> None:
        if action in ("prev", "next") and len(self.catalogue.entries) > 1:
            self.catalogue.step(-1 if action == "prev" else 1)
            self.catalogue.selected.load(self.host.lang)
            self.host.redraw()
        elif action in ("start", "group"):
            entry = self.catalogue.selected
            entry.load(self.host.lang)
            if entry.scenario is None:
                self.host.redraw()
                return
            self.host.settings.group = action == "group"
            if action == "group":
                from game.ui.scenes.group_name import GroupNameScene

                self.host.show(GroupNameScene(self.host, entry))  # the name first, then the intro
            else:
                self.host.start(entry)
        elif action == "tables":
            scenario = self.catalogue.selected.load(self.host.lang)
            if scenario is None:
                self.host.redraw()
                return
            from game.ui.scenes.tables_setup import TablesSetupScene

            self.host.show(TablesSetupScene(self.host, scenario))
        elif action == "phones":
            self.host.toggle_phones()
        elif action == "continue":
            self.host.open_saves()
        elif action == "folder":
            self.host.open_own_folder()
        elif action == "language":
            self.host.toggle_language()
        elif action == "quit":
            self.host.quit()

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        m = painter.metrics
        draw_emblem(painter, self.boxes["emblem"])
        painter.block(self.texts["kicker"], self.boxes["kicker"], style.ACCENT)
        painter.block(self.texts["title"], self.boxes["title"], style.TEXT)
        painter.block(self.texts["subtitle"], self.boxes["subtitle"], style.TEXT_MUTED)
        panel = self.boxes["panel"]
        painter.shadow(panel)
        painter.panel(panel, style.PANEL)
        stripe = pygame.Rect(
            panel.left, panel.top + m.radius, m.px(style.ACCENT_BAR), panel.height - 2 * m.radius
        )
        pygame.draw.rect(painter.surface, style.ACCENT, stripe)
        painter.block(self.texts["panel_kicker"], self.boxes["panel_kicker"], style.ACCENT_DARK)
        painter.block(self.texts["scenario"], self.boxes["scenario"], style.INK, valign="middle")
        pygame.draw.rect(painter.surface, style.ACCENT, self.boxes["rule"], border_radius=m.px(2))
        if "error" in self.boxes:
            box = self.boxes["error"]
            painter.panel(box, style.ERROR_PANEL, border=style.ERROR_INK, width=m.px(2))
            inner = box.inflate(-2 * m.px(16), -2 * m.px(16))
            y = painter.block(self.texts["error_head"], inner, style.ERROR_INK)
            rest = pygame.Rect(inner.left, y + m.px(8), inner.width, inner.bottom - y - m.px(8))
            painter.block(self.texts["error"], rest, style.ERROR_INK)
        elif "intro" in self.boxes:
            painter.block(self.texts["intro"], self.boxes["intro"], style.INK)
        if "place" in self.boxes:
            painter.block(self.texts["place"], self.boxes["place"], style.TEXT_MUTED)
        padding = button_padding(m)
        self.buttons.draw(painter, padding)
        for index, button in enumerate(self.buttons.buttons):
            if button.action in ("prev", "next"):
                lit = index in (self.buttons.hover, self.buttons.pressed)
                painter.chevron(
                    button.rect.center,
                    button.rect.height * 0.4,
                    style.INK if lit else style.ACCENT,
                    right=button.action == "next",
                )
        draw_hint(painter, screen_hint("title", self.host.lang))
