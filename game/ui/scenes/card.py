"""A dilemma card: who asks, what is at stake, and the options as numbered buttons (keys 1-4)."""

from __future__ import annotations

import pygame

from game.core.model import Card
from game.i18n import t
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.meters import band_height, draw_band
from game.ui.scene import OPTION_KEYS, Host, Scene
from game.ui.scenes.common import button_padding, content_area, draw_hint, panel_padding
from game.ui.session import Session
from game.ui.style import Metrics
from game.ui.widgets import Button


def turn_label(session: Session, year: int, turn: int, lang: str) -> tuple[str, str]:
    """(calendar year, 'Beurt 2 van 6') for a turn of the term."""
    scenario = session.scenario
    number = (year - 1) * scenario.turns_per_year + turn
    return str(scenario.start_year + year - 1), t("card.turn", lang, turn=number, total=scenario.total_turns)


class CardScene(Scene):
    """Keys 1-4 or a click decide; the first decision wins, later input on this card is ignored."""

    name = "card"

    def __init__(self, host: Host, session: Session) -> None:
        super().__init__(host)
        self.session = session
        card = session.game.current_card
        assert card is not None, "a card scene needs a card on the table"
        self.card: Card = card
        self.decided = False
        self.texts: dict[str, TextBlock] = {}

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        scenario = self.session.scenario
        card = self.card
        area = content_area(fonts, m, band_height(m) + m.margin)
        split = m.px(32)
        left_width = round((area.width - split) * 0.54)
        panel = pygame.Rect(area.left, area.top, left_width, area.height)
        column = pygame.Rect(panel.right + split, area.top, area.right - panel.right - split, area.height)
        self.boxes.update(panel=panel, options=column)
        pad = panel_padding(m)
        inner = panel.inflate(-2 * pad, -2 * pad)
        speaker = fit_text(
            fonts,
            scenario.text(card.speaker, lang).upper(),
            inner.width,
            None,
            m.steps(22, 18),
            bold=True,
            max_lines=2,
        )
        title = fit_text(
            fonts,
            scenario.text(card.title, lang),
            inner.width,
            round(inner.height * 0.4),
            m.steps(40, 28),
            bold=True,
            max_lines=3,
        )
        y = inner.top
        self.boxes["speaker"] = pygame.Rect(inner.left, y, inner.width, speaker.height)
        y += speaker.height + m.px(8)
        self.boxes["title"] = pygame.Rect(inner.left, y, inner.width, title.height)
        y += title.height + m.px(22)
        body_box = pygame.Rect(inner.left, y, inner.width, inner.bottom - y)
        body = fit_text(
            fonts, scenario.text(card.text, lang), body_box.width, body_box.height, m.steps(30, 20)
        )
        self.boxes["body"] = body_box
        self.texts.update(speaker=speaker, title=title, body=body)
        # Options.
        question = fit_text(
            fonts, t("card.question", lang), column.width, None, [m.heading], bold=True, max_lines=1
        )
        self.texts["question"] = question
        self.boxes["question"] = pygame.Rect(column.left, column.top, column.width, question.height)
        top = column.top + question.height + m.px(14)
        count = len(card.options)
        gap = m.px(16)
        room = column.bottom - top
        share = (room - gap * (count - 1)) // max(1, count)
        padding = button_padding(m)
        labels = [scenario.text(option.label, lang) for option in card.options]
        probe = [
            Button(f"option{i}", label, pygame.Rect(column.left, 0, column.width, share), badge=str(i + 1))
            for i, label in enumerate(labels)
        ]
        needed = max(
            fit_text(fonts, b.label, b.label_box(padding).width, None, [m.option]).height + 2 * padding
            for b in probe
        )
        height = min(share, max(m.px(86), needed))
        buttons = []
        for i, button in enumerate(probe):
            button.rect = pygame.Rect(column.left, top + i * (height + gap), column.width, height)
            button.fit(fonts, m.steps(27, 18), padding)
            buttons.append(button)
        self.buttons.set(buttons)

    def decide(self, index: int) -> None:
        if self.decided or index >= len(self.card.options) or self.session.game.current_card != self.card:
            return
        self.decided = True
        self.session.decide(index)
        self.host.advance()

    def on_key(self, key: int) -> None:
        if key in OPTION_KEYS:
            self.decide(OPTION_KEYS[key])
        else:
            super().on_key(key)

    def on_action(self, action: str) -> None:
        if action.startswith("option"):
            self.decide(int(action.removeprefix("option")))

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        m = painter.metrics
        lang = self.host.lang
        state = self.session.game.state
        draw_band(
            painter,
            self.session.scenario,
            state.meters,
            lang,
            turn_label(self.session, state.year, state.turn, lang),
        )
        panel = self.boxes["panel"]
        painter.shadow(panel)
        painter.panel(panel, style.PANEL)
        stripe = pygame.Rect(panel.left, panel.top + m.radius, m.px(8), panel.height - 2 * m.radius)
        pygame.draw.rect(painter.surface, style.ACCENT, stripe)
        painter.block(self.texts["speaker"], self.boxes["speaker"], style.ACCENT_DARK)
        painter.block(self.texts["title"], self.boxes["title"], style.INK)
        painter.block(self.texts["body"], self.boxes["body"], style.INK)
        painter.block(self.texts["question"], self.boxes["question"], style.TEXT)
        self.buttons.draw(painter, button_padding(m))
        draw_hint(painter, t("card.hint", lang, n=len(self.card.options)))
