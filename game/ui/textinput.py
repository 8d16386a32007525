"""A text field for the window: typing through SDL's text input (accents, dead keys, input methods), paste.

Letters come from pygame's TEXTINPUT events, so whatever the keyboard or input method composes arrives
as text; TEXTEDITING shows a composition in progress, underlined at the caret. The editing keys come as
KEYDOWN: Backspace and Delete (with Ctrl a word), Left and Right (with Ctrl a word), Home, End, Ctrl+V or
Shift+Insert to paste, Enter to send, Esc to cancel. The screen that shows a field sends it every key and
every TEXTINPUT and TEXTEDITING event while it is open (`Scene.wants_text`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import pygame

from game.debrief.text import DROPPED, LIMITS, TextKind, TextProblem, clean_text
from game.i18n import t
from game.ui import style
from game.ui.draw import Painter
from game.ui.fonts import FontBook

Outcome = Literal["ignored", "changed", "submitted", "cancelled", "refused"]
SUBMIT_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER)
WORD_MODS = pygame.KMOD_CTRL | pygame.KMOD_ALT  # Ctrl on Windows and Linux, Option on a Mac
PASTE_MODS = pygame.KMOD_CTRL | pygame.KMOD_META
FIELD_FILL: style.Colour = (255, 255, 255)  # as the group's name field: INK on white is above 7:1
REPEAT_KEYS = frozenset({pygame.K_BACKSPACE, pygame.K_DELETE, pygame.K_LEFT, pygame.K_RIGHT})
REPEAT_MS = (400, 35)  # a held editing key: first repeat after, then every (as most systems' default)

Span = tuple[int, int]


@dataclass(frozen=True)
class FieldResult:
    """What an event did to the field; `text` is the cleaned text when it was sent."""

    outcome: Outcome
    text: str = ""

    @property
    def redraw(self) -> bool:
        return self.outcome != "ignored"


IGNORED = FieldResult("ignored")
CHANGED = FieldResult("changed")


def clipboard_text() -> str:
    """The clipboard's text (pygame-ce's SDL clipboard, which needs only the display), or "" without."""
    try:
        return pygame.scrap.get_text()
    except pygame.error:
        return ""


def new_press(event: pygame.event.Event, held: bool, typing: bool) -> bool:
    """Whether a KEYDOWN counts: a held key's repeat (pygame's repeats come without a KEYUP between) is
    no new press, but in a text field (`typing`) Backspace, Delete, Left and Right repeat as in any
    editor. pygame repeats keys only while typing: a repeat elsewhere would be a second choice."""
    pygame.key.set_repeat(*(REPEAT_MS if typing else (0, 0)))
    repeat = held or bool(getattr(event, "repeat", False))
    return not repeat or (typing and event.key in REPEAT_KEYS)


def typed(raw: str) -> str:
    """`raw` as it goes into a field: NFC, every kind of white space a space, invisible marks dropped."""
    kept = []
    for char in unicodedata.normalize("NFC", raw.replace("\r\n", "\n")):
        if char.isspace():
            kept.append(" ")
        elif unicodedata.category(char) not in DROPPED:
            kept.append(char)
    return "".join(kept)


def wrap_spans(text: str, width: int, measure: Callable[[str], int]) -> list[Span]:
    """Lines of `text` as (start, end) indices: broken after a space where possible, inside a word that
    is wider than a line; a line's spaces at its end are part of it (the caret can stand after them)."""
    spans: list[Span] = []
    start, length = 0, len(text)
    while start < length:
        end = start
        while end < length:
            space = text.find(" ", end)
            following = length if space == -1 else space + 1
            if measure(text[start:following].rstrip(" ")) > width:
                if end == start:  # one word wider than a line
                    end = start + _fitting_chars(text[start:following], width, measure)
                break
            end = following
        spans.append((start, end))
        start = end
    return spans or [(0, 0)]


def _fitting_chars(word: str, width: int, measure: Callable[[str], int]) -> int:
    """How many of `word`'s first characters fit `width` (at least one), by halving."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def word_start(text: str, index: int) -> int:
    """The start of the word before `index` (Ctrl+Left, Ctrl+Backspace)."""
    while index > 0 and text[index - 1] == " ":
        index -= 1
    while index > 0 and text[index - 1] != " ":
        index -= 1
    return index


def word_end(text: str, index: int) -> int:
    """The end of the word after `index` (Ctrl+Right, Ctrl+Delete)."""
    while index < len(text) and text[index] == " ":
        index += 1
    while index < len(text) and text[index] != " ":
        index += 1
    return index


@dataclass
class TextField:
    """An editable line of text of one kind (a word, an answer, a proposal), at most LIMITS[kind] long.

    `handle_event` takes pygame events and tells what they did; Enter gives the text cleaned by
    clean_text (the field is then empty again), or refuses an empty one and says why (`problem`).
    """

    kind: TextKind
    placeholder: str = ""
    text: str = ""
    cursor: int = 0
    composition: str = ""  # what an input method is composing (TEXTEDITING), not yet part of the text
    composition_caret: int = 0
    problem: TextProblem | None = None
    paste_source: Callable[[], str] = clipboard_text
    swallow: str = ""  # the letter of the key that opened the field: its TEXTINPUT is not typed
    _spans: dict[tuple[str, int, int, bool], list[Span]] = field(default_factory=dict, repr=False)

    @property
    def limit(self) -> int:
        return LIMITS[self.kind]

    def open(self, opened_by: str = "") -> None:
        """Start editing from empty; `opened_by` is the character of the key that opened the field (E),
        whose TEXTINPUT follows its key press."""
        self.clear()
        self.swallow = opened_by
        pygame.key.start_text_input()  # on by default in pygame; never stopped, other keys read `unicode`
        pygame.key.set_repeat(*REPEAT_MS)  # a Backspace held first repeats too (see `new_press`)

    def clear(self) -> None:
        self.text, self.cursor, self.composition, self.composition_caret = "", 0, "", 0
        self.problem = None

    # -- input -----------------------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> FieldResult:
        swallow, self.swallow = self.swallow, ""
        if event.type == pygame.TEXTINPUT:
            if swallow and event.text.casefold() == swallow.casefold():
                return IGNORED
            self.composition, self.composition_caret = "", 0  # a composition ends in its text
            return self.insert(event.text)
        if event.type == pygame.TEXTEDITING:
            self.composition = typed(event.text)
            self.composition_caret = max(0, min(int(event.start), len(self.composition)))
            return CHANGED
        if event.type == pygame.KEYDOWN:
            if self.composition:
                return IGNORED  # the input method's keys while it composes
            return self.press(event.key, event.mod)
        return IGNORED

    def press(self, key: int, mod: int) -> FieldResult:
        text, cursor = self.text, self.cursor
        word = bool(mod & WORD_MODS)
        if key in SUBMIT_KEYS:
            return self.submit()
        if key == pygame.K_ESCAPE:
            self.clear()
            return FieldResult("cancelled")
        if (key == pygame.K_v and mod & PASTE_MODS) or (key == pygame.K_INSERT and mod & pygame.KMOD_SHIFT):
            return self.insert(self.paste_source())
        if key == pygame.K_BACKSPACE and cursor > 0:
            start = word_start(text, cursor) if word else cursor - 1
            return self._edit(text[:start] + text[cursor:], start)
        if key == pygame.K_DELETE and cursor < len(text):
            end = word_end(text, cursor) if word else cursor + 1
            return self._edit(text[:cursor] + text[end:], cursor)
        moves = {
            pygame.K_LEFT: word_start(text, cursor) if word else max(0, cursor - 1),
            pygame.K_RIGHT: word_end(text, cursor) if word else min(len(text), cursor + 1),
            pygame.K_HOME: 0,
            pygame.K_END: len(text),
        }
        if key in moves:
            self.cursor = moves[key]
            return CHANGED if self.cursor != cursor else IGNORED
        return IGNORED

    def insert(self, raw: str) -> FieldResult:
        """Type or paste `raw` at the caret: as much of it as the limit leaves room for."""
        added = typed(raw)
        if not added:
            return IGNORED
        room = self.limit - len(self.text)
        if room <= 0:
            self.problem = TextProblem.TOO_LONG
            return FieldResult("refused")
        # The text before the caret is composed again: a combining mark joins the letter before it.
        before = unicodedata.normalize("NFC", self.text[: self.cursor] + added[:room])
        after = self.text[self.cursor :]
        before = before[: self.limit - len(after)]
        self.problem = TextProblem.TOO_LONG if len(added) > room else None
        self.text, self.cursor = before + after, len(before)
        return CHANGED

    def _edit(self, text: str, cursor: int) -> FieldResult:
        self.text, self.cursor, self.problem = text, cursor, None
        return CHANGED

    def submit(self) -> FieldResult:
        """Enter: the cleaned text (and an empty field), or a refusal with `problem` set."""
        cleaned = clean_text(self.text, self.kind)
        if isinstance(cleaned, TextProblem):
            self.problem = cleaned
            return FieldResult("refused")
        self.clear()
        return FieldResult("submitted", cleaned)

    # -- drawing ---------------------------------------------------------------------

    @property
    def shown(self) -> str:
        """The text with the composition in progress at the caret."""
        return self.text[: self.cursor] + self.composition + self.text[self.cursor :]

    def spans(self, fonts: FontBook, size: int, width: int) -> list[Span]:
        key = (self.shown, size, width, fonts.reading)
        spans = self._spans.get(key)
        if spans is None:
            self._spans.clear()  # only the field as it is now is drawn
            spans = self._spans[key] = wrap_spans(key[0], width, fonts.measurer(size))
        return spans

    def draw(self, painter: Painter, rect: pygame.Rect, lang: str, sizes: list[int] | None = None) -> None:
        """The field in `rect`: white, outlined, its text wrapped over as many lines as fit at the
        largest of `sizes` (default: the body text's) that holds it all, else scrolled to the caret; the
        count of characters and a refusal's reason along its bottom."""
        m = painter.metrics
        fonts = painter.fonts
        sizes = sizes or m.scale_of("body")
        outline = style.ERROR_INK if self.problem else style.ACCENT_DARK
        painter.panel(rect, FIELD_FILL, border=outline, width=m.px(3))
        inner = rect.inflate(-2 * m.px(20), -2 * m.px(10))
        foot_size = m.label
        foot_height = fonts.line_height(foot_size)
        area = pygame.Rect(inner.left, inner.top, inner.width, max(1, inner.height - foot_height))
        room = max(1, area.width - m.px(4))  # and the caret
        for size in sizes:
            spans = self.spans(fonts, size, room)
            if len(spans) * fonts.line_height(size) <= area.height:
                break
        line_height = fonts.line_height(size)
        shown = self.shown
        caret_index = self.cursor + self.composition_caret
        caret_line = next(
            (row for row, (start, end) in enumerate(spans) if start <= caret_index < end), len(spans) - 1
        )
        visible = max(1, area.height // line_height)
        first = max(0, caret_line - visible + 1)
        font = fonts.font(size)
        if not shown:
            placeholder = (area.left + m.px(10), area.top)  # after the caret
            painter.text(self.placeholder, placeholder, size, style.INK_MUTED, box=area)
        caret = pygame.Rect(area.left, area.top, m.px(3), round(line_height * 0.85))
        for row, (start, end) in enumerate(spans[first : first + visible]):
            y = area.top + row * line_height
            line = shown[start:end]
            if line.strip():
                painter.text(line.rstrip(" "), (area.left, y), size, style.INK, box=area)
            self._underline(painter, font, line, start, (area.left, y + font.get_ascent() + m.px(3)))
            if first + row == caret_line:
                x = area.left + fonts.width(shown[start:caret_index], size)
                caret.topleft = (min(x, area.right - caret.width), y + (line_height - caret.height) // 2)
        pygame.draw.rect(painter.surface, style.INK, caret)
        pygame.key.set_text_input_rect(caret)  # an input method's window appears by the caret
        self._draw_foot(painter, inner, foot_size, lang)

    def _underline(
        self, painter: Painter, font: pygame.font.Font, line: str, start: int, at: tuple[int, int]
    ) -> None:
        """The composition's part of this line, underlined (an input method's text in progress)."""
        first = max(self.cursor, start)
        last = min(self.cursor + len(self.composition), start + len(line))
        if first >= last:
            return
        left = at[0] + font.size(line[: first - start])[0]
        right = at[0] + font.size(line[: last - start])[0]
        thick = max(2, painter.metrics.px(2))
        pygame.draw.rect(painter.surface, style.INK, pygame.Rect(left, at[1], right - left, thick))

    def _draw_foot(self, painter: Painter, inner: pygame.Rect, size: int, lang: str) -> None:
        count = f"{len(self.text)}/{self.limit}"
        colour = style.ERROR_INK if self.problem else style.INK_MUTED
        painter.text(count, inner.bottomright, size, colour, anchor="bottomright", box=inner)
        if self.problem is not None:
            reason = t(f"field.{self.problem.value}", lang, limit=self.limit)
            painter.text(reason, inner.bottomleft, size, style.ERROR_INK, anchor="bottomleft", box=inner)
