"""The ending (the game stopped early) or the profile (the term completed), shown large before the debrief."""

from __future__ import annotations

import pygame

from game.core.model import Outcome
from game.core.thresholds import crossed_lines
from game.formatting import format_value
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


def ending_cause(session: Session, outcome: Outcome | None, lang: str) -> str:
    """Which meters ended the term and at what value ("De meter Budget zakte tot 15: daarmee eindigde de
    termijn."); empty unless `outcome` is the ending reached and its condition draws a line on a meter."""
    ending = session.game.state.ending
    if outcome is None or ending is None or outcome.id != ending:
        return ""
    meters = session.game.state.meters
    causes = [
        t(
            "outcome.fell" if line.falling else "outcome.rose",
            lang,
            meter=session.scenario.text(session.scenario.meter(line.meter).name, lang),
            value=format_value(round(meters[line.meter], 1)),
        )
        for line in crossed_lines(session.scenario, ending, meters)
    ]
    if not causes:
        return ""
    joined = (
        causes[0] if len(causes) == 1 else f"{', '.join(causes[:-1])} {t('presenter.and', lang)} {causes[-1]}"
    )
    sentence = t("outcome.cause", lang, causes=joined)
    return sentence[:1].upper() + sentence[1:]


class OutcomeScene(ContinueScene):
    """A centred panel with the outcome's title and text; Enter continues to the debrief."""

    name = "outcome"

    def __init__(self, host: Host, session: Session, outcome: Outcome | None) -> None:
        super().__init__(host)
        self.session = session
        self.outcome = outcome
        self.texts: dict[str, TextBlock] = {}

    def spoken(self, lang: str) -> list[str]:
        kicker, title, body = outcome_texts(self.session, self.outcome, lang)
        return [ending_cause(self.session, self.outcome, lang) or kicker, title, body]

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        area = content_area(fonts, m, band_height(m) + m.margin)
        # An ending a meter reached says so where the kicker goes, at body size: the sentence tells that
        # the game is over and why. The panel widens a little for it, so the text keeps its lines.
        cause_text = ending_cause(self.session, self.outcome, lang)
        width = min(area.width, m.px(1120 if cause_text else 960))
        pad = panel_padding(m) + m.px(10)
        kicker_text, title_text, body_text = outcome_texts(self.session, self.outcome, lang)
        inner_w = width - 2 * pad
        if cause_text:
            kicker = fit_text(fonts, cause_text, inner_w, None, m.steps(*BODY_SIZES), bold=True, max_lines=2)
        else:
            kicker = fit_text(
                fonts, kicker_text.upper(), inner_w, None, m.steps(24, 16), bold=True, max_lines=1
            )
        title = fit_text(fonts, title_text, inner_w, None, m.steps(56, 32), bold=True, max_lines=2)
        button_h = m.px(68)
        room = area.height - 2 * pad - kicker.height - title.height - button_h - m.px(60)
        body = fit_text(fonts, body_text, inner_w, room, m.steps(*BODY_SIZES))
        height = min(area.height, 2 * pad + kicker.height + title.height + body.height + button_h + m.px(60))
        panel = pygame.Rect(area.centerx - width // 2, area.centery - height // 2, width, height)
        inner = panel.inflate(-2 * pad, -2 * pad)
        y = inner.top
        head = "cause" if cause_text else "kicker"
        for gone in {"cause", "kicker"} - {head}:
            self.boxes.pop(gone, None)
            self.texts.pop(gone, None)
        self.boxes[head] = pygame.Rect(inner.left, y, inner.width, kicker.height)
        y += kicker.height + m.px(10)
        self.boxes["title"] = pygame.Rect(inner.left, y, inner.width, title.height)
        y += title.height + m.px(24)
        self.boxes["body"] = pygame.Rect(inner.left, y, inner.width, body.height)
        self.boxes["panel"] = panel
        self.texts.update({head: kicker, "title": title, "body": body})
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
        head = "cause" if "cause" in self.texts else "kicker"
        painter.block(self.texts[head], self.boxes[head], style.ACCENT_DARK, align="center")
        painter.block(self.texts["title"], self.boxes["title"], style.INK, align="center")
        painter.block(self.texts["body"], self.boxes["body"], style.INK, align="center")
        self.buttons.draw(painter, button_padding(m), on_panel=True)
        draw_hint(painter, screen_hint(self.name, lang))
