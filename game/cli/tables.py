"""`play --headless --tables N`: a rehearsal of tables side by side with real devices and no window.

It prints one line per table first, `table NAME: URL` (flushed; scripts read them), then `session log:
PATH` (--resume-tables goes on with it should the process be stopped), then plays rounds
(or, with --pace free, each table at its own pace): a round is open for the vote window and closes early
once every table has decided; a table with no vote when it closes takes the lowest option, so a
rehearsal always ends. It writes the session log as it goes, and at the end with --log the summary of
every table as a single game's record, prints a few lines per table, and with --report writes the report
of all tables (and its CSV beside it).
"""

from __future__ import annotations

import argparse
import secrets
import threading
from pathlib import Path

from game.core.session_log import read_log, scenario_file_of
from game.errors import GameError
from game.files import write_json
from game.formatting import format_value
from game.i18n import t
from game.paths import DEFAULT_SCENARIO
from game.scenario import load_scenario
from game.tables.log import tables_summary
from game.tables.model import Pace
from game.tables.run import TablesRun, start_tables
from game.tables.session import TablesSession

POLL_SECONDS = 0.1  # the rounds' time is looked at this often; a change wakes the loop at once


def run_tables_rehearsal(args: argparse.Namespace) -> int:
    """Play every table's game to its end with the devices that join; exit 0."""
    resume = Path(args.resume_tables) if args.resume_tables else None
    scenario_path = Path(args.scenario) if args.scenario else None
    if resume is not None and scenario_path is None:
        scenario_path = logged_scenario(resume)
    scenario = load_scenario(scenario_path or DEFAULT_SCENARIO)
    lang = args.lang or scenario.default_language
    if lang not in scenario.languages:
        choices = ", ".join(scenario.languages)
        raise GameError(key="cli.language_not_in_scenario", code=lang, choices=choices)
    seed = args.seed if args.seed is not None else secrets.randbelow(2**31)
    if resume is None:
        from game.cli.headless import session_log_path

        log_file = session_log_path(args, scenario.id)
    else:
        log_file = resume
    pace: Pace = "free" if args.pace == "free" else "rounds"
    run = start_tables(
        scenario,
        seed,
        args.tables or 2,  # (with --resume-tables the log's count)
        pace,
        lang,
        log_path=log_file,
        host=args.host,
        port=args.port,
        round_seconds=args.vote_window,
        fallback=0,
        resume=resume is not None,
    )
    try:
        with run.room.read() as session:
            names = {table: session.table(table).name for table in session.table_ids}
        # "table NAME: URL" and "session log: F" are a machine contract (README; tests and scripts parse
        # them): the same words in every language.
        for table, url in run.urls().items():
            print(f"table {names[table]}: {url}", flush=True)
        print(f"session log: {log_file}", flush=True)  # now: a rehearsal killed goes on from it
        play_to_end(run)
    finally:
        run.stop()
    session = run.room.session
    if args.log:
        write_json(Path(args.log), {**tables_summary(session), "session_log": str(log_file.resolve())})
    print(summary(session, run.room.lang))
    if args.report:  # as a single game's rehearsal: `report` on the session log, every table in it
        from game.cli.report import run_report

        report = Path(args.report)
        run_report(log_file, report, report.with_suffix(".csv"), lang=lang)
    return 0


def logged_scenario(resume: Path) -> Path:
    """The scenario file of the session log to resume (--resume-tables without a scenario)."""
    if not resume.exists():  # a FIFO or a folder: read_log says it is no regular file
        raise GameError(key="cli.no_log_to_resume", path=resume)
    return scenario_file_of(resume, read_log(resume).header.scenario_file)


def play_to_end(run: TablesRun) -> None:
    """Poll the conductor until every table's game is over; a log that cannot be written ends it."""
    changed = threading.Event()
    run.room.add_listener(changed.set)
    try:
        while not run.conductor.finished:
            changed.wait(POLL_SECONDS)
            changed.clear()
            run.conductor.poll()
            if run.conductor.problem is not None:
                raise GameError(run.conductor.problem)
    finally:
        run.room.remove_listener(changed.set)


def summary(session: TablesSession, lang: str) -> str:
    """A few lines per table: how its game ended, its decisions and its final meters."""
    scenario = session.scenario
    title = scenario.text(scenario.title, lang)
    lines = [
        t("cli.tables.summary.title", lang, title=title, seed=session.seed, tables=len(session.table_ids))
    ]
    for table in session.table_ids:
        game = session.game(table)
        if game.ending is not None:
            title = scenario.text(game.ending.title, lang)
            outcome = t("cli.tables.summary.ending", lang, id=game.ending.id, title=title)
        elif game.profile is not None:
            title = scenario.text(game.profile.title, lang)
            outcome = t("cli.tables.summary.profile", lang, id=game.profile.id, title=title)
        else:
            outcome = t("cli.headless.summary.completed", lang)
        meters = ", ".join(
            f"{scenario.text(meter.name, lang)} {format_value(game.state.meters[meter.id])}"
            for meter in scenario.meters
        )
        decisions = t("cli.tables.summary.decisions", lang, count=len(game.state.choices))
        lines.append(f"{session.table(table).name}: {outcome}; {decisions}")
        lines.append(f"  {meters}")
    return "\n".join(lines)
