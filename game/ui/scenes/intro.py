"""The scenario intro: its title, the situation, the length of the term and the meters at the start."""

from __future__ import annotations

import pygame

from game.i18n import t
from game.ui import style
from game.ui.card_layout import BODY_SIZES
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.meters import band_height, draw_band
from game.ui.scene import ContinueScene, Host
from game.ui.scenes.common import (
    button_padding,
    centred_panel,
    continue_button,
    draw_hint,
    panel_padding,
)
from game.ui.scenes.keys import screen_hint
from game.ui.session import Session
from game.ui.style import Metrics


class IntroScene(ContinueScene):
    """Shows the scenario's intro; Enter, Space or the button begins the first card (see on_continue)."""

    name = "intro"

    def __init__(self, host: Host, session: Session) -> None:
        super().__init__(host)
        self.session = session
        self.texts: dict[str, TextBlock] = {}

    def on_continue(self) -> None:
        """The first card; in a group session the statements before it (game/ui/scenes/statements.py)."""
        from game.ui.scenes.statements import StatementsScene
        from game.ui.statements_link import wants_statements

        if wants_statements(self.session):
            self.host.show(StatementsScene(self.host, self.session, "before", self.host.advance))
        else:
            self.host.advance()

    def on_action(self, action: str) -> None:
        if action == "continue":
            self.on_continue()

    def spoken(self, lang: str) -> list[str]:
        scenario = self.session.scenario
        intro = [scenario.text(scenario.intro, lang)] if scenario.intro is not None else []
        return [scenario.text(scenario.title, lang), *intro]

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        scenario = self.session.scenario
        panel = centred_panel(fonts, m, band_height(m) + m.margin, m.px(1100))
        self.boxes["panel"] = panel
        pad = panel_padding(m)
        inner = panel.inflate(-2 * pad, -2 * pad)
        button = continue_button(fonts, m, t("intro.begin", lang), inner.right, inner.bottom)
        self.buttons.set([button])
        kicker = fit_text(
            fonts, t("intro.kicker", lang).upper(), inner.width, None, [m.label], bold=True, max_lines=1
        )
        title = fit_text(
            fonts,
            scenario.text(scenario.title, lang),
            inner.width,
            None,
            m.steps(44, 28),
            bold=True,
            max_lines=2,
        )
        first = scenario.start_year
        last = scenario.calendar_year(scenario.years)
        if first is None:  # no calendar years: the term in years and turns
            plain = "intro.term_one_plain" if scenario.years == 1 else "intro.term_plain"
            term_text = t(plain, lang, years=scenario.years, turns=scenario.turns_per_year)
        elif scenario.years == 1:
            term_text = t("intro.term_one", lang, turns=scenario.turns_per_year, first=first)
        else:
            term_text = t(
                "intro.term",
                lang,
                years=scenario.years,
                turns=scenario.turns_per_year,
                first=first,
                last=last,
            )
        term = fit_text(
            fonts, term_text, inner.width - button.rect.width - m.gap, None, m.steps(24, 16), max_lines=2
        )
        y = inner.top
        self.boxes["kicker"] = pygame.Rect(inner.left, y, inner.width, kicker.height)
        y += kicker.height + m.px(6)
        self.boxes["title"] = pygame.Rect(inner.left, y, inner.width, title.height)
        y += title.height + m.px(18)
        body_box = pygame.Rect(inner.left, y, inner.width, button.rect.top - m.px(20) - y)
        body = fit_text(
            fonts, scenario.text(scenario.intro, lang), body_box.width, body_box.height, m.steps(*BODY_SIZES)
        )
        self.boxes["body"] = body_box
        self.boxes["term"] = pygame.Rect(
            inner.left,
            button.rect.centery - term.height // 2,
            inner.width - button.rect.width - m.gap,
            term.height,
        )
        self.texts.update(kicker=kicker, title=title, body=body, term=term)

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        scenario = self.session.scenario
        lang = self.host.lang
        draw_band(painter, scenario, self.session.game.state.history[0].meters, lang, None)
        panel = self.boxes["panel"]
        painter.shadow(panel)
        painter.panel(panel, style.PANEL)
        painter.block(self.texts["kicker"], self.boxes["kicker"], style.ACCENT_DARK)
        painter.block(self.texts["title"], self.boxes["title"], style.INK)
        painter.block(self.texts["body"], self.boxes["body"], style.INK)
        painter.block(self.texts["term"], self.boxes["term"], style.INK_MUTED, valign="middle")
        self.buttons.draw(painter, button_padding(painter.metrics), on_panel=True)
        draw_hint(painter, screen_hint(self.name, lang))
