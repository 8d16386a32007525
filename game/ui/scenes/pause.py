"""Menus over the current screen: the pause menu (the game: resume, restart, title, quit; the settings:
language, full screen, discussion timer, effect preview, presenter view, motion, sound) and the question
whether to take back the last decision."""

from __future__ import annotations

from functools import partial

import pygame

from game.core.countdown import Countdown
from game.i18n import t
from game.settings import PREVIEWS
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.scene import Host, Scene
from game.ui.scenes.common import (
    button_padding,
    draw_hint,
    draw_overlay_panel,
    hint_height,
    on_off,
    panel_padding,
)
from game.ui.scenes.keys import screen_hint
from game.ui.style import Metrics
from game.ui.tables_link import leave
from game.ui.tables_link import running as tables_running
from game.ui.widgets import Button


class MenuOverlay(Scene):
    """A heading and a column of buttons over the dimmed screen below; Esc (handled by the App) closes it.

    Subclasses give the heading, the buttons (`actions`), the key hint and what each button does.
    """

    name = "menu"

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.texts: dict[str, TextBlock] = {}

    def layout_key(self) -> tuple[object, ...]:
        return (*super().layout_key(), self.host.fullscreen, self.host.session is not None)

    def on_show(self) -> None:
        super().on_show()
        self.ensure_layout()
        self.buttons.focus = 0

    def heading(self) -> str:
        raise NotImplementedError

    def hint(self) -> str:
        raise NotImplementedError

    def actions(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def on_continue(self) -> None:
        self.host.close_pause()

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        items = self.actions()
        width = min(m.width - 2 * m.margin, m.px(520))
        pad = panel_padding(m)
        button_h = m.px(60)
        gap = m.px(12)
        heading = fit_text(
            fonts,
            self.heading(),
            width - 2 * pad,
            None,
            m.steps(40, 26),
            bold=True,
            max_lines=1,
        )
        self.texts["heading"] = heading
        height = 2 * pad + heading.height + m.px(20) + len(items) * (button_h + gap) - gap
        available = m.height - 2 * m.margin - m.px(40)
        if height > available:
            button_h = max(m.px(36), (available - 2 * pad - heading.height - m.px(20)) // len(items) - gap)
            height = 2 * pad + heading.height + m.px(20) + len(items) * (button_h + gap) - gap
        panel = pygame.Rect(0, 0, width, height)
        panel.center = (m.width // 2, (m.height - m.px(30)) // 2)
        inner = panel.inflate(-2 * pad, -2 * pad)
        self.boxes["panel"] = panel
        self.boxes["heading"] = pygame.Rect(inner.left, inner.top, inner.width, heading.height)
        top = inner.top + heading.height + m.px(20)
        padding = button_padding(m)
        buttons = []
        for i, (action, label) in enumerate(items):
            rect = pygame.Rect(inner.left, top + i * (button_h + gap), inner.width, button_h)
            button = Button(action, label, rect, primary=False)
            button.fit(fonts, m.steps(26, 16), padding)
            buttons.append(button)
        self.buttons.set(buttons)

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        m = painter.metrics
        draw_overlay_panel(painter, self.boxes["panel"])
        painter.block(self.texts["heading"], self.boxes["heading"], style.TEXT, align="center")
        self.buttons.draw(painter, button_padding(m))
        strip = pygame.Rect(
            0, m.height - hint_height(painter.fonts, m), m.width, hint_height(painter.fonts, m)
        )
        pygame.draw.rect(painter.surface, style.BACKGROUND, strip)
        draw_hint(painter, self.hint())


TIMER_CHOICES = (60, 120, 180, 300, 600)  # the discussion timer's lengths in the pause menu, in seconds


def next_timer(seconds: int) -> int:
    """The next length in TIMER_CHOICES (a `--timer` between two steps goes to the next one up)."""
    return next((choice for choice in TIMER_CHOICES if choice > seconds), TIMER_CHOICES[0])


class PauseScene(MenuOverlay):
    """Esc: two columns, the game (resume, restart, back to the title screen, quit) and the settings
    (language, full screen, discussion timer, effect preview, presenter view, motion, sound, read aloud,
    reading font); each setting's button shows its value and steps to the next one. Up/down walk both
    columns, left/right jump between them.
    """

    name = "pause"

    def __init__(self, host: Host) -> None:
        super().__init__(host)
        self.split: tuple[int, ...] | None = None  # the buttons in each column, when side by side

    def layout_key(self) -> tuple[object, ...]:
        settings = self.host.settings
        values = (
            settings.timer_seconds,
            settings.effective_preview,
            settings.presenter,
            settings.reduced_motion,
            settings.muted,
            settings.read_aloud,
            settings.reading_font,
            self.host.phones is not None,
            tables_running(),
        )
        return (*super().layout_key(), *values)

    def heading(self) -> str:
        return t("pause.heading", self.host.lang)

    def hint(self) -> str:
        return screen_hint("pause", self.host.lang)

    def columns(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(heading key, rows) per column: the game, the settings of the session, seeing and hearing."""
        lang = self.host.lang
        settings = self.host.settings
        in_game = self.host.session is not None
        game = [("resume", t("pause.resume", lang))]
        if in_game:
            game.append(("restart", t("pause.restart", lang)))
        if in_game or tables_running():
            game.append(("title", t("pause.title", lang)))
        game.append(("quit", t("pause.quit", lang)))
        seconds = settings.timer_seconds
        if seconds % 60 == 0:
            time = t("pause.minutes", lang, n=seconds // 60)
        else:
            time = t("pause.seconds", lang, n=seconds)
        preview = t(f"pause.preview_{settings.effective_preview}", lang)
        presenter = t(f"pause.{on_off(settings.presenter)}", lang)
        options = [
            ("language", t("pause.language", lang)),
            ("fullscreen", t(f"pause.fullscreen_{'off' if self.host.fullscreen else 'on'}", lang)),
            ("timer", t("pause.timer", lang, time=time)),
            ("preview", t("pause.preview", lang, value=preview)),
            ("presenter", t("pause.presenter", lang, state=presenter)),
        ]
        if tables_running() and not in_game:  # the room view: the tables talk and see on their devices
            options = [row for row in options if row[0] not in ("timer", "preview")]
        if settings.group:  # phones vote in a group session only
            phones = t(f"pause.{on_off(self.host.phones)}", lang)
            options.append(("phones", t("pause.phones", lang, state=phones)))
        switches = (
            ("motion", not settings.reduced_motion),
            ("sound", not settings.muted),
            ("read_aloud", settings.read_aloud),
            ("reading_font", settings.reading_font),
        )
        senses = [
            (name, t(f"pause.{name}", lang, state=t(f"pause.{on_off(on)}", lang))) for name, on in switches
        ]
        return [("pause.game", game), ("pause.settings", options), ("pause.senses", senses)]

    def actions(self) -> list[tuple[str, str]]:
        return [row for _, rows in self.columns() for row in rows]

    def build(self, m: Metrics) -> None:
        """The columns side by side, each under its own heading; one column if the window is narrow."""
        fonts = self.host.fonts
        lang = self.host.lang
        columns = self.columns()
        count = len(columns)
        pad = panel_padding(m)
        gap = m.px(12)
        between = m.px(28)
        column = min(m.px(440), (m.width - 2 * m.margin - 2 * pad - (count - 1) * between) // count)
        self.split = None
        if column < m.px(300):
            super().build(m)
            return
        width = count * column + (count - 1) * between
        heading = fit_text(fonts, self.heading(), width, None, m.steps(40, 26), bold=True, max_lines=1)
        kickers = [
            fit_text(fonts, t(key, lang).upper(), column, None, [m.label], bold=True, max_lines=1)
            for key, _ in columns
        ]
        rows = max(len(items) for _, items in columns)
        above = heading.height + m.px(20) + kickers[0].height + m.px(10)
        padding = button_padding(m)
        label_sizes = m.steps(28, 18)
        button_h = max(m.px(60), fonts.line_height(label_sizes[0]) + padding)  # grows with the text scale
        available = m.height - 2 * m.margin - m.px(40) - 2 * pad - above
        if rows * (button_h + gap) - gap > available:
            button_h = max(m.px(36), (available + gap) // rows - gap)
        panel = pygame.Rect(0, 0, width + 2 * pad, 2 * pad + above + rows * (button_h + gap) - gap)
        panel.center = (m.width // 2, (m.height - m.px(30)) // 2)
        inner = panel.inflate(-2 * pad, -2 * pad)
        self.texts["heading"] = heading
        self.boxes["panel"] = panel
        self.boxes["heading"] = pygame.Rect(inner.left, inner.top, inner.width, heading.height)
        top = inner.top + heading.height + m.px(20)
        buttons = []
        for index, (_, items) in enumerate(columns):
            left = inner.left + index * (column + between)
            name = f"kicker_{index}"
            self.texts[name] = kickers[index]
            self.boxes[name] = pygame.Rect(left, top, column, kickers[index].height)
            y = top + kickers[index].height + m.px(10)
            for row, (action, label) in enumerate(items):
                rect = pygame.Rect(left, y + row * (button_h + gap), column, button_h)
                button = Button(action, label, rect, primary=False)
                button.fit(fonts, label_sizes, padding)
                buttons.append(button)
        self.buttons.set(buttons)
        self.split = tuple(len(items) for _, items in columns)

    def on_key(self, key: int) -> None:
        """Left/right: the same row of the next column (or its last row, if it is shorter)."""
        focus = self.buttons.focus
        if key in (pygame.K_LEFT, pygame.K_RIGHT) and self.split is not None:
            if focus is None:
                self.buttons.focus = 0
            else:
                starts = [sum(self.split[:index]) for index in range(len(self.split))]
                column = max(index for index, start in enumerate(starts) if start <= focus)
                row = focus - starts[column]
                target = (column + (1 if key == pygame.K_RIGHT else -1)) % len(self.split)
                self.buttons.focus = starts[target] + min(row, self.split[target] - 1)
            self.host.redraw()
        else:
            super().on_key(key)

    def on_action(self, action: str) -> None:
        host = self.host
        settings = host.settings
        switches = {
            "resume": host.close_pause,
            "restart": host.restart,
            "language": host.toggle_language,
            "fullscreen": host.toggle_fullscreen,
            "title": host.to_title if host.session is not None else partial(leave, host),  # leave: tables
            "quit": host.quit,
            "presenter": host.toggle_presenter,
            "motion": host.toggle_motion,
            "sound": host.toggle_mute,
            "phones": host.toggle_phones,
            "read_aloud": host.toggle_read_aloud,
            "reading_font": host.toggle_reading_font,
        }
        if action in switches:
            switches[action]()
        elif action == "timer":
            settings.timer_seconds = next_timer(settings.timer_seconds)
            room = host.session.room if host.session is not None else None
            if room is not None and not room.timer.touched:  # a timer not yet started takes the new length
                room.timer = Countdown.of_seconds(settings.timer_seconds)
        elif action == "preview":
            settings.preview = PREVIEWS[(PREVIEWS.index(settings.effective_preview) + 1) % len(PREVIEWS)]
        host.redraw()  # every button shows its setting's value

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        for name, box in self.boxes.items():
            if name.startswith("kicker_"):
                painter.block(self.texts[name], box, style.ACCENT)


class UndoScene(MenuOverlay):
    """U or Ctrl+Z: take back the last decision, after this question; Enter takes it back, Esc does not."""

    name = "undo"

    def __init__(self, host: Host, option_label: str) -> None:
        super().__init__(host)
        self.option_label = option_label

    def heading(self) -> str:
        return t("undo.heading", self.host.lang)

    def hint(self) -> str:
        return screen_hint("undo", self.host.lang)

    def actions(self) -> list[tuple[str, str]]:
        lang = self.host.lang
        return [
            ("undo", t("undo.yes", lang, option=self.option_label)),
            ("cancel", t("undo.no", lang)),
        ]

    def on_action(self, action: str) -> None:
        if action == "undo":
            self.host.undo()
        else:
            self.host.close_pause()
