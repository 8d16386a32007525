"""The debrief report of the session on screen: written when the end screen shows, opened on request.

The report package (game/report) writes the HTML page and the CSV from the session log; this module only
decides where (DATA_DIR/reports beside DATA_DIR/logs) and turns every failure into a message, so the
end screen never crashes over a report.
"""

from __future__ import annotations

import os
import webbrowser
from dataclasses import dataclass
from pathlib import Path

from game.errors import GameError
from game.report import write_report
from game.ui.wrap import Measure


@dataclass(frozen=True)
class ReportFiles:
    """Where the report went (`html` and `csv`), or why there is none: `problem` None with no files
    means the session has no log (saving is off)."""

    html: Path | None = None
    csv: Path | None = None
    problem: str | None = None


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
    except (GameError, OSError, ValueError) as error:
        return ReportFiles(problem=str(error) or type(error).__name__)
    return ReportFiles(html, csv)


def open_in_browser(path: Path) -> bool:
    """Open the file in the default browser; False when none could be started."""
    try:
        return bool(webbrowser.open(path.resolve().as_uri()))
    except (webbrowser.Error, OSError):
        return False


def shorten_left(text: str, width: int, measure: Measure, ellipsis: str = "\u2026") -> str:
    """`text` as it is when it fits `width`, else its end after an ellipsis (a path's end says most)."""
    if measure(text) <= width:
        return text
    for start in range(1, len(text)):
        shown = ellipsis + text[start:]
        if measure(shown) <= width:
            return shown
    return ellipsis


def short_folder(folder: Path, width: int, measure: Measure) -> str:
    """The folder (the home folder as ~) shortened at whole parts from the left ("…/share/app/reports"), then
    letter by letter."""
    parts = folder.parts
    if folder.is_relative_to(Path.home()):  # "~/.local/share/app/reports", as a player knows the place
        parts = ("~", *folder.relative_to(Path.home()).parts)
    text = os.sep.join(parts) if parts[0] == "~" else str(folder)
    if measure(text) <= width:
        return text
    for start in range(1, len(parts)):
        shown = "\u2026" + os.sep + os.sep.join(parts[start:])
        if measure(shown) <= width:
            return shown
    return shorten_left(text, width, measure)
