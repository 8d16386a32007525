"""Where files live: the project's own (shipped scenarios and assets) and the user's data folder, with
the quiet reading and writing of the small files the game keeps there (title previews, recent files)."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Any


def _bundle_dir() -> Path:
    """The folder that holds scenarios/ and assets/: the project, or the built app's bundle (PyInstaller
    unpacks its data beside the program and names that folder sys._MEIPASS)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


PROJECT_DIR = _bundle_dir()
SCENARIOS_DIR = PROJECT_DIR / "scenarios"
ASSETS_DIR = PROJECT_DIR / "assets"
FONTS_DIR = ASSETS_DIR / "fonts"
DEFAULT_SCENARIO = SCENARIOS_DIR / "lindenhout.yaml"
APP_NAME = "digitaal-leiderschap"


def shipped_scenarios() -> list[Path]:
    """The scenario files in scenarios/, default first, then by name."""
    found = sorted(SCENARIOS_DIR.glob("*.yaml"))
    return sorted(found, key=lambda path: path != DEFAULT_SCENARIO)


def user_data_folder(data_dir: Path | None = None) -> Path:
    """`data_dir` (--data-dir), else the user's data folder for this game (platformdirs): where saves,
    session logs and the title screen's previews go."""
    if data_dir is not None:
        return data_dir
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def has_saves(folder: Path) -> bool:
    """Whether `folder` holds a file that list_saves would read (a cheap look before importing it)."""
    try:
        return any(not path.name.startswith(".") and path.is_file() for path in folder.glob("*.json"))
    except OSError:
        return True  # let list_saves meet the problem


def read_kept(path: Path, kind: str, max_bytes: int) -> dict[str, Any] | None:
    """A small JSON file the game keeps for itself: its object when it says it is `kind`, else None
    (missing, too large, damaged or someone else's: the game then starts without it, never an error)."""
    try:
        if path.stat().st_size > max_bytes:
            return None
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    return raw if isinstance(raw, dict) and raw.get("kind") == kind else None


def write_kept(path: Path, data: dict[str, Any]) -> bool:
    """Write such a file atomically (a temporary file renamed over `path`); False instead of an error
    when it cannot be written (it is only lost)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(
            json.dumps(data, ensure_ascii=False), encoding="utf-8", errors="backslashreplace"
        )
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):  # (the folder may be what failed)
            temporary.unlink(missing_ok=True)
        return False
    return True
