"""What the decision did: the option chosen, the feedback text and every meter's change as +/- deltas.

The decided card leaves to the left as this panel comes in from the right; the meters in the band move
from their old to their new values with the change beside each number (kept while the screen is shown).
"""

from __future__ import annotations

import pygame

from game.core.engine import ChoiceResult
from game.core.model import Number
from game.formatting import format_delta, format_value
from game.i18n import t
from game.ui import style
from game.ui.card_layout import feedback_layout
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.meters import draw_band
from game.ui.motion import ENTER_MS, LEAVE_MS, METER_MS, Motion, Picture, between, draw_leaving, ease_in_out
from game.ui.scene import ContinueScene, Host
from game.ui.scenes.card import turn_label
from game.ui.scenes.common import button_padding, draw_hint
from game.ui.scenes.keys import screen_hint
from game.ui.session import Session
from game.ui.style import Metrics


class FeedbackScene(ContinueScene):
    """The meters move to their new values; Enter, Space or the button continues (also mid-motion).

    When the room voted, the split ("7 - 4 - 1") and the option chosen are shown under the option.
    `leaving`: the picture of the card just decided, shown going out (none with reduced motion)."""

    name = "feedback"

    def __init__(self, host: Host, session: Session, leaving: Picture | None = None) -> None:
        super().__init__(host)
        self.session = session
        assert session.pending is not None, "feedback needs a decision"
        self.result: ChoiceResult = session.pending
        self.record = session.game.state.choices[-1]
        self.texts: dict[str, TextBlock] = {}
        self.rows: list[tuple[int, str, pygame.Rect]] = []
        self.leaving = leaving
        self.entering: Motion | None = None
        self.going: Motion | None = None
        self.meters: Motion | None = None

    def on_show(self) -> None:
        super().on_show()
        self.going = self.motion(LEAVE_MS)
        self.entering = self.motion(ENTER_MS)
        self.meters = self.motion(METER_MS, ease_in_out)

    def build(self, m: Metrics) -> None:
        scenario = self.session.scenario
        layout = feedback_layout(
            self.host.fonts,
            m,
            scenario,
            self.result.card,
            self.result.option,
            self.host.lang,
            votes=self.record.votes,
            group=self.host.settings.group,
            chosen=self.record.option,
        )
        self.boxes.update(layout.boxes)
        self.texts = layout.texts
        self.buttons.set(layout.buttons)
        self.rows = [
            (index, meter.id, layout.boxes[f"row_{meter.id}"]) for index, meter in enumerate(scenario.meters)
        ]

    def spoken(self, lang: str) -> list[str]:
        from game.speech.script import feedback_lines

        result = self.result
        return feedback_lines(self.session.scenario, result.card, result.option_index, result.deltas, lang)

    def band_values(self) -> dict[str, Number]:
        """The meters on their way from before the decision to after it (whole numbers on the way)."""
        return moving_values(
            self.session.before_choice, self.session.after_choice(), self.progress(self.meters)
        )

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        m = painter.metrics
        lang = self.host.lang
        scenario = self.session.scenario
        band = draw_band(
            painter,
            scenario,
            self.band_values(),
            lang,
            turn_label(self.session, self.record.year, self.record.turn, lang),
            deltas=self.result.deltas,
        )
        if self.leaving is not None:
            stage = self.stage_below(painter, band)
            draw_leaving(painter, self.leaving, stage, self.progress(self.going), (-m.px(200), 0))
            if self.progress(self.going) >= 1.0:
                self.leaving = None  # (the picture is large: let it go)
        self.draw_moving(painter, band, self.entering, (m.px(120), 0), self._draw_panel)
        draw_hint(painter, screen_hint(self.name, lang))

    def finish_motions(self) -> bool:
        self.leaving = None
        return super().finish_motions()

    def _draw_panel(self, painter: Painter) -> None:
        """The option chosen and its feedback, and a row per meter with its change."""
        m = painter.metrics
        lang = self.host.lang
        scenario = self.session.scenario
        panel = self.boxes["panel"]
        painter.shadow(panel)
        painter.panel(panel, style.PANEL)
        painter.block(self.texts["kicker"], self.boxes["kicker"], style.ACCENT_DARK)
        painter.block(self.texts["label"], self.boxes["label"], style.INK)
        if "votes" in self.texts:
            painter.block(self.texts["votes"], self.boxes["votes"], style.ACCENT_DARK)
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
                scenario.meter(meter_id).icon,
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


def moving_values(before: dict[str, Number], after: dict[str, Number], progress: float) -> dict[str, Number]:
    """Each meter `progress` of the way from `before` to `after`: rounded to whole numbers on the way (no
    "52.3" flickering past), exactly `after` at the end."""
    if progress >= 1.0:
        return dict(after)
    return {key: round(between(before.get(key, value), value, progress)) for key, value in after.items()}


def draw_change_row(
    painter: Painter,
    rect: pygame.Rect,
    index: int,
    icon_name: str,
    name: str,
    after: float,
    delta: float,
    unchanged: str,
    values_text: str,
) -> None:
    """A rounded row: icon and meter name, 'old to new' in small print, the signed change in large."""
    m = painter.metrics
    fonts = painter.fonts
    painter.panel(
        rect,
        style.BUTTON if delta else style.BAND,
        border=style.BUTTON_LINE if delta else None,
        width=m.px(2),
    )
    pad = m.px(16)
    icon = m.px(28)
    colour = style.SERIES[index % len(style.SERIES)]
    painter.icon(
        icon_name, "meters", pygame.Rect(rect.left + pad, rect.centery - icon // 2, icon, icon), colour
    )
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
    name_left = rect.left + pad + icon + m.px(12)
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
