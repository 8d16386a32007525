"""The layout of the card and feedback screens, shared by the scenes and the text-overflow lint.

Both functions need pygame's font module only (no window): boxes are pygame.Rects, texts fitted
TextBlocks, computed from the window size, the language and the scenario's texts alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.core.model import Card, Option, Scenario
from game.i18n import t
from game.ui.draw import TextBlock, fit_text
from game.ui.fonts import FontBook
from game.ui.meters import band_height
from game.ui.scenes.common import button_padding, content_area, continue_button, panel_padding
from game.ui.style import Metrics
from game.ui.widgets import Button

# Font size ranges (design pixels, largest first, two-pixel steps) of the fitted texts.
SPEAKER_SIZES = (22, 18)
TITLE_SIZES = (40, 28)
BODY_SIZES = (30, 20)
OPTION_SIZES = (27, 18)
KICKER_SIZES = (22, 16)
CHOSEN_SIZES = (36, 26)
NOTES_SIZES = (38, 20)  # the question is read from the back of the room: as large as the column allows


@dataclass
class Layout:
    """Rectangles by name, fitted texts by name, and the screen's buttons."""

    boxes: dict[str, pygame.Rect] = field(default_factory=dict)
    texts: dict[str, TextBlock] = field(default_factory=dict)
    buttons: list[Button] = field(default_factory=list)


def two_columns(fonts: FontBook, m: Metrics) -> tuple[pygame.Rect, pygame.Rect]:
    """The text panel on the left (54%) and the column beside it, below the meter band."""
    area = content_area(fonts, m, band_height(m) + m.margin)
    split = m.px(32)
    left_width = round((area.width - split) * 0.54)
    panel = pygame.Rect(area.left, area.top, left_width, area.height)
    column = pygame.Rect(panel.right + split, area.top, area.right - panel.right - split, area.height)
    return panel, column


def card_layout(fonts: FontBook, m: Metrics, scenario: Scenario, card: Card, lang: str) -> Layout:
    """Speaker, title and text on the panel; the question and one button per option beside it."""
    layout = Layout()
    boxes, texts = layout.boxes, layout.texts
    panel, column = two_columns(fonts, m)
    boxes.update(panel=panel, options=column)
    pad = panel_padding(m)
    inner = panel.inflate(-2 * pad, -2 * pad)
    speaker = fit_text(
        fonts,
        scenario.text(card.speaker, lang).upper(),
        inner.width,
        None,
        m.steps(*SPEAKER_SIZES),
        bold=True,
        max_lines=2,
    )
    title = fit_text(
        fonts,
        scenario.text(card.title, lang),
        inner.width,
        round(inner.height * 0.4),
        m.steps(*TITLE_SIZES),
        bold=True,
        max_lines=3,
    )
    y = inner.top
    boxes["speaker"] = pygame.Rect(inner.left, y, inner.width, speaker.height)
    y += speaker.height + m.px(8)
    boxes["title"] = pygame.Rect(inner.left, y, inner.width, title.height)
    y += title.height + m.px(22)
    body_box = pygame.Rect(inner.left, y, inner.width, inner.bottom - y)
    body = fit_text(
        fonts, scenario.text(card.text, lang), body_box.width, body_box.height, m.steps(*BODY_SIZES)
    )
    boxes["body"] = body_box
    texts.update(speaker=speaker, title=title, body=body)
    # Options.
    question = fit_text(
        fonts, t("card.question", lang), column.width, None, [m.heading], bold=True, max_lines=1
    )
    texts["question"] = question
    boxes["question"] = pygame.Rect(column.left, column.top, column.width, question.height)
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
        (
            fit_text(fonts, b.label, b.label_box(padding).width, None, [m.option]).height + 2 * padding
            for b in probe
        ),
        default=0,
    )
    height = min(share, max(m.px(86), needed))
    for i, button in enumerate(probe):
        button.rect = pygame.Rect(column.left, top + i * (height + gap), column.width, height)
        button.fit(fonts, m.steps(*OPTION_SIZES), padding)
        layout.buttons.append(button)
    return layout


def notes_layout(fonts: FontBook, m: Metrics, scenario: Scenario, card: Card, lang: str) -> Layout:
    """The card's panel as in card_layout; in the column its discussion question instead of the options."""
    layout = card_layout(fonts, m, scenario, card, lang)
    layout.buttons = []
    column = layout.boxes["options"]
    pad = panel_padding(m)
    inner = column.inflate(-2 * pad, -2 * pad)
    heading = fit_text(
        fonts, t("card.notes", lang), inner.width, None, m.steps(*SPEAKER_SIZES), bold=True, max_lines=2
    )
    top = inner.top + heading.height + m.px(16)
    notes = fit_text(
        fonts, scenario.text(card.notes, lang), inner.width, inner.bottom - top, m.steps(*NOTES_SIZES)
    )
    layout.boxes.update(
        notes_panel=column,
        notes_heading=pygame.Rect(inner.left, inner.top, inner.width, heading.height),
        notes=pygame.Rect(inner.left, top, inner.width, inner.bottom - top),
    )
    layout.texts.update(notes_heading=heading, notes=notes)
    return layout


def feedback_layout(
    fonts: FontBook, m: Metrics, scenario: Scenario, card: Card, option: Option, lang: str
) -> Layout:
    """The chosen option and its feedback on the panel; the effects heading and continue button beside it.

    The meter rows (boxes "row_<meter id>") fill the room between the heading and the button.
    """
    layout = feedback_panel(fonts, m, scenario, card, option, lang)
    _effects_column(layout, fonts, m, scenario, lang)
    return layout


def feedback_panel(
    fonts: FontBook, m: Metrics, scenario: Scenario, card: Card, option: Option, lang: str
) -> Layout:
    """The feedback screen's text panel alone: what the overflow lint measures for every option."""
    layout = Layout()
    boxes, texts = layout.boxes, layout.texts
    panel, effects = two_columns(fonts, m)
    boxes.update(panel=panel, effects=effects)
    pad = panel_padding(m)
    inner = panel.inflate(-2 * pad, -2 * pad)
    kicker_text = f"{t('feedback.kicker', lang)} \u00b7 {scenario.text(card.title, lang)}"
    kicker = fit_text(
        fonts, kicker_text.upper(), inner.width, None, m.steps(*KICKER_SIZES), bold=True, max_lines=1
    )
    label = fit_text(
        fonts,
        scenario.text(option.label, lang),
        inner.width,
        round(inner.height * 0.4),
        m.steps(*CHOSEN_SIZES),
        bold=True,
        max_lines=3,
    )
    y = inner.top
    boxes["kicker"] = pygame.Rect(inner.left, y, inner.width, kicker.height)
    y += kicker.height + m.px(8)
    boxes["label"] = pygame.Rect(inner.left, y, inner.width, label.height)
    y += label.height + m.px(30)
    boxes["rule"] = pygame.Rect(inner.left, y - m.px(16), m.px(96), m.px(4))
    body_box = pygame.Rect(inner.left, y, inner.width, inner.bottom - y)
    feedback = scenario.text(option.feedback, lang)
    body = fit_text(fonts, feedback, body_box.width, body_box.height, m.steps(*BODY_SIZES))
    boxes["body"] = body_box
    texts.update(kicker=kicker, label=label, body=body)
    return layout


def _effects_column(layout: Layout, fonts: FontBook, m: Metrics, scenario: Scenario, lang: str) -> None:
    """The effects heading, one row per meter, and the continue button at the bottom."""
    boxes, texts = layout.boxes, layout.texts
    effects = boxes["effects"]
    button = continue_button(fonts, m, t("continue", lang), effects.right, effects.bottom)
    layout.buttons.append(button)
    heading = fit_text(
        fonts, t("feedback.effects", lang), effects.width, None, [m.heading], bold=True, max_lines=1
    )
    texts["heading"] = heading
    boxes["heading"] = pygame.Rect(effects.left, effects.top, effects.width, heading.height)
    top = effects.top + heading.height + m.px(12)
    bottom = button.rect.top - m.px(20)
    count = max(1, len(scenario.meters))
    row_h = min(m.px(76), (bottom - top) // count)
    for index, meter in enumerate(scenario.meters):
        boxes[f"row_{meter.id}"] = pygame.Rect(
            effects.left, top + index * row_h, effects.width, row_h - m.px(8)
        )
