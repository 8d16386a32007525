"""Every text stays inside its box and the window at every size; long words wrap; text is legible."""

from __future__ import annotations

import pygame
import pytest

from game.ui.app import App
from game.ui.draw import measurer
from game.ui.fonts import FontBook
from game.ui.loading import ScenarioEntry
from game.ui.wrap import wrap
from tests.ui.conftest import AppFactory, press
from tests.ui.stress import LONG_WORDS, stress_scenario

SIZES = [(1280, 720), (3840, 2160), (1920, 1080), (1280, 1024), (2560, 1080)]


def assert_text_inside(app: App) -> None:
    app.draw()
    window = app.screen.get_rect()
    assert app.records, f"nothing drawn on the {app.scene.name} screen"
    for rect, box in app.records:
        assert window.contains(rect), f"{app.scene.name}: text {rect} leaves the window {window}"
        assert box.inflate(2, 2).contains(rect), f"{app.scene.name}: text {rect} leaves its box {box}"
    for name, box in app.scene.boxes.items():
        assert window.contains(box), f"{app.scene.name}: box {name} {box} leaves the window"


def visit_every_screen(app: App, check: object) -> set[str]:
    """Walk title -> end, calling check(app) on each screen (and on the pause menu once)."""
    assert callable(check)
    seen: set[str] = set()
    for _ in range(100):
        check(app)
        seen.add(app.scene.name)
        if app.scene.name == "end":
            break
        if app.scene.name == "card":
            if "pause" not in seen:
                press(app, pygame.K_ESCAPE)
                check(app)
                seen.add("pause")
                press(app, pygame.K_ESCAPE)
            press(app, pygame.K_1)
        else:
            press(app, pygame.K_RETURN)
    return seen


@pytest.mark.parametrize("size", [(1280, 720), (3840, 2160)])
def test_every_screen_keeps_its_text_inside(make_app: AppFactory, size: tuple[int, int]) -> None:
    app = make_app(size=size, seed=4)
    seen = visit_every_screen(app, assert_text_inside)
    assert seen == {"title", "intro", "card", "feedback", "year", "outcome", "end", "pause"}


def test_resizing_relayouts_every_screen(make_app: AppFactory) -> None:
    app = make_app(seed=6)

    def check_all_sizes(app: App) -> None:
        for size in SIZES:
            app.resize(size)
            pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1]))
            app.pump()
            assert app.size == size
            assert_text_inside(app)

    visit_every_screen(app, check_all_sizes)


def test_stress_scenario_shrinks_and_wraps_without_overflow(make_app: AppFactory) -> None:
    scenario = stress_scenario()
    for size in [(1280, 720), (3840, 2160)]:
        app = make_app(entries=[ScenarioEntry(None, scenario)], size=size)
        seen = visit_every_screen(app, assert_text_inside)
        assert {"card", "feedback", "year", "outcome", "end"} <= seen
        app.close()


def test_card_text_is_large_enough_for_a_projector(make_app: AppFactory) -> None:
    app = make_app()
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    scene = app.scene
    assert scene.name == "card"
    texts = scene.texts  # type: ignore[attr-defined]
    assert texts["body"].size >= 720 / 27  # body text at least 1/27 of the window height (issue 5)
    assert texts["title"].size > texts["body"].size
    assert all(b.block is not None and b.block.size >= 24 for b in scene.buttons.buttons)
    app.resize((3840, 2160))
    app.draw()
    assert scene.texts["body"].size >= 2160 / 27  # type: ignore[attr-defined]  # real resolution, not scaled up


def test_long_dutch_words_wrap_within_the_width() -> None:
    pygame.font.init()
    fonts = FontBook()
    for size in (20, 28, 56):
        measure = measurer(fonts.font(size))
        for width in range(size * 3, size * 20, size):
            lines = wrap(f"Het {LONG_WORDS} van de gemeente", width, measure)
            assert all(measure(line) <= width for line in lines), (size, width, lines)
            joined = "".join(line.removesuffix("-") for line in lines).replace(" ", "")
            assert joined == f"Het{LONG_WORDS}vandegemeente".replace(" ", "")


def test_screen_is_not_blank(make_app: AppFactory) -> None:
    app = make_app()
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    surface = app.screen
    colours = {tuple(surface.get_at((x, y)))[:3] for x in range(0, 1280, 16) for y in range(0, 720, 16)}
    assert len(colours) > 8
    assert len(app.records) > 10
