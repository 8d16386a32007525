"""`python main.py report LOG [--out FILE.html] [--csv FILE.csv] [--scenario FILE]`: the debrief report."""

from __future__ import annotations

from pathlib import Path

from game.errors import GameError
from game.i18n import t
from game.report import load_session, write_report_files
from game.tables.split import is_tables_log


def run_report(
    log_path: Path,
    out: Path | None = None,
    csv_out: Path | None = None,
    scenario_path: Path | None = None,
    lang: str = "en",
) -> int:
    """Write the HTML report and the CSV of the decisions (by default beside the log) and say where."""
    if not log_path.exists():  # a FIFO or a folder: read_log says it is no regular file
        raise GameError(key="cli.no_session_log", path=log_path)
    html_path, csv_path = out or log_path.with_suffix(".html"), csv_out or log_path.with_suffix(".csv")
    if log_path.resolve() in (html_path.resolve(), csv_path.resolve()):
        raise GameError(key="cli.report.over_log", path=log_path)
    if html_path.resolve() == csv_path.resolve():
        raise GameError(key="cli.report.same_names", path=html_path)
    if is_tables_log(log_path):
        return _tables_report(log_path, html_path, csv_path, scenario_path, lang)
    session = load_session(log_path, scenario_path)
    if session.changed:
        print(t("cli.report.changed", lang, path=session.scenario_path))
    write_report_files(session, html_path, csv_path)
    print(t("cli.report.written", lang, path=html_path))
    print(t("cli.report.csv_written", lang, path=csv_path))
    return 0


def _tables_report(
    log_path: Path, html_path: Path, csv_path: Path, scenario_path: Path | None, lang: str
) -> int:
    from game.report.tables import load_tables_report, write_tables_report_files

    loaded = load_tables_report(log_path, scenario_path)
    if loaded.changed:
        print(t("cli.report.changed", lang, path=loaded.scenario_path))
    write_tables_report_files(loaded.report, html_path, csv_path)
    tables = len(loaded.report.tables)
    print(t("cli.report.tables_written", lang, count=tables, path=html_path))
    print(t("cli.report.tables_csv_written", lang, path=csv_path))
    return 0
