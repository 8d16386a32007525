"""Drawing the room view of tables side by side: every table's meters and state, the join codes, the
round summary. No rules here: it draws what `TablesSession.tables()` and `round_cards` say."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import pygame

from game.core.model import Scenario
from game.formatting import format_value
from game.i18n import t, year_label
from game.tables.model import TableId, TableView
from game.tables.rounds import RoundCard
from game.tables.session import TablesSession
from game.ui import style
from game.ui.draw import Painter, draw_fitted, fit_text
from game.ui.meters import fraction
from game.ui.style import Colour, Metrics

if TYPE_CHECKING:
    from game.ui.tables_link import RoomLink

Status = Literal["voting", "waiting", "tie", "decided", "behind", "ended"]
# Columns x rows for 2..8 tables: wide cells on a 16:9 projector, at most two rows.
GRIDS: Mapping[int, tuple[int, int]] = {
    2: (2, 1),
    3: (3, 1),
    4: (2, 2),
    5: (3, 2),
    6: (3, 2),
    7: (4, 2),
    8: (4, 2),
}
CELL_SIZES = (
    40,
    36,
    32,
    30,
    28,
    26,
    24,
    22,
    20,
    18,
)  # design px of a cell's text, largest first: never below 18
NAME_GROWTH = 10  # a table's name this much larger than its meters
PLACE_LARGEST = 24  # design px: the place in the term never outshouts the state
STATE_GROWTH = 6  # its state (read from the back of the room) this much larger than its meters


def grid(count: int) -> tuple[int, int]:
    """(columns, rows) for `count` tables."""
    return GRIDS.get(count, (max(1, (count + 1) // 2), 2 if count > 1 else 1))


def cells(area: pygame.Rect, count: int, gap: int) -> list[pygame.Rect]:
    """`count` equal cells filling `area` in the grid for `count`, row by row."""
    columns, rows = grid(count)
    width = (area.width - gap * (columns - 1)) // columns
    height = (area.height - gap * (rows - 1)) // rows
    return [
        pygame.Rect(
            area.left + (index % columns) * (width + gap),
            area.top + (index // columns) * (height + gap),
            width,
            height,
        )
        for index in range(count)
    ]


def status(view: TableView) -> Status:
    """A table's state in this round, said in words and by an icon (never by colour alone)."""
    if view.finished:
        return "ended"
    if view.decided_this_round:
        return "decided"
    if view.behind:
        return "behind"
    if view.tie:
        return "tie"
    return "voting" if view.present else "waiting"  # (nobody joined, or every device left)


def status_words(view: TableView, lang: str) -> str:
    kind = status(view)
    if kind == "behind" and not view.present:  # both, or the empty table hides behind "behind"
        return t("tables.status.behind_empty", lang)
    if kind == "voting":
        return t("tables.status.voting", lang, cast=sum(view.votes), present=view.present)
    return t(f"tables.status.{kind}", lang)


STATUS_COLOURS: Mapping[Status, Colour] = {
    "voting": style.TEXT,
    "waiting": style.TEXT_MUTED,
    "tie": style.ACCENT,
    "decided": style.GAIN,
    "behind": style.LOSS,
    "ended": style.ACCENT,
}


def draw_status_icon(surface: pygame.Surface, kind: Status, rect: pygame.Rect, colour: Colour) -> None:
    """A small pictogram per state: a tick (decided), a clock (voting), an empty chair (waiting), an
    equals sign (tie), an exclamation mark (behind), a flag (ended)."""
    x, y, w, h = rect
    line = max(2, w // 8)
    if kind == "decided":
        pygame.draw.lines(
            surface,
            colour,
            False,
            [(x + w * 0.12, y + h * 0.55), (x + w * 0.4, y + h * 0.82), (x + w * 0.9, y + h * 0.2)],
            line + 1,
        )
    elif kind in ("voting", "waiting"):
        centre = rect.center
        radius = min(w, h) // 2 - line // 2
        pygame.draw.circle(surface, colour, centre, radius, line)
        if kind == "voting":
            pygame.draw.line(surface, colour, centre, (centre[0], y + h * 0.22), line)
            pygame.draw.line(surface, colour, centre, (x + w * 0.74, centre[1]), line)
    elif kind == "tie":
        for top in (0.3, 0.6):
            pygame.draw.rect(surface, colour, (x + w * 0.15, y + h * top, w * 0.7, max(2, h * 0.13)))
    elif kind == "behind":
        points = [(x + w / 2, y + h * 0.05), (x + w * 0.97, y + h * 0.92), (x + w * 0.03, y + h * 0.92)]
        pygame.draw.polygon(surface, colour, points)
        pygame.draw.rect(surface, style.BAND, (x + w / 2 - line / 2, y + h * 0.35, line, h * 0.3))
        pygame.draw.rect(surface, style.BAND, (x + w / 2 - line / 2, y + h * 0.72, line, line))
    else:  # ended: a flag
        pygame.draw.rect(surface, colour, (x + w * 0.15, y + h * 0.05, line, h * 0.9))
        pygame.draw.polygon(
            surface,
            colour,
            [
                (x + w * 0.15 + line, y + h * 0.08),
                (x + w * 0.9, y + h * 0.3),
                (x + w * 0.15 + line, y + h * 0.52),
            ],
        )


def _year_and_turn(scenario: Scenario, view: TableView, lang: str) -> tuple[str, int]:
    """The table's year as the screen says it ('2027', or 'Jaar 1' / 'Year 1') and its turn in the term."""
    year = year_label(scenario.calendar_year(view.year), view.year, lang)
    return year, min(scenario.total_turns, scenario.turn_number(view.year, view.turn))


def place_words(scenario: Scenario, view: TableView, lang: str) -> str:
    """'2027 · Beurt 5 van 24': where the table is in the term."""
    year, number = _year_and_turn(scenario, view, lang)
    return f"{year} \u00b7 {t('card.turn', lang, turn=number, total=scenario.total_turns)}"


def short_place(scenario: Scenario, view: TableView, lang: str) -> str:
    """'2027 · 5/24': where the table is in the term, short enough for the name's line."""
    year, number = _year_and_turn(scenario, view, lang)
    return f"{year} \u00b7 {number}/{scenario.total_turns}"


def ending_words(scenario: Scenario, view: TableView, lang: str) -> str:
    """The finished table's ending (or profile) by its title."""
    outcome_id = view.ending or view.profile
    outcomes = {outcome.id: outcome for outcome in (*scenario.endings, *scenario.profiles)}
    outcome = outcomes.get(outcome_id or "")
    return scenario.text(outcome.title, lang) if outcome is not None else t("tables.status.ended", lang)


@dataclass(frozen=True)
class CellLook:
    """One size for every cell's text (so no table looks less important) and the rows' heights."""

    size: int  # the meters' names and numbers, and the place in the term
    shrink: tuple[int, ...]  # `size` down to 18 design px: a long name gets smaller, not cut
    name_size: int
    line: int  # a row of text at `size`; the state has two of them (a long ending wraps)
    place_size: int  # the place in the term, beside the name: quieter than the meters with few tables
    state: tuple[int, ...]  # the state's sizes, largest (STATE_GROWTH over `size`) down to 18 design px
    name_line: int
    meter_row: int  # a meter's name and number, and its bar below
    bar: int
    pad: int


def cell_look(painter: Painter, cell: pygame.Rect, meters: int) -> CellLook:
    """The largest text size at which a cell's rows fit its height (the smallest, 18 design px, else)."""
    m = painter.metrics
    fonts = painter.fonts
    key = (cell.size, meters, m.width, m.height, m.text_scale, fonts.reading)
    found = _LOOKS.get(key)
    if found is None:
        found = _LOOKS[key] = _cell_look(painter, cell, meters)
    return found


_LOOKS: dict[tuple[object, ...], CellLook] = {}  # by cell and window: the room is drawn after every vote


def _cell_look(painter: Painter, cell: pygame.Rect, meters: int) -> CellLook:
    m = painter.metrics
    fonts = painter.fonts
    pad = m.px(10)
    bar = max(4, m.px(6))
    for design in CELL_SIZES:
        size, name_size = m.text(design), m.text(design + NAME_GROWTH)
        line = fonts.line_height(size, True)
        name_line = fonts.line_height(name_size, True)
        meter_row = line + bar + m.px(4)
        needed = 2 * pad + name_line + 2 * line + m.px(6) + meters * meter_row
        if needed <= cell.height:
            break
    state = tuple(m.steps(design + STATE_GROWTH, 18))
    place = m.text(min(design, PLACE_LARGEST))
    return CellLook(
        size, tuple(m.steps(design, 18)), name_size, line, place, state, name_line, meter_row, bar, pad
    )


def draw_table(
    painter: Painter, cell: pygame.Rect, scenario: Scenario, view: TableView, look: CellLook, lang: str
) -> None:
    """One table: its name and where it is in the term on a line, its state (icon and words, the
    largest text after the name: read from the back of the room) or ending, its meters."""
    m = painter.metrics
    kind = status(view)
    finished = kind == "ended"
    painter.panel(cell, style.BAND, border=style.ACCENT if finished else style.BUTTON_LINE, width=m.px(2))
    inner = cell.inflate(-2 * look.pad, -2 * look.pad)
    y = inner.top
    place = short_place(scenario, view, lang)
    place_width = painter.fonts.width(place, look.place_size)
    name_box = pygame.Rect(inner.left, y, inner.width - place_width - m.px(10), look.name_line)
    draw_fitted(
        painter, view.name, name_box, [look.name_size, *look.shrink], style.TEXT, bold=True, max_lines=1
    )
    place_box = pygame.Rect(inner.right - place_width, y, place_width, look.name_line)
    draw_fitted(painter, place, place_box, [look.place_size], style.TEXT_MUTED, max_lines=1, valign="bottom")
    y += look.name_line
    state_box = pygame.Rect(inner.left, y, inner.width, 2 * look.line)
    words = ending_words(scenario, view, lang) if finished else status_words(view, lang)
    colour = STATUS_COLOURS[kind]
    icon_side = look.state[0]
    text_box = state_box.copy()
    text_box.left = inner.left + icon_side + m.px(8)
    text_box.width = inner.right - text_box.left
    one = fit_text(
        painter.fonts, words, text_box.width, text_box.height, list(look.state), bold=True, max_lines=1
    )
    two = fit_text(
        painter.fonts, words, text_box.width, text_box.height, list(look.state), bold=True, max_lines=2
    )
    block = two if one.cut or two.size > one.size else one  # a long ending wraps: larger, not cut
    top = state_box.top + (state_box.height - block.height) // 2
    icon = pygame.Rect(inner.left, top + (block.line_height - icon_side) // 2, icon_side, icon_side)
    draw_status_icon(painter.surface, kind, icon, colour)
    painter.block(block, text_box, colour, valign="middle")
    y += 2 * look.line + m.px(6)
    for index in range(len(scenario.meters)):
        _draw_meter_row(
            painter,
            pygame.Rect(inner.left, y, inner.width, look.meter_row),
            scenario,
            view,
            index,
            look,
            lang,
        )
        y += look.meter_row


def _draw_meter_row(
    painter: Painter,
    row: pygame.Rect,
    scenario: Scenario,
    view: TableView,
    index: int,
    look: CellLook,
    lang: str,
) -> None:
    """A meter: its icon, name and number on a line, its bar below (the number also in words' place)."""
    m = painter.metrics
    meter = scenario.meters[index]
    colour = style.series_colour(index)
    value = view.meters.get(meter.id, meter.start)
    number = format_value(round(value, 1))
    number_width = painter.fonts.width(number, look.size, bold=True)
    icon = pygame.Rect(row.left, row.top + (look.line - look.size) // 2, look.size, look.size)
    painter.icon(meter.icon, "meters", icon, colour)
    painter.text(number, (row.right, row.top), look.size, style.TEXT, bold=True, anchor="topright", box=row)
    name_box = pygame.Rect(
        icon.right + m.px(6), row.top, row.width - icon.width - number_width - m.px(14), look.line
    )
    name = fit_text(
        painter.fonts, scenario.text(meter.name, lang), name_box.width, None, list(look.shrink), max_lines=1
    )
    painter.block(name, name_box, style.TEXT)
    bar = pygame.Rect(row.left, row.top + look.line + m.px(1), row.width, look.bar)
    painter.bar(bar, fraction(scenario, meter.id, value), colour, style.TRACK)


# -- the room's heading ----------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """The line over the tables: the round, its timer, how many tables decided."""

    round: int
    elapsed: float  # seconds since the round began
    pace: str
    decided: int
    playing: int  # tables whose game is not over


def heading_of(views: Sequence[TableView], round_number: int, elapsed: float, pace: str) -> Heading:
    playing = [view for view in views if not view.finished]
    decided = sum(1 for view in playing if view.decided_this_round)
    return Heading(round_number, elapsed, pace, decided, len(playing))


def clock(seconds: float) -> str:
    """'2:05' (minutes and seconds)."""
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def heading_height(m: Metrics) -> int:
    return m.px(64)


def draw_heading(painter: Painter, heading: Heading, lang: str, title: str) -> pygame.Rect:
    """The band over the tables: the scenario's name on the left, then the round and its timer and how
    many tables decided, on the right."""
    m = painter.metrics
    band = pygame.Rect(0, 0, m.width, heading_height(m))
    pygame.draw.rect(painter.surface, style.BAND, band)
    pygame.draw.rect(painter.surface, style.ACCENT, (0, band.bottom - m.px(3), m.width, m.px(3)))
    inner = band.inflate(-2 * m.margin, -m.px(12))
    if heading.playing == 0:
        right = t("tables.room.all_ended", lang)
    elif heading.pace == "rounds":
        right = t(
            "tables.room.round",
            lang,
            round=heading.round,
            clock=clock(heading.elapsed),
            decided=heading.decided,
            total=heading.playing,
        )
    else:
        right = t("tables.room.free", lang, clock=clock(heading.elapsed))
    right_block = fit_text(
        painter.fonts, right, inner.width * 2 // 3, inner.height, m.steps(32, 20), bold=True, max_lines=1
    )
    painter.block(right_block, inner, style.ACCENT, align="right", valign="middle")
    left_width = (
        inner.width
        - painter.fonts.width(right_block.lines[0] if right_block.lines else "", right_block.size, True)
        - m.px(24)
    )
    left_box = pygame.Rect(inner.left, inner.top, max(1, left_width), inner.height)
    draw_fitted(
        painter, title, left_box, m.steps(28, 18), style.TEXT, bold=True, max_lines=1, valign="middle"
    )
    return band


def draw_room(
    painter: Painter,
    area: pygame.Rect,
    scenario: Scenario,
    views: Sequence[TableView],
    lang: str,
    cache: CellCache | None = None,
) -> list[pygame.Rect]:
    """Every table in its cell of the grid; the cells. With a `cache`, a table that looks as it did
    is copied from its last picture (after a vote, one table changes, not eight)."""
    gap = painter.metrics.gap
    boxes = cells(area, len(views), gap)
    if not boxes:
        return boxes
    look = cell_look(painter, boxes[0], len(scenario.meters))
    for box, view in zip(boxes, views, strict=True):
        key = (
            tuple(box),
            look,
            lang,
            painter.fonts.reading,
            view.name,
            status_words(view, lang),
            ending_words(scenario, view, lang) if view.finished else "",
            short_place(scenario, view, lang),
            tuple(view.meters.items()),
        )
        kept = cache.get(key) if cache is not None else None
        if kept is not None:
            painter.surface.blit(kept[0], box)
            painter.records.extend(kept[1])
            continue
        first = len(painter.records)
        draw_table(painter, box, scenario, view, look, lang)
        if cache is not None:
            cache.keep(key, painter.surface.subsurface(box).copy(), painter.records[first:])
    return boxes


Records = list[tuple[pygame.Rect, pygame.Rect]]


class CellCache:
    """The last pictures of the tables' cells (and their text records), by everything a cell shows."""

    LIMIT = 64

    def __init__(self) -> None:
        self._kept: dict[tuple[object, ...], tuple[pygame.Surface, Records]] = {}

    def get(self, key: tuple[object, ...]) -> tuple[pygame.Surface, Records] | None:
        return self._kept.get(key)

    def forget(self, name: str) -> None:
        """Drop the pictures of the table called `name` (it is drawn anew next time)."""
        self._kept = {key: kept for key, kept in self._kept.items() if key[4] != name}

    def keep(self, key: tuple[object, ...], picture: pygame.Surface, records: Records) -> None:
        if len(self._kept) >= self.LIMIT:
            del self._kept[next(iter(self._kept))]
        self._kept[key] = (picture, records)


# -- the join codes --------------------------------------------------------------------


@dataclass(frozen=True)
class JoinCode:
    """A table's join code: its name, the address its QR code holds, the devices that joined."""

    table: TableId
    name: str
    url: str
    devices: int


def draw_join(
    painter: Painter,
    area: pygame.Rect,
    codes: Sequence[JoinCode],
    address: str,
    lang: str,
    qr: QrMaker,
) -> list[pygame.Rect]:
    """A code per table (its name over it, its devices under it), and under them all the address to
    open on a device without a camera; the cells."""
    m = painter.metrics
    title = t("tables.join.title", lang)
    y = draw_fitted(
        painter,
        title,
        pygame.Rect(area.left, area.top, area.width, m.px(48)),
        m.steps(36, 24),
        style.ACCENT,
        bold=True,
        max_lines=1,
        align="center",
    )
    other = t("tables.join.other", lang, address=address.removeprefix("http://"))
    foot = fit_text(painter.fonts, other, area.width, None, m.steps(24, 16), max_lines=2)
    foot_box = pygame.Rect(area.left, area.bottom - foot.height, area.width, foot.height)
    painter.block(foot, foot_box, style.TEXT, align="center")
    grid_area = pygame.Rect(area.left, y + m.px(10), area.width, foot_box.top - m.px(10) - y - m.px(10))
    boxes = cells(grid_area, len(codes), m.gap)
    size = m.text(24)
    line = painter.fonts.line_height(size, True)
    for box, code in zip(boxes, codes, strict=True):
        painter.panel(box, style.BAND, border=style.BUTTON_LINE, width=m.px(2))
        inner = box.inflate(-m.px(16), -m.px(12))
        # The name and the devices share the top line, so the code gets the rest: larger, easier to scan.
        devices = t("tables.join.devices", lang, count=code.devices)
        devices_block = fit_text(painter.fonts, devices, inner.width // 2, line, m.steps(24, 18), max_lines=1)
        devices_width = (
            painter.fonts.width(devices_block.lines[0], devices_block.size) if devices_block.lines else 0
        )
        painter.block(
            devices_block,
            pygame.Rect(inner.right - devices_width, inner.top, devices_width, line),
            style.TEXT_MUTED,
            valign="middle",
        )
        draw_fitted(
            painter,
            code.name,
            pygame.Rect(inner.left, inner.top, inner.width - devices_width - m.px(12), line),
            m.steps(28, 18),
            style.TEXT,
            bold=True,
            max_lines=1,
            valign="middle",
        )
        room = pygame.Rect(inner.left, inner.top + line + m.px(6), inner.width, inner.height - line - m.px(6))
        side = min(room.width, room.height)
        if side > 0:
            image = qr(code.url, side)
            painter.surface.blit(image, image.get_rect(center=room.center))
    return boxes


class QrMaker:
    """QR codes by address and size, each made once (segno; sharp whole-pixel modules)."""

    def __init__(self) -> None:
        self._made: dict[tuple[str, int], pygame.Surface] = {}

    def __call__(self, url: str, side: int) -> pygame.Surface:
        from game.ui.phones import qr_surface

        key = (url, side)
        if key not in self._made:
            self._made[key] = qr_surface(url, side)
        return self._made[key]


# -- the round summary -----------------------------------------------------------------


def draw_summary(
    painter: Painter,
    panel: pygame.Rect,
    scenario: Scenario,
    names: Mapping[TableId, str],
    round_number: int,
    cards: Sequence[RoundCard],
    lang: str,
    behind: Sequence[TableId] = (),
) -> None:
    """After a round: per card which option each table chose; a card the tables chose differently is
    marked with words and a frame, never by colour alone; under them the tables that did not choose."""
    m = painter.metrics
    fonts = painter.fonts
    pad_x, pad_y = m.px(28), m.px(20)
    inner = panel.inflate(-2 * pad_x, -2 * pad_y)
    heading = t("tables.summary.title", lang, round=round_number)
    title = fit_text(fonts, heading, inner.width, m.px(48), m.steps(34, 24), bold=True, max_lines=1)
    rows = (sum(1 + len(card.by_option()) for card in cards) or 2) + (1 if behind else 0)
    late = t(
        "tables.summary.behind", lang, tables=", ".join(names.get(table, str(table)) for table in behind)
    )
    gaps = m.px(14) * len(cards)
    room = (inner.height - title.height - m.px(10) - gaps) // rows
    sizes = [size for size in m.steps(34, 18) if fonts.line_height(size, True) <= room] or [m.text(18)]
    size = sizes[0]
    line = fonts.line_height(size, True)
    needed = title.height + m.px(10) + rows * line + gaps + 2 * pad_y
    panel = pygame.Rect(panel.left, panel.top, panel.width, min(panel.height, needed))  # ends under its rows
    painter.shadow(panel)
    painter.panel(panel, style.PANEL)
    inner = panel.inflate(-2 * pad_x, -2 * pad_y)
    y = painter.block(title, pygame.Rect(inner.left, inner.top, inner.width, title.height), style.INK)
    y += m.px(10)
    if behind:  # the last line: a table that did not choose is named, not left out
        draw_fitted(
            painter,
            late,
            pygame.Rect(inner.left, inner.bottom - line, inner.width, line),
            sizes,
            style.INK,
            max_lines=1,
        )
        inner.height -= line
    if not cards:
        draw_fitted(
            painter,
            t("tables.summary.none", lang),
            pygame.Rect(inner.left, y, inner.width, 2 * line),
            [size],
            style.INK_MUTED,
            max_lines=2,
        )
        return
    for card_result in cards:
        if y + line > inner.bottom:
            break
        card = scenario.card(card_result.card)
        tag_key = "differs" if card_result.differs else "same" if card_result.shared else "alone"
        tag = t(f"tables.summary.{tag_key}", lang).upper()
        tag_width = painter.fonts.width(tag, size, True) + m.px(20)
        tag_box = pygame.Rect(inner.right - tag_width, y, tag_width, line)
        if card_result.differs:
            painter.panel(tag_box, style.ACCENT, radius=m.px(6))
        painter.text(
            tag,
            tag_box.center,
            size,
            style.INK if card_result.differs else style.INK_MUTED,
            bold=True,
            anchor="center",
            box=tag_box,
        )
        title_box = pygame.Rect(inner.left, y, inner.width - tag_width - m.px(12), line)
        draw_fitted(
            painter, scenario.text(card.title, lang), title_box, sizes, style.INK, bold=True, max_lines=1
        )
        y += line
        top = y
        for option, tables in card_result.by_option():
            label = scenario.text(card.options[option].label, lang)
            who = ", ".join(names.get(table, str(table)) for table in tables)
            text = f"{option + 1}. {label} \u2014 {who}"
            draw_fitted(
                painter,
                text,
                pygame.Rect(inner.left + m.px(20), y, inner.width - m.px(20), line),
                sizes,
                style.INK,
                max_lines=1,
            )
            y += line
        if card_result.differs:  # a bar beside the differing choices, as well as the tag
            pygame.draw.rect(painter.surface, style.ACCENT_DARK, (inner.left, top, m.px(6), y - top))
        y += m.px(14)


# -- an example room (screenshots, tests, benchmarks) -----------------------------------

EXAMPLE_SEED = 1  # with this seed, a table that spends the budget ends its game in round 6
EXAMPLE_ROUNDS = 8


def example_session(tables: int, lang: str) -> TablesSession:
    """A session of the shipped scenario after EXAMPLE_ROUNDS rounds, three devices a table: table 1
    spent its budget and ended, the last table (of three or more) fell behind in round 5, the even and
    the odd tables chose alike until the last round; in the round now open table 2 decided, table 3
    has one vote, table 4 a tie."""
    from game.paths import DEFAULT_SCENARIO
    from game.scenario.loader import load_scenario
    from game.tables.session import TablesSession

    scenario = load_scenario(DEFAULT_SCENARIO)
    session = TablesSession(scenario, EXAMPLE_SEED, tables, lang=lang)
    devices = {table: [f"{table}-{n}" for n in range(3)] for table in session.table_ids}
    for table, ids in devices.items():
        for device in ids:
            session.join(device, table)

    def vote(table: TableId, options: Sequence[int]) -> None:
        card = session.table(table).card
        for device, option in zip(devices[table], options, strict=False):
            if card is not None and session.table(table).card == card:
                session.vote(device, table, card, option % len(scenario.card(card).options))

    for number in range(1, EXAMPLE_ROUNDS + 1):
        start = session.round
        for table in session.table_ids:
            card = session.table(table).card
            if card is None or (number == 5 and table == tables and tables >= 3):
                continue
            options = scenario.card(card).options
            pick = min(range(len(options)), key=lambda index: options[index].effects.get("budget", 0))
            choice = table % 2 if number < EXAMPLE_ROUNDS else table % 3  # apart in the last round
            vote(table, [pick] * 3 if table == 1 else [choice] * 3)
        if session.round == start:  # (a round every table decided ended by itself)
            session.end_round()
    vote(2, [0, 0, 1])
    if tables >= 3:
        vote(3, [1])
    if tables >= 4:
        vote(4, [0, 1, 2])
    for table in session.table_ids[4:-1]:
        vote(table, [table, table])
    return session


def room_view_example(tables: int, lang: str) -> tuple[Scenario, RoomLink]:
    """The example session (`example_session`) as the room view holds it, with made-up join addresses
    and a round timer standing at 2:05: no server, no log (screenshots, tests, benchmarks)."""
    from game.tables.run import TablesConductor
    from game.tables.server import Room
    from game.ui.tables_link import RoomLink

    session = example_session(tables, lang)
    room = Room(session, lang)
    moment = [0.0]
    conductor = TablesConductor(room, None, clock=lambda: moment[0])
    moment[0] = 125.0
    address = "http://192.168.1.20:8765/Zx4kq9TmP2w7/"
    urls = {table: f"{address}t/{table}/" for table in session.table_ids}
    return session.scenario, RoomLink(room, conductor, urls, address)
