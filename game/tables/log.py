"""The tables' session log and the headless summary.

The log is JSON Lines like a single game's session log (game/core/session_log.py): line 1 the header
(`"type": "session"`, `"mode": "tables"`, with `"tables"` and `"pace"`), then every event of the
session's `events` (`"type": "event"`, an `"at"` time added): the room's `"kind": "tables"` events and
every table's game events with their `"table"`. `restore_from_log` puts the session back as it stood.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, cast

from game.core.model import Scenario
from game.core.playthrough import game_record
from game.core.session_log import (
    LogError,
    SessionHeader,
    SessionLog,
    _drop_cut_off_line,
    debrief_record,
    now_iso,
    read_log,
)
from game.i18n import t
from game.tables.model import MAX_TABLES, MIN_TABLES, PACES, Pace
from game.tables.session import TablesRestoreError, TablesSession

MODE = "tables"


@dataclass(frozen=True)
class TablesLog:
    """A tables log read back: the single game's header, the number of tables, the pace, the events."""

    log: SessionLog
    tables: int
    pace: Pace

    @property
    def seed(self) -> int:
        return self.log.header.seed


class TablesLogWriter:
    """Appends a session's new events to its log; a log that exists already goes on after its last event
    (a resumed session writes nothing twice).

    Every write is flushed at once, so a killed process loses nothing; a thread of its own then syncs the
    file to disk, one fsync for whatever was written meanwhile (a power cut loses at most that moment).
    Sixty-four devices voting at once would otherwise wait in the server's thread for sixty-four fsyncs
    in a row. A failed sync is raised by the next `write` (the conductor reports it)."""

    def __init__(self, path: Path, session: TablesSession, lang: str, scenario_path: Path | None) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._written = 0
        if path.exists() and path.stat().st_size > 0:
            _drop_cut_off_line(path)  # a line the killed process did not finish: the log goes on whole
            self._written = len(read_tables_log(path).log.events)
        self._file: IO[str] = path.open("a", encoding="utf-8", errors="backslashreplace")
        self._dirty = threading.Event()
        self._closing = False
        self._failed: OSError | None = None
        self._syncer = threading.Thread(target=self._sync, name="tables-log", daemon=True)
        self._syncer.start()
        if path.stat().st_size == 0:
            header = SessionHeader.starting(session.scenario, scenario_path, session.seed, lang, MODE)
            self._lines([{**header.to_dict(), "tables": len(session.table_ids), "pace": session.pace}])

    def write(self, session: TablesSession) -> None:
        """Append the session's events that are not in the file yet."""
        if self._failed is not None:
            raise self._failed
        new = session.events[self._written :]
        if new:
            at = now_iso()
            self._lines([{"type": "event", **event, "at": at} for event in new])
        self._written = len(session.events)

    def _lines(self, records: list[dict[str, Any]]) -> None:
        self._file.write("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records))
        self._file.flush()
        self._dirty.set()

    def _sync(self) -> None:
        while True:
            self._dirty.wait()
            self._dirty.clear()
            if self._closing:
                return
            try:
                os.fsync(self._file.fileno())
            except (OSError, ValueError) as error:  # ValueError: closed meanwhile
                self._failed = error if isinstance(error, OSError) else None
                return

    def close(self) -> None:
        """Sync what is left and close the file."""
        self._closing = True
        self._dirty.set()
        self._syncer.join()
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
        finally:
            self._file.close()


def read_tables_log(path: Path) -> TablesLog:
    """Read a tables log; LogError when it is not one (a single game's log, damage)."""
    log = read_log(path)
    with path.open(encoding="utf-8") as file:
        head = json.loads(file.readline())
    tables, pace = head.get("tables"), head.get("pace")
    if log.header.mode != MODE or not isinstance(tables, int) or isinstance(tables, bool):
        raise LogError(key="log.tables.not_tables", path=path)
    if not MIN_TABLES <= tables <= MAX_TABLES or pace not in PACES:
        raise LogError(key="log.tables.header", path=path, tables=repr(tables), pace=repr(pace))
    return TablesLog(log, tables, cast(Pace, pace))


@dataclass(frozen=True)
class Paused:
    """What the setup screen's "Verder" says of an unfinished session: when it last moved (local time),
    its tables, its pace and the round it stands in."""

    last: datetime | None
    tables: int
    pace: Pace
    round: int


def paused_session(log: TablesLog) -> Paused:
    """The unfinished session in `log`, as the setup screen names it."""
    ended = [event.get("round") for event in log.log.events if event.get("action") == "round_end"]
    current = max((number for number in ended if isinstance(number, int)), default=0) + 1
    stamps = [str(event.get("at", "")) for event in log.log.events[-1:]] + [log.log.header.started]
    last = None
    for stamp in stamps:
        try:
            last = datetime.fromisoformat(stamp).astimezone().replace(tzinfo=None)
            break
        except (TypeError, ValueError):
            continue
    return Paused(last, log.tables, log.pace, current)


def paused_words(paused: Paused, today: date, lang: str) -> str:
    """'Verder met de sessie van 14:05 (4 tafels, ronde 3)'; a day other than today: '6-12 14:05'."""
    when = ""
    if paused.last is not None:
        when = f"{paused.last:%H:%M}"
        if paused.last.date() != today:
            day = t("tables.setup.day", lang, day=paused.last.day, month=paused.last.month)
            when = f"{day} {when}"
    where = (
        t("tables.setup.resume_round", lang, round=paused.round)
        if paused.pace == "rounds"
        else t("tables.pace.free", lang)
    )
    return t("tables.setup.resume_which", lang, when=when, tables=paused.tables, where=where)


def restore_from_log(log: TablesLog, scenario: Scenario, **options: Any) -> TablesSession:
    """The session as the log left it; LogError naming the file when the events do not make one."""
    if log.log.header.scenario_id != scenario.id:
        raise LogError(
            key="log.other_scenario", path=log.log.path, logged=log.log.header.scenario_id, given=scenario.id
        )
    try:
        return TablesSession.restore(scenario, log.seed, log.tables, log.pace, log.log.events, **options)
    except TablesRestoreError as error:
        raise LogError(key="log.tables.restore", path=log.log.path, reason=error) from None


def tables_summary(session: TablesSession) -> dict[str, Any]:
    """`{"tables": [...]}`: per table its name and id, and its game in the format of a single game's
    JSON (`play --headless --log`): seed, choices, final_meters, ending, profile, events, triangle."""
    tables = []
    for table in session.table_ids:
        game = session.game(table)
        record = {"name": session.table(table).name, "table": table, **game_record(game)}
        record.update(debrief_record(game.scenario, game.state.choices))
        tables.append(record)
    return {"tables": tables}
