"""The debrief report of the session on screen: written when the end screen shows, opened on request.

The report package (game/report) writes the HTML page and the CSV from the session log; this module only
decides where (DATA_DIR/reports beside DATA_DIR/logs) and turns every failure into a message, so the
end screen never crashes over a report.
"""

from __future__ import annotations

import webbrowser
from dataclasses import dataclass
from pathlib import Path

from game.errors import GameError
from game.report import write_report


@dataclass(frozen=True)
class ReportFiles:
    """Where the report went (`html` and `csv`), or why there is none: `problem` None with no files
    means the session has no log (saving is off)."""

    html: Path | None = None
    csv: Path | None = None
    problem: str | None = None
    failure: GameError | None = None  # the problem as a game error, said in the reader's language

    def said(self, lang: str) -> str | None:
        """Why there is no report, in `lang` (the system's reason of a failed write as it gives it)."""
        return self.failure.text(lang) if self.failure is not None else self.problem


def reports_folder(log_path: Path) -> Path:
    """DATA_DIR/reports for a log in DATA_DIR/logs; else the log's own folder."""
    folder = log_path.parent
    return folder.parent / "reports" if folder.name == "logs" else folder


def write_session_report(log_path: Path | None) -> ReportFiles:
    """Write the report of the session logged in `log_path`; never raises."""
    if log_path is None:
        return ReportFiles()
    try:
        html, csv = write_report(log_path, reports_folder(log_path))
    except GameError as error:
        return ReportFiles(problem=str(error) or type(error).__name__, failure=error if str(error) else None)
    except (OSError, ValueError) as error:
        return ReportFiles(problem=str(error) or type(error).__name__)
    return ReportFiles(html, csv)


def open_in_browser(path: Path) -> bool:
    """Open the file in the default browser; False when none could be started."""
    try:
        return bool(webbrowser.open(path.resolve().as_uri()))
    except (webbrowser.Error, OSError):
        return False
