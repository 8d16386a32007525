"""`python main.py replay LOG [--scenario FILE]`: play a session log again and confirm it ends the same."""

from __future__ import annotations

from pathlib import Path

from game.core.model import Scenario
from game.core.session_log import LogError, SessionLog, read_log, replay, scenario_file_of
from game.formatting import decimal, format_value
from game.i18n import counted, t
from game.scenario import load_scenario
from game.tables.log import MODE as TABLES


def run_replay(log_path: Path, scenario_path: Path | None = None, lang: str = "en") -> int:
    """Exit 0 when the replay gives exactly the logged game, 1 (with the first difference) otherwise."""
    log = read_log(log_path)
    if log.header.mode == TABLES:
        from game.cli.tables_replay import run_tables_replay

        return run_tables_replay(log_path, scenario_path, lang)
    scenario = scenario_of(log, scenario_path, lang)
    try:
        game = replay(log, scenario)
    except LogError as error:
        print(t("cli.replay.different", lang, reason=error.text(lang)))
        return 1
    state = game.state
    meters = ", ".join(
        f"{meter.id} {decimal(format_value(state.meters[meter.id]), lang)}" for meter in scenario.meters
    )
    outcome = state.ending or state.profile or t("cli.replay.not_finished", lang)
    decisions, events = (
        counted(len(state.choices), "decision", lang),
        counted(len(log.game_events()), "event", lang),
    )
    print(
        t(
            "cli.replay.identical",
            lang,
            path=log_path,
            decisions=decisions,
            events=events,
            outcome=outcome,
            meters=meters,
        )
    )
    return 0


def scenario_of(log: SessionLog, scenario_path: Path | None, lang: str = "en") -> Scenario:
    """The scenario given, else the one the log names; a note when its file changed since the session."""
    path = scenario_path or scenario_file_of(log.path, log.header.scenario_file)
    scenario = load_scenario(path)
    if log.header.content_hash and scenario.content_hash != log.header.content_hash:
        print(t("cli.replay.changed", lang, path=path))
    return scenario
