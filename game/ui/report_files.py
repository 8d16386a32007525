"""The debrief report of the session on screen: written when the end screen (or the tables' comparison)
shows, said where in a line or two, opened on request.

The report package (game/report) writes the HTML page and the CSV from the session log; this module only
decides where (DATA_DIR/reports beside DATA_DIR/logs), turns every failure into a message, so no screen
crashes over a report, and words where it went.
"""

from __future__ import annotations

import threading
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.errors import GameError
from game.i18n import t
from game.report import write_report
from game.ui.draw import TextBlock, fit_text, measurer
from game.ui.fonts import FontBook
from game.ui.wrap import short_folder, shorten_left


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
    return _written(log_path, write_report)


def write_tables_report(log_path: Path | None) -> ReportFiles:
    """Write the report of all tables of the tables session logged in `log_path`; never raises."""
    from game.report.tables import write_tables_report as write  # (the tables' code only when needed)

    return _written(log_path, write)


def _written(log_path: Path | None, write: Callable[[Path, Path], tuple[Path, Path]]) -> ReportFiles:
    if log_path is None:
        return ReportFiles()
    try:
        html, csv = write(log_path, reports_folder(log_path))
    except GameError as error:
        return ReportFiles(problem=str(error) or type(error).__name__, failure=error if str(error) else None)
    except (OSError, ValueError) as error:
        return ReportFiles(problem=str(error) or type(error).__name__)
    return ReportFiles(html, csv)


class ReportWriting:
    """A report written in a thread of its own, so the screen keeps drawing meanwhile (the report of eight
    tables replays every table's game: a second or more on a slow laptop). `result` once it is done."""

    def __init__(self, write: Callable[[], ReportFiles]) -> None:
        self.result: ReportFiles | None = None
        self.thread = threading.Thread(target=self._run, args=(write,), name="report", daemon=True)
        self.thread.start()

    def _run(self, write: Callable[[], ReportFiles]) -> None:
        self.result = write()

    @property
    def done(self) -> bool:
        return not self.thread.is_alive()


def open_in_browser(path: Path) -> bool:
    """Open the file in the default browser; False when none could be started."""
    try:
        return bool(webbrowser.open(path.resolve().as_uri()))
    except (webbrowser.Error, OSError):
        return False


def report_text(
    fonts: FontBook,
    report: ReportFiles,
    box: pygame.Rect,
    sizes: list[int],
    lang: str,
    *,
    no_browser: bool = False,
    one_line: bool = False,
) -> TextBlock:
    """Where the report went, or why there is none: the folder, then the file names on a line of their
    own (with `one_line`, the HTML file's name after the folder); nothing when there is no log."""
    html = report.html
    if html is None:
        if report.problem is None:  # saving is off: no report to speak of
            return TextBlock((), sizes[0], fonts.line_height(sizes[0]))
        message = t("end.report.failed", lang, problem=report.said(lang))
        return fit_text(fonts, message, box.width, box.height, sizes, max_lines=1 if one_line else 2)
    where = "end.report.no_browser" if no_browser else "end.report.folder"
    if one_line:
        return _one_line(fonts, html, box, sizes, lang, where)
    # The folder on the first line and the file names on the second. A player reads a file name as one
    # word, so it is never broken: the text gets smaller until the name fits whole, the CSV's mention
    # goes, and only then is the name shortened at its start.
    files = f"{html.name} + {report.csv.suffix if report.csv else ''}".rstrip(" +")
    size = sizes[0]
    for size in sizes:
        if fonts.line_height(size) * 2 <= box.height and fonts.width(html.name, size) <= box.width:
            break
    measure = measurer(fonts.font(size))
    if measure(files) > box.width:
        files = html.name
    folder = short_folder(html.parent, box.width - measure(t(where, lang, folder="")), measure)
    lines = (t(where, lang, folder=folder), shorten_left(files, box.width, measure))
    return TextBlock(lines, size, fonts.line_height(size))


def _one_line(
    fonts: FontBook, html: Path, box: pygame.Rect, sizes: list[int], lang: str, where: str
) -> TextBlock:
    """ "Report and CSV saved in FOLDER · NAME.html": smaller until it fits whole; at the smallest size the
    folder shortened from the left, the name still whole."""
    name = f" \u00b7 {html.name}"
    fits = [size for size in sizes if fonts.line_height(size) <= box.height] or sizes[-1:]
    for size in fits:
        measure = measurer(fonts.font(size))
        folder = short_folder(html.parent, box.width - measure(t(where, lang, folder=name)), measure)
        if not folder.startswith("\u2026"):
            break
    line = shorten_left(t(where, lang, folder=folder + name), box.width, measure)
    return TextBlock((line,), size, fonts.line_height(size))
