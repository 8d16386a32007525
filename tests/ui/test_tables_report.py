"""The report of all tables, written as the comparison debrief opens once every table finished: headless
with real key presses and clicks, a real Room, conductor and session log in the data folder's logs/."""

from __future__ import annotations

import csv
import webbrowser
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.core.model import Scenario
from game.report import tables as tables_report
from game.tables.log import TablesLogWriter
from game.tables.run import TablesConductor
from game.tables.server import Room
from game.tables.session import TablesSession
from game.ui.app import App
from game.ui.draw import measurer
from game.ui.presenter import PresenterView
from game.ui.presenter import key_rows as presenter_keys
from game.ui.report_files import reports_folder
from game.ui.scenes.keys import key_rows
from game.ui.scenes.tables_compare import WRITING_MS, TablesCompareScene
from game.ui.scenes.tables_room import TablesRoomScene
from game.ui.tables_compare_view import SMALLEST
from game.ui.tables_link import RoomLink, new_log_path
from tests.ui.conftest import AppFactory, Drawn, button_centre, click, press

TABLES = 3


@pytest.fixture
def links() -> Iterator[list[RoomLink]]:
    """The rooms a test made: their logs closed afterwards (the writer's syncing thread ends)."""
    made: list[RoomLink] = []
    yield made
    for link in made:
        link.stop()


def logged_room(app: App, scenario: Scenario, links: list[RoomLink]) -> tuple[TablesRoomScene, Room, Path]:
    """Three tables with a device each, logged where the window logs them, the room view on screen."""
    session = TablesSession(scenario, 5, TABLES, "rounds")
    for table in session.table_ids:
        assert session.join(f"d{table}", table) == "joined"
    room = Room(session)
    assert app.saves_folder is not None
    log = new_log_path(app.saves_folder.parent / "logs", scenario.id)
    writer = TablesLogWriter(log, session, app.lang, Path(scenario.source) if scenario.source else None)
    conductor = TablesConductor(room, writer)
    urls = {table: f"http://127.0.0.1:9/x/t/{table}/" for table in session.table_ids}
    link = RoomLink(room, conductor, urls, "http://127.0.0.1:9/x/", log, conductor.close)
    links.append(link)
    scene = TablesRoomScene(app, scenario, link)
    app.show(scene)
    return scene, room, log


def play_rounds(room: Room, rounds: int | None = None) -> list[list[int]]:
    """Each table's device confirms its own road (table 1 the first option, table 2 the second, ...),
    round by round, to the end or for `rounds` rounds; every table's options chosen (from 1)."""
    chosen: list[list[int]] = [[] for _ in range(TABLES)]
    played = 0
    while rounds is None or played < rounds:
        with room.act() as session:
            if session.finished:
                break
            for table in session.table_ids:
                card = session.table(table).card
                if card is not None:
                    options = len(session.scenario.card(card).options)
                    option = (table - 1) % options
                    assert session.confirm(f"d{table}", table, card, option) == "counted"
                    chosen[table - 1].append(option + 1)
        played += 1
    return chosen


def to_comparison(app: App) -> TablesCompareScene:
    """Enter, as a facilitator does: the join codes or the summary close, then the comparison opens; it
    writes the report in a thread of its own, and shows it once that finished."""
    for _ in range(4):
        if isinstance(app.scene, TablesCompareScene):
            break
        press(app, pygame.K_RETURN, wait=300)  # (the room view polls its conductor meanwhile)
    assert isinstance(app.scene, TablesCompareScene)
    return written(app, app.scene)


def written(app: App, scene: TablesCompareScene) -> TablesCompareScene:
    """The report's thread waited for (bounded), and a moment for the screen to look at it."""
    writing = scene.writing
    if writing is not None:
        (line,) = scene.report_text.lines  # meanwhile the line says it is being written
        assert line in (
            "Het verslag van alle tafels wordt geschreven\u2026",
            "Writing the report of all tables\u2026",
        )
        writing.thread.join(timeout=60)
        assert writing.done
        press(app, pygame.K_F12, wait=WRITING_MS)
    assert scene.writing is None
    return scene


def test_the_report_of_every_table_is_written_as_the_comparison_opens_and_the_screen_says_where(
    make_app: AppFactory, example: Scenario, links: list[RoomLink], spy: list[Drawn]
) -> None:
    app = make_app()
    _room_scene, room, log = logged_room(app, example, links)
    chosen = play_rounds(room)
    scene = to_comparison(app)
    html, csv_file = scene.report.html, scene.report.csv
    assert html is not None and csv_file is not None and scene.report.problem is None
    assert app.saves_folder is not None and csv_file == html.with_suffix(".csv")
    assert html == reports_folder(log) / f"{log.stem}.html" == app.saves_folder.parent / "reports" / html.name
    page = html.read_text(encoding="utf-8")
    for table in range(1, TABLES + 1):
        assert f'id="table-{table}"' in page and f"Tafel {table}" in page
    with csv_file.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    option = rows[0].index("optie")
    for table in range(1, TABLES + 1):  # every decision of every table, as its device chose it
        assert [int(row[option]) for row in rows[1:] if row[0] == f"Tafel {table}"] == chosen[table - 1]
    # The line on screen: where, in one line at the bottom, the file's name whole at its end.
    (line,) = scene.report_text.lines
    assert line.startswith("Verslag en CSV opgeslagen in ") and line.endswith(f"reports \u00b7 {html.name}")
    spy.clear()
    app.draw()
    drawn = next(drawn for drawn in spy if drawn.text == line)
    assert scene.boxes["report"].contains(drawn.rect) and drawn.rect.top >= scene.boxes["body"].bottom
    assert "O verslag openen" in scene.hint()
    assert ("O", "verslag openen in de browser") in key_rows("tables_compare", "nl")  # the help (F1)


def test_o_and_the_button_open_it_in_the_browser_and_without_one_the_line_says_where(
    make_app: AppFactory, example: Scenario, links: list[RoomLink], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    browser = [True]

    def fake_open(url: str, *args: object, **kwargs: object) -> bool:
        opened.append(url)
        return browser[0]

    monkeypatch.setattr(webbrowser, "open", fake_open)
    app = make_app()
    _room_scene, room, _log = logged_room(app, example, links)
    play_rounds(room)
    scene = to_comparison(app)
    assert scene.report.html is not None
    uri = scene.report.html.resolve().as_uri()
    press(app, pygame.K_o)
    assert opened == [uri] and app.scene is scene
    click(app, button_centre(app, "report"))
    assert opened == [uri, uri]
    browser[0] = False
    press(app, pygame.K_o)
    (line,) = scene.report_text.lines
    assert line.startswith("Geen browser gevonden. Verslag in ") and line.endswith(scene.report.html.name)
    assert "report" not in [button.action for button in scene.buttons.buttons]  # no button that cannot work
    assert "O verslag" not in scene.hint()


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_line_fits_its_row_large_enough_to_read_with_the_name_whole(
    make_app: AppFactory, example: Scenario, links: list[RoomLink], size: tuple[int, int], lang: str
) -> None:
    app = make_app(size=size, lang=lang)
    _room_scene, room, _log = logged_room(app, example, links)
    play_rounds(room)
    scene = to_comparison(app)
    assert scene.report.html is not None
    block = scene.report_text
    (line,) = block.lines
    assert measurer(app.fonts.font(block.size))(line) <= scene.boxes["report"].width
    assert block.size >= SMALLEST * size[1] / 720 - 1
    assert line.endswith(scene.report.html.name)
    words = {"nl": "Verslag en CSV opgeslagen in ", "en": "Report and CSV saved in "}
    assert line.startswith(words[lang])
    for button in scene.buttons.buttons:  # the button beside it, the tabs and Back above: none overlaps
        assert not button.rect.colliderect(scene.boxes["report"]) or button.action == "report"
    assert not scene.boxes["body"].colliderect(scene.boxes["report"])


@pytest.mark.parametrize(
    ("lang", "said"), [("nl", "Verslag niet geschreven: kan "), ("en", "Report not written: cannot write ")]
)
def test_a_report_that_cannot_be_written_is_said_in_the_windows_language(
    make_app: AppFactory, example: Scenario, links: list[RoomLink], lang: str, said: str
) -> None:
    app = make_app(lang=lang)
    assert app.saves_folder is not None
    app.saves_folder.parent.mkdir(parents=True, exist_ok=True)
    (app.saves_folder.parent / "reports").write_text("a file where the folder should be", encoding="utf-8")
    _room_scene, room, _log = logged_room(app, example, links)
    play_rounds(room)
    scene = to_comparison(app)
    assert scene.report.html is None and scene.report.problem is not None
    (line,) = scene.report_text.lines
    assert line.startswith(said) and "reports" in line
    assert "report" not in [button.action for button in scene.buttons.buttons]
    press(app, pygame.K_o)  # nothing to open; the comparison goes on
    press(app, pygame.K_2)
    assert app.scene is scene and scene.page == 1


def test_written_once_per_opening_and_again_when_more_was_decided(
    make_app: AppFactory, example: Scenario, links: list[RoomLink], monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[Path] = []
    real = tables_report.write_tables_report

    def counted(log_path: Path, out_dir: Path) -> tuple[Path, Path]:
        writes.append(log_path)
        return real(log_path, out_dir)

    monkeypatch.setattr(tables_report, "write_tables_report", counted)
    app = make_app()
    room_scene, room, _log = logged_room(app, example, links)
    play_rounds(room, rounds=2)
    press(app, pygame.K_v)  # mid-term: the comparison, no report yet (the tables play on)
    scene = app.scene
    assert isinstance(scene, TablesCompareScene)
    assert writes == [] and scene.report.html is None and scene.report_text.lines == ()
    assert "O verslag" not in scene.hint()
    play_rounds(room)  # the tables finish while the comparison is on the projector
    press(app, pygame.K_F12, wait=300)  # (the screen polls the conductor: it changed)
    assert scene.writing is not None and "O verslag" not in scene.hint()
    written(app, scene)
    assert len(writes) == 1 and scene.report.html is not None and scene.report.html.is_file()
    for _ in range(3):  # frames and polls with nothing new write nothing
        press(app, pygame.K_F12, wait=300)
        app.draw()
    assert len(writes) == 1
    press(app, pygame.K_ESCAPE)
    assert app.scene is room_scene
    press(app, pygame.K_v)
    assert isinstance(app.scene, TablesCompareScene) and app.scene is not scene
    written(app, app.scene)
    assert len(writes) == 2  # a new opening writes it again


def test_the_presenter_lists_the_comparisons_keys_with_the_report() -> None:
    rows = presenter_keys(PresenterView("nl", screen="tables_compare"))
    assert ("O", "verslag openen in de browser") in rows
    assert all(keys not in ("U, Ctrl+Z", "Enter, spatie") for keys, _ in rows)  # nothing to continue or undo
