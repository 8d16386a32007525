"""`replay LOG` on a tables log: every table's game played again from its decisions and compared with its
logged events and ending, then the room's events (joins, votes, rounds) put back as the session stood."""

from __future__ import annotations

from pathlib import Path

from game.cli.replay import scenario_of
from game.core.session_log import LogError, replay
from game.i18n import counted, t
from game.tables.log import read_tables_log, restore_from_log
from game.tables.split import table_logs


def run_tables_replay(log_path: Path, scenario_path: Path | None = None, lang: str = "en") -> int:
    """Exit 0 when every table's replay is its logged game, 1 naming the first table that differs."""
    log = read_tables_log(log_path)
    scenario = scenario_of(log.log, scenario_path, lang)
    for table_log in table_logs(log).values():
        name = table_log.header.group
        try:
            game = replay(table_log, scenario)
        except LogError as error:
            print(t("cli.replay.different_table", lang, table=name, reason=error.text(lang)))
            return 1
        state = game.state
        unended = t("cli.replay.completed" if state.finished else "cli.replay.not_finished", lang)
        decisions = counted(len(state.choices), "decision", lang)
        events = counted(len(table_log.events), "event", lang)
        said = t(
            "cli.replay.table_identical",
            lang,
            decisions=decisions,
            events=events,
            table=name,
            outcome=state.ending or state.profile or unended,
        )
        print(said)
    try:
        session = restore_from_log(log, scenario)
    except LogError as error:
        print(t("cli.replay.different_room", lang, reason=error.text(lang)))
        return 1
    done = (
        t("cli.replay.finished", lang)
        if session.finished
        else t("cli.replay.stopped_in_round", lang, round=session.round)
    )
    print(t("cli.replay.tables_identical", lang, count=log.tables, done=done))
    return 0
