"""A tables session put back from its events and its log file: every table where it stood."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from game.core import wallclock
from game.core.session_log import LogError
from game.tables.log import (
    Paused,
    TablesLogWriter,
    paused_session,
    paused_words,
    read_tables_log,
    restore_from_log,
    tables_summary,
)
from game.tables.model import TableView
from game.tables.session import TablesRestoreError, TablesSession
from tests.tables.rooms import example, seated, small


def mid_round() -> TablesSession:
    """Three tables of the example in round 2: table 1 decided, table 2 tied, table 3 (behind) one vote."""
    session = TablesSession(example(), 3, 3)
    seated(session, 2)
    for table in (1, 2):
        session.vote(f"{table}a", table, session.table(table).card or "", table - 1)
        session.vote(f"{table}b", table, session.table(table).card or "", table - 1)
    session.end_round()
    for table, options in ((1, (1, 1)), (2, (0, 1))):
        card = session.table(table).card or ""
        session.vote(f"{table}a", table, card, options[0])
        session.vote(f"{table}b", table, card, options[1])
    session.vote("3a", 3, session.table(3).card or "", 0)
    return session


def absent(view: TableView) -> TableView:
    return dataclasses.replace(view, present=0)


def test_a_session_restored_mid_round_is_the_same_session() -> None:
    original = mid_round()
    views = original.tables()
    assert views[0].decided_this_round and views[1].tie == (0, 1) and views[2].behind
    assert sum(views[2].votes) == 1
    restored = TablesSession.restore(example(), 3, 3, "rounds", json.loads(json.dumps(original.events)))
    assert restored.events == original.events
    assert restored.round == original.round
    assert [absent(view) for view in restored.tables()] == [absent(view) for view in views]
    # Devices without their ids after a restore: they join again, and the table plays on.
    assert restored.table_of("3b") is None
    assert restored.join("3b again", 3) == "joined"
    card = restored.table(3).card or ""
    assert restored.confirm("3b again", 3, card, 0) == "counted"  # its only present device
    assert restored.table(3).decided_this_round


def test_a_restore_from_events_that_do_not_fit_is_refused() -> None:
    original = mid_round()
    events = json.loads(json.dumps(original.events))
    decide = next(event for event in events if event.get("action") == "decide")
    decide["card"] = "not a card"
    with pytest.raises(TablesRestoreError):
        TablesSession.restore(example(), 3, 3, "rounds", events)
    with pytest.raises(TablesRestoreError, match="not this one"):
        TablesSession.restore(example(), 4, 3, "rounds", original.events)  # another seed
    events = json.loads(json.dumps(original.events))
    shown = [event for event in events if event["kind"] == "card_shown" and event["table"] == 2]
    shown[-1]["card"] = "another card"
    with pytest.raises(TablesRestoreError, match="table 2: the replayed game differs"):
        TablesSession.restore(example(), 3, 3, "rounds", events)
    with pytest.raises(TablesRestoreError):
        TablesSession.restore(example(), 3, 3, "rounds", [{"kind": "tables", "action": "dance"}])


def test_the_log_file_brings_back_a_session_killed_mid_round(tmp_path: Path) -> None:
    path = tmp_path / "tables.jsonl"
    session = TablesSession(small(), 2, 2)
    writer = TablesLogWriter(path, session, "nl", None)
    seated(session, 2)
    session.vote("1a", 1, "c11", 2)
    session.vote("1b", 1, "c11", 2)
    session.vote("2a", 2, "c11", 0)
    writer.write(session)
    writer.close()
    # The process dies while writing a line: the cut-off line is ignored.
    with path.open("a", encoding="utf-8") as file:
        file.write('{"type": "event", "kind": "tab')
    log = read_tables_log(path)
    assert (log.tables, log.pace, log.seed) == (2, "rounds", 2)
    restored = restore_from_log(log, small())
    assert [absent(view) for view in restored.tables()] == [absent(view) for view in session.tables()]
    # It goes on in the same file and writes nothing twice.
    path.write_text(path.read_text(encoding="utf-8").rsplit("\n", 1)[0] + "\n", encoding="utf-8")
    writer = TablesLogWriter(path, restored, "nl", None)
    restored.join("new", 2)
    assert restored.confirm("new", 2, "c11", 0) == "counted"  # its only present device
    writer.write(restored)
    writer.close()
    again = restore_from_log(read_tables_log(path), small())
    assert again.events == restored.events and again.round == 2


def test_a_single_games_log_or_another_scenario_is_no_tables_log(tmp_path: Path) -> None:
    from game.core.engine import Game
    from game.core.session_log import SessionHeader, write_events

    single = tmp_path / "single.jsonl"
    game = Game(small(), 1)
    write_events(single, SessionHeader.starting(small(), None, 1, "nl"), game.log)
    with pytest.raises(LogError, match="not the log of a session with tables"):
        read_tables_log(single)
    path = tmp_path / "tables.jsonl"
    writer = TablesLogWriter(path, TablesSession(small(), 1, 2), "nl", None)
    writer.close()
    with pytest.raises(LogError, match="scenario"):
        restore_from_log(read_tables_log(path), example())


def test_the_summary_holds_every_table_as_a_single_games_record() -> None:
    session = TablesSession(small(), 1, 2, "free")
    seated(session, 1)
    for table, option in ((1, 0), (2, 1)):
        while not session.table(table).finished:
            session.confirm(f"{table}a", table, session.table(table).card or "", option)
    summary = tables_summary(session)
    names = [record["name"] for record in summary["tables"]]
    assert names == ["Tafel 1", "Tafel 2"]
    first, second = summary["tables"]
    for key in ("seed", "choices", "final_meters", "ending", "profile", "triangle"):
        assert key in first
    assert [choice["option"] for choice in first["choices"]] == [1] * 6
    assert [choice["option"] for choice in second["choices"]] == [2] * 6
    assert first["final_meters"] == {"a": 80, "b": 50} and second["final_meters"] == {"a": 50, "b": 80}
    assert json.loads(json.dumps(summary)) == summary


def test_the_setup_names_an_unfinished_session_by_its_time_tables_and_round(tmp_path: Path) -> None:
    path = tmp_path / "tables.jsonl"
    session = TablesSession(example(), 3, 3)
    writer = TablesLogWriter(path, session, "nl", None)
    with wallclock.fixed(datetime(2026, 12, 6, 13, 5, tzinfo=UTC)):
        seated(session, 2)
        session.end_round()
        session.end_round()  # round 3 is open
        writer.write(session)
    writer.close()
    paused = paused_session(read_tables_log(path))
    last = datetime(2026, 12, 6, 13, 5, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert paused == Paused(last, 3, "rounds", 3)
    hour = f"{last:%H:%M}"
    assert paused_words(paused, last.date(), "nl") == f"Verder met de sessie van {hour} (3 tafels, ronde 3)"
    other_day = paused_words(paused, last.date() + timedelta(days=1), "en")
    assert other_day == f"Continue the session of {last.day}/{last.month} {hour} (3 tables, round 3)"
    free = dataclasses.replace(paused, pace="free")
    assert paused_words(free, last.date(), "nl").endswith("(3 tafels, eigen tempo)")
