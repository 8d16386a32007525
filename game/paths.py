"""Where files live: the project's own (shipped scenarios and assets) and the user's data folder."""

from __future__ import annotations

import sys
from pathlib import Path


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
