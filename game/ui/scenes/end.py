"""The debrief: the outcome, a chart of every meter over the game, and beside it one of three views: the
choices grouped by theme (headed by the red lines the game crossed, if any), the public value triangle
(which says what it follows: the options chosen, or the themes of the cards as the fallback), or what
if (one past decision changed). The debrief report (HTML and CSV) is written as the screen shows, and
a button opens it in the browser."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.core.debrief import choices_by_theme, corner_pull, lines_crossed
from game.core.state import ChoiceRecord
from game.core.whatif import WhatIf, what_if_game
from game.errors import GameError
from game.i18n import t
from game.ui import style
from game.ui.chart import draw_chart
from game.ui.draw import Painter, TextBlock, fit_text, measurer
from game.ui.fonts import FontBook
from game.ui.report_files import (
    ReportFiles,
    open_in_browser,
    report_text,
    write_session_report,
)
from game.ui.scene import CONTINUE_KEYS, Host, Scene
from game.ui.scenes.common import button_padding, content_area, draw_hint, panel_padding
from game.ui.scenes.keys import hint_line
from game.ui.scenes.outcome import outcome_texts
from game.ui.session import Session
from game.ui.style import Metrics
from game.ui.triangle import TriangleView
from game.ui.whatif_view import (
    Part,
    Placed,
    Row,
    RowList,
    WhatIfPicker,
    draw_placed,
    result_parts,
    stack,
)
from game.ui.widgets import Button
from game.ui.wrap import wrap

VIEWS = ("choices", "triangle", "whatif")
LIST_SIZES = (29, style.BODY_MIN)  # the lessons panel is read from the back of the room: body size
# The same keys in both languages: K/C for the choices (keuzes), D/T for the triangle (driehoek), W what if.
VIEW_KEYS = {pygame.K_k: "choices", pygame.K_c: "choices", pygame.K_d: "triangle", pygame.K_t: "triangle"}
NUMBER_KEYS = {
    **{getattr(pygame, f"K_{n}"): n - 1 for n in range(1, 10)},
    **{getattr(pygame, f"K_KP{n}"): n - 1 for n in range(1, 10)},
}


@dataclass(frozen=True)
class ListLine:
    """One line of the choices list, `y` measured from the top of the list."""

    text: str
    y: int
    indent: int
    size: int
    heading: bool
    bullet: bool = False
    crossed: bool = False  # the list of red lines crossed: its heading stands out


def crossed_lines(session: Session, lang: str) -> list[str]:
    """["red line (card title - option label)", ...]: every red line the game crossed, in play order."""
    scenario = session.scenario
    lines = []
    for crossed in lines_crossed(scenario, session.game.state.choices):
        card = scenario.card(crossed.record.card)
        lines.append(
            t(
                "end.lines.item",
                lang,
                line=scenario.text(crossed.line, lang),
                title=scenario.text(card.title, lang),
                label=scenario.text(card.options[crossed.record.option].label, lang),
            )
        )
    return lines


def grouped_choices(session: Session, lang: str) -> list[tuple[str, list[str]]]:
    """[(theme name, ["card title - option label", ...])] as the core groups them; 'Other' last."""
    scenario = session.scenario

    def line(record: ChoiceRecord) -> str:
        card = scenario.card(record.card)
        label = scenario.text(card.options[record.option].label, lang)
        return f"{scenario.text(card.title, lang)} \u2013 {label}"

    return [
        (
            scenario.text(group.theme.name, lang) if group.theme is not None else t("end.other_theme", lang),
            [line(record) for record in group.choices],
        )
        for group in choices_by_theme(scenario, session.game.state.choices)
    ]


class EndScene(Scene):
    """Scrolls the choices with the arrow keys or the wheel; K/C, D/T and W switch the view on the right;
    O opens the report; Enter returns to the title screen (in what if it goes a step on instead)."""

    name = "end"

    def __init__(self, host: Host, session: Session) -> None:
        super().__init__(host)
        self.session = session
        # A group not yet debriefed: Enter (the key that led through the game) opens the debrief, the
        # button that is marked, instead of leaving for the title screen.
        from game.ui.debrief_link import enter_debriefs

        self.enter_debriefs = enter_debriefs(session)
        self.texts: dict[str, TextBlock] = {}
        self.lines: list[ListLine] = []
        self.list_height = 0
        self.scroll = 0
        self.view = "choices"
        self.back_view = "choices"  # the view W and Esc return to from what if
        self.picker = WhatIfPicker()
        self.whatifs: dict[tuple[int, int], WhatIf | str] = {}  # computed on demand; str: why not
        self.rows = RowList()
        self.placed: list[Placed] = []
        self.triangle = TriangleView()
        self.report = ReportFiles()
        self.no_browser = False  # the report could not be opened: the folder line says where it is
        self._row_pressed: int | None = None

    def on_show(self) -> None:
        super().on_show()
        self.report = write_session_report(self.session.log_path)
        self.invalidate()

    # -- layout ----------------------------------------------------------------------

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        area = content_area(fonts, m, m.margin)
        padding = button_padding(m)
        gap = m.px(14)
        button_h = m.px(54)
        # Play again and the title screen at the top right, beside the outcome's kicker and title.
        actions = (("debrief", "end.debrief"), ("again", "end.play_again"), ("title", "end.to_title"))
        widest = max(fonts.width(t(key, lang), m.text(26), bold=True) for _, key in actions)
        action_w = min(round(area.width * 0.16), max(m.px(160), widest + 2 * padding + m.px(12)))
        actions_left = area.right - len(actions) * (action_w + gap) + gap
        y = self._layout_outcome(m, area, actions_left - m.px(24) - area.left)
        head = self.boxes["title"].bottom - area.top
        top = area.top + max(0, (head - button_h) // 2)
        buttons: list[Button] = []
        primary = "debrief" if self._group() else "again"  # a group goes on to talk it over
        for i, (action, key) in enumerate(actions):
            rect = pygame.Rect(actions_left + i * (action_w + gap), top, action_w, button_h)
            button = Button(action, t(key, lang), rect, primary=action == primary)
            fit_button(fonts, m, button, m.steps(26, 16))
            buttons.append(button)
        # The chart on the left (with the report's line below it), the lessons on the right.
        split = m.px(28)
        chart_w = round((area.width - split) * 0.5)
        reporting = self.report.html is not None or self.report.problem is not None
        report_h = m.px(54) if reporting else 0
        chart_bottom = area.bottom - (report_h + m.px(14) if reporting else 0)
        chart = pygame.Rect(area.left, y, chart_w, chart_bottom - y)
        right = pygame.Rect(chart.right + split, y, area.right - chart.right - split, area.bottom - y)
        tab_h = m.px(50)
        buttons[:0] = self._view_buttons(m, pygame.Rect(right.left, right.top, right.width, tab_h))
        report_row = pygame.Rect(area.left, area.bottom - report_h, chart_w, report_h)
        text_right = report_row.right
        if self.report.html is not None and not self.no_browser:  # no button that cannot work
            label = t("end.report.open", lang)
            width = min(report_row.width // 2, fonts.width(label, m.text(24)) + 2 * padding + m.px(10))
            rect = pygame.Rect(report_row.right - width, report_row.top, width, report_h)
            button = Button("report", label, rect)
            fit_button(fonts, m, button, m.steps(24, 16))
            buttons.append(button)
            text_right = rect.left - m.px(16)
        self.buttons.set(buttons)
        self.boxes["report"] = pygame.Rect(
            report_row.left, report_row.top, text_right - report_row.left, report_h
        )
        self.texts["report"] = self._report_text(m, self.boxes["report"])
        top = right.top + tab_h + m.px(12)
        choices = pygame.Rect(right.left, top, right.width, right.bottom - top)
        self.boxes.update(chart=chart, choices=choices)
        pad = m.px(20)
        inner_c = chart.inflate(-2 * pad, -2 * pad)
        self.boxes["chart_inner"] = inner_c
        chart_heading = fit_text(
            fonts, self._chart_heading(), inner_c.width, None, m.steps(24, 18), bold=True, max_lines=1
        )
        self.texts["chart_heading"] = chart_heading
        self.boxes["chart_heading"] = pygame.Rect(
            inner_c.left, inner_c.top, inner_c.width, chart_heading.height
        )
        self.boxes["plot"] = pygame.Rect(
            inner_c.left,
            inner_c.top + chart_heading.height + m.px(10),
            inner_c.width,
            inner_c.height - chart_heading.height - m.px(10),
        )
        cpad = panel_padding(m) - m.px(12)
        list_outer = choices.inflate(-2 * cpad, -2 * cpad)
        heading = fit_text(
            fonts,
            self._panel_heading().upper(),
            list_outer.width,
            None,
            m.steps(24, 18),
            bold=True,
            max_lines=1,
        )
        self.texts["choices_heading"] = heading
        self.boxes["choices_heading"] = pygame.Rect(
            list_outer.left, list_outer.top, list_outer.width, heading.height
        )
        box = pygame.Rect(
            list_outer.left,
            list_outer.top + heading.height + m.px(10),
            list_outer.width,
            list_outer.height - heading.height - m.px(10),
        )
        self.boxes["list"] = box
        self.layout_list(m, box)
        if self.view == "triangle":
            scenario, made = self.session.scenario, self.session.game.state.choices
            pull = corner_pull(scenario, made)
            crossed = len(lines_crossed(scenario, made))
            self.triangle.build(fonts, m, box, pull, lang, group=self._group(), crossed=crossed)
        elif self.view == "whatif":
            self._layout_whatif(m, box)

    def _group(self) -> bool:
        """Whether the screen speaks to a group (jullie) or to one player (je)."""
        return bool(self.session.group_name) or self.session.mode == "group"

    def _layout_outcome(self, m: Metrics, area: pygame.Rect, head_width: int) -> int:
        """The outcome across the top, beside an accent bar: the kicker and its title (in `head_width`,
        beside the buttons), and its text at body size (three lines at most); returns the y below it."""
        fonts = self.host.fonts
        lang = self.host.lang
        outcome = self.session.game.ending or self.session.game.profile
        kicker_text, title_text, body_text = outcome_texts(self.session, outcome, lang)
        indent = m.px(style.ACCENT_BAR) + m.px(22)
        width = area.width - indent
        kicker = fit_text(
            fonts,
            f"{t('end.heading', lang)} \u00b7 {kicker_text}".upper(),
            head_width - indent,
            None,
            m.steps(24, 18),
            bold=True,
            max_lines=1,
        )
        title = fit_text(
            fonts, title_text, head_width - indent, None, m.scale_of("title"), bold=True, max_lines=1
        )
        sizes = m.scale_of("body")
        fewest = len(fit_text(fonts, body_text, width, None, sizes[-1:], max_lines=3).lines)
        body = fit_text(fonts, body_text, width, None, sizes, max_lines=fewest)  # as few lines as can be
        left = area.left + indent
        y = area.top
        self.boxes["kicker"] = pygame.Rect(left, y, head_width - indent, kicker.height)
        y += kicker.height + m.px(4)
        self.boxes["title"] = pygame.Rect(left, y, head_width - indent, title.height)
        y += title.height + m.px(6)
        self.boxes["body"] = pygame.Rect(left, y, width, body.height)
        y += body.height
        self.boxes["outcome_bar"] = pygame.Rect(area.left, area.top, m.px(style.ACCENT_BAR), y - area.top)
        self.texts = {"kicker": kicker, "title": title, "body": body}
        return y + m.px(22)

    def _view_buttons(self, m: Metrics, row: pygame.Rect) -> list[Button]:
        gap = m.px(12)
        width = (row.width - gap * (len(VIEWS) - 1)) // len(VIEWS)
        buttons = []
        for index, view in enumerate(VIEWS):
            rect = pygame.Rect(row.left + index * (width + gap), row.top, width, row.height)
            button = Button(
                f"view:{view}", t(f"end.view.{view}", self.host.lang), rect, primary=view == self.view
            )
            fit_button(self.host.fonts, m, button, m.steps(24, 16))
            buttons.append(button)
        return buttons

    def _report_text(self, m: Metrics, box: pygame.Rect) -> TextBlock:
        """Where the report went (folder, then file names), or why there is none, in two lines at most."""
        return report_text(
            self.host.fonts, self.report, box, m.steps(21, 16), self.host.lang, no_browser=self.no_browser
        )

    def _chart_heading(self) -> str:
        if self.view == "whatif" and isinstance(self._result(), WhatIf):
            return t("end.whatif.chart", self.host.lang)
        return t("end.chart", self.host.lang)

    def _panel_heading(self) -> str:
        lang = self.host.lang
        if self.view == "triangle":
            return t("end.triangle.heading", lang)
        if self.view == "whatif":
            number = self.picker.decision + 1
            if self.picker.stage == "option":
                return t("end.whatif.pick_option", lang, number=number)
            if self.picker.stage == "shown":
                record = self.session.game.state.choices[self.picker.decision]
                title = self.session.scenario.text(self.session.scenario.card(record.card).title, lang)
                return t("end.whatif.heading", lang, number=number, title=title)
            return t("end.whatif.pick_decision", lang)
        return t("end.choices_group" if self.session.group_name else "end.choices", lang)

    def _layout_whatif(self, m: Metrics, box: pygame.Rect) -> None:
        fonts = self.host.fonts
        lang = self.host.lang
        scenario = self.session.scenario
        choices = self.session.game.state.choices
        self.placed = []
        if not choices:
            self.placed = stack(fonts, m, box, [_part(t("end.whatif.none", lang))], m.steps(*LIST_SIZES))
            return
        stage = self.picker.stage
        result = self._result()
        if stage == "shown" and isinstance(result, WhatIf):
            real = outcome_texts(self.session, self.session.game.ending or self.session.game.profile, lang)[1]
            parts = result_parts(scenario, result, real, lang)
            self.placed = stack(fonts, m, box, parts, m.steps(*LIST_SIZES))
            return
        if stage == "shown":
            problem = result if isinstance(result, str) else ""
            self.placed = stack(
                fonts, m, box, [_part(t("end.whatif.failed", lang, problem=problem))], m.steps(*LIST_SIZES)
            )
            return
        if stage == "decision":
            rows = [
                Row(str(number + 1), scenario.text(scenario.card(record.card).title, lang))
                for number, record in enumerate(choices)
            ]
            self.rows.build(fonts, m, box, rows, m.steps(*LIST_SIZES), max_lines=1)
            self.rows.show(self.picker.decision)
            return
        record = choices[self.picker.decision]
        card = scenario.card(record.card)
        title = fit_text(
            fonts,
            scenario.text(card.title, lang),
            box.width,
            None,
            m.steps(*LIST_SIZES),
            bold=True,
            max_lines=2,
        )
        self.texts["whatif_card"] = title
        self.boxes["whatif_card"] = pygame.Rect(box.left, box.top, box.width, title.height)
        rows_box = pygame.Rect(
            box.left, box.top + title.height + m.px(10), box.width, box.height - title.height - m.px(10)
        )
        rows = []
        for index, option in enumerate(card.options):
            label = scenario.text(option.label, lang)
            chosen = index == record.option
            rows.append(
                Row(
                    str(index + 1),
                    t("end.whatif.chosen", lang, label=label) if chosen else label,
                    enabled=not chosen,
                )
            )
        self.rows.build(fonts, m, rows_box, rows, m.steps(*LIST_SIZES), max_lines=3)
        self.rows.show(self.picker.option)

    def layout_list(self, m: Metrics, box: pygame.Rect) -> None:
        """The red lines crossed first (when any), then the choices by theme, as large as fits (else it
        scrolls)."""
        fonts = self.host.fonts
        lang = self.host.lang
        groups = grouped_choices(self.session, lang)
        if not groups:
            groups = [(t("end.no_choices", lang), [])]
        crossed = crossed_lines(self.session, lang)
        if crossed:
            heading = "end.lines.heading_group" if self._group() else "end.lines.heading"
            groups.insert(0, (t(heading, lang), crossed))
        indent = m.px(18)
        for size in m.steps(*LIST_SIZES):
            lines: list[ListLine] = []
            y = 0
            item_h = fonts.line_height(size)
            head_h = fonts.line_height(size, bold=True)
            bold_font, font = fonts.font(size, bold=True), fonts.font(size)
            for index, (theme, items) in enumerate(groups):
                if index:
                    y += m.px(10)
                marked = bool(crossed) and index == 0
                for text in wrap(theme, box.width, measurer(bold_font)):
                    lines.append(ListLine(text, y, 0, size, heading=True, crossed=marked))
                    y += head_h
                for item in items:
                    wrapped = wrap(item, box.width - indent, measurer(font))
                    for number, text in enumerate(wrapped):
                        lines.append(
                            ListLine(text, y, indent, size, heading=False, bullet=number == 0, crossed=marked)
                        )
                        y += item_h
            self.lines, self.list_height = lines, y
            if y <= box.height:
                break
        self.scroll = max(0, min(self.scroll, self.list_height - box.height))

    # -- views and what if -------------------------------------------------------------

    def set_view(self, view: str) -> None:
        if view == "whatif":
            self.open_whatif()
            return
        if view != self.view:
            self.view = view
            self._changed()

    def open_whatif(self) -> None:
        """W: what if, at the list of decisions (the last one looked at stays selected)."""
        if self.view != "whatif":
            self.back_view = self.view
            self.view = "whatif"
        self.picker.stage = "decision"
        self.rows.scroll = 0
        self._changed()

    def leave_whatif(self) -> bool:
        """W or Esc in what if: back to the real course and the view before; False when not in what if
        (then Esc opens the pause menu as everywhere)."""
        if self.view != "whatif":
            return False
        self.view = self.back_view
        self._changed()
        return True

    def _changed(self) -> None:
        self.invalidate()
        self.host.redraw()

    def _result(self) -> WhatIf | str | None:
        if self.picker.stage != "shown":
            return None
        return self.whatifs.get((self.picker.decision, self.picker.option))

    def pick_decision(self, index: int) -> None:
        choices = self.session.game.state.choices
        if not 0 <= index < len(choices):
            return
        record = choices[index]
        options = len(self.session.scenario.card(record.card).options)
        self.picker.decision = index
        self.picker.option = next(option for option in range(options) if option != record.option)
        self.picker.stage = "option"
        self.rows.scroll = 0
        self._changed()

    def pick_option(self, option: int) -> None:
        """Show the game with `option` taken at the selected decision (computed once, on demand)."""
        choices = self.session.game.state.choices
        record = choices[self.picker.decision]
        if option == record.option or not 0 <= option < len(self.session.scenario.card(record.card).options):
            return
        key = (self.picker.decision, option)
        if key not in self.whatifs:
            try:
                self.whatifs[key] = what_if_game(self.session.game, *key)
            except (GameError, ValueError) as error:
                self.whatifs[key] = str(error)
        self.picker.option = option
        self.picker.stage = "shown"
        self._changed()

    def _move(self, step: int) -> None:
        choices = self.session.game.state.choices
        if not choices:
            return
        if self.picker.stage == "decision":
            self.picker.decision = max(0, min(len(choices) - 1, self.picker.decision + step))
        elif self.picker.stage == "option":
            record = choices[self.picker.decision]
            count = len(self.session.scenario.card(record.card).options)
            option = self.picker.option + step
            if option == record.option:
                option += step
            if 0 <= option < count:
                self.picker.option = option
        self._changed()

    def _whatif_key(self, key: int) -> bool:
        """The keys of what if; True when `key` was one of them."""
        stage = self.picker.stage
        if key == pygame.K_w:
            self.leave_whatif()
        elif key == pygame.K_BACKSPACE:
            if stage == "decision":
                self.leave_whatif()
            else:
                self.picker.stage = "decision" if stage == "option" else "option"
                self._changed()
        elif key in (pygame.K_UP, pygame.K_DOWN):
            self._move(-1 if key == pygame.K_UP else 1)
        elif key in NUMBER_KEYS and stage == "decision":
            self.pick_decision(NUMBER_KEYS[key])
        elif key in NUMBER_KEYS and stage == "option":
            self.pick_option(NUMBER_KEYS[key])
        elif key in CONTINUE_KEYS and self.buttons.focused_action() is None:
            if stage == "decision":
                self.pick_decision(self.picker.decision)
            elif stage == "option":
                self.pick_option(self.picker.option)
            else:
                self.open_whatif()
        else:
            return False
        return True

    # -- reports -----------------------------------------------------------------------

    def open_report(self) -> None:
        html = self.report.html
        if html is None:
            return
        if not open_in_browser(html):
            self.no_browser = True
            self._changed()

    # -- input -------------------------------------------------------------------------

    def scroll_by(self, amount: int) -> None:
        self.ensure_layout()
        limit = max(0, self.list_height - self.boxes["list"].height)
        new = max(0, min(limit, self.scroll + amount))
        if new != self.scroll:
            self.scroll = new
            self.host.redraw()

    def _picking(self) -> bool:
        return self.view == "whatif" and self.picker.stage in ("decision", "option")

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.MOUSEWHEEL:
            if self._picking():
                self._move(-event.y)
            elif self.view == "choices":
                self.scroll_by(-event.y * self.metrics().px(40))
            return
        if self._picking() and event.type in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
            self.ensure_layout()
            if event.button == 1 and self.rows.box.collidepoint(event.pos):
                self._click_row(event)
                return
        super().handle_event(event)

    def _click_row(self, event: pygame.event.Event) -> None:
        """A click on a decision or an option picks it (press and release on the same row)."""
        index = self.rows.row_at(event.pos)
        if event.type == pygame.MOUSEBUTTONDOWN:
            self._row_pressed = index
            return
        pressed, self._row_pressed = self._row_pressed, None
        if index is None or index != pressed:
            return
        if self.picker.stage == "decision":
            self.pick_decision(index)
        else:
            self.pick_option(index)

    def on_key(self, key: int) -> None:
        if self.view == "whatif" and self._whatif_key(key):
            return
        m = self.metrics()
        step = {
            pygame.K_UP: -m.px(40),
            pygame.K_DOWN: m.px(40),
            pygame.K_PAGEUP: -m.px(300),
            pygame.K_PAGEDOWN: m.px(300),
        }.get(key)
        if key in VIEW_KEYS:
            self.set_view(VIEW_KEYS[key])
        elif key == pygame.K_w:
            self.open_whatif()
        elif key == pygame.K_o:
            self.open_report()
        elif key == pygame.K_b:
            self.open_debrief()
        elif step is not None:
            if self.view == "choices":
                self.scroll_by(step)
        elif key in CONTINUE_KEYS and self.buttons.focused_action() is None and self.enter_debriefs:
            self.open_debrief()
        elif key in CONTINUE_KEYS and self.buttons.focused_action() is None:
            self.host.to_title()
        elif key in (pygame.K_LEFT, pygame.K_RIGHT, pygame.K_TAB):
            self.buttons.move_focus(-1 if key == pygame.K_LEFT else 1)
            self.host.redraw()
        else:
            super().on_key(key)

    def open_debrief(self) -> None:
        """B or the button: the guided debrief (game/ui/scenes/debrief.py), as far as it went before."""
        from game.ui.debrief_link import open_debrief

        self.host.show(open_debrief(self.host, self.session))

    def on_escape(self) -> bool:
        return self.leave_whatif()

    def on_action(self, action: str) -> None:
        if action == "debrief":
            self.open_debrief()
        elif action == "again":
            self.host.restart()
        elif action == "title":
            self.host.to_title()
        elif action == "report":
            self.open_report()
        elif action.startswith("view:"):
            view = action.removeprefix("view:")
            if view == "whatif" and self.view == "whatif":
                self.leave_whatif()
            else:
                self.set_view(view)

    # -- drawing -----------------------------------------------------------------------

    def hint(self) -> str:
        """The keys that work now: O only with a report and a browser, the arrows only when the list
        scrolls."""
        if self._picking():
            rows = ["whatif_pick", "whatif_back", "whatif_leave"]
        elif self.view == "whatif":
            rows = ["whatif_again", "whatif_other", "whatif_leave"]
        else:
            rows = ["end_debrief_enter" if self.enter_debriefs else "end_debrief", "end_views", "whatif"]
            if self.report.html is not None and not self.no_browser:
                rows.append("open_report")
            box = self.boxes.get("list")
            if self.view == "choices" and box is not None and self.list_height > box.height:
                rows.append("scroll")
            rows += [*([] if self.enter_debriefs else ["to_title"]), "menu", "language", "mute"]
        return hint_line(rows, self.host.lang)

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        m = painter.metrics
        lang = self.host.lang
        pygame.draw.rect(painter.surface, style.ACCENT, self.boxes["outcome_bar"], border_radius=m.px(4))
        painter.block(self.texts["kicker"], self.boxes["kicker"], style.ACCENT)
        painter.block(self.texts["title"], self.boxes["title"], style.TEXT)
        painter.block(self.texts["body"], self.boxes["body"], style.TEXT)
        chart = self.boxes["chart"]
        painter.panel(chart, style.BAND, border=style.BUTTON_LINE, width=m.px(2))
        painter.block(self.texts["chart_heading"], self.boxes["chart_heading"], style.TEXT)
        self._draw_chart(painter, lang)
        choices = self.boxes["choices"]
        painter.shadow(choices)
        painter.panel(choices, style.PANEL)
        painter.block(self.texts["choices_heading"], self.boxes["choices_heading"], style.INK_MUTED)
        if self.view == "triangle":
            self.triangle.draw(painter)
        elif self.view == "whatif":
            self._draw_whatif(painter)
        else:
            self._draw_list(painter)
        painter.block(self.texts["report"], self.boxes["report"], style.TEXT_MUTED, valign="middle")
        self.buttons.draw(painter, button_padding(m))
        draw_hint(painter, self.hint())

    def _draw_chart(self, painter: Painter, lang: str) -> None:
        scenario = self.session.scenario
        history = self.session.game.state.history
        plot = self.boxes["plot"]
        choices = self.session.game.state.choices
        if self.view != "whatif" or not choices:
            draw_chart(painter, plot, scenario, history, lang)
            return
        result = self._result()
        if isinstance(result, WhatIf):
            draw_chart(painter, plot, scenario, history, lang, result.alternative.history, result.turn_number)
            return
        record = choices[min(self.picker.decision, len(choices) - 1)]
        draw_chart(
            painter, plot, scenario, history, lang, marker=scenario.turn_number(record.year, record.turn)
        )

    def _draw_whatif(self, painter: Painter) -> None:
        if self.placed:
            draw_placed(painter, self.placed)
            return
        if self.picker.stage == "option":
            painter.block(self.texts["whatif_card"], self.boxes["whatif_card"], style.ACCENT_DARK)
        selected = self.picker.decision if self.picker.stage == "decision" else self.picker.option
        self.rows.draw(painter, selected)

    def _draw_list(self, painter: Painter) -> None:
        m = painter.metrics
        box = self.boxes["list"]
        for line in self.lines:
            top = box.top + line.y - self.scroll
            height = painter.fonts.line_height(line.size, line.heading)
            if top < box.top or top + height > box.bottom:
                continue
            colour = style.ERROR_INK if line.crossed else style.ACCENT_DARK if line.heading else style.INK
            painter.text(
                line.text, (box.left + line.indent, top), line.size, colour, bold=line.heading, box=box
            )
            if line.bullet:
                pygame.draw.circle(
                    painter.surface,
                    style.INK_MUTED,
                    (box.left + line.indent // 3, top + height // 2),
                    max(2, m.px(3)),
                )
        limit = self.list_height - box.height
        if self.scroll > 0:
            painter.arrow((box.right - m.px(10), box.top + m.px(6)), m.px(14), style.INK_MUTED, up=True)
        if limit > 0 and self.scroll < limit:
            painter.arrow((box.right - m.px(10), box.bottom - m.px(6)), m.px(14), style.INK_MUTED, up=False)


def fit_button(fonts: FontBook, m: Metrics, button: Button, sizes: list[int]) -> None:
    """Fit the label at the sizes whose line fits the button's height (as it is drawn, with its padding)."""
    padding = button_padding(m)
    room = button.label_box(padding).height
    fitting = [size for size in sizes if fonts.line_height(size, button.primary) <= room] or sizes[-1:]
    button.fit(fonts, fitting, padding)


def _part(text: str) -> Part:
    return Part(text, style.INK)
