"""The debrief report of a session: a self-contained HTML page that prints well, and a CSV of the
decisions for the minutes, both made from the session log."""

from game.report.content import Report, build_report
from game.report.files import Session, load_session, write_report, write_report_files
from game.report.minutes import render_csv
from game.report.page import render_report

__all__ = [
    "Report",
    "Session",
    "build_report",
    "load_session",
    "render_csv",
    "render_report",
    "write_report",
    "write_report_files",
]
