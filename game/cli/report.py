"""`python main.py report LOG [--out FILE.html] [--csv FILE.csv] [--scenario FILE]`: the debrief report."""

from __future__ import annotations

from pathlib import Path

from game.errors import GameError
from game.report import load_session, write_report_files
from game.tables.split import is_tables_log


def run_report(
    log_path: Path, out: Path | None = None, csv_out: Path | None = None, scenario_path: Path | None = None
) -> int:
    """Write the HTML report and the CSV of the decisions (by default beside the log) and say where."""
    if not log_path.is_file():
        raise GameError(key="cli.no_session_log", path=log_path)
    html_path, csv_path = out or log_path.with_suffix(".html"), csv_out or log_path.with_suffix(".csv")
    if log_path.resolve() in (html_path.resolve(), csv_path.resolve()):
        raise GameError(key="cli.report.over_log", path=log_path)
    if html_path.resolve() == csv_path.resolve():
        raise GameError(key="cli.report.same_names", path=html_path)
    if is_tables_log(log_path):
        return _tables_report(log_path, html_path, csv_path, scenario_path)
    session = load_session(log_path, scenario_path)
    if session.changed:
        print(
            f"note: {session.scenario_path} changed since this session was played; "
            "the report follows the file as it is now"
        )
    write_report_files(session, html_path, csv_path)
    print(f"report written to {html_path}")
    print(f"decisions (CSV, UTF-8 with BOM, ';'-separated) written to {csv_path}")
    return 0


def _tables_report(log_path: Path, html_path: Path, csv_path: Path, scenario_path: Path | None) -> int:
    from game.report.tables import load_tables_report, write_tables_report_files

    loaded = load_tables_report(log_path, scenario_path)
    if loaded.changed:
        print(
            f"note: {loaded.scenario_path} changed since this session was played; "
            "the report follows the file as it is now"
        )
    write_tables_report_files(loaded.report, html_path, csv_path)
    tables = len(loaded.report.tables)
    print(f"report of {tables} tables written to {html_path}")
    print(f"every table's decisions (CSV, UTF-8 with BOM, ';'-separated) written to {csv_path}")
    return 0
