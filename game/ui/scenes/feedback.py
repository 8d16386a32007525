"""What the decision did: the option chosen, the feedback text and every meter's change as +/- deltas."""

from __future__ import annotations

import pygame

from game.core.engine import ChoiceResult
from game.formatting import format_delta, format_value
from game.i18n import t
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.meters import band_height, draw_band
from game.ui.scene import Host, Scene
from game.ui.scenes.card import turn_label
from game.ui.scenes.common import button_padding, content_area, continue_button, draw_hint, panel_padding
from game.ui.session import Session
from game.ui.style import Metrics

ANIMATION_MS = 700


class FeedbackScene(Scene):
    """The meter band animates from the old to the new values; Enter, Space or the button continues."""

    name = "feedback"

    def __init__(self, host: Host, session: Session) -> None:
        super().__init__(host)
        self.session = session
        assert session.pending is not None, "feedback needs a decision"
        self.result: ChoiceResult = session.pending
        self.record = session.game.state.choices[-1]
        self.texts: dict[str, TextBlock] = {}
        self.rows: list[tuple[int, str, pygame.Rect]] = []

    def animating(self) -> bool:
        return self.host.now() - self.shown_at < ANIMATION_MS

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        scenario = self.session.scenario
        area = content_area(fonts, m, band_height(m) + m.margin)
        split = m.px(32)
        left_width = round((area.width - split) * 0.54)
        panel = pygame.Rect(area.left, area.top, left_width, area.height)
        effects = pygame.Rect(panel.right + split, area.top, area.right - panel.right - split, area.height)
        self.boxes.update(panel=panel, effects=effects)
        pad = panel_padding(m)
        inner = panel.inflate(-2 * pad, -2 * pad)
        kicker_text = f"{t('feedback.kicker', lang)} \u00b7 {scenario.text(self.result.card.title, lang)}"
        kicker = fit_text(
            fonts, kicker_text.upper(), inner.width, None, m.steps(22, 16), bold=True, max_lines=1
        )
        label = fit_text(
            fonts,
            scenario.text(self.result.option.label, lang),
            inner.width,
            round(inner.height * 0.4),
            m.steps(36, 26),
            bold=True,
            max_lines=3,
        )
        y = inner.top
        self.boxes["kicker"] = pygame.Rect(inner.left, y, inner.width, kicker.height)
        y += kicker.height + m.px(8)
        self.boxes["label"] = pygame.Rect(inner.left, y, inner.width, label.height)
        y += label.height + m.px(30)
        self.boxes["rule"] = pygame.Rect(inner.left, y - m.px(16), m.px(96), m.px(4))
        body_box = pygame.Rect(inner.left, y, inner.width, inner.bottom - y)
        feedback = scenario.text(self.result.option.feedback, lang)
        body = fit_text(fonts, feedback, body_box.width, body_box.height, m.steps(30, 20))
        self.boxes["body"] = body_box
        self.texts.update(kicker=kicker, label=label, body=body)
        # The effects column: heading, one row per meter, the continue button at the bottom.
        button = continue_button(fonts, m, t("continue", lang), effects.right, effects.bottom)
        self.buttons.set([button])
        heading = fit_text(
            fonts, t("feedback.effects", lang), effects.width, None, [m.heading], bold=True, max_lines=1
        )
        self.texts["heading"] = heading
        self.boxes["heading"] = pygame.Rect(effects.left, effects.top, effects.width, heading.height)
        top = effects.top + heading.height + m.px(12)
        bottom = button.rect.top - m.px(20)
        count = max(1, len(scenario.meters))
        row_h = min(m.px(76), (bottom - top) // count)
        self.rows = []
        for index, meter in enumerate(scenario.meters):
            rect = pygame.Rect(effects.left, top + index * row_h, effects.width, row_h - m.px(8))
            self.rows.append((index, meter.id, rect))
            self.boxes[f"row_{meter.id}"] = rect

    def on_action(self, action: str) -> None:
        if action == "continue":
            self.host.advance()

    def on_continue(self) -> None:
        self.host.advance()

    def band_values(self) -> dict[str, float]:
        before = self.session.before_choice
        after = self.session.after_choice()
        progress = min(1.0, max(0.0, (self.host.now() - self.shown_at) / ANIMATION_MS))
        eased = 1 - (1 - progress) ** 3
        return {key: before[key] + (after[key] - before[key]) * eased for key in after}

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        m = painter.metrics
        lang = self.host.lang
        scenario = self.session.scenario
        draw_band(
            painter,
            scenario,
            self.band_values(),
            lang,
            turn_label(self.session, self.record.year, self.record.turn, lang),
        )
        panel = self.boxes["panel"]
        painter.shadow(panel)
        painter.panel(panel, style.PANEL)
        painter.block(self.texts["kicker"], self.boxes["kicker"], style.ACCENT_DARK)
        painter.block(self.texts["label"], self.boxes["label"], style.INK)
        pygame.draw.rect(painter.surface, style.ACCENT, self.boxes["rule"], border_radius=m.px(2))
        painter.block(self.texts["body"], self.boxes["body"], style.INK)
        painter.block(self.texts["heading"], self.boxes["heading"], style.TEXT)
        before = self.session.before_choice
        after = self.session.after_choice()
        for index, meter_id, rect in self.rows:
            delta = self.result.deltas.get(meter_id, 0)
            draw_change_row(
                painter,
                rect,
                index,
                scenario.text(scenario.meter(meter_id).name, lang),
                after[meter_id],
                delta,
                t("feedback.unchanged", lang),
                t(
                    "feedback.values",
                    lang,
                    before=format_value(before[meter_id]),
                    after=format_value(after[meter_id]),
                ),
            )
        self.buttons.draw(painter, button_padding(m))
        draw_hint(painter, t("continue.hint", lang))


def draw_change_row(
    painter: Painter,
    rect: pygame.Rect,
    index: int,
    name: str,
    after: float,
    delta: float,
    unchanged: str,
    values_text: str,
) -> None:
    """A rounded row: shape and meter name, 'old to new' in small print, the signed change in large."""
    m = painter.metrics
    fonts = painter.fonts
    painter.panel(
        rect,
        style.BUTTON if delta else style.BAND,
        border=style.BUTTON_LINE if delta else None,
        width=m.px(2),
    )
    pad = m.px(16)
    icon = m.px(10)
    colour = style.SERIES[index % len(style.SERIES)]
    painter.shape(index, (rect.left + pad + icon, rect.centery), icon, colour)
    delta_size = m.px(32) if delta else m.px(22)
    delta_text = format_delta(delta) if delta else unchanged
    delta_width = fonts.width(delta_text, delta_size, bold=bool(delta))
    arrow = m.px(16)
    right = rect.right - pad
    if delta:
        painter.arrow(
            (right - arrow / 2, rect.centery), arrow, style.GAIN if delta > 0 else style.LOSS, up=delta > 0
        )
        right -= arrow + m.px(10)
    painter.text(
        delta_text,
        (right, rect.centery),
        delta_size,
        (style.GAIN if delta > 0 else style.LOSS) if delta else style.TEXT_MUTED,
        bold=bool(delta),
        anchor="midright",
        box=rect,
    )
    name_left = rect.left + pad + 2 * icon + m.px(12)
    name_box = pygame.Rect(name_left, rect.top, right - delta_width - m.px(16) - name_left, rect.height)
    values = values_text if delta else format_value(after)
    values_size = m.px(20)
    values_width = fonts.width(values, values_size)
    label_box = pygame.Rect(
        name_box.left, name_box.top, name_box.width - values_width - m.px(12), name_box.height
    )
    label = fit_text(fonts, name, label_box.width, None, m.steps(26, 16), bold=True, max_lines=1)
    painter.block(label, label_box, style.TEXT, valign="middle")
    painter.text(
        values, (name_box.right, rect.centery), values_size, style.TEXT_MUTED, anchor="midright", box=rect
    )
