"""The comparison debrief of a tables session: four pages led with keys (game/ui/tables_compare_view.py).

Left/Right or 1-4 the page; Up/Down the meter (page 1), the card (page 3) or the rows (page 4); A and B
the two tables whose roads page 4 puts side by side; O the report of all tables, written once every table
finished, in the browser; Esc or Backspace back to where it was opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.i18n import t
from game.tables.compare import Comparison, tables_compared
from game.tables.session import TablesSession
from game.ui import style
from game.ui import tables_compare_view as view
from game.ui.draw import Painter, TextBlock, draw_fitted, fit_text
from game.ui.report_files import (
    ReportFiles,
    ReportWriting,
    open_in_browser,
    report_text,
    write_tables_report,
)
from game.ui.scene import Host, Scene
from game.ui.scenes.common import button_padding, content_area, draw_hint
from game.ui.scenes.keys import hint_line
from game.ui.style import Metrics
from game.ui.widgets import Button

if TYPE_CHECKING:
    from game.tables.server import Room

PAGE_KEYS = {pygame.K_1: 0, pygame.K_2: 1, pygame.K_3: 2, pygame.K_4: 3}
PAGE_KEYS |= {pygame.K_KP1: 0, pygame.K_KP2: 1, pygame.K_KP3: 2, pygame.K_KP4: 3}
POLL_MS = 250  # how often a live room is asked whether something changed (see wake_in)
WRITING_MS = 100  # how often the report's thread is looked at while it writes


class TablesCompareScene(Scene):
    """The tables compared, from a running Room (read under its lock) or a TablesSession. `back` is the
    scene to return to, or a function that returns there; `poll` (a conductor's) keeps a live session
    going while this screen is shown and says when it changed, which draws the comparison again. With
    `log_path` (the session's log) the report of all tables is written once every table finished, and
    again when more was decided since (a resumed session), and a line says where."""

    name = "tables_compare"

    def __init__(
        self,
        host: Host,
        source: Room | TablesSession,
        back: Scene | Callable[[], None],
        *,
        poll: Callable[[], bool] | None = None,
        log_path: Path | None = None,
    ) -> None:
        super().__init__(host)
        self.source = source
        self.back = back
        self.poll = poll
        self.log_path = log_path
        self.report = ReportFiles()
        self.reported: tuple[int, ...] | None = None  # each table's decisions when the report was written
        self.writing: ReportWriting | None = None  # the report being written, in a thread of its own
        self.no_browser = False  # the report could not be opened: the line says where it is
        self.report_text = TextBlock((), 1, 1)
        self.page = 0
        self.meter = 0
        self.difference = 0
        self.scroll = 0
        self.comparison, self.finished = self._compare()
        ids = [run.table for run in self.comparison.tables]
        self.pair = (ids[0], ids[1])
        self._next_poll = 0

    # -- the comparison --------------------------------------------------------------

    def _session(self) -> TablesSession:
        return self.source if isinstance(self.source, TablesSession) else self.source.session

    def _compare(self) -> tuple[Comparison, bool]:
        """The tables compared, and whether every table's game is over."""
        if isinstance(self.source, TablesSession):
            return tables_compared(self.source), self.source.finished
        with self.source.read() as session:
            return tables_compared(session), session.finished

    def refresh(self) -> None:
        """The comparison again (the tables may have played on), the selections kept where they fit."""
        self.comparison, self.finished = self._compare()
        self._report_when_finished()
        self.difference = max(0, min(self.difference, len(self.comparison.differences) - 1))
        self.invalidate()
        self.host.redraw()

    def on_show(self) -> None:
        super().on_show()
        self.refresh()

    def _report_when_finished(self) -> None:
        """Once every table finished, the report of all tables; again only when more was decided since."""
        log_path = self.log_path
        if log_path is None or not self.finished or self.writing is not None:  # (one write at a time)
            return
        if self.poll is not None and self.poll():  # (after a poll the log holds every event)
            self.comparison, self.finished = self._compare()
        decided = tuple(len(run.choices) for run in self.comparison.tables)
        if decided != self.reported:
            self.reported = decided
            self.writing = ReportWriting(lambda: write_tables_report(log_path))
            self.report, self.no_browser = ReportFiles(), False  # (O waits for the files)

    def _take_report(self) -> bool:
        """The report's thread finished: its files (or its problem) shown, and written again should more
        have been decided meanwhile. True when it finished."""
        writing = self.writing
        if writing is None or not writing.done:
            return False
        self.writing = None
        self.report = writing.result or ReportFiles()
        self._report_when_finished()
        self.invalidate()
        self.host.redraw()
        return True

    def open_report(self) -> None:
        """O or the button: the report in the browser; without one, the line says where it is."""
        if self.report.html is not None and not open_in_browser(self.report.html):
            self.no_browser = True
            self.invalidate()
            self.host.redraw()

    def wake_in(self, now: int) -> int | None:
        waits = []
        if self.writing is not None:
            if self._take_report():
                return 0
            waits.append(WRITING_MS)
        if self.poll is not None:
            if now >= self._next_poll:
                self._next_poll = now + POLL_MS
                if self.poll():
                    self.refresh()
                    return 0
            waits.append(self._next_poll - now)
        return min(waits, default=None)

    # -- layout ----------------------------------------------------------------------

    def layout_key(self) -> tuple[object, ...]:
        return (*super().layout_key(), self.page)

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        area = content_area(fonts, m, m.px(22))
        kicker_h = fonts.line_height(m.text(24), True)
        title_h = fonts.line_height(m.title, True)
        header = pygame.Rect(area.left, area.top, area.width, kicker_h + title_h)
        self.boxes["header"] = header
        padding = button_padding(m)
        back_w = min(
            area.width // 5, fonts.width(t("tables.compare.back", lang), m.text(24)) + 2 * padding + m.px(12)
        )
        back = Button(
            "back",
            t("tables.compare.back", lang),
            pygame.Rect(header.right - back_w, header.top + m.px(8), back_w, m.px(54)),
        )
        self.boxes["heading"] = pygame.Rect(
            header.left, header.top, back.rect.left - m.gap - header.left, header.height
        )
        tab_h = m.px(50)
        tabs_top = header.bottom + m.px(12)
        gap = m.px(12)
        tab_w = (area.width - gap * (len(view.PAGES) - 1)) // len(view.PAGES)
        buttons = [back]
        for index, page in enumerate(view.PAGES):
            rect = pygame.Rect(area.left + index * (tab_w + gap), tabs_top, tab_w, tab_h)
            label = f"{index + 1} {t(f'tables.compare.tab.{page}', lang)}"
            buttons.append(Button(f"page:{index}", label, rect, primary=index == self.page))
        bottom = self._layout_report(m, area, buttons)
        for button in buttons:
            button.fit(fonts, m.steps(24, view.SMALLEST), padding)
        self.buttons.set(buttons)
        top = tabs_top + tab_h + m.px(18)
        self.boxes["body"] = pygame.Rect(area.left, top, area.width, bottom - top)

    def _layout_report(self, m: Metrics, area: pygame.Rect, buttons: list[Button]) -> int:
        """The report's line along the bottom (with its button when a browser may open it); where the
        page's body ends above it."""
        fonts = self.host.fonts
        lang = self.host.lang
        if self.report.html is None and self.report.problem is None and self.writing is None:
            self.report_text = TextBlock((), 1, 1)
            return area.bottom
        row = pygame.Rect(area.left, area.bottom - m.px(50), area.width, m.px(50))
        text_right = row.right
        if self.report.html is not None and not self.no_browser:  # no button that cannot work
            label = t("end.report.open", lang)
            width = min(row.width // 3, fonts.width(label, m.text(24)) + 2 * button_padding(m) + m.px(12))
            button = Button("report", label, pygame.Rect(row.right - width, row.top, width, row.height))
            buttons.append(button)
            text_right = button.rect.left - m.px(16)
        box = pygame.Rect(row.left, row.top, text_right - row.left, row.height)
        self.boxes["report"] = box
        sizes = m.steps(22, view.SMALLEST)
        if self.writing is not None:
            writing = t("tables.compare.report_writing", lang)
            self.report_text = fit_text(fonts, writing, box.width, box.height, sizes, max_lines=1)
        else:
            self.report_text = report_text(
                fonts, self.report, box, sizes, lang, no_browser=self.no_browser, one_line=True
            )
        return row.top - m.px(12)

    # -- input -----------------------------------------------------------------------

    def on_key(self, key: int) -> None:
        count = len(view.PAGES)
        if key in PAGE_KEYS:
            self.show_page(PAGE_KEYS[key])
        elif key in (pygame.K_LEFT, pygame.K_RIGHT):
            self.show_page((self.page + (1 if key == pygame.K_RIGHT else -1)) % count)
        elif key in (pygame.K_UP, pygame.K_DOWN):
            self.pick(-1 if key == pygame.K_UP else 1)
        elif key in (pygame.K_PAGEUP, pygame.K_PAGEDOWN) and view.PAGES[self.page] == "roads":
            self.pick((-1 if key == pygame.K_PAGEUP else 1) * self._visible_rows())
        elif key in (pygame.K_a, pygame.K_b) and view.PAGES[self.page] == "roads":
            self.next_table(0 if key == pygame.K_a else 1)
        elif key == pygame.K_o:
            self.open_report()
        elif key == pygame.K_BACKSPACE:
            self.go_back()
        elif key == pygame.K_TAB:
            self.buttons.move_focus(1)
            self.host.redraw()
        elif key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
            action = self.buttons.focused_action()
            if action is not None:
                self.on_action(action)

    def on_action(self, action: str) -> None:
        if action == "back":
            self.go_back()
        elif action == "report":
            self.open_report()
        elif action.startswith("page:"):
            self.show_page(int(action.removeprefix("page:")))

    def on_escape(self) -> bool:
        self.go_back()
        return True

    def go_back(self) -> None:
        if isinstance(self.back, Scene):
            self.host.show(self.back)
        else:
            self.back()

    def show_page(self, page: int) -> None:
        if page != self.page:
            self.page = page
            self.invalidate()
            self.host.redraw()

    def pick(self, step: int) -> None:
        """Up/Down: the next meter, the next card that differs, or the road's rows scrolled."""
        page = view.PAGES[self.page]
        if page == "meters":
            self.meter = (self.meter + step) % len(self._session().scenario.meters)
        elif page == "differences" and self.comparison.differences:
            self.difference = (self.difference + step) % len(self.comparison.differences)
        elif page == "roads":
            steps = len(self.comparison.road(*self.pair))
            self.scroll = max(0, min(self.scroll + step, steps - self._visible_rows()))
        else:
            return
        self.host.redraw()

    def next_table(self, side: int) -> None:
        """A or B: the next table on that side of the road, never the one on the other side."""
        ids = [run.table for run in self.comparison.tables]
        other = self.pair[1 - side]
        current = ids.index(self.pair[side])
        for shift in range(1, len(ids)):
            candidate = ids[(current + shift) % len(ids)]
            if candidate != other:
                self.pair = (candidate, other) if side == 0 else (other, candidate)
                break
        self.scroll = 0
        self.host.redraw()

    def _visible_rows(self) -> int:
        self.ensure_layout()
        return view.road_visible(self.host.fonts, self.metrics(), self.boxes["body"])

    # -- drawing -----------------------------------------------------------------------

    def hint(self) -> str:
        rows = ["compare_pages"]
        rows += {
            "meters": ["compare_meter"],
            "differences": ["compare_card"],
            "roads": ["compare_scroll", "compare_tables"],
        }.get(view.PAGES[self.page], [])
        if self.report.html is not None and not self.no_browser:
            rows.append("open_report")
        rows += ["compare_back", "language"]
        return hint_line(rows, self.host.lang)

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        m = painter.metrics
        lang = self.host.lang
        page = view.PAGES[self.page]
        heading = self.boxes["heading"]
        of = t("tables.compare.of", lang, index=self.page + 1, count=len(view.PAGES))
        kicker = f"{t('tables.compare.kicker', lang)} \u00b7 {of}"
        kicker_box = pygame.Rect(
            heading.left, heading.top, heading.width, painter.fonts.line_height(m.text(24), True)
        )
        y = draw_fitted(
            painter,
            kicker.upper(),
            kicker_box,
            m.steps(24, view.SMALLEST),
            style.ACCENT,
            bold=True,
            max_lines=1,
        )
        title_box = pygame.Rect(heading.left, y, heading.width, heading.bottom - y)
        draw_fitted(
            painter,
            t(f"tables.compare.title.{page}", lang),
            title_box,
            m.scale_of("title"),
            style.TEXT,
            bold=True,
            max_lines=1,
        )
        look = view.Look(self._session().scenario, lang)
        body = self.boxes["body"]
        if page == "meters":
            view.draw_meter_page(painter, body, self.comparison, look, self.meter)
        elif page == "triangles":
            view.draw_triangles_page(painter, body, self.comparison, look)
        elif page == "differences":
            view.draw_difference_page(painter, body, self.comparison, look, self.difference)
        else:
            view.draw_road_page(painter, body, self.comparison, look, self.pair, self.scroll)
        if self.report_text.lines:
            painter.block(self.report_text, self.boxes["report"], style.TEXT_MUTED, valign="middle")
        self.buttons.draw(painter, button_padding(m))
        draw_hint(painter, self.hint())

    def spoken(self, lang: str) -> list[str]:
        return [t(f"tables.compare.title.{view.PAGES[self.page]}", lang)]
