"""The command line's last resort: a crash report in a new file, and a closed output pipe ended quietly."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import traceback
from pathlib import Path

from game.paths import APP_NAME, user_data_folder

CRASH_FOLDER = "crashes"  # in the user's data folder, beside saves/ and logs/


def report_crash(data_dir: Path | None = None, lang: str = "en") -> int:
    """Write the exception being handled to a new crash report and tell the user where; exit code 3.

    Never raises: when no report can be written, the traceback's last line is printed instead."""
    details = traceback.format_exc()
    written = write_crash_report(details, data_dir)
    with contextlib.suppress(Exception):  # (stderr itself may be gone; the strings module too)
        from game.i18n import t

        if written is not None:
            message = t("cli.crash.written", lang, path=written)
        else:
            lines = details.strip().splitlines()
            detail = lines[-1] if lines else t("cli.no_details", lang)
            message = t("cli.crash.unwritten", lang, detail=detail)
        print(message, file=sys.stderr)
    return 3


def write_crash_report(details: str, data_dir: Path | None = None) -> Path | None:
    """`details` in a new file: DATA_DIR/crashes/crash-<time>-<random>.txt, else a new file in the temp
    folder; None when neither can be written. Each file is made new (mkstemp: O_EXCL, so a link planted
    under a guessed name is never followed) and never overwrites another report."""
    stamp = ""
    with contextlib.suppress(Exception):
        from game.core.wallclock import local_now

        stamp = f"{local_now():%Y%m%d-%H%M%S}-"
    places: list[tuple[Path | None, str]] = []
    with contextlib.suppress(Exception):  # (platformdirs may fail to name the folder)
        places.append((user_data_folder(data_dir) / CRASH_FOLDER, f"crash-{stamp}"))
    places.append((None, f"{APP_NAME}-crash-{stamp}"))  # None: the temp folder
    for folder, prefix in places:
        with contextlib.suppress(Exception):
            return _write_new(details, folder, prefix)
    return None


def _write_new(details: str, folder: Path | None, prefix: str) -> Path:
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(suffix=".txt", prefix=prefix, dir=folder)
    try:
        # (a file name of non-UTF-8 bytes in the traceback is a lone surrogate: written escaped, not lost)
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace") as file:
            file.write(details)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)  # a half-written report (a full disk) is no use: try the next place
        raise
    return Path(name)


def end_quietly_on_closed_pipe() -> int:
    """A reader that stopped early (`... | head -3`) is no crash: the rest of the output goes nowhere
    and the exit code is 1, as the Python documentation advises for SIGPIPE (signal module, "Note on
    SIGPIPE"); stdout is pointed at devnull so the interpreter's last flush cannot complain."""
    with contextlib.suppress(Exception):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 1
