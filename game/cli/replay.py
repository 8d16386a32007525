"""`python main.py replay LOG [--scenario FILE]`: play a session log again and confirm it ends the same."""

from __future__ import annotations

from pathlib import Path

from game.core.model import Scenario
from game.core.session_log import LogError, SessionLog, read_log, replay, scenario_file_of
from game.formatting import format_value, plural
from game.scenario import load_scenario
from game.tables.log import MODE as TABLES


def run_replay(log_path: Path, scenario_path: Path | None = None) -> int:
    """Exit 0 when the replay gives exactly the logged game, 1 (with the first difference) otherwise."""
    log = read_log(log_path)
    if log.header.mode == TABLES:
        from game.cli.tables_replay import run_tables_replay

        return run_tables_replay(log_path, scenario_path)
    scenario = scenario_of(log, scenario_path)
    try:
        game = replay(log, scenario)
    except LogError as error:
        print(f"different: {error}")
        return 1
    state = game.state
    meters = ", ".join(f"{meter.id} {format_value(state.meters[meter.id])}" for meter in scenario.meters)
    outcome = state.ending or state.profile or "not finished"
    print(
        f"{log_path}: identical — {plural(len(state.choices), 'decision')}, "
        f"{plural(len(log.game_events()), 'game event')}; outcome: {outcome}; {meters}"
    )
    return 0


def scenario_of(log: SessionLog, scenario_path: Path | None) -> Scenario:
    """The scenario given, else the one the log names; a note when its file changed since the session."""
    path = scenario_path or scenario_file_of(log.path, log.header.scenario_file)
    scenario = load_scenario(path)
    if log.header.content_hash and scenario.content_hash != log.header.content_hash:
        print(f"note: {path} changed since this session was played; replaying on the file as it is now")
    return scenario
