"""The layout of the card and feedback screens, shared by the scenes and the text-overflow lint.

Both functions need pygame's font module only (no window): boxes are pygame.Rects, texts fitted
TextBlocks, computed from the window size, the language and the scenario's texts alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import pygame

from game.core.model import Card, Number, Option, Scenario
from game.core.voting import Tally
from game.formatting import format_delta
from game.i18n import t
from game.settings import Preview
from game.ui.draw import TextBlock, fit_text
from game.ui.fonts import FontBook
from game.ui.meters import band_height
from game.ui.scenes.common import button_padding, content_area, continue_button, panel_padding
from game.ui.style import Metrics
from game.ui.widgets import Button

# Font size ranges (design pixels, largest first, two-pixel steps) of the fitted texts.
SPEAKER_SIZES = (22, 18)
# The speaker's medallion (box "speaker_icon", the pictogram in a circle) left of the speaker's name: its
# diameter in line heights of the name at its largest size.
MEDALLION_LINES = 1.75
TITLE_SIZES = (40, 32)  # larger than any body text
BODY_SIZES = (31, 27)  # at least 1/27 of the window height (style.BODY_MIN)
OPTION_SIZES = (27, 18)
KICKER_SIZES = (22, 16)
CHOSEN_SIZES = (36, 32)  # the feedback screen's title: larger than its body
NOTES_SIZES = (38, 27)  # read from the back of the room: as large as the column allows, body at least
HEADER_SIZES = (32, 22)
PREVIEW_SIZES = (20, 16)
VOTES_SIZES = (26, 18)
PHONES_PANEL = 200  # design px: the QR code's side plus the panel's padding
TIMER_SIZES = (40, 28)  # the timer beside the question; before the reveal it is much larger
BIG_TIMER_SIZES = (112, 56)
TIMER_LABEL_SIZES = (20, 16)
TIMER_STATES = ("card.timer", "card.timer_paused", "card.timer_up")
TIMER_SAMPLE = "00:00"

Phase = Literal["hidden", "options", "voting", "tie"]


@dataclass(frozen=True)
class CardView:
    """What the card screen shows beside the card: the phase of the room, the timer, the effect preview.

    hidden: a group discusses the situation before the options are shown; options: the options, a
    number decides; voting: a number adds a vote; tie: the facilitator decides between `tied` options.
    The default is solo play: options shown, which meters each one moves, no timer.
    """

    phase: Phase = "options"
    timer: bool = False
    preview: Preview = "which"
    votes: int = 0  # votes cast so far (in the header while voting)
    tied: tuple[int, ...] = ()  # 0-based options with the most votes, in the tie phase
    phones: str | None = None  # the phones' join address while they vote (a panel under the options)


@dataclass(frozen=True)
class TimerLook:
    """The font sizes of the timer in box "timer": large and stacked before the reveal, a chip after."""

    digits: int
    label: int
    big: bool


@dataclass(frozen=True)
class Mark:
    """One meter an option moves, in the row under it: the meter's icon and its name or signed change."""

    option: int
    meter: int  # index in the scenario's meters: its icon and colour
    text: str
    delta: Number
    icon: tuple[int, int]
    radius: int
    pos: tuple[int, int]  # the text's left middle
    size: int


@dataclass
class Layout:
    """Rectangles by name, fitted texts by name, and the screen's buttons."""

    boxes: dict[str, pygame.Rect] = field(default_factory=dict)
    texts: dict[str, TextBlock] = field(default_factory=dict)
    buttons: list[Button] = field(default_factory=list)
    timer: TimerLook | None = None
    marks: list[Mark] = field(default_factory=list)


def two_columns(fonts: FontBook, m: Metrics) -> tuple[pygame.Rect, pygame.Rect]:
    """The text panel on the left (54%) and the column beside it, below the meter band."""
    key = (m.width, m.height, m.text_scale)
    found = _COLUMNS.get(key)
    if found is None:
        area = content_area(fonts, m, band_height(m) + m.margin)
        split = m.px(32)
        left_width = round((area.width - split) * 0.54)
        panel = pygame.Rect(area.left, area.top, left_width, area.height)
        column = pygame.Rect(panel.right + split, area.top, area.right - panel.right - split, area.height)
        found = _COLUMNS[key] = (panel, column)
        if len(_COLUMNS) > 64:
            del _COLUMNS[next(iter(_COLUMNS))]
    return found[0].copy(), found[1].copy()


# two_columns by window size and text scale (the same font always): every card and feedback screen asks,
# the overflow lint thousands of times.
_COLUMNS: dict[tuple[int, int, float], tuple[pygame.Rect, pygame.Rect]] = {}


def card_layout(
    fonts: FontBook,
    m: Metrics,
    scenario: Scenario,
    card: Card,
    lang: str,
    view: CardView | None = None,
    marks: bool = True,
) -> Layout:
    """Speaker, title and text on the panel; beside it the question and one button per option (or,
    before a group's reveal, the timer and the reveal button). `view` defaults to solo play.

    The speaker's pictogram (box "speaker_icon", a square) stands left of the speaker's name (box
    "speaker"), which gets the width that is left; the title below has the panel's full width.

    `marks` False leaves out where each meter mark of the preview goes (layout.marks stays empty; its
    rows are still made room for): the overflow lint measures only the texts."""
    view = view or CardView()
    layout = _card_panel(fonts, m, scenario, card, lang)
    column = layout.boxes["options"]
    if view.phase == "hidden":
        _hidden_column(layout, fonts, m, column, lang, view)
    else:
        _options_column(layout, fonts, m, scenario, card, column, lang, view, marks)
    return layout


def _card_panel(fonts: FontBook, m: Metrics, scenario: Scenario, card: Card, lang: str) -> Layout:
    """The card's panel (speaker, title, text) and box "options", the column beside it, left empty."""
    layout = Layout()
    boxes, texts = layout.boxes, layout.texts
    panel, column = two_columns(fonts, m)
    boxes.update(panel=panel, options=column)
    pad = panel_padding(m)
    inner = panel.inflate(-2 * pad, -2 * pad)
    speaker_sizes = m.steps(*SPEAKER_SIZES)
    medallion = round(MEDALLION_LINES * fonts.line_height(speaker_sizes[0], True))
    beside = medallion + m.px(14)
    speaker = fit_text(
        fonts,
        scenario.text(card.speaker, lang).upper(),
        inner.width - beside,
        None,
        speaker_sizes,
        bold=True,
        max_lines=2,
    )
    title = _panel_title(fonts, m, scenario.text(card.title, lang), inner, TITLE_SIZES)
    # The medallion is centred on the name; when it is taller, up to half the panel's padding above it
    # takes the difference, so that the card's text keeps its room.
    up = min(max(0, medallion - speaker.height) // 2, pad // 2)
    icon = pygame.Rect(inner.left, inner.top - up, medallion, medallion)
    name_top = max(inner.top, icon.centery - speaker.height // 2)
    icon.centery = name_top + speaker.height // 2
    boxes["speaker_icon"] = icon
    boxes["speaker"] = pygame.Rect(inner.left + beside, name_top, inner.width - beside, speaker.height)
    y = max(icon.bottom, name_top + speaker.height) + m.px(8)
    boxes["title"] = pygame.Rect(inner.left, y, inner.width, title.height)
    y += title.height + m.px(22)
    body_box = pygame.Rect(inner.left, y, inner.width, inner.bottom - y)
    body = fit_text(
        fonts, scenario.text(card.text, lang), body_box.width, body_box.height, m.steps(*BODY_SIZES)
    )
    boxes["body"] = body_box
    texts.update(speaker=speaker, title=title, body=body)
    return layout


def _panel_title(
    fonts: FontBook, m: Metrics, text: str, inner: pygame.Rect, sizes: tuple[int, int]
) -> TextBlock:
    """The title of a panel (the card's, the chosen option's): bold, at most three lines and 40% of it."""
    return fit_text(
        fonts, text, inner.width, round(inner.height * 0.4), m.steps(*sizes), bold=True, max_lines=3
    )


def _header(
    layout: Layout, fonts: FontBook, m: Metrics, column: pygame.Rect, text: str, lang: str, timer: bool
) -> int:
    """The column's heading (text "question"), with the timer chip at its right; returns its bottom."""
    chip = _timer_chip(fonts, m, column.width // 2, lang) if timer else None
    width = column.width - (chip[0] + m.px(16) if chip is not None else 0)
    question = fit_text(fonts, text, width, None, m.steps(*HEADER_SIZES), bold=True, max_lines=2)
    height = max(question.height, chip[1] if chip is not None else 0)
    layout.texts["question"] = question
    top = column.top + (height - question.height) // 2
    layout.boxes["question"] = pygame.Rect(column.left, top, width, question.height)
    if chip is not None:
        chip_w, chip_h, look = chip
        layout.boxes["timer"] = pygame.Rect(
            column.right - chip_w, column.top + (height - chip_h) // 2, chip_w, chip_h
        )
        layout.timer = look
    return column.top + height


def _timer_chip(fonts: FontBook, m: Metrics, max_width: int, lang: str) -> tuple[int, int, TimerLook]:
    """(width, height, look) of the timer beside the question: its state in small print, the time large."""
    pad = m.px(14)
    digit_sizes = m.steps(*TIMER_SIZES)
    label_sizes = m.steps(*TIMER_LABEL_SIZES)
    for index, digits in enumerate(digit_sizes):
        label = label_sizes[min(index, len(label_sizes) - 1)]
        label_w = max(fonts.width(t(key, lang), label) for key in TIMER_STATES)
        width = 2 * pad + label_w + m.px(12) + fonts.width(TIMER_SAMPLE, digits, bold=True)
        if width <= max_width or digits == digit_sizes[-1]:
            return width, fonts.line_height(digits, True) + m.px(8), TimerLook(digits, label, big=False)
    raise AssertionError("unreachable: the smallest size is always returned")


def _hidden_column(
    layout: Layout, fonts: FontBook, m: Metrics, column: pygame.Rect, lang: str, view: CardView
) -> None:
    """Before the reveal: 'discuss the situation first', the timer in large type and the reveal button."""
    y = _header(layout, fonts, m, column, t("card.discuss", lang), lang, timer=False) + m.px(20)
    button_h = m.px(86)
    gap = m.px(24)
    if view.timer:
        pad = m.px(24)
        label = m.steps(*TIMER_LABEL_SIZES)[0]
        room = column.bottom - y - gap - button_h - 2 * pad - fonts.line_height(label)
        fitting = [
            size
            for size in m.steps(*BIG_TIMER_SIZES)
            if fonts.width(TIMER_SAMPLE, size, bold=True) <= column.width - 2 * pad
            and fonts.line_height(size, True) <= room
        ]
        digits = fitting[0] if fitting else m.steps(*BIG_TIMER_SIZES)[-1]
        height = 2 * pad + fonts.line_height(label) + fonts.line_height(digits, True)
        layout.boxes["timer"] = pygame.Rect(column.left, y, column.width, height)
        layout.timer = TimerLook(digits, label, big=True)
        y += height + gap
    button = Button(
        "reveal",
        t("card.reveal", lang),
        pygame.Rect(column.left, y, column.width, min(button_h, column.bottom - y)),
        badge="R",
        primary=True,
    )
    button.fit(fonts, m.steps(*OPTION_SIZES), button_padding(m))
    layout.buttons.append(button)


def _options_column(
    layout: Layout,
    fonts: FontBook,
    m: Metrics,
    scenario: Scenario,
    card: Card,
    column: pygame.Rect,
    lang: str,
    view: CardView,
    place_marks: bool = True,
) -> None:
    """The heading (question, vote count or tie) and one button per option, each with the row of meters
    it moves under it (the preview) and, while voting, its number of votes beside it."""
    if view.phase == "voting":
        heading = t("card.voting", lang, total=view.votes)
    elif view.phase == "tie":
        heading = t("card.tie", lang, options=numbers_text(view.tied, lang))
    else:
        heading = t("card.question", lang)
    top = _header(layout, fonts, m, column, heading, lang, view.timer) + m.px(14)
    if view.phones is not None:  # the phones' join panel along the bottom; the options above it
        panel_h = min(m.px(PHONES_PANEL), (column.bottom - top) // 3)
        layout.boxes["phones"] = pygame.Rect(column.left, column.bottom - panel_h, column.width, panel_h)
        column = pygame.Rect(column.left, column.top, column.width, column.height - panel_h - m.px(14))
    count = len(card.options)
    gap = m.px(16)
    voting = view.phase in ("voting", "tie")
    tally_w = m.px(96) if voting else 0
    tally_gap = m.px(12) if voting else 0
    button_w = column.width - tally_w - tally_gap
    room = column.bottom - top
    each = (room - gap * (count - 1)) // max(1, count)  # an option and its preview row
    padding = button_padding(m)
    labels = [scenario.text(option.label, lang) for option in card.options]
    probe = [
        Button(f"option{i}", label, pygame.Rect(column.left, 0, button_w, each), badge=str(i + 1))
        for i, label in enumerate(labels)
    ]
    needed = max(
        (
            fit_text(fonts, b.label, b.label_box(padding).width, None, [m.option]).height + 2 * padding
            for b in probe
        ),
        default=0,
    )
    marks = [preview_items(scenario, option, lang, view.preview) for option in card.options]
    # The preview rows take what the options leave when each keeps the height its label needs at full
    # size: a row may wrap onto a second line at a larger size (five meters do not fit one line of a
    # 1280x720 column), and each row is as tall as its own lines.
    spare = room - gap * (count - 1) - count * max(m.px(86), needed)
    preview_size, preview_lines = _preview_size(fonts, m, marks, column.width, spare)
    line_h = fonts.line_height(preview_size)
    preview_hs = [lines * line_h + m.px(6) if lines else 0 for lines in preview_lines]
    height = min((room - gap * (count - 1) - sum(preview_hs)) // max(1, count), max(m.px(86), needed))
    y = top
    for i, button in enumerate(probe):
        button.rect = pygame.Rect(column.left, y, button_w, height)
        button.fit(fonts, m.steps(*OPTION_SIZES), padding)
        layout.buttons.append(button)
        if voting:
            layout.boxes[f"votes{i}"] = pygame.Rect(button.rect.right + tally_gap, y, tally_w, height)
        if preview_hs[i]:
            row = pygame.Rect(column.left, y + height, column.width, preview_hs[i])
            layout.boxes[f"preview{i}"] = row
            if place_marks:
                layout.marks.extend(_place_marks(fonts, m, i, marks[i], row, preview_size))
        y += height + preview_hs[i] + gap


def numbers_text(indexes: tuple[int, ...], lang: str) -> str:
    """'1 of 2', '1, 2 of 4': the keys of 0-based options, as a facilitator says them."""
    keys = [str(index + 1) for index in indexes]
    if len(keys) < 2:
        return "".join(keys)
    return f"{', '.join(keys[:-1])} {t('card.or', lang)} {keys[-1]}"


Item = tuple[int, str, Number]  # a meter an option moves: its index, the text shown, the change


def preview_items(scenario: Scenario, option: Option, lang: str, preview: Preview) -> list[Item]:
    """(meter index, text, change) for each meter the option moves: its name ("which") or the signed
    change and its name ("full"); nothing when the preview is off."""
    if preview == "none":
        return []
    items: list[Item] = []
    for index, meter in enumerate(scenario.meters):
        delta = option.effects.get(meter.id, 0)
        if delta:
            name = scenario.text(meter.name, lang)
            items.append((index, f"{format_delta(delta)} {name}" if preview == "full" else name, delta))
    return items


def _item_width(fonts: FontBook, m: Metrics, text: str, size: int) -> int:
    return 2 * _mark_radius(size) + m.px(8) + fonts.width(text, size)


def _mark_radius(size: int) -> int:
    return max(3, round(size * 0.5))


def _flow(fonts: FontBook, m: Metrics, items: list[Item], width: int, size: int) -> list[list[int]]:
    """The items (by position) on each line of a row `width` wide."""
    lines: list[list[int]] = []
    x = width + 1
    for position, (_, text, _) in enumerate(items):
        item = _item_width(fonts, m, text, size)
        if lines and x + m.px(20) + item <= width:
            lines[-1].append(position)
            x += m.px(20) + item
        else:
            lines.append([position])
            x = m.px(6) + item
    return lines


def _preview_size(
    fonts: FontBook, m: Metrics, marks: list[list[Item]], width: int, spare: int
) -> tuple[int, tuple[int, ...]]:
    """(font size, lines of each option's row) of the preview: the largest size at which every row is
    one line, or at which the rows' lines fit in `spare` (the height the options can give up); else the
    smallest size. A row without marks has no lines; none has when no option moves a meter."""
    sizes = m.steps(*PREVIEW_SIZES)
    if not any(marks):
        return sizes[-1], tuple(0 for _ in marks)
    key = (tuple(tuple(items) for items in marks), width, spare, m.width, m.height, m.text_scale)
    found = _PREVIEW_SIZES.get(key)
    if found is None:
        found = _PREVIEW_SIZES[key] = _fitting_preview(fonts, m, marks, width, sizes, spare)
        if len(_PREVIEW_SIZES) > 4096:
            del _PREVIEW_SIZES[next(iter(_PREVIEW_SIZES))]
    return found


def _fitting_preview(
    fonts: FontBook, m: Metrics, marks: list[list[Item]], width: int, sizes: list[int], spare: int
) -> tuple[int, tuple[int, ...]]:
    lines: tuple[int, ...] = ()
    for size in sizes:
        lines = tuple(len(_flow(fonts, m, items, width, size)) for items in marks)
        rows = sum(count * fonts.line_height(size) + m.px(6) for count in lines if count)
        if max(lines) <= 1 or rows <= spare:
            return size, lines
    return sizes[-1], lines


# _preview_size by the options' marks and the room (the font never changes): cards that move the same
# meters share it, and the overflow lint lays out every card.
_PREVIEW_SIZES: dict[tuple[object, ...], tuple[int, tuple[int, ...]]] = {}


def _place_marks(
    fonts: FontBook, m: Metrics, option: int, items: list[Item], row: pygame.Rect, size: int
) -> list[Mark]:
    placed: list[Mark] = []
    line_h = fonts.line_height(size)
    radius = _mark_radius(size)
    for line, positions in enumerate(_flow(fonts, m, items, row.width, size)):
        centre_y = row.top + m.px(3) + line * line_h + line_h // 2
        x = row.left + m.px(6)
        for position in positions:
            meter, text, delta = items[position]
            text_x = x + 2 * radius + m.px(8)
            icon = (x + radius, centre_y)
            placed.append(Mark(option, meter, text, delta, icon, radius, (text_x, centre_y), size))
            x = text_x + fonts.width(text, size) + m.px(20)
    return placed


def notes_layout(
    fonts: FontBook, m: Metrics, scenario: Scenario, card: Card, lang: str, timer: bool = False
) -> Layout:
    """The card's panel as in card_layout; in the column its discussion question instead of the options
    (and, with `timer`, the timer chip beside the question's heading)."""
    layout = _card_panel(fonts, m, scenario, card, lang)
    column = layout.boxes["options"]
    pad = panel_padding(m)
    inner = column.inflate(-2 * pad, -2 * pad)
    chip = _timer_chip(fonts, m, inner.width // 2, lang) if timer else None
    heading_w = inner.width - (chip[0] + m.px(16) if chip is not None else 0)
    heading = fit_text(
        fonts, t("card.notes", lang), heading_w, None, m.steps(*SPEAKER_SIZES), bold=True, max_lines=2
    )
    heading_h = heading.height
    if chip is not None:
        chip_w, chip_h, look = chip
        heading_h = max(heading_h, chip_h)
        layout.boxes["timer"] = pygame.Rect(inner.right - chip_w, inner.top, chip_w, chip_h)
        layout.timer = look
    top = inner.top + heading_h + m.px(16)
    notes = fit_text(
        fonts, scenario.text(card.notes, lang), inner.width, inner.bottom - top, m.steps(*NOTES_SIZES)
    )
    layout.boxes.update(
        notes_panel=column,
        notes_heading=pygame.Rect(inner.left, inner.top, heading_w, heading.height),
        notes=pygame.Rect(inner.left, top, inner.width, inner.bottom - top),
    )
    layout.texts.update(notes_heading=heading, notes=notes)
    return layout


def feedback_layout(
    fonts: FontBook,
    m: Metrics,
    scenario: Scenario,
    card: Card,
    option: Option,
    lang: str,
    votes: tuple[int, ...] | None = None,
    group: bool = False,
    chosen: int = 0,
    effects: bool = True,
) -> Layout:
    """The chosen option and its feedback on the panel; the effects heading and continue button beside it.

    The meter rows (boxes "row_<meter id>") fill the room between the heading and the button. With
    `votes`, the room's split ("7 - 4 - 1") and the option chosen (`chosen`, 0-based) are under the
    option (text "votes"). `effects` False lays out the text panel alone: what the overflow lint
    measures for every option.
    """
    layout = Layout()
    boxes, texts = layout.boxes, layout.texts
    panel, column = two_columns(fonts, m)
    boxes.update(panel=panel, effects=column)
    pad = panel_padding(m)
    inner = panel.inflate(-2 * pad, -2 * pad)
    kicker_key = "feedback.kicker_group" if group else "feedback.kicker"
    kicker_text = f"{t(kicker_key, lang)} \u00b7 {scenario.text(card.title, lang)}"
    kicker = fit_text(
        fonts, kicker_text.upper(), inner.width, None, m.steps(*KICKER_SIZES), bold=True, max_lines=1
    )
    label = _panel_title(fonts, m, scenario.text(option.label, lang), inner, CHOSEN_SIZES)
    y = inner.top
    boxes["kicker"] = pygame.Rect(inner.left, y, inner.width, kicker.height)
    y += kicker.height + m.px(8)
    boxes["label"] = pygame.Rect(inner.left, y, inner.width, label.height)
    if votes is not None:
        shown = fit_text(
            fonts,
            votes_text(votes, chosen, lang),
            inner.width,
            None,
            m.steps(*VOTES_SIZES),
            bold=True,
            max_lines=2,
        )
        y += label.height + m.px(12)
        boxes["votes"] = pygame.Rect(inner.left, y, inner.width, shown.height)
        texts["votes"] = shown
        y += shown.height + m.px(30)
    else:
        y += label.height + m.px(30)
    boxes["rule"] = pygame.Rect(inner.left, y - m.px(16), m.px(96), m.px(4))
    body_box = pygame.Rect(inner.left, y, inner.width, inner.bottom - y)
    feedback = scenario.text(option.feedback, lang)
    body = fit_text(fonts, feedback, body_box.width, body_box.height, m.steps(*BODY_SIZES))
    boxes["body"] = body_box
    texts.update(kicker=kicker, label=label, body=body)
    if effects:
        _effects_column(layout, fonts, m, scenario, lang)
    return layout


def votes_text(votes: tuple[int, ...], chosen: int, lang: str) -> str:
    """'Stemmen 7 - 4 - 1 · gekozen: 1', or, when the facilitator decided a tie, says so."""
    tally = Tally(votes)
    key = "feedback.votes_tie" if tally.tied else "feedback.votes"
    return t(key, lang, split=tally.split(), option=chosen + 1)


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
