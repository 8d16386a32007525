"""What if on the debrief: pick a past decision and another option, and see both courses of the meters.

The facilitator's steps (WhatIfPicker): the list of decisions, then the options of the chosen card (the
group's own option is shown but cannot be picked), then the result: the chart draws the real course in
solid lines and the other course dashed from the changed decision on (game.ui.chart.draw_chart), and
the panel says what changed. The courses come from game.core.whatif (the same seed replayed with that
one choice different).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import pygame

from game.core.corners import CORNERS
from game.core.model import Scenario
from game.core.whatif import WhatIf
from game.i18n import t
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.fonts import FontBook
from game.ui.style import Colour, Metrics
from game.ui.wrap import truncate, wrap

Stage = Literal["decision", "option", "shown"]


@dataclass
class WhatIfPicker:
    """Where the facilitator is: choosing a decision, an option of its card, or looking at the result.
    `decision` and `option` count from 0."""

    stage: Stage = "decision"
    decision: int = 0
    option: int = 0


# -- a list of numbered rows (the decisions, or a card's options) ----------------------------------


@dataclass(frozen=True)
class Row:
    number: str
    text: str
    enabled: bool = True


@dataclass(frozen=True)
class RowLine:
    """One laid-out row: its wrapped lines, top (from the list's top) and height."""

    lines: tuple[str, ...]
    y: int
    height: int
    enabled: bool
    number: str


class RowList:
    """Numbered rows in a box, as large as fits (else scrolled so the selected row shows)."""

    def __init__(self) -> None:
        self.box = pygame.Rect(0, 0, 0, 0)
        self.rows: list[RowLine] = []
        self.size = 0
        self.number_w = 0
        self.total = 0
        self.scroll = 0

    def build(
        self,
        fonts: FontBook,
        m: Metrics,
        box: pygame.Rect,
        rows: Sequence[Row],
        sizes: list[int],
        max_lines: int,
    ) -> None:
        self.box = box
        pad = m.px(6)
        for size in sizes:
            measure = fonts.measurer(size)
            line_h = fonts.line_height(size)
            number_w = max((fonts.width(row.number, size, bold=True) for row in rows), default=0) + m.px(14)
            text_w = max(10, box.width - number_w - 2 * pad)
            laid: list[RowLine] = []
            y = 0
            for row in rows:
                lines = wrap(row.text, text_w, measure) or [""]
                if len(lines) > max_lines:
                    kept = " ".join(lines[max_lines - 1 :])
                    lines = [*lines[: max_lines - 1], truncate(kept, text_w, measure)]
                height = len(lines) * line_h + 2 * pad
                laid.append(RowLine(tuple(lines), y, height, row.enabled, row.number))
                y += height + m.px(4)
            self.rows, self.size, self.number_w, self.total = laid, size, number_w, y
            if y <= box.height:
                break

    def show(self, index: int) -> None:
        """Scroll so that row `index` is whole in the box."""
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        if row.y < self.scroll:
            self.scroll = row.y
        elif row.y + row.height > self.scroll + self.box.height:
            self.scroll = row.y + row.height - self.box.height
        self.scroll = max(0, min(self.scroll, max(0, self.total - self.box.height)))

    def row_at(self, pos: tuple[int, int]) -> int | None:
        if not self.box.collidepoint(pos):
            return None
        for index, row in enumerate(self.rows):
            top = self.box.top + row.y - self.scroll
            if top <= pos[1] < top + row.height:
                return index
        return None

    def draw(self, painter: Painter, selected: int | None) -> None:
        m = painter.metrics
        fonts = painter.fonts
        pad = m.px(6)
        line_h = fonts.line_height(self.size)
        for index, row in enumerate(self.rows):
            top = self.box.top + row.y - self.scroll
            if top < self.box.top or top + row.height > self.box.bottom:
                continue
            rect = pygame.Rect(self.box.left, top, self.box.width, row.height)
            chosen = index == selected
            if chosen:
                painter.panel(rect, style.ACCENT, radius=m.px(8))
            ink = style.INK if row.enabled or chosen else style.INK_MUTED
            painter.text(row.number, (rect.left + pad, top + pad), self.size, ink, bold=True, box=rect)
            for number, line in enumerate(row.lines):
                at = (rect.left + pad + self.number_w, top + pad + number * line_h)
                painter.text(line, at, self.size, ink, box=rect)
        if self.scroll > 0:
            painter.arrow(
                (self.box.right - m.px(10), self.box.top + m.px(6)), m.px(14), style.INK_MUTED, up=True
            )
        if self.scroll < self.total - self.box.height:
            painter.arrow(
                (self.box.right - m.px(10), self.box.bottom - m.px(6)), m.px(14), style.INK_MUTED, up=False
            )


# -- paragraphs stacked in a box, as large as fits -----------------------------------------------


@dataclass(frozen=True)
class Part:
    text: str
    colour: Colour
    bold: bool = False
    small: bool = False  # a note: four design pixels smaller
    optional: bool = False  # left out, last one first, before anything else is made smaller or cut
    shortened: bool = False  # cut to one line when what follows would not fit otherwise


@dataclass(frozen=True)
class Placed:
    block: TextBlock
    rect: pygame.Rect
    colour: Colour


def stack(
    fonts: FontBook, m: Metrics, box: pygame.Rect, parts: Sequence[Part], sizes: list[int]
) -> list[Placed]:
    """The parts one under the other, at the largest size of `sizes` at which they fit. What gives way
    when they fit at no size, in turn: the last optional part (the rule), then the parts that may be
    shortened go to one line each, then the other optional parts, last one first. When even that does not
    fit, at the smallest size each part gets what is left below the ones before it (cut to it), and
    parts with no room are left out."""
    gap = m.px(8)

    def block(part: Part, size: int, limit: int | None, shorten: bool) -> TextBlock:
        if shorten and part.shortened:
            one_line = fonts.line_height(size, bold=True)  # the taller of the weights the labels use
            limit = one_line if limit is None else min(limit, one_line)
        small = max(1, size - m.px(4)) if part.small else size
        return fit_text(fonts, part.text, box.width, limit, [small], bold=part.bold)

    def place(kept: Sequence[Part], blocks: Sequence[TextBlock]) -> list[Placed]:
        placed: list[Placed] = []
        y = box.top
        for part, item in zip(kept, blocks, strict=True):
            placed.append(Placed(item, pygame.Rect(box.left, y, box.width, item.height), part.colour))
            y += item.height + gap
        return placed

    optional = [index for index, part in enumerate(parts) if part.optional]
    kept = list(parts)
    tries: list[tuple[list[Part], bool]] = [(kept, False)]
    if optional:
        kept = [part for index, part in enumerate(parts) if index != optional[-1]]
        tries.append((kept, False))
    tries.append((kept, True))
    for index in reversed(optional[:-1]):
        kept = [part for part in kept if part is not parts[index]]
        tries.append((kept, True))
    for trial_parts, shorten in tries:
        for size in sizes:
            blocks = [block(part, size, None, shorten) for part in trial_parts]
            if sum(item.height for item in blocks) + gap * (len(blocks) - 1) <= box.height:
                return place(trial_parts, blocks)
    blocks = []
    y = box.top
    for part in kept:
        left = box.bottom - y
        item = block(part, sizes[-1], left, True)
        if left <= 0 or item.height > left:
            break
        blocks.append(item)
        y += item.height + gap
    return place(kept[: len(blocks)], blocks)


def draw_placed(painter: Painter, placed: Sequence[Placed]) -> None:
    for item in placed:
        painter.block(item.block, item.rect, item.colour)


def result_parts(scenario: Scenario, result: WhatIf, real_outcome: str, lang: str) -> list[Part]:
    """What the panel says under the card's title: both options, both outcomes, which cards came, both
    courses' triangles (when the scenario has one), the rule."""
    card = scenario.card(result.card)

    def label(option: int) -> str:
        return scenario.text(card.options[option].label, lang)

    outcome = outcome_title(scenario, result.alternative.outcome, lang)
    after = after_change(result, lang)
    parts = [
        Part(t("end.whatif.real", lang, label=label(result.real_option)), style.INK, shortened=True),
        Part(t("end.whatif.alt", lang, label=label(result.option)), style.INK, bold=True, shortened=True),
        Part(t("end.whatif.outcome", lang, outcome=outcome, real=real_outcome), style.INK),
    ]
    # What came after, the triangles, then the rule: where room is short, the rule goes first, then the
    # labels are cut to a line, then the triangles go (the triangle view shows them); never what came
    # after.
    parts.append(Part(after, style.INK_MUTED, small=True))
    real, alternative = result.real.triangle, result.alternative.triangle
    if real is not None or alternative is not None:
        shares = triangle_text(real, alternative, lang)
        parts.append(
            Part(t("end.whatif.triangle", lang, shares=shares), style.INK, small=True, optional=True)
        )
    parts.append(Part(t("end.whatif.rule", lang), style.INK_MUTED, small=True, optional=True))
    return parts


def triangle_text(
    real: Mapping[str, float] | None, alternative: Mapping[str, float] | None, lang: str
) -> str:
    """Both courses' triangles side by side, per corner in whole percents: "Willen 33% / 100% · ..."
    ("\u2013" for a course in which no decision counted)."""

    def share(shares: Mapping[str, float] | None, corner: str) -> str:
        return "\u2013" if shares is None else f"{round(100 * shares[corner])}%"

    return " \u00b7 ".join(
        f"{t(f'end.corner.{corner}', lang)} {share(real, corner)} / {share(alternative, corner)}"
        for corner in CORNERS
    )


def after_change(result: WhatIf, lang: str) -> str:
    """What happened after the changed decision: the same cards, an earlier end, or other cards."""
    divergence = result.divergence
    alternative = result.alternative
    if divergence is None:
        if alternative.ending is not None and len(alternative.choices) < len(result.real.choices):
            return t("end.whatif.ended", lang, number=len(alternative.choices))
        return t("end.whatif.same_cards", lang)
    if divergence.real_card is None:
        return t("end.whatif.real_ended", lang, number=divergence.decision)
    return t("end.whatif.other_cards", lang, number=divergence.decision + 1)


def outcome_title(scenario: Scenario, outcome_id: str | None, lang: str) -> str:
    for outcome in (*scenario.endings, *scenario.profiles):
        if outcome.id == outcome_id:
            return scenario.text(outcome.title, lang)
    return t("outcome.none", lang)
