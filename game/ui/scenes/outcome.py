"""The ending (the game stopped early) or the profile (the term completed), shown large before the debrief."""

from __future__ import annotations

import pygame

from game.core.model import Outcome
from game.i18n import t
from game.ui import style
from game.ui.card_layout import BODY_SIZES
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.meters import band_height, draw_band
from game.ui.scene import ContinueScene, Host
from game.ui.scenes.common import button_padding, content_area, continue_button, draw_hint, panel_padding
from game.ui.scenes.keys import screen_hint
from game.ui.session import Session
from game.ui.style import Metrics


def outcome_texts(session: Session, outcome: Outcome | None, lang: str) -> tuple[str, str, str]:
    """(kicker, title, text) for an ending, a profile, or a completed term without profiles."""
    if outcome is None:
        return t("outcome.none", lang), t("outcome.none", lang), t("outcome.none_text", lang)
    is_ending = session.game.ending is not None and outcome.id == session.game.state.ending
    profile = "outcome.profile_group" if session.group_name else "outcome.profile"
    kicker = t("outcome.ending" if is_ending else profile, lang)
    return kicker, session.text(outcome.title), session.text(outcome.text)


class OutcomeScene(ContinueScene):
    """A centred panel with the outcome's title and text; Enter continues to the debrief."""

    name = "outcome"

    def __init__(self, host: Host, session: Session, outcome: Outcome | None) -> None:
        super().__init__(host)
        self.session = session
        self.outcome = outcome
        self.texts: dict[str, TextBlock] = {}

    def spoken(self, lang: str) -> list[str]:
        return list(outcome_texts(self.session, self.outcome, lang))

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        area = content_area(fonts, m, band_height(m) + m.margin)
        width = min(area.width, m.px(960))
        pad = panel_padding(m) + m.px(10)
        kicker_text, title_text, body_text = outcome_texts(self.session, self.outcome, lang)
        inner_w = width - 2 * pad
        kicker = fit_text(fonts, kicker_text.upper(), inner_w, None, m.steps(24, 16), bold=True, max_lines=1)
        title = fit_text(fonts, title_text, inner_w, None, m.steps(56, 32), bold=True, max_lines=2)
        button_h = m.px(68)
        room = area.height - 2 * pad - kicker.height - title.height - button_h - m.px(60)
        body = fit_text(fonts, body_text, inner_w, room, m.steps(*BODY_SIZES))
        height = min(area.height, 2 * pad + kicker.height + title.height + body.height + button_h + m.px(60))
        panel = pygame.Rect(area.centerx - width // 2, area.centery - height // 2, width, height)
        inner = panel.inflate(-2 * pad, -2 * pad)
        y = inner.top
        self.boxes["kicker"] = pygame.Rect(inner.left, y, inner.width, kicker.height)
        y += kicker.height + m.px(10)
        self.boxes["title"] = pygame.Rect(inner.left, y, inner.width, title.height)
        y += title.height + m.px(24)
        self.boxes["body"] = pygame.Rect(inner.left, y, inner.width, body.height)
        self.boxes["panel"] = panel
        self.texts.update(kicker=kicker, title=title, body=body)
        button = continue_button(fonts, m, t("continue", lang), inner.right, inner.bottom)
        button.rect.centerx = inner.centerx
        self.buttons.set([button])

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        m = painter.metrics
        lang = self.host.lang
        draw_band(painter, self.session.scenario, self.session.game.state.meters, lang, None)
        panel = self.boxes["panel"]
        painter.shadow(panel)
        painter.panel(panel, style.PANEL)
        top = pygame.Rect(panel.left, panel.top, panel.width, m.px(10))
        pygame.draw.rect(
            painter.surface,
            style.ACCENT,
            top,
            border_top_left_radius=m.radius,
            border_top_right_radius=m.radius,
        )
        painter.block(self.texts["kicker"], self.boxes["kicker"], style.ACCENT_DARK, align="center")
        painter.block(self.texts["title"], self.boxes["title"], style.INK, align="center")
        painter.block(self.texts["body"], self.boxes["body"], style.INK, align="center")
        self.buttons.draw(painter, button_padding(m), on_panel=True)
        draw_hint(painter, screen_hint(self.name, lang))
