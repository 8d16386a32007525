"""A running tables session: the server, the log written as it happens, and the rounds' time (no pygame).

`start_tables` makes the session (or restores it from its log), starts its server and returns a
`TablesRun`; the window and the headless rehearsal hold it and call `run.conductor.poll()` now and then
(every quarter second is plenty). The conductor writes every change to the log from a Room listener, so
a vote counted in the server's thread is on disk (fsynced) before its answer goes out.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from game.core.model import Scenario
from game.core.session_log import LogError
from game.errors import GameError
from game.i18n import LANGUAGES
from game.phones.hub import LIVE_SECONDS
from game.tables.log import MODE, TablesLogWriter, read_tables_log, restore_from_log
from game.tables.model import Pace, TableId
from game.tables.server import Room, TablesServer
from game.tables.session import TablesSession

log = logging.getLogger(__name__)
MAX_HEADER = 64 * 1024  # characters of a log's first line; a header is a few hundred


class TablesConductor:
    """Leads one running session: logs every change as it happens (a Room listener writes the new
    events, fsynced), ticks presence, ends rounds whose time is up, and times the round.

    With `round_seconds`, in rounds a round is ended (`session.end_round(fallback)`) once it has been open
    that long; in free pace each table's card is closed that long after it opened. Without, only the
    facilitator ends a round (`end_round`). `problem` holds a log that could not be written (the
    session goes on; the window says so)."""

    def __init__(
        self,
        room: Room,
        writer: TablesLogWriter | None,
        *,
        round_seconds: float | None = None,
        fallback: int | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.room = room
        self.writer = writer
        self.round_seconds = round_seconds
        self.fallback = fallback
        self.problem: str | None = None
        self._clock = clock
        self._seen_version = room.version
        self._round = 0
        self._round_started = clock()
        self._opened: dict[TableId, tuple[int, float]] = {}  # table -> (its decisions, when its card opened)
        with room.read() as session:
            self._observe(session, self._round_started)
            self._write(session)
        room.add_listener(self._changed)

    @property
    def finished(self) -> bool:
        with self.room.read() as session:
            return session.finished

    def round_elapsed(self) -> float:
        """Seconds since this round began (the discussion timer per round)."""
        with self.room.read() as session:
            self._observe(session, self._clock())
        return max(0.0, self._clock() - self._round_started)

    def poll(self) -> bool:
        """Tick presence and end what ran out of time; True when something a screen shows changed since
        the last poll. The log holds every event of the session as it is now after a poll."""
        now = self._clock()
        with self.room.read() as session:
            # A listener writes in the thread that acted, just after the lock: a screen that read the
            # change first (the report after the last decision) finds it in the log all the same.
            self._write(session)
            self._observe(session, now)
            before = [view.present for view in session.tables()]
            events = len(session.events)
            session.tick(now)
            changed = len(session.events) != events or before != [view.present for view in session.tables()]
            due = self._due(session, now)
        if changed and not due:
            with self.room.act():  # tick changed the session under the read lock: tell the pages
                pass
        if due:
            with self.room.act() as session:
                self._end_due(session, now)
        moved = self.room.version != self._seen_version
        self._seen_version = self.room.version
        return moved

    def end_round(self) -> None:
        """The facilitator's "end the round": tables with votes decide by them (logged)."""
        with self.room.act() as session:
            session.end_round()

    def close(self) -> None:
        self.room.remove_listener(self._changed)
        if self.writer is not None:
            self.writer.close()

    # -- inside ----------------------------------------------------------------------

    def _changed(self) -> None:
        """A Room listener: after every change, write the new events and note the round's start."""
        with self.room.read() as session:
            self._observe(session, self._clock())
            self._write(session)

    def _write(self, session: TablesSession) -> None:
        if self.writer is None or self.problem is not None:
            return
        try:
            self.writer.write(session)
        except OSError as error:  # a full disk, a pulled stick: the room plays on, the window says it
            self.problem = f"{self.writer.path}: {error}"  # (the window says it in its language)
            log.warning("%s", self.problem)

    def _observe(self, session: TablesSession, now: float) -> None:
        """Note when the round and each table's card began (the session keeps no time)."""
        if session.round != self._round:
            self._round, self._round_started = session.round, now
        for view in session.tables():
            opened = self._opened.get(view.id)
            if opened is None or opened[0] != view.decisions:
                self._opened[view.id] = (view.decisions, now)

    def _due(self, session: TablesSession, now: float) -> bool:
        limit = self.round_seconds
        if limit is None or session.finished:
            return False
        if session.pace == "rounds":
            return now - self._round_started >= limit
        return any(self._card_due(session, table, now) for table in session.table_ids)

    def _card_due(self, session: TablesSession, table: TableId, now: float) -> bool:
        view = session.table(table)
        return view.card is not None and now - self._opened[table][1] >= (self.round_seconds or 0.0)

    def _end_due(self, session: TablesSession, now: float) -> None:
        if session.pace == "rounds":
            session.end_round(self.fallback)
            return
        for table in session.table_ids:
            if self._card_due(session, table, now) and not session.close_table(table, self.fallback):
                decisions = session.table(table).decisions
                self._opened[table] = (decisions, now)  # no votes, no fallback: its time starts again


@dataclass
class TablesRun:
    """What the window and the headless rehearsal hold while a tables session runs."""

    room: Room
    server: TablesServer
    conductor: TablesConductor
    log_path: Path | None

    def urls(self) -> dict[TableId, str]:
        """Table id -> the address its QR code holds."""
        with self.room.read() as session:
            tables = session.table_ids
        return {table: self.server.table_url(table) for table in tables}

    def stop(self) -> None:
        self.server.stop()
        self.conductor.close()


def start_tables(
    scenario: Scenario,
    seed: int,
    tables: int,
    pace: Pace,
    lang: str,
    *,
    log_path: Path | None,
    host: str | None,
    port: int = 0,
    round_seconds: float | None = None,
    fallback: int | None = None,
    resume: bool = False,
    clock: Callable[[], float] = time.monotonic,
) -> TablesRun:
    """Start a tables session and its server. `host` None: the laptop's most likely local network
    address. With `resume`, `log_path` is the log of a session that stopped: it is restored (its seed,
    tables, pace and language are the log's, the arguments' are not used) and the log goes on after
    its last event. Every problem (no network, a port taken, a damaged log, a log of another scenario,
    a log that exists already for a new session) is a GameError in plain words."""
    address = host or _lan_address()
    room, writer = _room(scenario, seed, tables, pace, lang, log_path, resume)
    conductor = TablesConductor(room, writer, round_seconds=round_seconds, fallback=fallback, clock=clock)
    server = TablesServer(room, address, port)
    try:
        server.start()
    except GameError:
        conductor.close()
        raise
    return TablesRun(room, server, conductor, log_path)


def _lan_address() -> str:
    from game.phones.network import lan_addresses

    addresses = lan_addresses()
    if not addresses:
        raise GameError(key="cli.tables.no_network")
    return addresses[0]


def _room(
    scenario: Scenario,
    seed: int,
    tables: int,
    pace: Pace,
    lang: str,
    log_path: Path | None,
    resume: bool,
) -> tuple[Room, TablesLogWriter | None]:
    scenario_path = Path(scenario.source) if scenario.source else None
    if resume:
        if log_path is None:
            raise GameError(key="cli.tables.resume_needs_log")
        if not log_path.exists():  # a FIFO or a folder: read_log says it is no regular file
            raise GameError(key="cli.no_log_to_resume", path=log_path)
        logged = read_tables_log(log_path)  # LogError is a GameError: it names the file and the line
        lang = logged.log.header.lang if logged.log.header.lang in LANGUAGES else lang  # the pages' words
        session = restore_from_log(logged, scenario, lang=lang, presence_seconds=LIVE_SECONDS)
        if session.finished:
            raise GameError(key="cli.tables.all_finished", path=log_path)
    else:
        session = TablesSession(scenario, seed, tables, pace, lang=lang, presence_seconds=LIVE_SECONDS)
        if log_path is not None and log_path.exists():
            raise GameError(key="cli.tables.log_exists", path=log_path)
    writer = None
    if log_path is not None:
        try:
            writer = TablesLogWriter(log_path, session, lang, scenario_path)
        except (OSError, LogError) as error:
            raise GameError(key="cli.tables.cannot_write_log", path=log_path, reason=error) from None
    return Room(session, lang), writer


def unfinished_tables_log(folder: Path, scenario_id: str) -> Path | None:
    """The newest tables log of `scenario_id` in `folder`/logs (`folder` is the data folder) whose
    session has a table still playing; None when there is none. Unreadable logs are passed over."""
    logs = folder / "logs"
    try:
        candidates = sorted(logs.glob("*.jsonl"), key=lambda path: path.stat().st_mtime, reverse=True)
    except OSError:
        return None
    for path in candidates:
        if not _tables_log_of(path, scenario_id):
            continue
        try:
            logged = read_tables_log(path)
        except (LogError, OSError, ValueError):
            continue
        over = {
            event.get("table") for event in logged.log.events if event.get("kind") in ("ending", "profile")
        }
        if not set(range(1, logged.tables + 1)) <= over:
            return path
    return None


def _tables_log_of(path: Path, scenario_id: str) -> bool:
    """Whether the log's first line is a tables session's header of this scenario (read before the whole
    file: the logs folder holds every single game's log too)."""
    if not path.is_file():  # a FIFO named like a log would block the open below
        return False
    try:
        with path.open(encoding="utf-8") as file:
            head = json.loads(file.readline(MAX_HEADER))  # a file of one huge line is not read whole
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return False
    return isinstance(head, dict) and head.get("mode") == MODE and head.get("scenario") == scenario_id
