"""The screenshots of tables side by side: the room view with three and eight tables and the pages of
the comparison debrief, rendered with the real scenes under SDL's dummy driver, to
OUT/<W>x<H>/NN_<screen>.png (`python main.py screenshots` writes them to docs/screenshots/tables/).

The room view shows game/ui/tables_view.py's example session (mid-term, a table ended, one behind); the
comparison shows a finished session of the council scenario whose tables chose by their own seeded
random policies, so their roads part on the first card and the pictures are the same every time."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from game.core.playthrough import random_policy
from game.paths import SCENARIOS_DIR
from game.settings import PlaySettings
from game.tables.session import TablesSession
from game.ui.gallery import Shot, per_size, write_png
from game.ui.loading import Catalogue, ScenarioEntry
from game.ui.screenshots import Driver, headless_display, open_app

TABLES_SIZES: tuple[tuple[int, int], ...] = ((1280, 720), (1920, 1080))
SCENARIO = SCENARIOS_DIR / "raadssessie.yaml"
SEED = 2
POLICY_SEEDS = 100  # table n chooses by random_policy(POLICY_SEEDS + n)

TABLES_GALLERY: tuple[Shot, ...] = (
    Shot("room_3", "The room view with three tables: meters, place in the term, decided or voting"),
    Shot("room_8", "The room view with eight tables, readable from the back of the room"),
    Shot("compare_meters", "Tables compared: one meter over the term, a line per table, names at the ends"),
    Shot("compare_meters_8", "Tables compared: eight tables' lines, told apart by name, dashes and markers"),
    Shot("compare_triangles", "Tables compared: each table's public value triangle"),
    Shot("compare_differences", "Tables compared: a card the tables decided differently, and what followed"),
    Shot("compare_roads", "Tables compared: two tables' roads side by side, the differing choices marked"),
    Shot("room_join_8", "The room view's join codes (J): a QR code per table, and the address without one"),
    Shot("room_summary_8", "The room view's round summary: what each table chose, differences marked"),
)
NAMES = tuple(shot.name for shot in TABLES_GALLERY)


def file_name(name: str) -> str:
    return f"{NAMES.index(name) + 1:02d}_{name}.png"


def finished_session(tables: int, lang: str) -> TablesSession:
    """A whole term at `tables` tables of the council scenario, each table confirming its own seeded
    random policy's options from one device."""
    from game.scenario import load_scenario

    session = TablesSession(load_scenario(SCENARIO), SEED, tables, lang=lang)
    for table in session.table_ids:
        session.join(f"device{table}", table)
    policies = {table: random_policy(POLICY_SEEDS + table) for table in session.table_ids}
    while not session.finished:
        for table in session.table_ids:
            card = session.table(table).card
            if card is not None:
                session.confirm(f"device{table}", table, card, policies[table](session.game(table)))
    return session


def render_tables_gallery(
    out_dir: Path, sizes: Sequence[tuple[int, int]] = TABLES_SIZES, lang: str = "nl"
) -> list[Path]:
    """Every shot of TABLES_GALLERY at every size into out_dir/<W>x<H>/; returns the files written."""
    with headless_display():
        return per_size(out_dir, sizes, lambda folder, size: _render_size(folder, size, lang))


def _render_size(folder: Path, size: tuple[int, int], lang: str) -> list[Path]:
    import pygame

    from game.ui.scenes.tables_compare import TablesCompareScene
    from game.ui.scenes.tables_room import TablesRoomScene
    from game.ui.tables_view import room_view_example

    shots: dict[str, Path] = {}

    def save(surface: pygame.Surface, what: str) -> None:
        path = folder / file_name(what)
        write_png(surface, path)
        shots[what] = path

    app, clock = open_app(Catalogue([ScenarioEntry(SCENARIO)]), lang, SEED, size, PlaySettings())
    drive = Driver(app, clock, save, key_gap_ms=1000)
    try:
        title = app.scene
        for tables in (3, 8):
            scenario, link = room_view_example(tables, lang)
            app.show(TablesRoomScene(app, scenario, link))
            drive.shoot(f"room_{tables}")
        drive.press(pygame.K_j)
        drive.shoot("room_join_8")
        drive.press(pygame.K_r)
        drive.shoot("room_summary_8")
        app.show(TablesCompareScene(app, finished_session(8, lang), title))
        drive.shoot("compare_meters_8")
        app.show(TablesCompareScene(app, finished_session(3, lang), title))
        for page in ("compare_meters", "compare_triangles", "compare_differences", "compare_roads"):
            drive.shoot(page)
            drive.press(pygame.K_RIGHT)
    finally:
        app.close()
    missing = [name for name in NAMES if name not in shots]
    if missing:
        raise RuntimeError(f"the tables' gallery at {size[0]}x{size[1]} did not reach: {', '.join(missing)}")
    return [shots[name] for name in NAMES]
