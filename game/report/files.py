"""From a session log to the report's two files: find the scenario, replay, write HTML and CSV."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.core.engine import Game
from game.core.session_log import SessionLog, read_log, replay, scenario_file_of
from game.files import make_folder, write_text
from game.report.content import Report, build_report
from game.report.minutes import render_csv
from game.report.page import render_report
from game.scenario import load_scenario


@dataclass(frozen=True)
class Session:
    """A log with the game its replay ended in; `changed` when the scenario file differs from the one
    that was played (the replay then ran on the file as it is now)."""

    log: SessionLog
    game: Game
    scenario_path: Path
    changed: bool

    def report(self) -> Report:
        return build_report(self.log, self.game)


def load_session(log_path: Path, scenario_path: Path | None = None) -> Session:
    """Read and replay a log; raises a GameError (LogError, ScenarioInvalid) with a message."""
    log = read_log(log_path)
    path = scenario_path or scenario_file_of(log_path, log.header.scenario_file)
    scenario = load_scenario(path)
    changed = bool(log.header.content_hash) and scenario.content_hash != log.header.content_hash
    return Session(log, replay(log, scenario), path, changed)


def write_report_files(session: Session, html_path: Path, csv_path: Path) -> tuple[Path, Path]:
    report = session.report()
    write_text(html_path, render_report(report))
    write_text(csv_path, render_csv(report))
    return html_path, csv_path


def write_report(log_path: Path, out_dir: Path) -> tuple[Path, Path]:
    """The report of the session in `log_path` as OUT_DIR/<log name>.html and .csv (for the end screen);
    returns both paths. Raises a GameError with a message when the log or its scenario cannot be used."""
    session = load_session(log_path)
    make_folder(out_dir)
    return write_report_files(session, out_dir / f"{log_path.stem}.html", out_dir / f"{log_path.stem}.csv")
