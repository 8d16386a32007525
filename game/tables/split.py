"""A tables log as one single game's log per table, for `replay`, `stats` and `report`.

Each table's log keeps the tables log's header as a group session named after the table (its path is
"LOG#Tafel 2"), and the table's own game events without their `"table"`; the room's `"tables"` events
(joins, votes, rounds) stay out, as a single game's log has none.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from game.core.session_log import LogError, SessionLog, read_log
from game.tables.log import MODE, TablesLog, read_tables_log
from game.tables.model import TableId, table_name
from game.tables.session import KIND


def table_logs(log: TablesLog) -> dict[TableId, SessionLog]:
    """Every table's game as a single game's log (LogError on an event of no table)."""
    lang = log.log.header.lang or "nl"
    events: dict[TableId, list[dict[str, Any]]] = {table: [] for table in range(1, log.tables + 1)}
    for number, event in enumerate(log.log.events, 1):
        if event.get("kind") == KIND:
            continue
        table = event.get("table")
        if isinstance(table, bool) or table not in events:
            raise LogError(
                key="log.tables.no_table",
                path=log.log.path,
                number=number,
                kind=event.get("kind"),
                tables=log.tables,
                table=repr(table),
            )
        events[table].append({key: value for key, value in event.items() if key != "table"})
    split = {}
    for table, own in events.items():
        name = table_name(table, lang)
        header = replace(log.log.header, mode="group", group=name)
        split[table] = SessionLog(Path(f"{log.log.path}#{name}"), header, own)
    return split


def session_logs(path: Path) -> list[SessionLog]:
    """The logs in a file: a single game's log as it is, a tables log as one log per table."""
    log = read_log(path)
    if log.header.mode != MODE:
        return [log]
    return list(table_logs(read_tables_log(path)).values())


def is_tables_log(path: Path) -> bool:
    """The file is a session log of tables (LogError when it is no session log at all)."""
    return read_log(path).header.mode == MODE
