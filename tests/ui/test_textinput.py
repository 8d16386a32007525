"""The window's text field: real pygame events in, the value and the pixels drawn out."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pygame
import pytest

from game.debrief.text import LIMITS, TextProblem
from game.i18n import t
from game.ui import style
from game.ui.draw import Painter
from game.ui.fonts import FontBook
from game.ui.textinput import FieldResult, TextField, clipboard_text, wrap_spans
from tests.ui.conftest import AppFactory, button_centre, click, settle

SIZE = (1920, 1080)
FIELD = pygame.Rect(200, 300, 1200, 260)


@pytest.fixture
def screen() -> Iterator[pygame.Surface]:
    pygame.display.init()
    pygame.font.init()
    yield pygame.display.set_mode(SIZE)


@pytest.fixture
def painter(screen: pygame.Surface) -> Painter:
    screen.fill(style.BACKGROUND)
    return Painter(screen, FontBook())


def text_event(text: str) -> pygame.event.Event:
    return pygame.event.Event(pygame.TEXTINPUT, text=text)


def key(code: int, mod: int = 0) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode="", scancode=0)


def feed(field: TextField, *events: pygame.event.Event) -> list[FieldResult]:
    return [field.handle_event(event) for event in events]


def typing(field: TextField, text: str) -> None:
    for char in text:
        assert field.handle_event(text_event(char)).outcome == "changed"


def ink_in(surface: pygame.Surface, rect: pygame.Rect) -> int:
    """Pixels in `rect` that are as dark as text on the field's white."""
    area = surface.subsurface(rect)
    mask = pygame.mask.from_threshold(area, style.INK, (90, 90, 90, 255))
    return mask.count()


def test_dutch_letters_arrive_as_typed_and_the_caret_follows(screen: pygame.Surface) -> None:
    field = TextField("answer")
    field.open()
    typing(field, "één café, ruïne")
    assert field.text == "één café, ruïne" and field.cursor == len(field.text)


def test_a_dead_key_s_combining_mark_joins_the_letter_before_it(screen: pygame.Surface) -> None:
    field = TextField("word")
    typing(field, "cafe")
    field.handle_event(text_event("\u0301"))  # a combining acute, as some keyboards send it
    assert field.text == "caf\u00e9" and field.cursor == 4


def test_editing_keys_move_the_caret_and_delete(screen: pygame.Surface) -> None:
    field = TextField("answer")
    typing(field, "samen sterk")
    feed(field, key(pygame.K_HOME), key(pygame.K_RIGHT), key(pygame.K_DELETE))
    assert field.text == "smen sterk" and field.cursor == 1
    feed(field, key(pygame.K_END), key(pygame.K_LEFT), key(pygame.K_BACKSPACE))
    assert field.text == "smen stek" and field.cursor == 8
    typing(field, "r")
    assert field.text == "smen sterk"
    assert field.handle_event(key(pygame.K_HOME)).outcome == "changed"
    assert field.handle_event(key(pygame.K_LEFT)).outcome == "ignored"  # nowhere to go
    assert field.handle_event(key(pygame.K_BACKSPACE)).outcome == "ignored"


def test_ctrl_deletes_and_jumps_a_word(screen: pygame.Surface) -> None:
    field = TextField("answer")
    typing(field, "de raad beslist")
    field.handle_event(key(pygame.K_BACKSPACE, pygame.KMOD_LCTRL))
    assert field.text == "de raad " and field.cursor == 8
    feed(field, key(pygame.K_LEFT, pygame.KMOD_LCTRL), key(pygame.K_LEFT, pygame.KMOD_LCTRL))
    assert field.cursor == 0
    field.handle_event(key(pygame.K_DELETE, pygame.KMOD_LCTRL))
    assert field.text == " raad "
    field.handle_event(key(pygame.K_RIGHT, pygame.KMOD_LCTRL))
    assert field.cursor == 5


def test_enter_sends_the_cleaned_text_and_empties_the_field(screen: pygame.Surface) -> None:
    field = TextField("answer")
    typing(field, "  meer   tijd  ")
    result = field.handle_event(key(pygame.K_RETURN))
    assert result == FieldResult("submitted", "meer tijd")
    assert field.text == "" and field.cursor == 0


def test_an_empty_field_is_refused_with_its_reason(screen: pygame.Surface) -> None:
    field = TextField("word")
    typing(field, "   ")
    assert field.handle_event(key(pygame.K_KP_ENTER)).outcome == "refused"
    assert field.problem is TextProblem.EMPTY and field.text == "   "
    typing(field, "x")
    assert field.problem is None


def test_a_word_that_names_a_problem_is_still_a_word(screen: pygame.Surface) -> None:
    # clean_text answers "empty" or "too_long" for a problem; typed, they are the room's words.
    for word in ("empty", "too_long"):
        field = TextField("word")
        typing(field, word)
        assert field.handle_event(key(pygame.K_RETURN)) == FieldResult("submitted", word)


def test_escape_cancels_and_clears(screen: pygame.Surface) -> None:
    field = TextField("proposal")
    typing(field, "iets")
    assert field.handle_event(key(pygame.K_ESCAPE)).outcome == "cancelled"
    assert field.text == ""


def test_the_limit_of_the_kind_holds_for_typing_and_pasting(screen: pygame.Surface) -> None:
    field = TextField("word")
    assert field.limit == LIMITS["word"] == 30
    field.paste_source = lambda: "x" * 50
    assert field.handle_event(key(pygame.K_v, pygame.KMOD_LCTRL)).outcome == "changed"
    assert field.text == "x" * 30 and field.problem is TextProblem.TOO_LONG
    assert field.handle_event(text_event("y")).outcome == "refused"
    assert len(field.text) == 30
    field.handle_event(key(pygame.K_BACKSPACE))
    assert field.problem is None and len(field.text) == 29


def test_paste_from_the_clipboard_lands_at_the_caret_as_one_line(screen: pygame.Surface) -> None:
    pygame.scrap.put_text("burgers\r\nen\tmedewerkers\u200b")
    assert clipboard_text() == "burgers\r\nen\tmedewerkers\u200b"
    field = TextField("answer")
    typing(field, "voor !")
    field.handle_event(key(pygame.K_LEFT))
    assert field.handle_event(key(pygame.K_INSERT, pygame.KMOD_LSHIFT)).outcome == "changed"
    assert field.text == "voor burgers en medewerkers!"
    field.clear()
    field.handle_event(key(pygame.K_v, pygame.KMOD_LMETA))
    assert field.text == "burgers en medewerkers"


def test_a_clipboard_that_fails_pastes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> str:
        raise pygame.error("video system not initialized")

    monkeypatch.setattr(pygame.scrap, "get_text", broken)
    assert clipboard_text() == ""
    field = TextField("word")
    assert field.handle_event(key(pygame.K_v, pygame.KMOD_LCTRL)).outcome == "ignored"


def test_the_key_that_opened_the_field_is_not_typed(screen: pygame.Surface) -> None:
    field = TextField("answer")
    field.open(opened_by="e")
    assert field.handle_event(text_event("e")).outcome == "ignored"
    typing(field, "eens")
    assert field.text == "eens"
    field.open(opened_by="e")
    typing(field, "ja")  # another letter first: the next e is typed
    typing(field, "e")
    assert field.text == "jae"


def test_a_composition_is_shown_but_not_text_until_committed(screen: pygame.Surface) -> None:
    field = TextField("answer")
    typing(field, "ab")
    field.handle_event(key(pygame.K_LEFT))
    editing = pygame.event.Event(pygame.TEXTEDITING, text="ni", start=2, length=0)
    assert field.handle_event(editing).outcome == "changed"
    assert field.text == "ab" and field.shown == "ani" + "b"
    # While an input method composes, its keys are its own: no send, no cancel, no caret move.
    for code in (pygame.K_RETURN, pygame.K_ESCAPE, pygame.K_BACKSPACE, pygame.K_LEFT):
        assert field.handle_event(key(code)).outcome == "ignored"
    assert field.handle_event(text_event("\u4f60")).outcome == "changed"
    assert field.text == "a\u4f60b" and field.composition == "" and field.cursor == 2


def test_other_events_are_ignored(screen: pygame.Surface) -> None:
    field = TextField("word")
    motion = pygame.event.Event(pygame.MOUSEMOTION, pos=(1, 1), rel=(0, 0), buttons=(0, 0, 0))
    assert not field.handle_event(motion).redraw
    assert not field.handle_event(key(pygame.K_UP)).redraw  # the screen's own (choose a pending answer)


def test_wrapping_keeps_every_character_and_breaks_after_spaces() -> None:
    text = "aaa bbb cccccccccc dd"
    spans = wrap_spans(text, 7, len)
    assert "".join(text[start:end] for start, end in spans) == text
    assert [text[start:end] for start, end in spans] == ["aaa bbb ", "ccccccc", "ccc dd"]
    assert wrap_spans("", 10, len) == [(0, 0)]


def test_wrapping_any_text_keeps_it_whole_and_every_line_within_the_width() -> None:
    dice = random.Random(24)
    for _ in range(300):
        text = "".join(dice.choice("ab  cdé") for _ in range(dice.randrange(0, 60)))
        width = dice.randrange(1, 12)
        spans = wrap_spans(text, width, len)
        assert "".join(text[start:end] for start, end in spans) == text
        assert all(start < end for start, end in spans) or text == ""
        for start, end in spans:
            line = text[start:end].rstrip(" ")
            assert len(line) <= width or end - start == 1, (text, width, spans)


def test_the_text_is_drawn_inside_the_field(painter: Painter) -> None:
    field = TextField("answer", placeholder="Typ hier")
    field.draw(painter, FIELD, "nl")
    empty = painter.surface.copy()
    typing(field, "Meer ruimte om samen te leren")
    field.draw(painter, FIELD, "nl")
    text_rows = pygame.Rect(FIELD.left, FIELD.top, FIELD.width, FIELD.height // 2)
    assert ink_in(painter.surface, text_rows) > ink_in(empty, text_rows) + 500
    outside = painter.surface.get_rect().copy()
    outside.height = FIELD.top - 10
    untouched = pygame.mask.from_threshold(
        painter.surface.subsurface(outside), style.BACKGROUND, (1, 1, 1, 255)
    )
    assert untouched.count() == outside.width * outside.height  # nothing drawn above it
    drawn = [rect for rect, box in painter.records]
    assert all(FIELD.contains(rect) for rect in drawn)


def test_long_text_wraps_over_lines_inside_the_field(painter: Painter) -> None:
    field = TextField("answer")
    typing(field, "We willen dat iedereen in de organisatie leert werken met data en daar over praat. " * 3)
    painter.records.clear()
    field.draw(painter, FIELD, "en")
    lines = [rect for rect, box in painter.records if rect.left == FIELD.left + painter.metrics.px(20)]
    assert len(lines) >= 3
    assert all(FIELD.contains(rect) for rect, box in painter.records)
    sizes = painter.metrics.scale_of("body")
    assert min(rect.height for rect in lines) >= painter.fonts.line_height(sizes[-1]) * 0.7


def test_a_refusal_is_drawn_with_its_reason(painter: Painter) -> None:
    field = TextField("word")
    field.handle_event(key(pygame.K_RETURN))
    field.draw(painter, FIELD, "nl")
    reason = t("field.empty", "nl")
    assert painter.fonts.render(reason, painter.metrics.label, style.ERROR_INK).get_size() in [
        rect.size for rect, box in painter.records
    ]
    mask = pygame.mask.from_threshold(painter.surface.subsurface(FIELD), style.ERROR_INK, (30, 30, 30, 255))
    assert mask.count() > 100


def test_the_composition_is_underlined(painter: Painter) -> None:
    field = TextField("word")
    typing(field, "ab")
    field.draw(painter, FIELD, "nl")
    plain = painter.surface.copy()
    field.handle_event(pygame.event.Event(pygame.TEXTEDITING, text="", start=0, length=0))
    field.draw(painter, FIELD, "nl")
    assert pygame.image.tobytes(painter.surface, "RGB") == pygame.image.tobytes(plain, "RGB")
    field.handle_event(pygame.event.Event(pygame.TEXTEDITING, text="cd", start=1, length=0))
    field.draw(painter, FIELD, "nl")
    font = painter.fonts.font(painter.metrics.scale_of("body")[0])
    inner_left = FIELD.left + painter.metrics.px(20)
    below = FIELD.top + painter.metrics.px(10) + font.get_ascent() + painter.metrics.px(3)
    underline = pygame.Rect(inner_left + font.size("ab")[0], below, font.size("cd")[0], 2)
    assert ink_in(painter.surface, underline) == underline.width * underline.height


def test_the_window_sends_a_composition_only_to_a_screen_with_a_text_field(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    seen: list[int] = []

    def record(event: pygame.event.Event) -> None:
        seen.append(event.type)

    composing = pygame.event.Event(pygame.TEXTEDITING, text="ni", start=2, length=0)
    monkeypatch.setattr(app.scene, "handle_event", record)
    pygame.event.post(composing)
    app.pump()
    assert pygame.TEXTEDITING not in seen  # the title screen types nothing
    monkeypatch.undo()
    click(app, button_centre(app, "group"))
    settle(app)
    assert app.scene.wants_text
    monkeypatch.setattr(app.scene, "handle_event", record)
    pygame.event.post(composing)
    app.pump()
    assert pygame.TEXTEDITING in seen
