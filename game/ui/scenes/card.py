"""A dilemma card: who asks, what is at stake, the options (keys 1-4) and, on N, the group question."""

from __future__ import annotations

import pygame

from game.core.model import Card
from game.i18n import t
from game.ui import style
from game.ui.card_layout import card_layout, notes_layout
from game.ui.draw import Painter, TextBlock
from game.ui.meters import draw_band
from game.ui.scene import OPTION_KEYS, Host, Scene
from game.ui.scenes.common import button_padding, draw_hint
from game.ui.session import Session
from game.ui.style import Metrics


def turn_label(session: Session, year: int, turn: int, lang: str) -> tuple[str, str]:
    """(calendar year, 'Beurt 2 van 6') for a turn of the term."""
    scenario = session.scenario
    number = scenario.turn_number(year, turn)
    return str(scenario.calendar_year(year)), t("card.turn", lang, turn=number, total=scenario.total_turns)


class CardScene(Scene):
    """Keys 1-4 or a click decide; the first decision wins, later input on this card is ignored.

    N shows the card's discussion question (its `notes`) in place of the option buttons, and hides it
    again; the number keys still decide while it is shown.
    """

    name = "card"

    def __init__(self, host: Host, session: Session) -> None:
        super().__init__(host)
        self.session = session
        card = session.game.current_card
        assert card is not None, "a card scene needs a card on the table"
        self.card: Card = card
        self.decided = False
        self.notes_shown = False
        self.texts: dict[str, TextBlock] = {}

    def layout_key(self) -> tuple[object, ...]:
        return (*super().layout_key(), self.notes_shown)

    def build(self, m: Metrics) -> None:
        make = notes_layout if self.notes_shown else card_layout
        layout = make(self.host.fonts, m, self.session.scenario, self.card, self.host.lang)
        self.boxes.update(layout.boxes)
        self.texts = layout.texts
        self.buttons.set(layout.buttons)

    def decide(self, index: int) -> None:
        if self.decided or index >= len(self.card.options) or self.session.game.current_card != self.card:
            return
        self.decided = True
        self.session.decide(index)
        self.host.advance()

    def on_key(self, key: int) -> None:
        if key in OPTION_KEYS:
            self.decide(OPTION_KEYS[key])
        elif key == pygame.K_n and self.card.notes is not None:
            self.notes_shown = not self.notes_shown
            self.host.redraw()
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
        if self.notes_shown:
            notes_panel = self.boxes["notes_panel"]
            painter.panel(notes_panel, style.BAND, border=style.ACCENT, width=m.px(3))
            painter.block(self.texts["notes_heading"], self.boxes["notes_heading"], style.ACCENT)
            painter.block(self.texts["notes"], self.boxes["notes"], style.TEXT)
        else:
            painter.block(self.texts["question"], self.boxes["question"], style.TEXT)
            self.buttons.draw(painter, button_padding(m))
        hint = "card.hint_notes" if self.card.notes is not None else "card.hint"
        draw_hint(painter, t(hint, lang, n=len(self.card.options)))
