"""The command line's output: aligned text tables, and files written with a plain message instead of
a traceback on failure."""

from __future__ import annotations

import json
from pathlib import Path

from game.errors import GameError


def cannot_write(path: Path | str, error: OSError) -> GameError:
    return GameError(f"cannot write {path}: {error.strerror or error}")


def write_text(path: Path, text: str, *, exclusive: bool = False) -> None:
    """Write `text` as UTF-8, creating folders; with `exclusive`, never overwrite an existing file."""
    make_folder(path.parent)
    try:
        with path.open("x" if exclusive else "w", encoding="utf-8") as file:
            file.write(text)
    except FileExistsError:
        raise GameError(f"{path} already exists; choose another name") from None
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


def table(header: list[str] | None, rows: list[list[str]], left: int = 0, right: bool = True) -> list[str]:
    """Aligned columns, indented by two spaces: the first `left` + 1 columns flush left, the rest right."""
    lines_of = ([header] if header else []) + rows
    if not lines_of:
        return []
    widths = [max(len(row[column]) for row in lines_of) for column in range(len(lines_of[0]))]
    lines = []
    for row in lines_of:
        cells = [
            cell.ljust(width) if column <= left or not right else cell.rjust(width)
            for column, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append(("  " + "  ".join(cells)).rstrip())
    return lines
