"""A group session begins here: the facilitator types the group's name (shown in the session's report).

Typing comes from pygame's TEXTINPUT events, so accented letters, dead keys and input methods work;
the App sends this screen every key but F11 (`wants_text`), so L and U type letters instead of switching
the language or taking back a decision. An empty field gives the default shown in it: the name used last
in this window, else 'Groep 1'.
"""

from __future__ import annotations

import pygame

from game.i18n import t
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.loading import ScenarioEntry
from game.ui.phones import JOIN_PANEL, draw_join_panel
from game.ui.scene import Host, Scene
from game.ui.scenes.common import button_padding, centred_panel, draw_hint, panel_padding
from game.ui.scenes.keys import screen_hint
from game.ui.style import Metrics
from game.ui.widgets import Button

MAX_NAME_LENGTH = 40
CONFIRM_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER)


def clean(text: str) -> str:
    """Printable characters only; line breaks and tabs become spaces."""
    return "".join(ch if ch.isprintable() else " " for ch in text.replace("\r\n", " "))


class GroupNameScene(Scene):
    """A heading, a line of explanation, the name field and two buttons: back, start the session."""

    name = "group_name"
    wants_text = True  # the App sends every key (but F11) and every TEXTINPUT event here

    def __init__(self, host: Host, entry: ScenarioEntry) -> None:
        super().__init__(host)
        self.entry = entry
        self.text = ""
        self.texts: dict[str, TextBlock] = {}
        self.name_sizes: list[int] = []

    @property
    def default_name(self) -> str:
        return self.host.settings.group_name or t("group.default", self.host.lang)

    @property
    def group_name(self) -> str:
        """What Enter stores: the typed name without surrounding spaces, or the default."""
        return " ".join(self.text.split()) or self.default_name

    def on_show(self) -> None:
        super().on_show()
        self.ensure_layout()
        pygame.key.start_text_input()  # on by default in pygame; never stopped, other keys read `unicode`

    # -- layout ----------------------------------------------------------------------

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        area = centred_panel(fonts, m, m.margin, m.px(900))
        phones_w = m.px(JOIN_PANEL[0]) if self.host.phones is not None else 0
        beside = m.px(28)
        if phones_w:  # the phones' join panel beside the name, both centred together
            area.width = min(area.width, m.width - 2 * m.margin - beside - phones_w)
            area.left = (m.width - area.width - beside - phones_w) // 2
        pad = panel_padding(m)
        width = area.width - 2 * pad
        kicker = fit_text(
            fonts, t("group.kicker", lang).upper(), width, None, [m.label], bold=True, max_lines=1
        )
        heading = fit_text(
            fonts, t("group.heading", lang), width, None, m.steps(44, 28), bold=True, max_lines=2
        )
        explain_text = t("group.explain", lang, default=self.default_name)
        explain = fit_text(fonts, explain_text, width, None, m.steps(30, 27), max_lines=3)
        self.name_sizes = m.steps(36, 24)  # the name's font sizes, largest first (text scale included)
        field_h = max(m.px(76), fonts.line_height(self.name_sizes[0]) + m.px(14))
        padding = button_padding(m)
        label_sizes = m.steps(28, 18)
        button_h = max(m.px(66), fonts.line_height(label_sizes[0]) + padding)  # grows with the text scale
        gaps = (m.px(6), m.px(10), m.px(22), m.px(40))
        content = kicker.height + heading.height + explain.height + field_h + button_h + sum(gaps)
        panel = pygame.Rect(area.left, 0, area.width, min(area.height, content + 2 * pad))
        panel.centery = area.centery
        self.boxes["panel"] = panel
        if phones_w:
            phones_h = min(panel.height, m.px(JOIN_PANEL[1]))
            self.boxes["phones"] = pygame.Rect(panel.right + beside, 0, phones_w, phones_h)
            self.boxes["phones"].centery = panel.centery
        inner = panel.inflate(-2 * pad, -2 * pad)
        y = inner.top
        self.boxes["kicker"] = pygame.Rect(inner.left, y, inner.width, kicker.height)
        y += kicker.height + gaps[0]
        self.boxes["heading"] = pygame.Rect(inner.left, y, inner.width, heading.height)
        y += heading.height + gaps[1]
        self.boxes["explain"] = pygame.Rect(inner.left, y, inner.width, explain.height)
        y += explain.height + gaps[2]
        self.boxes["field"] = pygame.Rect(inner.left, y, inner.width, field_h)
        self.boxes["name"] = self.boxes["field"].inflate(-2 * m.px(20), -m.px(12))
        self.texts.update(kicker=kicker, heading=heading, explain=explain)
        # The buttons along the bottom: back on the left, start on the right.
        most = (inner.width - m.gap) // 2
        size = label_sizes[0]
        extra = 2 * padding + m.px(20)
        back_width = max(m.px(180), fonts.width(t("group.back", lang), size) + extra)
        start_width = max(m.px(260), fonts.width(t("group.start", lang), size, bold=True) + extra)
        back_width, start_width = min(back_width, most), min(start_width, most)
        back = Button("back", t("group.back", lang), pygame.Rect(0, 0, back_width, button_h))
        start_rect = pygame.Rect(0, 0, start_width, button_h)
        start = Button("start", t("group.start", lang), start_rect, primary=True)
        back.rect.bottomleft = inner.bottomleft
        start.rect.bottomright = inner.bottomright
        for button in (back, start):
            button.fit(fonts, label_sizes, padding)
        self.buttons.set([back, start])
        pygame.key.set_text_input_rect(self.boxes["field"])  # an input method's window appears near it

    def name_block(self, m: Metrics) -> tuple[TextBlock, bool]:
        """The typed name (its end, if it is too long to show whole) or the default, greyed."""
        fonts = self.host.fonts
        box = self.boxes["name"]
        room = box.width - m.px(12)  # and the caret
        sizes = self.name_sizes
        if not self.text:
            room -= m.px(10)
            return fit_text(fonts, self.default_name, room, box.height, sizes, max_lines=1), True
        size = sizes[-1]
        for candidate in sizes:
            if fonts.width(self.text, candidate) <= room:
                size = candidate
                break
        shown = self.text
        if fonts.width(shown, size) > room:  # too long even at the smallest size: show its end
            while len(shown) > 1 and fonts.width("\u2026" + shown, size) > room:
                shown = shown[1:]
            shown = "\u2026" + shown
        return TextBlock((shown,), size, fonts.line_height(size)), False

    # -- input -----------------------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.TEXTINPUT:
            self.type_text(event.text)
        elif event.type == pygame.KEYDOWN:
            self.ensure_layout()
            self.press(event.key, event.mod)
        else:
            super().handle_event(event)

    def type_text(self, text: str) -> None:
        text = clean(text)
        if not self.text:
            text = text.lstrip()  # the Space that opened this screen, or a slip of the thumb
        room = MAX_NAME_LENGTH - len(self.text)
        if text and room > 0:
            self.text += text[:room]
            self.host.redraw()

    def press(self, key: int, mod: int) -> None:
        if key == pygame.K_BACKSPACE:
            if self.text:
                self.text = "" if mod & (pygame.KMOD_CTRL | pygame.KMOD_META) else self.text[:-1]
                self.host.redraw()
        elif key == pygame.K_ESCAPE:
            self.on_action("back")
        elif key in CONFIRM_KEYS:
            self.on_action(self.buttons.focused_action() or "start")
        elif key == pygame.K_TAB:
            self.buttons.move_focus(-1 if mod & pygame.KMOD_SHIFT else 1)
            self.host.redraw()

    def on_action(self, action: str) -> None:
        if action == "back":
            self.host.to_title()
        elif action == "start":
            settings = self.host.settings
            settings.group = True
            settings.group_name = self.group_name
            self.host.start(self.entry)

    # -- drawing ---------------------------------------------------------------------

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        m = painter.metrics
        panel = self.boxes["panel"]
        painter.shadow(panel)
        painter.panel(panel, style.PANEL)
        phones = self.host.phones
        if phones is not None and "phones" in self.boxes:
            draw_join_panel(painter, self.boxes["phones"], phones, self.host.lang)
        painter.block(self.texts["kicker"], self.boxes["kicker"], style.ACCENT_DARK)
        painter.block(self.texts["heading"], self.boxes["heading"], style.INK)
        painter.block(self.texts["explain"], self.boxes["explain"], style.INK_MUTED)
        field = self.boxes["field"]
        painter.panel(field, (255, 255, 255), border=style.ACCENT_DARK, width=m.px(3))
        block, placeholder = self.name_block(m)
        box = self.boxes["name"]
        if placeholder:
            shifted = pygame.Rect(box.left + m.px(10), box.top, box.width - m.px(10), box.height)
            painter.block(block, shifted, style.INK_MUTED, valign="middle")
        else:
            painter.block(block, box, style.INK, valign="middle")
        # The caret: after the typed text, or before the greyed default.
        x = box.left if placeholder else box.left + painter.fonts.width(block.lines[0], block.size) + m.px(3)
        caret = pygame.Rect(x, 0, m.px(3), round(block.line_height * 0.8))
        caret.centery = box.centery
        pygame.draw.rect(painter.surface, style.INK, caret)
        self.buttons.draw(painter, button_padding(m), on_panel=True)
        draw_hint(painter, screen_hint(self.name, self.host.lang))
