"""`replay LOG` on a tables log: every table's game played again from its decisions and compared with its
logged events and ending, then the room's events (joins, votes, rounds) put back as the session stood."""

from __future__ import annotations

from pathlib import Path

from game.cli.replay import scenario_of
from game.core.session_log import LogError, replay
from game.formatting import plural
from game.tables.log import read_tables_log, restore_from_log
from game.tables.split import table_logs


def run_tables_replay(log_path: Path, scenario_path: Path | None = None) -> int:
    """Exit 0 when every table's replay is its logged game, 1 naming the first table that differs."""
    log = read_tables_log(log_path)
    scenario = scenario_of(log.log, scenario_path)
    for table_log in table_logs(log).values():
        name = table_log.header.group
        try:
            game = replay(table_log, scenario)
        except LogError as error:
            print(f"different: {name}: {error}")
            return 1
        state = game.state
        outcome = state.ending or state.profile or ("term completed" if state.finished else "not finished")
        print(
            f"{name}: identical \u2014 {plural(len(state.choices), 'decision')}, "
            f"{plural(len(table_log.events), 'game event')}; outcome: {outcome}"
        )
    try:
        session = restore_from_log(log, scenario)
    except LogError as error:
        print(f"different: the room's events: {error}")
        return 1
    done = "finished" if session.finished else f"stopped in round {session.round}"
    print(f"all {log.tables} tables end as logged ({done})")
    return 0
