"""The debrief: the outcome, a chart of every meter over the game, and the choices grouped by theme."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.core.debrief import choices_by_theme
from game.core.state import ChoiceRecord
from game.i18n import t
from game.ui import style
from game.ui.chart import draw_chart
from game.ui.draw import Painter, TextBlock, fit_text, measurer
from game.ui.scene import CONTINUE_KEYS, Host, Scene
from game.ui.scenes.common import button_padding, content_area, draw_hint, panel_padding
from game.ui.scenes.outcome import outcome_texts
from game.ui.session import Session
from game.ui.style import Metrics
from game.ui.widgets import Button
from game.ui.wrap import wrap


@dataclass(frozen=True)
class ListLine:
    """One line of the choices list, `y` measured from the top of the list."""

    text: str
    y: int
    indent: int
    size: int
    heading: bool
    bullet: bool = False


def grouped_choices(session: Session, lang: str) -> list[tuple[str, list[str]]]:
    """[(theme name, ["card title - option label", ...])] as the core groups them; 'Other' last."""
    scenario = session.scenario

    def line(record: ChoiceRecord) -> str:
        card = scenario.card(record.card)
        label = scenario.text(card.options[record.option].label, lang)
        return f"{scenario.text(card.title, lang)} \u2013 {label}"

    return [
        (
            scenario.text(group.theme.name, lang) if group.theme is not None else t("end.other_theme", lang),
            [line(record) for record in group.choices],
        )
        for group in choices_by_theme(scenario, session.game.state.choices)
    ]


class EndScene(Scene):
    """Scrolls the choices with the arrow keys or the wheel; Enter returns to the title screen."""

    name = "end"

    def __init__(self, host: Host, session: Session) -> None:
        super().__init__(host)
        self.session = session
        self.texts: dict[str, TextBlock] = {}
        self.lines: list[ListLine] = []
        self.list_height = 0
        self.scroll = 0

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        outcome = self.session.game.ending or self.session.game.profile
        kicker_text, title_text, body_text = outcome_texts(self.session, outcome, lang)
        area = content_area(fonts, m, m.margin)
        kicker = fit_text(
            fonts,
            f"{t('end.heading', lang)} \u00b7 {kicker_text}".upper(),
            area.width,
            None,
            m.steps(22, 16),
            bold=True,
            max_lines=1,
        )
        title = fit_text(fonts, title_text, area.width, None, m.steps(40, 28), bold=True, max_lines=1)
        body = fit_text(fonts, body_text, area.width, None, m.steps(26, 18), max_lines=2)
        y = area.top
        self.boxes["kicker"] = pygame.Rect(area.left, y, area.width, kicker.height)
        y += kicker.height + m.px(2)
        self.boxes["title"] = pygame.Rect(area.left, y, area.width, title.height)
        y += title.height + m.px(2)
        self.boxes["body"] = pygame.Rect(area.left, y, area.width, body.height)
        y += body.height + m.px(18)
        self.texts.update(kicker=kicker, title=title, body=body)
        split = m.px(28)
        chart_w = round((area.width - split) * 0.56)
        chart = pygame.Rect(area.left, y, chart_w, area.bottom - y)
        right = pygame.Rect(chart.right + split, y, area.right - chart.right - split, area.bottom - y)
        # Buttons under the choices.
        padding = button_padding(m)
        button_h = m.px(62)
        gap = m.px(14)
        half = (right.width - gap) // 2
        buttons = []
        for i, (action, key) in enumerate((("again", "end.play_again"), ("title", "end.to_title"))):
            rect = pygame.Rect(right.left + i * (half + gap), right.bottom - button_h, half, button_h)
            button = Button(action, t(key, lang), rect, primary=action == "again")
            button.fit(fonts, m.steps(26, 16), padding)
            buttons.append(button)
        self.buttons.set(buttons)
        choices = pygame.Rect(right.left, right.top, right.width, right.height - button_h - m.px(18))
        self.boxes.update(chart=chart, choices=choices)
        pad = m.px(20)
        self.boxes["chart_inner"] = chart.inflate(-2 * pad, -2 * pad)
        chart_heading = fit_text(
            fonts,
            t("end.chart", lang),
            self.boxes["chart_inner"].width,
            None,
            m.steps(24, 16),
            bold=True,
            max_lines=1,
        )
        self.texts["chart_heading"] = chart_heading
        inner_c = self.boxes["chart_inner"]
        self.boxes["chart_heading"] = pygame.Rect(
            inner_c.left, inner_c.top, inner_c.width, chart_heading.height
        )
        self.boxes["plot"] = pygame.Rect(
            inner_c.left,
            inner_c.top + chart_heading.height + m.px(10),
            inner_c.width,
            inner_c.height - chart_heading.height - m.px(10),
        )
        cpad = panel_padding(m) - m.px(10)
        list_outer = choices.inflate(-2 * cpad, -2 * cpad)
        heading = fit_text(
            fonts,
            t("end.choices_group" if self.session.group_name else "end.choices", lang),
            list_outer.width,
            None,
            m.steps(24, 16),
            bold=True,
            max_lines=1,
        )
        self.texts["choices_heading"] = heading
        self.boxes["choices_heading"] = pygame.Rect(
            list_outer.left, list_outer.top, list_outer.width, heading.height
        )
        box = pygame.Rect(
            list_outer.left,
            list_outer.top + heading.height + m.px(10),
            list_outer.width,
            list_outer.height - heading.height - m.px(10),
        )
        self.boxes["list"] = box
        self.layout_list(m, box)

    def layout_list(self, m: Metrics, box: pygame.Rect) -> None:
        fonts = self.host.fonts
        groups = grouped_choices(self.session, self.host.lang)
        if not groups:
            groups = [(t("end.no_choices", self.host.lang), [])]
        indent = m.px(18)
        for size in m.steps(24, 20):
            lines: list[ListLine] = []
            y = 0
            item_h = fonts.line_height(size)
            head_h = fonts.line_height(size, bold=True)
            bold_font, font = fonts.font(size, bold=True), fonts.font(size)
            for index, (theme, items) in enumerate(groups):
                if index:
                    y += m.px(10)
                for text in wrap(theme, box.width, measurer(bold_font)):
                    lines.append(ListLine(text, y, 0, size, heading=True))
                    y += head_h
                for item in items:
                    wrapped = wrap(item, box.width - indent, measurer(font))
                    for number, text in enumerate(wrapped):
                        lines.append(ListLine(text, y, indent, size, heading=False, bullet=number == 0))
                        y += item_h
            self.lines, self.list_height = lines, y
            if y <= box.height:
                break
        self.scroll = max(0, min(self.scroll, self.list_height - box.height))

    def scroll_by(self, amount: int) -> None:
        self.ensure_layout()
        limit = max(0, self.list_height - self.boxes["list"].height)
        new = max(0, min(limit, self.scroll + amount))
        if new != self.scroll:
            self.scroll = new
            self.host.redraw()

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.MOUSEWHEEL:
            self.scroll_by(-event.y * self.metrics().px(40))
            return
        super().handle_event(event)

    def on_key(self, key: int) -> None:
        m = self.metrics()
        step = {
            pygame.K_UP: -m.px(40),
            pygame.K_DOWN: m.px(40),
            pygame.K_PAGEUP: -m.px(300),
            pygame.K_PAGEDOWN: m.px(300),
        }.get(key)
        if step is not None:
            self.scroll_by(step)
        elif key in CONTINUE_KEYS and self.buttons.focused_action() is None:
            self.host.to_title()
        elif key in (pygame.K_LEFT, pygame.K_RIGHT, pygame.K_TAB):
            self.buttons.move_focus(-1 if key == pygame.K_LEFT else 1)
            self.host.redraw()
        else:
            super().on_key(key)

    def on_action(self, action: str) -> None:
        if action == "again":
            self.host.restart()
        elif action == "title":
            self.host.to_title()

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        m = painter.metrics
        lang = self.host.lang
        painter.block(self.texts["kicker"], self.boxes["kicker"], style.ACCENT)
        painter.block(self.texts["title"], self.boxes["title"], style.TEXT)
        painter.block(self.texts["body"], self.boxes["body"], style.TEXT_MUTED)
        chart = self.boxes["chart"]
        painter.panel(chart, style.BAND, border=style.BUTTON_LINE, width=m.px(2))
        painter.block(self.texts["chart_heading"], self.boxes["chart_heading"], style.TEXT)
        draw_chart(painter, self.boxes["plot"], self.session.scenario, self.session.game.state.history, lang)
        choices = self.boxes["choices"]
        painter.shadow(choices)
        painter.panel(choices, style.PANEL)
        painter.block(self.texts["choices_heading"], self.boxes["choices_heading"], style.INK)
        box = self.boxes["list"]
        for line in self.lines:
            top = box.top + line.y - self.scroll
            height = painter.fonts.line_height(line.size, line.heading)
            if top < box.top or top + height > box.bottom:
                continue
            colour = style.ACCENT_DARK if line.heading else style.INK
            painter.text(
                line.text, (box.left + line.indent, top), line.size, colour, bold=line.heading, box=box
            )
            if line.bullet:
                pygame.draw.circle(
                    painter.surface,
                    style.INK_MUTED,
                    (box.left + line.indent // 3, top + height // 2),
                    max(2, m.px(3)),
                )
        limit = self.list_height - box.height
        if self.scroll > 0:
            painter.arrow((box.right - m.px(10), box.top + m.px(6)), m.px(14), style.INK_MUTED, up=True)
        if limit > 0 and self.scroll < limit:
            painter.arrow((box.right - m.px(10), box.bottom - m.px(6)), m.px(14), style.INK_MUTED, up=False)
        self.buttons.draw(painter, button_padding(m))
        draw_hint(painter, t("end.hint", lang))
