"""The year summary: each meter at the start and end of the year, the year-end effects and the change.

The year turns over as the screen comes in: the calendar in the band rolls from the year that ended to
the next one, and the year-end effects move the meters (their change shown beside each number).
"""

from __future__ import annotations

import pygame

from game.core.model import Number
from game.core.state import YearSummary
from game.formatting import format_delta, format_value
from game.i18n import t, year_label
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.meters import Calendar, Roll, band_height, draw_band, fraction
from game.ui.motion import ENTER_MS, METER_MS, ROLL_MS, Motion, ease_in_out
from game.ui.scene import ContinueScene, Host
from game.ui.scenes.common import (
    button_padding,
    centred_panel,
    continue_button,
    draw_hint,
    panel_padding,
)
from game.ui.scenes.feedback import moving_values
from game.ui.scenes.keys import screen_hint
from game.ui.session import Session
from game.ui.style import Metrics

COLUMNS = ("year.col.start", "year.col.year_end", "year.col.end", "year.col.change")


class YearScene(ContinueScene):
    """A table on a light panel, one row per meter, with a bar from the year's start to its end."""

    name = "year"

    def __init__(self, host: Host, session: Session, summary: YearSummary) -> None:
        super().__init__(host)
        self.session = session
        self.summary = summary
        self.texts: dict[str, TextBlock] = {}
        self.columns: list[tuple[str, int]] = []
        self.rows: list[pygame.Rect] = []
        self.name_right = 0
        self.entering: Motion | None = None
        self.rolling: Motion | None = None
        self.meters: Motion | None = None

    def on_show(self) -> None:
        super().on_show()
        self.entering = self.motion(ENTER_MS)
        self.rolling = self.motion(ROLL_MS, ease_in_out)
        self.meters = self.motion(METER_MS, ease_in_out)
        self.host.cue("year")

    def calendars(self, lang: str) -> tuple[Calendar, Calendar | None]:
        """The band's calendar for the year that ended, and for the next year (None after the last)."""
        scenario = self.session.scenario
        year = self.summary.year
        ended = (
            year_label(scenario.calendar_year(year), year, lang),
            t("year.sub", lang, year=year, years=scenario.years),
        )
        if year >= scenario.years:
            return ended, None
        begins = t("year.begins", lang, year=year + 1, years=scenario.years)
        return ended, (year_label(scenario.calendar_year(year + 1), year + 1, lang), begins)

    def spoken(self, lang: str) -> list[str]:
        from game.speech.script import year_lines

        return year_lines(self.session.scenario, self.summary, lang)

    def band_values(self) -> dict[str, Number]:
        """The meters on their way from before the year-end effects to the year's end."""
        end = self.summary.end
        deltas = self.summary.year_end_deltas
        before = {key: value - deltas.get(key, 0) for key, value in end.items()}
        return moving_values(before, end, self.progress(self.meters))

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        scenario = self.session.scenario
        panel = centred_panel(fonts, m, band_height(m) + m.margin, m.px(1100))
        self.boxes["panel"] = panel
        pad = panel_padding(m)
        inner = panel.inflate(-2 * pad, -2 * pad)
        calendar = scenario.calendar_year(self.summary.year)
        key = "year.heading" if calendar is not None else "year.heading_plain"
        heading = fit_text(
            fonts,
            t(key, lang, year=calendar if calendar is not None else self.summary.year),
            inner.width,
            None,
            m.steps(40, 26),
            bold=True,
            max_lines=1,
        )
        sub = fit_text(
            fonts,
            t("year.sub", lang, year=self.summary.year, years=scenario.years).upper(),
            inner.width,
            None,
            m.steps(22, 16),
            bold=True,
            max_lines=1,
        )
        self.boxes["sub"] = pygame.Rect(inner.left, inner.top, inner.width, sub.height)
        self.boxes["heading"] = pygame.Rect(
            inner.left, self.boxes["sub"].bottom + m.px(4), inner.width, heading.height
        )
        button = continue_button(fonts, m, t("continue", lang), inner.right, inner.bottom)
        self.buttons.set([button])
        note = fit_text(
            fonts,
            t("year.note", lang),
            inner.width - button.rect.width - m.gap,
            button.rect.height,
            m.steps(21, 15),
        )
        self.boxes["note"] = pygame.Rect(
            inner.left, button.rect.top, inner.width - button.rect.width - m.gap, button.rect.height
        )
        self.texts.update(heading=heading, sub=sub, note=note)
        # Columns: name | start | year end | end | change; numbers right-aligned.
        number_w = m.px(118)
        self.columns = []
        right = inner.right
        for key in reversed(COLUMNS):
            self.columns.insert(0, (key, right))
            right -= number_w
        name_right = right - m.px(12)
        header_size = m.px(20)
        top = self.boxes["heading"].bottom + m.px(22)
        header_h = fonts.line_height(header_size)
        self.boxes["header"] = pygame.Rect(inner.left, top, inner.width, header_h)
        self.boxes["names"] = pygame.Rect(inner.left, top, name_right - inner.left, header_h)
        top += header_h + m.px(6)
        count = max(1, len(scenario.meters))
        row_h = min(m.px(74), (button.rect.top - m.px(16) - top) // count)
        self.rows = [pygame.Rect(inner.left, top + i * row_h, inner.width, row_h) for i in range(count)]
        for i, meter in enumerate(scenario.meters):
            self.boxes[f"row_{meter.id}"] = self.rows[i]
        self.name_right = name_right

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        lang = self.host.lang
        ended, begins = self.calendars(lang)
        band = draw_band(
            painter,
            self.session.scenario,
            self.band_values(),
            lang,
            begins or ended,
            deltas={key: delta for key, delta in self.summary.year_end_deltas.items() if delta},
            roll=None if begins is None else Roll(ended, self.progress(self.rolling)),
        )
        self.draw_moving(painter, band, self.entering, (0, painter.metrics.px(48)), self._draw_panel)
        draw_hint(painter, screen_hint(self.name, lang))

    def _draw_panel(self, painter: Painter) -> None:
        """The table: a row per meter with the year's start, the year-end effect, the end and the change."""
        m = painter.metrics
        fonts = painter.fonts
        lang = self.host.lang
        scenario = self.session.scenario
        summary = self.summary
        panel = self.boxes["panel"]
        painter.shadow(panel)
        painter.panel(panel, style.PANEL)
        painter.block(self.texts["sub"], self.boxes["sub"], style.ACCENT_DARK)
        painter.block(self.texts["heading"], self.boxes["heading"], style.INK)
        header = self.boxes["header"]
        header_size = m.px(20)
        painter.text(
            t("year.col.meter", lang),
            (header.left, header.top),
            header_size,
            style.INK_MUTED,
            bold=True,
            box=header,
        )
        for key, right in self.columns:
            painter.text(
                t(key, lang),
                (right, header.top),
                header_size,
                style.INK_MUTED,
                bold=True,
                anchor="topright",
                box=header,
            )
        rows_h = self.rows[0].height if self.rows else m.px(74)
        value_size = next(
            (size for size in m.steps(28, 12) if fonts.line_height(size, bold=True) <= rows_h), m.px(12)
        )
        icon = min(m.px(28), rows_h * 2 // 3)
        name_left = (self.rows[0].left if self.rows else 0) + icon + m.px(12)
        name_width = round((self.name_right - name_left) * 0.56)
        for meter, row in zip(scenario.meters, self.rows, strict=True):
            pygame.draw.line(painter.surface, style.PANEL_LINE, row.topleft, row.topright, max(1, m.px(2)))
            start = summary.start.get(meter.id, meter.start)
            end = summary.end.get(meter.id, start)
            year_end = summary.year_end_deltas.get(meter.id, 0)
            change = end - start
            name = fit_text(
                fonts,
                scenario.text(meter.name, lang),
                name_width,
                None,
                [size for size in m.steps(26, 14) if fonts.line_height(size, True) <= rows_h] or [m.px(14)],
                bold=True,
                max_lines=1,
            )
            name_box = pygame.Rect(name_left, row.top, name_width, row.height)
            painter.icon(
                meter.icon, "meters", pygame.Rect(row.left, row.centery - icon // 2, icon, icon), style.INK
            )
            painter.block(name, name_box, style.INK, valign="middle")
            bar_left = name_box.right + m.px(16)
            bar = pygame.Rect(
                bar_left, row.centery - m.px(5), self.name_right - m.px(24) - bar_left, m.px(10)
            )
            painter.bar(
                bar,
                fraction(scenario, meter.id, end),
                style.BUTTON,
                style.PANEL_LINE,
                marker=fraction(scenario, meter.id, start),
                marker_colour=style.INK,
            )
            cells = (
                format_value(start),
                format_delta(year_end) if year_end else "\u2013",
                format_value(end),
                format_delta(change) if change else "0",
            )
            for (key, right), text in zip(self.columns, cells, strict=True):
                bold = key in ("year.col.end", "year.col.change")
                painter.text(
                    text, (right, row.centery), value_size, style.INK, bold=bold, anchor="midright", box=row
                )
        painter.block(self.texts["note"], self.boxes["note"], style.INK_MUTED, valign="middle")
        self.buttons.draw(painter, button_padding(m), on_panel=True)
