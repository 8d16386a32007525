"""The presenter view: a second window for the facilitator's own screen.

The projector (the main window) shows only what the room should see; this window shows what the
facilitator needs to lead the conversation: the card's question for the group (its notes), the
title and options, the discussion timer, the vote counts and a tie, whether the options are revealed,
the scenario and turn, and the keys. It never takes input of its own: the App routes keys pressed
here to the game and ignores clicks here (they would land on the projector's buttons).

Three parts: `presenter_view` reads the game into a plain `PresenterView` (compared between frames to
know when to redraw), `draw_presenter` paints it, and `place` decides where the windows go.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, replace
from typing import Literal

import pygame

from game.core.voting import Tally
from game.i18n import t
from game.phones.hub import PhoneSnapshot
from game.ui import style
from game.ui.card_layout import Phase, numbers_text
from game.ui.draw import Painter, draw_fitted, fit_text
from game.ui.fonts import FontBook
from game.ui.room import Room
from game.ui.scenes.card import turn_label
from game.ui.scenes.keys import card_rows, describe
from game.ui.session import Session
from game.ui.style import Colour

TimerState = Literal["ready", "running", "paused", "up"]
Boxes = dict[str, pygame.Rect]

PRESENTER_SHARE = 0.4  # one display: the presenter gets at least this share of the desktop's width
OTHER_DISPLAY_SHARE = 0.85  # two displays: the presenter fills this much of its own display
SCREENS = ("title", "intro", "card", "feedback", "year", "outcome", "end", "debrief", "tables_room")
# Events in the presenter window: keys, text and focus go on to the game as if typed in the main window;
# clicks are dropped (they are not at the projector's positions).
PASSED_ON = (pygame.KEYDOWN, pygame.KEYUP, pygame.TEXTINPUT, pygame.TEXTEDITING, pygame.WINDOWFOCUSLOST)
# ... and these make it draw again (the rest of its window events change nothing).
REDRAW_ON = (
    pygame.WINDOWSIZECHANGED,
    pygame.WINDOWRESIZED,
    pygame.WINDOWEXPOSED,
    pygame.WINDOWSHOWN,
    pygame.WINDOWRESTORED,
    pygame.WINDOWMAXIMIZED,
    pygame.WINDOWDISPLAYCHANGED,
)


# -- what the presenter shows ----------------------------------------------------------


@dataclass(frozen=True)
class OptionLine:
    """One option of the card: its label, its votes (None while voting is not open), in the lead or not."""

    label: str
    votes: int | None = None
    leading: bool = False


@dataclass(frozen=True)
class PresenterView:
    """Everything the presenter window shows; equal views draw the same picture."""

    lang: str
    scenario: str = ""
    place: str = ""  # '2026 · Beurt 3 van 24'
    group: str = ""
    screen: str = "title"  # the name of the screen on the projector
    paused: bool = False  # the pause menu (or the undo question) is open on the projector
    card_title: str = ""
    notes: str | None = None
    options: tuple[OptionLine, ...] = ()
    revealed: bool = True
    voting: bool = False
    total: int = 0
    tie: tuple[int, ...] = ()  # the tied options (0-based) while voting
    timer: str = ""
    timer_state: TimerState = "ready"
    decision: str = ""  # on the feedback screen: the option chosen
    split: str = ""  # ... and how the room voted ('7 - 4 - 1')
    phones: str = ""  # phones connected and votes cast, while phones vote ('12 telefoons · 7 gestemd')
    debrief_phase: str = ""  # the guided debrief: the phase's name, and below the answers waiting
    queue: tuple[str, ...] = ()  # ... for approval (never on the projector unless Q shows them there)
    queue_selected: int = 0  # the one A and X act on
    queue_shown: bool = False  # Q: the projector shows the queue too
    tables: tuple[str, ...] = ()  # tables side by side: each table's progress ('Tafel 2: Besloten · 2027')


def phones_line(snapshot: PhoneSnapshot | None, lang: str) -> str:
    """'12 telefoons · 7 gestemd' while phones vote, else ''."""
    if snapshot is None:
        return ""
    return t("phones.count", lang, connected=snapshot.connected, cast=snapshot.cast)


def timer_state(room: Room, now: int) -> TimerState:
    timer = room.timer
    if timer.running and not timer.expired(now):
        return "running"
    if timer.expired(now):
        return "up"
    return "paused" if timer.touched else "ready"


def presenter_view(session: Session | None, screen: str, paused: bool, lang: str, now: int) -> PresenterView:
    """Read what the projector shows (and the room's state) into a PresenterView."""
    if session is None:
        return PresenterView(lang, screen=screen, paused=paused)
    game = session.game
    base = PresenterView(
        lang,
        scenario=session.text(session.scenario.title),
        group=session.group_name,
        screen=screen,
        paused=paused,
    )
    card = game.current_card
    if screen == "card" and card is not None:
        room = session.room if session.room is not None and session.room.card_id == card.id else None
        tally = room.tally if room is not None else None  # the hands; the phones' split stays hidden
        voting = room is not None and room.voting and tally is not None
        snapshot = room.phones if room is not None and voting else None
        counts = tally.counts if voting and tally is not None else ()
        leaders = tally.leaders if voting and tally is not None else ()
        options = tuple(
            OptionLine(
                session.text(option.label),
                counts[index] if index < len(counts) else None,
                index in leaders,
            )
            for index, option in enumerate(card.options)
        )
        year, label = turn_label(session, game.state.year, game.state.turn, lang)
        return replace(
            base,
            place=f"{year} \u00b7 {label}",
            card_title=session.text(card.title),
            notes=session.text(card.notes) if card.notes is not None else None,
            options=options,
            revealed=room.revealed if room is not None else True,
            voting=voting,
            total=room.combined.total if voting and room is not None else 0,
            phones=phones_line(snapshot, lang),
            tie=leaders if room is not None and room.tie else (),
            timer=room.timer.label(now) if room is not None else "",
            timer_state=timer_state(room, now) if room is not None else "ready",
        )
    choices = game.state.choices
    if screen == "feedback" and choices:
        record = choices[-1]
        chosen = session.scenario.card(record.card)
        year, label = turn_label(session, record.year, record.turn, lang)
        return replace(
            base,
            place=f"{year} \u00b7 {label}",
            card_title=session.text(chosen.title),
            decision=f"{record.option + 1}. {session.text(chosen.options[record.option].label)}",
            split=Tally(record.votes).split() if record.votes else "",
        )
    return base


# -- drawing -----------------------------------------------------------------------------


PRESENTER_KEYS = ("undo", "menu", "help", "language", "mute", "fullscreen")  # after the screen's own
TABLES_ROWS = ("tables_end", "tables_join", "tables_summary", "tables_compare")
COMPARE_ROWS = ("compare_pages", "compare_pick", "compare_tables", "open_report", "compare_back")
DEBRIEF_ROWS = (
    "debrief_select",
    "debrief_approve",
    "debrief_queue",
    "debrief_next",
    "debrief_skip",
)


def key_rows(view: PresenterView) -> list[tuple[str, str]]:
    """The keys of the screen on the projector from the help's table, most used first (rows that do
    not fit are left off): on the card those that work in its present state, as its hint line."""
    rows = card_rows(_phase(view), view.notes is not None) if view.screen == "card" else ["continue"]
    if view.screen == "debrief":
        rows = [*DEBRIEF_ROWS]
    if view.screen == "tables_room":
        return describe([*TABLES_ROWS, "menu", "help", "fullscreen"], view.lang)
    if view.screen == "tables_compare":  # no card to continue from, no decision to take back
        return describe([*COMPARE_ROWS, "help", "language", "fullscreen"], view.lang)
    options = numbers_text(view.tie, view.lang)
    return describe([*rows, *PRESENTER_KEYS], view.lang, n=max(1, len(view.options)), options=options)


def _phase(view: PresenterView) -> Phase:
    """What the card on the projector shows, as CardScene.phase says it."""
    if not view.revealed:
        return "hidden"
    if view.tie:
        return "tie"
    return "voting" if view.voting else "options"


def draw_presenter(painter: Painter, view: PresenterView) -> dict[str, pygame.Rect]:
    """Paint the whole presenter window; returns its boxes by name (for tests and the layout lint)."""
    m = painter.metrics
    fonts = painter.fonts
    lang = view.lang
    boxes: dict[str, pygame.Rect] = {}
    painter.surface.fill(style.BACKGROUND)
    inner = pygame.Rect(m.margin, m.px(18), m.width - 2 * m.margin, m.height - m.px(18) - m.margin)

    # The top lines: whose window this is, the scenario, the turn and group; what the projector shows.
    top_height = fonts.line_height(m.px(26), bold=True)
    heading = pygame.Rect(inner.left, inner.top, round(inner.width * 0.6), top_height)
    place = pygame.Rect(heading.right + m.gap, inner.top, inner.right - heading.right - m.gap, top_height)
    title = t("presenter.heading", lang) + (f" \u00b7 {view.scenario}" if view.scenario else "")
    draw_fitted(painter, title, heading, m.steps(26, 14), style.TEXT, bold=True, max_lines=1)
    where = " \u00b7 ".join(part for part in (view.place, view.group) if part)
    draw_fitted(painter, where, place, m.steps(24, 14), style.TEXT_MUTED, max_lines=1, align="right")
    status_height = fonts.line_height(m.px(21))
    status = pygame.Rect(inner.left, heading.bottom + m.px(4), inner.width, status_height)
    screen = t(
        f"presenter.screen.{view.screen}" if view.screen in SCREENS else "presenter.screen.other", lang
    )
    line = t("presenter.on_screen", lang, screen=screen)
    if view.paused:
        line += f" \u00b7 {t('presenter.paused', lang)}"
    draw_fitted(painter, line, status, m.steps(21, 13), style.ACCENT, max_lines=1)
    boxes.update(heading=heading, place=place, status=status)

    body = pygame.Rect(inner.left, status.bottom + m.gap, inner.width, inner.bottom - status.bottom - m.gap)
    left = pygame.Rect(body.left, body.top, round((body.width - m.gap) * 0.6), body.height)
    right = pygame.Rect(left.right + m.gap, body.top, body.right - left.right - m.gap, body.height)
    boxes.update(left=left, right=right)
    if view.screen == "card":
        _draw_card(painter, view, left, boxes)
        keys_top = _draw_room(painter, view, right, boxes)
    elif view.screen == "debrief":
        _draw_queue(painter, view, left, boxes)
        keys_top = right.top
    elif view.screen == "tables_room":
        _draw_tables(painter, view, left, boxes)
        keys_top = _draw_round_timer(painter, view, right, boxes)
    else:
        _draw_other(painter, view, left, boxes)
        keys_top = right.top
    _draw_keys(painter, view, pygame.Rect(right.left, keys_top, right.width, right.bottom - keys_top), boxes)
    return boxes


def _draw_card(painter: Painter, view: PresenterView, area: pygame.Rect, boxes: Boxes) -> None:
    """Left: the card's title and its question for the group on a light panel, the options below."""
    m = painter.metrics
    fonts = painter.fonts
    row = fonts.line_height(m.px(22)) * 2 + m.px(8)
    options_height = fonts.line_height(m.px(20), bold=True) + m.px(6) + row * len(view.options)
    options_height = min(options_height, round(area.height * 0.45))
    panel = pygame.Rect(area.left, area.top, area.width, area.height - options_height - m.gap)
    painter.panel(panel, style.PANEL)
    pad = m.px(20)
    inner = panel.inflate(-2 * pad, -2 * pad)
    title_box = pygame.Rect(inner.left, inner.top, inner.width, fonts.line_height(m.px(28), bold=True) * 2)
    title_block = fit_text(
        fonts, view.card_title, inner.width, title_box.height, m.steps(28, 16), bold=True, max_lines=2
    )
    title_box.height = title_block.height
    painter.block(title_block, title_box, style.INK)
    label = pygame.Rect(inner.left, title_box.bottom + m.px(12), inner.width, fonts.line_height(m.px(20)))
    draw_fitted(
        painter, t("card.notes", view.lang), label, m.steps(20, 13), style.ACCENT_DARK, bold=True, max_lines=1
    )
    notes = pygame.Rect(
        inner.left, label.bottom + m.px(6), inner.width, max(1, inner.bottom - label.bottom - m.px(6))
    )
    if view.notes:
        draw_fitted(painter, view.notes, notes, m.steps(34, 14), style.INK)
    else:
        draw_fitted(painter, t("presenter.no_notes", view.lang), notes, m.steps(24, 14), style.INK_MUTED)
    boxes.update(card_panel=panel, card_title=title_box, notes=notes)

    options = pygame.Rect(area.left, panel.bottom + m.gap, area.width, area.bottom - panel.bottom - m.gap)
    boxes["options"] = options
    head = pygame.Rect(options.left, options.top, options.width, fonts.line_height(m.px(20), bold=True))
    heading = (
        t("presenter.options", view.lang)
        + " \u00b7 "
        + t("presenter.revealed" if view.revealed else "presenter.hidden", view.lang)
    )
    draw_fitted(painter, heading, head, m.steps(20, 13), style.TEXT_MUTED, bold=True, max_lines=1)
    y = head.bottom + m.px(6)
    rows = max(1, len(view.options))
    row = max(fonts.line_height(m.px(14)), min(row, (options.bottom - y) // rows))
    number_width = m.px(34)
    count_width = m.px(64)
    for index, option in enumerate(view.options):
        box = pygame.Rect(options.left, y, options.width, row - m.px(4))
        if box.bottom > options.bottom:
            break
        colour = style.ACCENT if option.leading else style.TEXT
        painter.panel(box, style.BAND if not option.leading else style.BACKGROUND_LIGHT, radius=m.px(8))
        number = pygame.Rect(box.left + m.px(8), box.top, number_width, box.height)
        draw_fitted(
            painter, str(index + 1), number, m.steps(24, 14), style.ACCENT, bold=True, valign="middle"
        )
        text = pygame.Rect(
            number.right,
            box.top + m.px(2),
            box.width - number_width - count_width - m.px(24),
            box.height - m.px(4),
        )
        draw_fitted(painter, option.label, text, m.steps(22, 12), style.TEXT, max_lines=2, valign="middle")
        if option.votes is not None:
            count = pygame.Rect(box.right - count_width - m.px(8), box.top, count_width, box.height)
            draw_fitted(
                painter,
                str(option.votes),
                count,
                m.steps(30, 14),
                colour,
                bold=True,
                align="right",
                valign="middle",
            )
            boxes[f"votes{index}"] = count
        boxes[f"option{index}"] = box
        y += row


def _draw_room(painter: Painter, view: PresenterView, area: pygame.Rect, boxes: Boxes) -> int:
    """Right: the timer in large figures, then the vote; returns the y where the key help may start."""
    m = painter.metrics
    fonts = painter.fonts
    lang = view.lang
    pad = m.px(14)
    big = fonts.line_height(m.px(64), bold=True)
    small = fonts.line_height(m.px(20))
    timer_panel = pygame.Rect(area.left, area.top, area.width, big + 2 * small + 2 * pad)
    inner = _labelled_panel(painter, timer_panel, t("presenter.timer", lang), style.BUTTON_LINE, pad, small)
    colours: dict[TimerState, Colour] = {
        "ready": style.TEXT,
        "running": style.ACCENT,
        "paused": style.TEXT_MUTED,
        "up": style.LOSS,
    }
    clock = pygame.Rect(inner.left, inner.top, inner.width, big)
    draw_fitted(
        painter,
        view.timer or "\u2013",
        clock,
        m.steps(64, 24),
        colours[view.timer_state],
        bold=True,
        max_lines=1,
    )
    draw_fitted(
        painter,
        t(f"presenter.timer.{view.timer_state}", lang),
        pygame.Rect(inner.left, clock.bottom, inner.width, small),
        m.steps(20, 12),
        style.TEXT,
        max_lines=1,
    )
    boxes.update(timer_panel=timer_panel, timer=clock)

    if view.tie:  # Enter no longer decides: say only how many voted, then who breaks the tie
        lines = [
            t("presenter.votes.counted", lang, total=view.total),
            t("presenter.votes.tie", lang, options=_numbers(view.tie, lang)),
        ]
    elif view.voting:
        lines = [t("presenter.votes.open", lang, total=view.total)]
        if view.phones:
            lines.append(view.phones)
    else:
        lines = [t("presenter.votes.closed", lang)]
    line_height = fonts.line_height(m.px(21), bold=True)
    vote_panel = pygame.Rect(
        area.left, timer_panel.bottom + m.gap, area.width, small + len(lines) * 2 * line_height + 2 * pad
    )
    border = style.ACCENT if view.tie else style.BUTTON_LINE
    inner = _labelled_panel(painter, vote_panel, t("presenter.votes", lang), border, pad, small)
    y = inner.top
    for index, line in enumerate(lines):
        box = pygame.Rect(inner.left, y, inner.width, 2 * line_height)
        colour = style.ACCENT if index == 1 else style.TEXT
        y = draw_fitted(painter, line, box, m.steps(21, 12), colour, bold=index == 1, max_lines=2)
        boxes["tie" if index == 1 else "vote_state"] = box
    boxes["vote_panel"] = vote_panel
    return vote_panel.bottom + m.gap


def _labelled_panel(
    painter: Painter, panel: pygame.Rect, label: str, border: Colour, pad: int, label_height: int
) -> pygame.Rect:
    """A panel of the room's column with its label in small print on top; returns the room below it."""
    m = painter.metrics
    painter.panel(panel, style.BAND, border=border, width=m.px(2))
    inner = panel.inflate(-2 * pad, -2 * pad)
    label_box = pygame.Rect(inner.left, inner.top, inner.width, label_height)
    draw_fitted(painter, label, label_box, m.steps(20, 12), style.TEXT_MUTED, bold=True, max_lines=1)
    return pygame.Rect(inner.left, label_box.bottom, inner.width, inner.height - label_height)


def _draw_tables(painter: Painter, view: PresenterView, area: pygame.Rect, boxes: Boxes) -> None:
    """Left, with tables side by side: a line per table (its state and where it is in the term)."""
    m = painter.metrics
    pad = m.px(20)
    painter.panel(area, style.BAND, border=style.BUTTON_LINE, width=m.px(2))
    inner = area.inflate(-2 * pad, -2 * pad)
    row = inner.height // max(1, len(view.tables))
    for index, line in enumerate(view.tables):
        box = pygame.Rect(inner.left, inner.top + index * row, inner.width, row)
        draw_fitted(painter, line, box, m.steps(26, 14), style.TEXT, max_lines=2, valign="middle")
    boxes["tables"] = area


def _draw_round_timer(painter: Painter, view: PresenterView, area: pygame.Rect, boxes: Boxes) -> int:
    """Right, with tables: the round's time in large figures; returns the y where the keys may start."""
    m = painter.metrics
    pad = m.px(14)
    big = painter.fonts.line_height(m.px(64), bold=True)
    small = painter.fonts.line_height(m.px(20))
    panel = pygame.Rect(area.left, area.top, area.width, big + small + 2 * pad)
    inner = _labelled_panel(painter, panel, view.place, style.BUTTON_LINE, pad, small)
    clock = pygame.Rect(inner.left, inner.top, inner.width, big)
    draw_fitted(painter, view.timer or "\u2013", clock, m.steps(64, 24), style.ACCENT, bold=True, max_lines=1)
    boxes.update(timer_panel=panel, timer=clock)
    return panel.bottom + m.gap


def _draw_other(painter: Painter, view: PresenterView, area: pygame.Rect, boxes: Boxes) -> None:
    """Left, on screens without a card: the decision just made and its vote, else a short note."""
    m = painter.metrics
    pad = m.px(20)
    panel = pygame.Rect(area.left, area.top, area.width, area.height)
    painter.panel(panel, style.BAND, border=style.BUTTON_LINE, width=m.px(2))
    inner = panel.inflate(-2 * pad, -2 * pad)
    y = inner.top
    parts: list[tuple[str, list[int], Colour, bool]] = []
    if view.card_title:
        parts.append((view.card_title, m.steps(28, 16), style.TEXT_MUTED, True))
    if view.decision:
        parts.append(
            (t("presenter.decision", view.lang, option=view.decision), m.steps(30, 16), style.TEXT, True)
        )
    if view.split:
        parts.append((t("presenter.split", view.lang, split=view.split), m.steps(30, 16), style.ACCENT, True))
    if not parts:
        parts.append((t("presenter.no_card", view.lang), m.steps(26, 14), style.TEXT_MUTED, False))
    for text, sizes, colour, bold in parts:
        box = pygame.Rect(inner.left, y, inner.width, max(1, inner.bottom - y))
        block = fit_text(painter.fonts, text, box.width, None, sizes, bold=bold, max_lines=3)
        box.height = min(box.height, block.height)
        y = painter.block(block, box, colour) + m.px(14)
    boxes["other"] = panel


def _draw_queue(painter: Painter, view: PresenterView, area: pygame.Rect, boxes: Boxes) -> None:
    """Left, in the guided debrief: the phase, and the phones' answers waiting for approval with the
    selected one marked (A approves it, X rejects it)."""
    m = painter.metrics
    fonts = painter.fonts
    painter.panel(area, style.PANEL)
    inner = area.inflate(-2 * m.px(20), -2 * m.px(20))
    phase_box = pygame.Rect(inner.left, inner.top, inner.width, fonts.line_height(m.px(28), bold=True))
    y = draw_fitted(
        painter, view.debrief_phase, phase_box, m.steps(28, 16), style.INK, bold=True, max_lines=1
    )
    heading = t("presenter.queue", view.lang, count=len(view.queue))
    if view.queue_shown:
        heading += f" \u00b7 {t('presenter.queue_shown', view.lang)}"
    heading_box = pygame.Rect(inner.left, y + m.px(8), inner.width, fonts.line_height(m.px(22), bold=True))
    colour = style.ERROR_INK if view.queue_shown else style.ACCENT_DARK
    y = draw_fitted(painter, heading, heading_box, m.steps(22, 13), colour, bold=True, max_lines=1) + m.px(8)
    boxes["queue"] = pygame.Rect(inner.left, y, inner.width, max(0, inner.bottom - y))
    for number, text in enumerate(view.queue):
        block = fit_text(
            fonts, f"{number + 1}. {text}", inner.width - m.px(16), None, m.steps(22, 13), max_lines=2
        )
        if y + block.height + m.px(8) > inner.bottom:
            break
        row = pygame.Rect(inner.left, y, inner.width, block.height + m.px(8))
        if number == view.queue_selected:
            pygame.draw.rect(painter.surface, style.ACCENT, row, border_radius=m.px(6))
        painter.block(block, row.inflate(-m.px(16), -m.px(8)), style.INK)
        y = row.bottom + m.px(4)


def _draw_keys(painter: Painter, view: PresenterView, area: pygame.Rect, boxes: Boxes) -> None:
    """The keys of the current screen, as many rows as fit."""
    m = painter.metrics
    fonts = painter.fonts
    if area.height <= 0:
        return
    heading_height = fonts.line_height(m.px(20), bold=True)
    heading = pygame.Rect(area.left, area.top, area.width, heading_height)
    draw_fitted(
        painter,
        t("presenter.keys", view.lang),
        heading,
        m.steps(20, 12),
        style.TEXT_MUTED,
        bold=True,
        max_lines=1,
    )
    size = max(1, m.px(20))
    line = fonts.line_height(size, bold=True)
    key_width = round(area.width * 0.3)
    y = heading.bottom + m.px(4)
    for key, action in key_rows(view):
        if y + line > area.bottom:
            break
        key_box = pygame.Rect(area.left, y, key_width - m.px(8), line)
        action_box = pygame.Rect(area.left + key_width, y, area.width - key_width, line)
        draw_fitted(painter, key, key_box, m.steps(20, 11), style.ACCENT, bold=True, max_lines=1)
        draw_fitted(painter, action, action_box, m.steps(20, 11), style.TEXT, max_lines=1)
        y += line
    boxes["keys"] = pygame.Rect(area.left, area.top, area.width, y - area.top)


def _numbers(options: tuple[int, ...], lang: str) -> str:
    """'1, 2 en 3' (1-based, as on screen)."""
    names = [str(index + 1) for index in options]
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {t('presenter.and', lang)} {names[-1]}"


# -- where the windows go ---------------------------------------------------------------


def on_display(index: int) -> tuple[int, int]:
    """SDL's 'centred on display `index`' position (SDL_WINDOWPOS_CENTERED_DISPLAY)."""
    return (pygame.WINDOWPOS_CENTERED | index, pygame.WINDOWPOS_CENTERED | index)


def display_of(desktops: list[tuple[int, int]], position: tuple[int, int], size: tuple[int, int]) -> int:
    """0 when the window's centre is on the primary display (at the origin), else 1: some other display.

    pygame-ce tells the position of a window relative to the primary display and the size of every
    display, but not where the other displays are, so 'not the primary' is as precise as it gets.
    """
    if not desktops:
        return 0
    centre = (position[0] + size[0] // 2, position[1] + size[1] // 2)
    return 0 if pygame.Rect((0, 0), desktops[0]).collidepoint(centre) else 1


@dataclass(frozen=True)
class Placement:
    """Where the presenter window goes and, when it has to make room, where the main window goes first."""

    size: tuple[int, int]
    position: tuple[int, int]
    main_size: tuple[int, int] | None = None
    main_position: tuple[int, int] | None = None


def place_here(main_size: tuple[int, int], move_main: bool, fullscreen: bool) -> Placement:
    """`place` for the displays and the main window as SDL reports them now."""
    try:
        desktops = pygame.display.get_desktop_sizes()
        position = pygame.display.get_window_position()
    except pygame.error:
        desktops, position = [], (0, 0)
    return place(desktops, position, main_size, move_main=move_main, fullscreen=fullscreen)


def place(
    desktops: list[tuple[int, int]],
    main_position: tuple[int, int],
    main_size: tuple[int, int],
    move_main: bool = False,
    fullscreen: bool = False,
) -> Placement:
    """Two displays: the presenter on the display the main window is not on. At start-up (`move_main`)
    a main window still on the primary display (the laptop's own screen, as a rule) moves to the other
    display (the projector) and the presenter takes the primary one.

    One display: side by side, the main window on the left (made smaller, keeping its shape, when
    the presenter would get less than 40% of the width), the presenter on the right.
    """
    if not desktops:
        desktops = [(max(main_size[0] * 2, 1), max(main_size[1], 1))]
    if len(desktops) >= 2:
        main = display_of(desktops, main_position, main_size)
        if main == 0 and move_main and not fullscreen:
            return Placement(
                _share(desktops[0]), _centred(desktops[0], _share(desktops[0])), main_position=on_display(1)
            )
        target = 1 if main == 0 else 0
        size = _share(desktops[target])
        position = _centred(desktops[0], size) if target == 0 else on_display(target)
        return Placement(size, position)
    width, height = desktops[0]
    least = round(width * PRESENTER_SHARE)
    main_width, main_height = main_size
    if fullscreen:
        size = (least, round(height * 0.6))
        return Placement(size, (width - least, (height - size[1]) // 2))
    resized: tuple[int, int] | None = None
    scale = min(1.0, (width - least) / max(1, main_width), height * 0.9 / max(1, main_height))
    if scale < 1.0:
        resized = (max(1, round(main_width * scale)), max(1, round(main_height * scale)))
        main_width, main_height = resized
    presenter_width = width - main_width
    presenter_height = min(round(height * 0.9), max(main_height, round(presenter_width * 0.75)))
    return Placement(
        (presenter_width, presenter_height),
        (main_width, (height - presenter_height) // 2),
        main_size=resized,
        main_position=(0, (height - main_height) // 2),
    )


def _share(desktop: tuple[int, int]) -> tuple[int, int]:
    return (round(desktop[0] * OTHER_DISPLAY_SHARE), round(desktop[1] * OTHER_DISPLAY_SHARE))


def _centred(desktop: tuple[int, int], size: tuple[int, int]) -> tuple[int, int]:
    return ((desktop[0] - size[0]) // 2, (desktop[1] - size[1]) // 2)


# -- the window ------------------------------------------------------------------------


@dataclass
class PresenterWindow:
    """The second window: draws a PresenterView onto its own surface; remembers what it drew."""

    window: pygame.Window
    id: int = 0
    drawn: PresenterView | None = None
    records: list[tuple[pygame.Rect, pygame.Rect]] = field(default_factory=list)
    boxes: dict[str, pygame.Rect] = field(default_factory=dict)
    frames: int = 0

    @classmethod
    def open(cls, title: str, placement: Placement) -> PresenterWindow:
        """Open the window where `placement` says; raises pygame.error when it cannot be opened."""
        window = pygame.Window(title, placement.size, placement.position, resizable=True)
        window.minimum_size = (320, 200)
        return cls(window, window.id)

    def owns(self, event: pygame.event.Event) -> bool:
        """True for an event that happened in this window (not in the main window)."""
        window = getattr(event, "window", None)
        if window is None:
            return False
        if window is self.window:
            return True
        try:
            return bool(window.id == self.id)
        except pygame.error:  # a window destroyed since the event was queued
            return False

    @property
    def size(self) -> tuple[int, int]:
        width, height = self.window.size
        return (width, height)

    @property
    def position(self) -> tuple[int, int]:
        x, y = self.window.position
        return (x, y)

    def stale(self, view: PresenterView) -> bool:
        return view != self.drawn

    def draw(self, fonts: FontBook, view: PresenterView, title: str) -> None:
        """Paint `view` and show it; raises pygame.error when the window is gone."""
        if self.window.title != title:
            self.window.title = title
        surface = self.window.get_surface()
        painter = Painter(surface, fonts)
        self.boxes = draw_presenter(painter, view)
        self.window.flip()
        self.records = painter.records
        self.drawn = view
        self.frames += 1

    def move(self, placement: Placement) -> None:
        self.window.size = placement.size
        self.window.position = placement.position
        self.drawn = None

    def close(self) -> None:
        with contextlib.suppress(pygame.error):  # already gone with the display
            self.window.destroy()
