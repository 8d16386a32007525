"""The room view on the projector: every table side by side, the join codes, the round summary.

No rules here: the facilitator's E goes to the conductor, which ends the round in the session. The
screen asks the loop to wake it every POLL_MS (`wake_in`) to let the conductor tick, and draws again only
when the conductor says something changed, or the round's timer shows another second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import pygame

from game.i18n import t
from game.tables.rounds import round_behind, round_cards
from game.ui.draw import Painter
from game.ui.scene import CONTINUE_KEYS, Host, Scene
from game.ui.scenes.common import content_area, draw_hint
from game.ui.scenes.keys import hint_line
from game.ui.tables_view import (
    CellCache,
    JoinCode,
    QrMaker,
    draw_heading,
    draw_join,
    draw_room,
    draw_summary,
    heading_of,
)

if TYPE_CHECKING:
    from game.core.model import Scenario
    from game.tables.model import TableView
    from game.ui.presenter import PresenterView
    from game.ui.tables_link import RoomLink

LOG_PROBLEM_MS = 10000
POLL_MS = 250  # how often the conductor ticks: votes show within a quarter second, the loop sleeps between
View = Literal["tables", "join", "summary"]


class TablesRoomScene(Scene):
    """E ends the round, J shows the join codes (also before the first round), R the last round's
    summary (shown by itself after each round; Enter closes it), V the comparison debrief (Enter too,
    once every table finished). Esc opens the menu as elsewhere."""

    name = "tables_room"

    def __init__(self, host: Host, scenario: Scenario, link: RoomLink) -> None:
        super().__init__(host)
        self.scenario = scenario
        self.link = link
        self.qr = QrMaker()
        self.cells = CellCache()
        with link.room.read() as session:
            self.seen_round = session.round
            started = any(view.decisions for view in session.tables())
            # a session resumed after a crash has a new address: no device is there until it scans again
            joined = any(view.present for view in session.tables())
        self.view: View = "tables" if started and joined else "join"
        self.summary_round = self.seen_round - 1
        self._poll_at = 0
        self._changed = True
        self._second = -1  # the timer's second last drawn
        self._told = False  # the log's problem was said

    # -- time ------------------------------------------------------------------------

    def wake_in(self, now: int) -> int | None:
        if now >= self._poll_at:
            self._poll_at = now + POLL_MS
            if self.link.conductor.poll():
                self._changed = True
                self._after_change()
                self._tell_problem()
        if self._changed or self._timer_second() != self._second:
            return 0
        return max(1, self._poll_at - now)

    def _tell_problem(self) -> None:
        """A log that cannot be written is said once, in plain words; the room plays on."""
        problem = self.link.conductor.problem
        notify = getattr(self.host, "notify", None)
        if problem is not None and not self._told and callable(notify):
            self._told = True
            notify(t("saves.log_failed", self.host.lang, problem=problem), LOG_PROBLEM_MS)

    def _timer_second(self) -> int:
        return int(self.link.conductor.round_elapsed())

    def _after_change(self) -> None:
        """A round that ended shows its summary (over the join codes too)."""
        with self.link.room.read() as session:
            current = session.round
        if current != self.seen_round:
            self.seen_round = current
            self.summary_round = current - 1
            if self.summary_round >= 1:
                self.view = "summary"

    # -- input -----------------------------------------------------------------------

    def on_key(self, key: int) -> None:
        if key == pygame.K_e:
            self.link.conductor.end_round()
            self._refresh()
        elif key == pygame.K_j:
            self._switch("join")
        elif key == pygame.K_r and self.summary_round >= 1:
            self._switch("summary")
        elif key == pygame.K_v:
            self.open_comparison()
        elif key in CONTINUE_KEYS:
            if self.view != "tables":
                self._switch("tables")
            elif self._all_finished():
                self.open_comparison()

    def _switch(self, view: View) -> None:
        self.view = "tables" if self.view == view else view
        self.host.redraw()

    def _refresh(self) -> None:
        self._changed = True
        self._after_change()
        self.host.redraw()

    def _all_finished(self) -> bool:
        with self.link.room.read() as session:
            return session.finished

    def open_comparison(self) -> None:
        """V: the comparison debrief (which writes the report of all tables once every table finished);
        back from it to this view."""
        from game.ui.scenes.tables_compare import TablesCompareScene

        link = self.link
        self.host.show(
            TablesCompareScene(self.host, link.room, self, poll=link.conductor.poll, log_path=link.log_path)
        )

    # -- drawing ---------------------------------------------------------------------

    def snapshot(self) -> tuple[tuple[TableView, ...], int, str]:
        with self.link.room.read() as session:
            return session.tables(), session.round, session.pace

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        lang = self.host.lang
        m = painter.metrics
        views, round_number, pace = self.snapshot()
        elapsed = self.link.conductor.round_elapsed()
        self._second, self._changed = int(elapsed), False
        heading = heading_of(views, round_number, elapsed, pace)
        band = draw_heading(painter, heading, lang, self.scenario.text(self.scenario.title, lang))
        area = content_area(painter.fonts, m, band.bottom + m.px(16))
        if self.view == "join":
            codes = [
                JoinCode(view.id, view.name, self.link.urls.get(view.id, ""), view.present) for view in views
            ]
            draw_join(painter, area, codes, self.link.address, lang, self.qr)
        else:
            draw_room(painter, area, self.scenario, views, lang, self.cells)
        if self.view == "summary":
            with self.link.room.read() as session:
                cards = round_cards(session, self.summary_round)
                behind = round_behind(session, self.summary_round)
            names = {view.id: view.name for view in views}
            panel = area.inflate(-m.px(80), -m.px(20))
            draw_summary(painter, panel, self.scenario, names, self.summary_round, cards, lang, behind)
        draw_hint(painter, hint_line(self.hint_rows(heading.playing == 0, pace), lang))

    def hint_rows(self, finished: bool, pace: str = "rounds") -> list[str]:
        # In own pace there is no round to end: E lets every table with votes decide by them now.
        rows = ["tables_end" if pace == "rounds" else "tables_decide", "tables_join", "tables_compare"]
        if self.view != "tables":
            rows.insert(0, "tables_close")
        elif finished:
            rows = ["tables_compare_enter", "tables_join"]
        if self.summary_round >= 1 and self.view != "summary":
            rows.append("tables_summary")
        return [*rows, "menu"]

    # -- the presenter window --------------------------------------------------------

    def presenter_view(self, base: PresenterView) -> PresenterView:
        """The facilitator's screen: the round and its timer, each table's progress, the keys."""
        from dataclasses import replace

        from game.ui.tables_view import clock, ending_words, place_words, status_words

        lang = base.lang
        views, round_number, _pace = self.snapshot()
        scenario = self.scenario
        said = {
            view.id: ending_words(scenario, view, lang) if view.finished else status_words(view, lang)
            for view in views
        }
        lines = tuple(
            f"{view.name}: {said[view.id]} \u00b7 {place_words(scenario, view, lang)}" for view in views
        )
        return replace(
            base,
            scenario=self.scenario.text(self.scenario.title, lang),
            place=t("tables.presenter.round", lang, round=round_number),
            timer=clock(self.link.conductor.round_elapsed()),
            tables=lines,
        )
