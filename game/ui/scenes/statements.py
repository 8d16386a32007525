"""The statements before the first card and after the debrief: the room scores each 1-5, by hand or phone.

`StatementsScene(host, session, stage, then)`: each statement large, the scale 1 ("helemaal oneens") to
5 ("helemaal eens") with how many chose each score. Up and Down choose a statement; in a group session
1-5 add a hand to that score on the selected statement and Shift+1-5 take one away (the phones score on
their page meanwhile); in solo play 1-5 is the player's own score. Enter goes to the next statement,
after the last one on: in stage "after" first to the shift of every statement (the mean before and
after, and both distributions), then `then()` is called (the caller says what comes next: the first
card before, the end of the debrief after). The scores go to the session's board (statements_link.
board_of, or the `board` given, such as the debrief's) and every change to `record` (by default the
session log).
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.debrief.model import SCORES, Event, Stage
from game.debrief.statements import StatementBoard
from game.i18n import t
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.scene import CONTINUE_KEYS, Host, Scene
from game.ui.scenes.common import button_padding, centred_panel, continue_button, draw_hint, panel_padding
from game.ui.scenes.keys import screen_hint
from game.ui.session import Session
from game.ui.statements_link import board_of, statements_ask, take_scores, write_events
from game.ui.statements_view import SCALE_KEYS, draw_scale, draw_shifts, layout_shifts
from game.ui.style import Metrics

UP_KEYS = (pygame.K_UP, pygame.K_KP8)
DOWN_KEYS = (pygame.K_DOWN, pygame.K_KP2)


class StatementsScene(Scene):
    """One stage's statements, one at a time; in stage "after" then the shift of all of them."""

    name = "statements"

    def __init__(
        self,
        host: Host,
        session: Session,
        stage: Stage,
        then: Callable[[], None],
        board: StatementBoard | None = None,
        record: Callable[[list[Event]], None] | None = None,
    ) -> None:
        """`then`: what Enter does after the last statement (and the shift); `board`: where the scores go
        (the session's by default); `record`: what is done with each change's events (by default they
        are written to the session log)."""
        super().__init__(host)
        self.session = session
        self.when: Stage = stage  # (Scene.stage is the moving part of the window)
        self.then = then
        self.board = board if board is not None else board_of(session)
        self.record = record if record is not None else (lambda events: write_events(session, events))
        self.index = 0  # the statement on screen
        self.showing_shift = False
        self.texts: dict[str, TextBlock] = {}

    @property
    def group(self) -> bool:
        return self.session.mode == "group"

    @property
    def statement_id(self) -> str:
        return self.board.statements[self.index].id

    # -- life cycle ------------------------------------------------------------------

    def on_show(self) -> None:
        super().on_show()
        self.open_phones()

    def on_hide(self) -> None:
        super().on_hide()
        phones = self.host.phones
        if phones is not None:
            self.note(take_scores(phones.hub, self.board, self.when))  # what came in at the last moment
            phones.hub.ask(None)

    def open_phones(self) -> None:
        """The statements open on the phones (again after phones were switched on, or the language)."""
        phones = self.host.phones
        if phones is not None and self.group:
            phones.hub.ask(statements_ask(self.session, self.board, self.when, self.host.lang))

    def wake_in(self, now: int) -> int | None:
        """The loop asks every time round: the phones' scores are taken in here (0: draw them)."""
        phones = self.host.phones
        if phones is None or not self.group:
            return None
        self.open_phones()
        events = take_scores(phones.hub, self.board, self.when)
        self.note(events)
        return 0 if events else None

    def note(self, events: list[Event]) -> None:
        if events:
            self.record(events)
            self.host.redraw()

    def spoken(self, lang: str) -> list[str]:
        if self.showing_shift:
            return [t("statements.shift_heading", lang)]
        statement = self.board.statements[self.index]
        return [t(f"statements.kicker.{self.when}", lang), self.session.scenario.text(statement.text, lang)]

    # -- layout ----------------------------------------------------------------------

    def layout_key(self) -> tuple[object, ...]:
        return (*super().layout_key(), self.index, self.showing_shift)

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        panel = centred_panel(fonts, m, m.margin, m.px(1160))
        self.boxes["panel"] = panel
        pad = panel_padding(m)
        inner = panel.inflate(-2 * pad, -2 * pad)
        button = continue_button(fonts, m, t("statements.next", lang), inner.right, inner.bottom)
        self.buttons.set([button])
        total = len(self.board.statements)
        kicker_text = t(f"statements.kicker.{self.when}", lang).upper()
        count_text = t("statements.count", lang, index=self.index + 1, total=total)
        if self.showing_shift:
            kicker_text, count_text = t(f"statements.kicker.{self.when}", lang).upper(), ""
        count = fit_text(fonts, count_text, inner.width // 3, None, [m.label], max_lines=1)
        kicker = fit_text(
            fonts,
            kicker_text,
            inner.width - fonts.width(count_text, m.label) - m.gap,
            None,
            [m.label],
            bold=True,
            max_lines=1,
        )
        y = inner.top
        self.boxes["kicker"] = pygame.Rect(inner.left, y, inner.width, kicker.height)
        self.boxes["count"] = pygame.Rect(inner.right - inner.width // 3, y, inner.width // 3, count.height)
        self.texts.update(kicker=kicker, count=count)
        y += kicker.height + m.px(8)
        below = pygame.Rect(inner.left, y, inner.width, button.rect.top - m.px(16) - y)
        if self.showing_shift:
            self._build_shift(m, below)
        else:
            self._build_scores(m, below)
        footer = pygame.Rect(
            inner.left, button.rect.top, button.rect.left - m.gap - inner.left, button.rect.height
        )
        self.boxes["footer"] = footer

    def _build_scores(self, m: Metrics, area: pygame.Rect) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        statement = self.board.statements[self.index]
        text = self.session.scenario.text(statement.text, lang)
        scale_h = min(m.px(190), area.height // 2)
        asking = "ask_solo" if not self.group else "ask_group" if self.host.phones is not None else "ask_room"
        ask_text = t(f"statements.{asking}", lang)
        ask = fit_text(fonts, ask_text, area.width, None, m.steps(24, 18), max_lines=2)
        room = area.height - scale_h - ask.height - m.px(24)
        body = fit_text(fonts, text, area.width, room, m.steps(44, 28), bold=True)
        y = area.top
        self.boxes["body"] = pygame.Rect(area.left, y, area.width, room)
        y += room + m.px(8)
        self.boxes["ask"] = pygame.Rect(area.left, y, area.width, ask.height)
        y += ask.height + m.px(16)
        self.boxes["scale"] = pygame.Rect(area.left, y, area.width, area.bottom - y)
        self.texts.update(body=body, ask=ask)

    def _build_shift(self, m: Metrics, area: pygame.Rect) -> None:
        fonts = self.host.fonts
        heading = fit_text(
            fonts, t("statements.shift_heading", self.host.lang), area.width, None, m.steps(40, 28), bold=True
        )
        self.boxes["heading"] = pygame.Rect(area.left, area.top, area.width, heading.height)
        self.texts["heading"] = heading
        top = area.top + heading.height + m.px(12)
        rows = pygame.Rect(area.left, top, area.width, area.bottom - top)
        self.boxes["rows"] = rows
        self.texts.update(layout_shifts(fonts, m, rows, self.session.scenario, self.board, self.host.lang))

    # -- input -----------------------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN:
            self.ensure_layout()
            self.press(event.key, event.mod)
        else:
            super().handle_event(event)

    def press(self, key: int, mod: int) -> None:
        if key in CONTINUE_KEYS:
            self.on_continue()
        elif self.showing_shift:
            return
        elif key in UP_KEYS or key in DOWN_KEYS:
            self.select(self.index + (-1 if key in UP_KEYS else 1))
        elif key in SCALE_KEYS:
            self.score(SCALE_KEYS[key], remove=bool(mod & pygame.KMOD_SHIFT))

    def select(self, index: int) -> None:
        index = max(0, min(index, len(self.board.statements) - 1))
        if index != self.index:
            self.index = index
            self.invalidate()
            self.host.redraw()

    def score(self, score: int, remove: bool = False) -> None:
        """A hand more (or fewer) for `score` in a group; the player's own score in solo play (then the
        next statement)."""
        if self.group:
            self.note(self.board.hand(self.when, self.statement_id, score, -1 if remove else 1))
            return
        counts = [1 if value == score else 0 for value in SCORES]
        self.note(self.board.hands(self.when, self.statement_id, counts))
        self.host.redraw()
        self.select(self.index + 1)

    def on_action(self, action: str) -> None:
        if action == "continue":
            self.on_continue()

    def on_continue(self) -> None:
        """The next statement; after the last, the shift (stage "after"), then what comes next."""
        if not self.showing_shift and self.index + 1 < len(self.board.statements):
            self.select(self.index + 1)
        elif not self.showing_shift and self.when == "after":
            self.showing_shift = True
            self.invalidate()
            self.host.redraw()
        else:
            self.then()

    # -- drawing ---------------------------------------------------------------------

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        m = painter.metrics
        lang = self.host.lang
        panel = self.boxes["panel"]
        painter.shadow(panel)
        painter.panel(panel, style.PANEL)
        painter.block(self.texts["kicker"], self.boxes["kicker"], style.ACCENT_DARK)
        painter.block(self.texts["count"], self.boxes["count"], style.INK_MUTED, align="right")
        if self.showing_shift:
            painter.block(self.texts["heading"], self.boxes["heading"], style.INK)
            draw_shifts(painter, self.boxes["rows"], self.texts, self.board, lang)
        else:
            painter.block(self.texts["body"], self.boxes["body"], style.INK, valign="middle")
            painter.block(self.texts["ask"], self.boxes["ask"], style.INK_MUTED)
            counts = self.board.counts(self.when, self.statement_id)
            draw_scale(painter, self.boxes["scale"], counts, lang)
            self._draw_footer(painter)
        self.buttons.draw(painter, button_padding(m), on_panel=True)
        draw_hint(painter, self.hint(lang))

    def _draw_footer(self, painter: Painter) -> None:
        """How many chose a score on this statement, and how many phones did."""
        m = painter.metrics
        lang = self.host.lang
        total = sum(self.board.counts(self.when, self.statement_id))
        phones = self.host.phones
        counted = "hands" if self.group and phones is None else "total"  # without phones all are hands
        parts = [t(f"statements.{counted}", lang, count=total)]
        if phones is not None and self.group:
            scored = sum(self.board.phone_counts(self.when, self.statement_id))
            parts.append(t("statements.phones", lang, scored=scored, connected=phones.snapshot.connected))
        box = self.boxes["footer"]
        block = fit_text(painter.fonts, " \u00b7 ".join(parts), box.width, box.height, m.steps(22, 16))
        painter.block(block, box, style.INK_MUTED, valign="middle")

    def hint(self, lang: str) -> str:
        if self.showing_shift:
            return screen_hint("intro", lang)  # Enter, Esc and the common keys
        return screen_hint("statements" if self.group else "statements_solo", lang)
