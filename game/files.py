"""Writing files for the command line, the report and the window: folders made as needed, and a plain
message (a GameError) instead of a traceback when it fails."""

from __future__ import annotations

import json
from pathlib import Path

from game.errors import GameError


def cannot_write(path: Path | str, error: OSError) -> GameError:
    return GameError(key="cli.cannot_write", path=path, reason=error.strerror or error)


def write_text(path: Path, text: str, *, exclusive: bool = False) -> None:
    """Write `text` as UTF-8, creating folders; with `exclusive`, never overwrite an existing file."""
    make_folder(path.parent)
    try:
        with path.open("x" if exclusive else "w", encoding="utf-8", errors="backslashreplace") as file:
            file.write(text)
    except FileExistsError:
        raise GameError(key="cli.exists", path=path) from None
    except OSError as error:
        raise cannot_write(path, error) from None


def write_json(path: Path, data: object) -> None:
    """Write `data` as readable UTF-8 JSON (non-ASCII kept as is), creating folders."""
    write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def make_folder(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise cannot_write(path, error) from None
    return path
