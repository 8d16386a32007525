"""The comparison debrief of a tables session, driven by real key presses and clicks, headless."""

from __future__ import annotations

import pygame
import pytest

from game.core.model import Scenario
from game.core.playthrough import random_policy
from game.scenario import load_scenario
from game.settings import PlaySettings
from game.tables.server import Room
from game.tables.session import TablesSession
from game.ui.app import App
from game.ui.draw import Painter
from game.ui.loading import ScenarioEntry
from game.ui.scenes.help import HelpScene
from game.ui.scenes.keys import key_rows
from game.ui.scenes.tables_compare import TablesCompareScene
from game.ui.style import contrast
from game.ui.tables_compare_view import PAGES, SMALLEST, spread
from tests.ui.conftest import COUNCIL_SESSION, AppFactory, Drawn, click, pixels, press


def played(scenario: Scenario, tables: int, seed: int = 2) -> TablesSession:
    """Every table with one device, each confirming its own random policy's options to the end."""
    session = TablesSession(scenario, seed, tables, "rounds")
    for table in session.table_ids:
        assert session.join(f"d{table}", table) == "joined"
    policies = {table: random_policy(100 + table) for table in session.table_ids}
    while not session.finished:
        for table in session.table_ids:
            card = session.table(table).card
            if card is not None:
                option = policies[table](session.game(table))
                assert session.confirm(f"d{table}", table, card, option) == "counted"
    return session


@pytest.fixture(scope="module")
def council() -> Scenario:
    return load_scenario(COUNCIL_SESSION)


def opened(make_app: AppFactory, session: TablesSession, size: tuple[int, int] = (1280, 720)) -> App:
    app = make_app([ScenarioEntry(COUNCIL_SESSION)], size=size)
    app.show(TablesCompareScene(app, session, app.scene))
    press(app, pygame.K_F12)  # (a key nobody uses: time passes, the screen settles)
    return app


def scene_of(app: App) -> TablesCompareScene:
    assert isinstance(app.scene, TablesCompareScene)
    return app.scene


def picture(app: App) -> bytes:
    app.draw()
    return pixels(app.screen, app.screen.get_rect())


def test_the_four_pages_by_arrows_and_numbers_each_its_own_picture_and_esc_goes_back(
    make_app: AppFactory, council: Scenario
) -> None:
    session = played(council, 3)
    app = make_app([ScenarioEntry(COUNCIL_SESSION)])
    title = app.scene
    app.show(TablesCompareScene(app, session, title))
    seen = {}
    for page in range(len(PAGES)):
        assert scene_of(app).page == page
        seen[picture(app)] = page
        press(app, pygame.K_RIGHT)
    assert len(seen) == len(PAGES) and scene_of(app).page == 0  # round again to the first
    press(app, pygame.K_LEFT)
    assert scene_of(app).page == len(PAGES) - 1
    press(app, pygame.K_2)
    assert scene_of(app).page == 1
    press(app, pygame.K_ESCAPE)
    assert app.scene is title and app.pause is None


def test_up_and_down_pick_the_meter_and_the_card_that_differs(
    make_app: AppFactory, council: Scenario
) -> None:
    session = played(council, 3)
    app = opened(make_app, session)
    scene = scene_of(app)
    before = picture(app)
    press(app, pygame.K_DOWN)
    assert scene.meter == 1 and picture(app) != before
    press(app, pygame.K_UP)
    press(app, pygame.K_UP)
    assert scene.meter == len(council.meters) - 1  # round to the last
    press(app, pygame.K_3)
    differences = scene.comparison.differences
    assert len(differences) >= 2, "the policies should lead the tables apart"
    first = picture(app)
    press(app, pygame.K_DOWN)
    assert scene.difference == 1 and picture(app) != first


def test_two_roads_a_and_b_pick_other_tables_never_the_same_and_the_rows_scroll(
    make_app: AppFactory, council: Scenario
) -> None:
    session = played(council, 4)
    app = opened(make_app, session)
    scene = scene_of(app)
    press(app, pygame.K_4)
    assert scene.pair == (1, 2)
    press(app, pygame.K_a)
    assert scene.pair == (3, 2)  # table 2 is on the other side: skipped
    press(app, pygame.K_b)
    press(app, pygame.K_b)
    assert scene.pair == (3, 1)  # 2 -> (3 taken) 4 -> 1
    steps = len(scene.comparison.road(*scene.pair))
    for _ in range(steps + 3):
        press(app, pygame.K_DOWN)
    assert 0 < scene.scroll <= steps - 1
    press(app, pygame.K_PAGEUP)
    press(app, pygame.K_PAGEUP)
    assert scene.scroll == 0


def test_a_click_on_a_page_tab_and_on_back(make_app: AppFactory, council: Scenario) -> None:
    session = played(council, 2)
    app = make_app([ScenarioEntry(COUNCIL_SESSION)])
    left: list[str] = []
    app.show(TablesCompareScene(app, session, lambda: left.append("back")))
    scene = scene_of(app)
    scene.ensure_layout()
    tabs = {button.action: button.rect.center for button in scene.buttons.buttons}
    click(app, tabs["page:2"])
    assert scene.page == 2
    click(app, tabs["back"])
    assert left == ["back"]


@pytest.mark.parametrize(
    ("size", "text_scale"), [((1280, 720), 1.0), ((1920, 1080), 1.0), ((1280, 720), 1.5)]
)
def test_eight_tables_every_text_in_its_box_and_large_enough_on_every_page(
    make_app: AppFactory,
    council: Scenario,
    size: tuple[int, int],
    text_scale: float,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = played(council, 8)
    app = make_app([ScenarioEntry(COUNCIL_SESSION)], size=size, settings=PlaySettings(text_scale=text_scale))
    app.show(TablesCompareScene(app, session, app.scene))
    scene = scene_of(app)
    drawn: list[tuple[str, int, pygame.Rect, pygame.Rect]] = []
    original = Painter.text

    def text(
        self: Painter, text: str, pos: tuple[int, int], size: int, *args: object, **kwargs: object
    ) -> pygame.Rect:
        before = len(self.records)
        rect = original(self, text, pos, size, *args, **kwargs)  # type: ignore[arg-type]
        drawn.append((text, size, rect, self.records[before][1]))
        return rect

    monkeypatch.setattr(Painter, "text", text)
    scale = size[1] / 720
    hint_top = app.screen.get_height() - app.fonts.line_height(scene.metrics().small) - scene.metrics().px(10)
    for page in range(len(PAGES)):
        press(app, pygame.K_1 + page)
        drawn.clear()
        app.draw()
        assert drawn, PAGES[page]
        for shown, font_size, rect, box in drawn:
            assert box.contains(rect), f"{PAGES[page]}: {shown!r} leaves its box: {rect} {box}"
            if rect.top < hint_top:  # (the key hint along the bottom has its own rule)
                assert font_size >= SMALLEST * scale - 1, f"{PAGES[page]}: {shown!r} at {font_size}px"
        names = [shown for shown, *_ in drawn]
        if PAGES[page] in ("meters", "triangles"):
            assert all(any(name.startswith(run.name) for name in names) for run in scene.comparison.tables)


def test_a_live_room_is_compared_again_when_its_conductor_says_it_changed(
    make_app: AppFactory, council: Scenario
) -> None:
    session = TablesSession(council, 2, 2, "free")
    for table in session.table_ids:
        session.join(f"d{table}", table)
    room = Room(session)
    changed = [False]

    def poll() -> bool:
        result, changed[0] = changed[0], False
        return result

    app = make_app([ScenarioEntry(COUNCIL_SESSION)])
    app.show(TablesCompareScene(app, room, app.scene, poll=poll))
    scene = scene_of(app)
    assert not scene.comparison.differences
    with room.act() as live:
        card = live.table(1).card
        assert card is not None
        live.confirm("d1", 1, card, 0)
        live.confirm("d2", 2, card, 1)
    changed[0] = True
    press(app, pygame.K_F12)  # time passes: the scene polls
    assert [difference.card for difference in scene.comparison.differences] == [card]


def test_f1_lists_the_comparisons_keys_and_l_switches_its_language(
    make_app: AppFactory, council: Scenario
) -> None:
    app = opened(make_app, played(council, 2))
    press(app, pygame.K_F1)
    assert isinstance(app.pause, HelpScene)
    assert {keys for keys, _ in key_rows("tables_compare", "nl")} >= {"A, B", "Esc, Backspace"}
    press(app, pygame.K_F1)
    assert app.pause is None and app.scene.name == "tables_compare"
    press(app, pygame.K_l)
    assert app.lang == "en" and "Left/right or 1-4 page" in scene_of(app).hint()


def test_every_text_on_every_page_reaches_seven_to_one(
    make_app: AppFactory, council: Scenario, spy: list[Drawn]
) -> None:
    app = opened(make_app, played(council, 4))
    for page in range(len(PAGES)):
        press(app, pygame.K_1 + page)
        spy.clear()
        app.draw()
        assert spy, PAGES[page]
        for drawn in spy:
            ratio = contrast(drawn.colour, drawn.below)
            assert ratio >= 7, f"{PAGES[page]}: {drawn.text!r} at {ratio:.2f}:1"


def test_before_any_decision_every_page_says_so_without_a_problem(
    make_app: AppFactory, council: Scenario, spy: list[Drawn]
) -> None:
    app = opened(make_app, TablesSession(council, 2, 3))
    said = []
    for page in range(len(PAGES)):
        press(app, pygame.K_1 + page)
        spy.clear()
        app.draw()
        said += [drawn.text for drawn in spy]
    assert "Nog geen keuzes die meetellen." in said
    assert "Nog geen keuzes gemaakt." in said
    assert any(text.startswith("Tot nu toe kozen alle tafels") for text in said)
    assert said.count("Einde: speelt nog") == 2


def test_the_names_at_the_lines_ends_are_spread_apart() -> None:
    assert spread([10, 12, 50], 10, 0, 100) == [10, 20, 50]
    assert spread([90, 95, 99], 10, 0, 100) == [80, 90, 100]  # pushed back up from the bottom
