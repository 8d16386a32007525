"""The window's glue for tables side by side: starting (or resuming) a session with its server and its
log in DATA_DIR/logs, the running session stopped with the window, and the room view shown."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from game.errors import GameError
from game.i18n import t
from game.tables.model import MIN_TABLES

if TYPE_CHECKING:
    from game.core.model import Scenario
    from game.tables.model import Pace, TableId
    from game.tables.run import TablesRun
    from game.tables.server import Room
    from game.ui.scene import Host

TOAST_MS = 8000  # a problem starting the tables is read in full before it goes


class Conductor(Protocol):
    """What the room view asks of the session's conductor (game.tables.run.TablesConductor)."""

    problem: str | None  # the session log could not be written (the room plays on)

    def poll(self) -> bool: ...

    def end_round(self) -> None: ...

    def round_elapsed(self) -> float: ...


@dataclass
class RoomLink:
    """What the room view holds: the room, its conductor, every table's join address, the address to
    open without a camera, and the session log."""

    room: Room
    conductor: Conductor
    urls: dict[TableId, str]
    address: str
    log_path: Path | None = None
    stop: Callable[[], None] = field(default=lambda: None)


_RUNNING: list[TablesRun] = []  # the session this window runs (one at a time), stopped with the window


def stop_running() -> None:
    """Stop the running tables session's server and close its log (the window closes, another starts)."""
    while _RUNNING:
        _RUNNING.pop().stop()


def running() -> bool:
    """A tables session runs in this window (its room view or comparison is on screen, or paused over)."""
    return bool(_RUNNING)


def leave(host: Host) -> None:
    """Back to the title screen: the server stops and the log stays, so the setup's "Verder" goes on."""
    stop_running()
    host.to_title()


def logs_folder(host: Host) -> Path:
    """DATA_DIR/logs, where the window's session logs go."""
    from game.paths import user_data_folder

    saves = getattr(host, "saves_folder", None)
    return saves.parent / "logs" if isinstance(saves, Path) else user_data_folder(None) / "logs"


def new_log_path(folder: Path, scenario_id: str) -> Path:
    from game.core.save import new_session_id
    from game.core.session_log import log_path

    return log_path(folder, f"tables-{new_session_id(scenario_id)}", fresh=True)


def unfinished_log(host: Host, scenario_id: str) -> Path | None:
    """The newest tables log of this scenario whose session did not finish (for "Verder")."""
    from game.tables.run import unfinished_tables_log

    return unfinished_tables_log(logs_folder(host).parent, scenario_id)


def start_link(
    host: Host, scenario: Scenario, tables: int, pace: Pace, resume: Path | None = None
) -> RoomLink:
    """Start (or, with `resume`, go on with) a tables session on the settings' host and port; prints
    each table's address for the facilitator's terminal. GameError in plain words when it cannot."""
    from game.tables.run import start_tables

    stop_running()
    settings = host.settings
    seed = getattr(host, "seed", None)
    run = start_tables(
        scenario,
        seed if isinstance(seed, int) else random.randrange(2**31),
        tables,
        pace,
        host.lang,
        log_path=resume or new_log_path(logs_folder(host), scenario.id),
        host=settings.phones_host,
        port=settings.phones_port,
        resume=resume is not None,
    )
    _RUNNING.append(run)
    urls = run.urls()
    with run.room.read() as session:
        names = {table: session.table(table).name for table in session.table_ids}
    for table, url in urls.items():
        print(f"table {names[table]}: {url}", flush=True)
    return RoomLink(run.room, run.conductor, urls, run.server.url, run.log_path, run.stop)


def open_room(
    host: Host, scenario: Scenario, tables: int, pace: Pace, resume: Path | None = None
) -> str | None:
    """Start the session and show the room view; the problem in plain words when it cannot start (the
    window stays where it is)."""
    from game.ui.scenes.tables_room import TablesRoomScene

    try:
        link = start_link(host, scenario, tables, pace, resume)
    except GameError as error:
        problem = t("tables.problem", host.lang, problem=error.text(host.lang))
        print(f"tables: {problem}", file=sys.stderr)
        notify = getattr(host, "notify", None)
        if callable(notify):
            notify(problem, TOAST_MS)
        return problem
    host.show(TablesRoomScene(host, scenario, link))
    return None


def open_from_settings(host: Host, scenario: Scenario) -> str | None:
    """`play --tables N [--pace free] [--resume-tables LOG]`: the room view at once."""
    settings = host.settings
    pace: Pace = "free" if settings.pace == "free" else "rounds"
    return open_room(host, scenario, settings.tables or MIN_TABLES, pace, settings.resume_tables)
