"""The key help over any screen (F1 or ?): every key of the current screen and mode, from one table.

The table is game.ui.scenes.keys.SCREEN_KEYS (shared with each screen's hint line and the presenter
window); `help_screen` says which of its screens is on view.
"""

from __future__ import annotations

import pygame

from game.i18n import STRINGS, t
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.scene import Host, Scene
from game.ui.scenes.common import button_padding, draw_hint, draw_overlay_panel, hint_height, panel_padding
from game.ui.scenes.keys import SCREEN_KEYS as SCREEN_KEYS
from game.ui.scenes.keys import key_rows
from game.ui.scenes.pause import MenuOverlay
from game.ui.style import Metrics
from game.ui.widgets import Button

ROW_SIZES = (31, 20)  # design pixels: the body size and larger when there is room (style.BODY_MIN is 27)
HEADING_SIZES = (40, 28)


def help_screen(scene: str, overlay: str | None, group: bool) -> str:
    """Which table row of SCREEN_KEYS describes what is on screen: the menu over it, else the screen."""
    if overlay is not None:
        return overlay
    if scene == "card" and group:
        return "card_group"
    if scene in ("statements", "debrief") and not group:
        return f"{scene}_solo"
    return scene


def screen_name(screen: str, lang: str) -> str | None:
    key = f"help.screen.{screen}"
    return t(key, lang) if key in STRINGS else None


class HelpScene(MenuOverlay):
    """The keys of the screen below in a table (one or two columns, as large as fits) and a close button.

    It sits in the App's overlay slot; `below` is the menu it covers (the pause menu), shown again when
    the help closes with Esc, F1, ?, Enter or the button.
    """

    name = "help"

    def __init__(self, host: Host, screen: str, below: MenuOverlay | None = None) -> None:
        super().__init__(host)
        self.screen = screen
        self.below = below
        self.cells: list[tuple[str, str]] = []  # (name of the keys' box, name of the description's box)

    def heading(self) -> str:
        name = screen_name(self.screen, self.host.lang)
        if name is None:
            return t("help.heading_plain", self.host.lang)
        return t("help.heading", self.host.lang, screen=name)

    def hint(self) -> str:
        return t("help.hint", self.host.lang)

    def actions(self) -> list[tuple[str, str]]:
        return [("close", t("help.close", self.host.lang))]

    def on_action(self, action: str) -> None:
        self.host.close_help()

    def on_continue(self) -> None:
        self.host.close_help()

    # -- layout ----------------------------------------------------------------------

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        self.texts = {}
        self.cells = []
        rows = key_rows(self.screen, self.host.lang)
        width = min(m.width - 2 * m.margin, m.px(1160))
        pad = panel_padding(m)
        inner_width = width - 2 * pad
        padding = button_padding(m)
        label = t("help.close", self.host.lang)
        button_w = max(m.px(200), fonts.width(label, m.text(28), bold=True) + 2 * padding + m.px(20))
        button_h = m.px(64)
        # The close button sits on the heading's line, so the table has the panel's height below it:
        # a long table (the debrief's) keeps every row.
        button_w = min(button_w, inner_width // 3)
        heading_width = inner_width - button_w - m.gap
        heading = fit_text(
            fonts, self.heading(), heading_width, None, m.steps(*HEADING_SIZES), bold=True, max_lines=2
        )
        self.texts["heading"] = heading
        head_h = max(heading.height, button_h)
        top_gap = m.px(18)
        available = m.height - 2 * m.margin - hint_height(fonts, m)
        room = available - 2 * pad - head_h - top_gap
        table = self._fit_table(m, rows, inner_width, room)
        height = 2 * pad + head_h + top_gap + table[0]
        panel = pygame.Rect(0, 0, width, min(height, available))
        panel.center = (m.width // 2, (m.height - hint_height(fonts, m)) // 2)
        inner = panel.inflate(-2 * pad, -2 * pad)
        self.boxes["panel"] = panel
        heading_top = inner.top + (head_h - heading.height) // 2
        self.boxes["heading"] = pygame.Rect(inner.left, heading_top, heading_width, heading.height)
        origin = (inner.left, inner.top + head_h + top_gap)
        for index, (keys_box, keys, does_box, does) in enumerate(table[1]):
            self.boxes[f"keys{index}"] = keys_box.move(origin)
            self.boxes[f"does{index}"] = does_box.move(origin)
            self.texts[f"keys{index}"], self.texts[f"does{index}"] = keys, does
            self.cells.append((f"keys{index}", f"does{index}"))
        rect = pygame.Rect(0, 0, button_w, button_h)
        rect.topright = inner.topright
        button = Button("close", label, rect, primary=True)
        button.fit(fonts, m.steps(28, 18), padding)
        self.buttons.set([button])

    def _fit_table(
        self, m: Metrics, rows: list[tuple[str, str]], width: int, room: int
    ) -> tuple[int, list[tuple[pygame.Rect, TextBlock, pygame.Rect, TextBlock]]]:
        """The largest size (one column before two) at which every row fits `room` without cutting.

        Returns the table's height and, per row, the keys' box and text and the description's box and
        text, relative to the table's top left corner.
        """
        sizes = m.steps(*ROW_SIZES)
        best: tuple[int, list[tuple[pygame.Rect, TextBlock, pygame.Rect, TextBlock]]] | None = None
        for size in sizes:
            for columns in (1, 2):
                height, cells, cut = self._table(m, rows, width, room, size, columns)
                if not cut and height <= room:
                    return height, cells
                if size == sizes[-1] and columns == 2:
                    best = (min(height, room), cells)
        assert best is not None
        return best

    def _table(
        self, m: Metrics, rows: list[tuple[str, str]], width: int, room: int, size: int, columns: int
    ) -> tuple[int, list[tuple[pygame.Rect, TextBlock, pygame.Rect, TextBlock]], bool]:
        fonts = self.host.fonts
        split = m.px(40)
        column_w = (width - split * (columns - 1)) // columns
        gap = m.px(18)
        widest = max((fonts.width(keys, size, bold=True) for keys, _ in rows), default=0)
        keys_w = min(widest, round(column_w * 0.42))
        does_w = column_w - keys_w - gap
        row_gap = m.px(8)
        fitted = [
            (
                fit_text(fonts, keys_text, keys_w, None, [size], bold=True, max_lines=2),
                fit_text(fonts, does_text, does_w, None, [size], max_lines=2),
            )
            for keys_text, does_text in rows
        ]
        heights = [max(keys.height, does.height) + row_gap for keys, does in fitted]
        # The rows split between the columns where the taller column is shortest (rows that take two
        # lines make a column taller than another with as many rows).
        splits = [0, len(rows)] if columns == 1 else [0, _balanced_split(heights), len(rows)]
        cells: list[tuple[pygame.Rect, TextBlock, pygame.Rect, TextBlock]] = []
        cut = any(keys.cut or does.cut for keys, does in fitted)
        tallest = 0
        for column in range(columns):
            x = column * (column_w + split)
            y = 0
            for index in range(splits[column], splits[column + 1]):
                keys_text, does_text = rows[index]
                keys, does = fitted[index]
                line = max(keys.height, does.height)
                if y + line > room:  # the smallest size in two columns still too tall: drop what is left
                    keys = fit_text(fonts, keys_text, keys_w, room - y, [size], bold=True, max_lines=2)
                    does = fit_text(fonts, does_text, does_w, room - y, [size], max_lines=2)
                    line = max(keys.height, does.height)
                    cut = True
                    if y + line > room:
                        break
                cells.append(
                    (
                        pygame.Rect(x, y, keys_w, keys.height),
                        keys,
                        pygame.Rect(x + keys_w + gap, y, does_w, does.height),
                        does,
                    )
                )
                y += line + row_gap
            tallest = max(tallest, y - row_gap)
        return tallest, cells, cut

    # -- drawing ---------------------------------------------------------------------

    def draw(self, painter: Painter) -> None:
        Scene.draw(self, painter)  # the layout, and the painter at its text scale (not the menu's drawing)
        m = painter.metrics
        draw_overlay_panel(painter, self.boxes["panel"], veil_alpha=225)
        painter.block(self.texts["heading"], self.boxes["heading"], style.TEXT)
        for keys, does in self.cells:
            painter.block(self.texts[keys], self.boxes[keys], style.ACCENT)
            painter.block(self.texts[does], self.boxes[does], style.TEXT)
        self.buttons.draw(painter, button_padding(m))
        strip = pygame.Rect(
            0, m.height - hint_height(painter.fonts, m), m.width, hint_height(painter.fonts, m)
        )
        pygame.draw.rect(painter.surface, style.BACKGROUND, strip)
        draw_hint(painter, self.hint())


def _balanced_split(heights: list[int]) -> int:
    """Where to break a list of row heights into two columns so that the taller column is the shortest
    (the first column the taller one on a tie, as it reads first)."""
    total = sum(heights)
    best, best_tallest, above = 0, total, 0
    for index, height in enumerate(heights, start=1):
        above += height
        tallest = max(above, total - above)
        if tallest < best_tallest:
            best, best_tallest = index, tallest
    return best
