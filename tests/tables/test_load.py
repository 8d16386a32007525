"""Load: eight tables of eight devices (real HTTP clients on 127.0.0.1, each its own cookie) vote through a
whole term against a TablesServer and its conductor in process; every decision is its table's majority.

The term is benchmarks/tables.py's (`python -m benchmarks` times the same votes)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from benchmarks.tables import DEVICES, TABLES, votes_run
from game.cli.main import main
from game.tables.log import read_tables_log, restore_from_log
from tests.tables.rooms import example


def test_eight_tables_of_eight_devices_each_decide_by_their_own_majority(tmp_path: Path) -> None:
    log_path = tmp_path / "tables.jsonl"
    term, session = votes_run(log_path)
    assert session.finished
    assert sorted(term.votes) == list(range(1, TABLES + 1))
    decisions = [event for event in session.events if event.get("action") == "decide"]
    for table in session.table_ids:
        made = term.votes[table]
        choices = session.game(table).state.choices
        assert len(made) == len(choices) >= 4
        majorities = [Counter(votes).most_common(1)[0][0] for votes in made]
        assert [record.option + 1 for record in choices] == majorities
        own = [event for event in decisions if event["table"] == table]
        assert [event["by"] for event in own] == ["majority"] * len(made)
        for event, votes in zip(own, made, strict=True):
            counted = Counter(votes)
            assert event["votes"] == [counted[option] for option in range(1, len(event["votes"]) + 1)]
            assert sum(event["votes"]) == DEVICES
    assert (
        len({tuple(record.card for record in session.game(t).state.choices) for t in session.table_ids}) > 1
    )
    # Every change was logged as it happened: the log puts the same session back, each table confirmed.
    restored = restore_from_log(read_tables_log(log_path), example())
    assert restored.events == session.events
    assert main(["replay", str(log_path)]) == 0
