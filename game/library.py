"""Which scenario files the title screen offers: the shipped ones, the user's own folder, the recent ones."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, NamedTuple

from game.paths import read_kept, shipped_scenarios, write_kept

Source = Literal["given", "shipped", "own", "recent"]
SCENARIO_SUFFIXES = (".yaml", ".yml", ".xlsx", ".ods")
OWN_FOLDER_NAME = "Digitaal leiderschap"  # in the user's Documents: where a facilitator puts scenario files
RECENT_LIMIT = 8
RECENT_MAX_BYTES = 64 * 1024
RECENT_KIND = "digitaal-leiderschap-recent"


class Listed(NamedTuple):
    """A scenario file on the title screen and where it was found (shown above its name)."""

    path: Path
    source: Source


def own_scenario_folder(folder: Path | None = None) -> Path:
    """`folder` (--scenario-dir), else Documents/Digitaal leiderschap (platformdirs); not created here."""
    if folder is not None:
        return folder
    from platformdirs import user_documents_dir

    return Path(user_documents_dir()) / OWN_FOLDER_NAME


def make_own_folder(folder: Path) -> bool:
    """Create the scenario folder on first start; False when that is not possible (read-only Documents)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return True


def is_scenario_file(path: Path) -> bool:
    """A file the loader reads (YAML or a workbook) and not a hidden or lock file (~$x.xlsx, .~lock)."""
    name = path.name
    return path.suffix.lower() in SCENARIO_SUFFIXES and not name.startswith((".", "~"))


def own_scenarios(folder: Path) -> list[Path]:
    """The scenario files in `folder` and in its subfolders one level down (a scenario with its own icons
    lives in a folder of its own), by name; an unreadable folder offers none."""
    found: list[Path] = []
    try:
        children = sorted(folder.iterdir(), key=lambda path: path.name.lower())
        for child in children:
            if child.is_dir() and not child.name.startswith("."):
                found.extend(
                    sorted((p for p in child.iterdir() if p.is_file() and is_scenario_file(p)), key=_by_name)
                )
            elif child.is_file() and is_scenario_file(child):
                found.append(child)
    except OSError:
        return found
    return found


def _by_name(path: Path) -> str:
    return path.name.lower()


class RecentScenarios:
    """The scenario files opened last (DATA_DIR/recent.json), newest first; files gone are left out."""

    def __init__(self, file: Path) -> None:
        self.file = file

    def paths(self) -> list[Path]:
        return [path for path in self._read() if path.is_file()]

    def remember(self, path: Path) -> None:
        """Put `path` first; a failure to write only means it is not listed next time."""
        path = path.resolve()
        paths = [path, *(known for known in self._read() if known != path)][:RECENT_LIMIT]
        write_kept(self.file, {"kind": RECENT_KIND, "files": [str(known) for known in paths]})

    def _read(self) -> list[Path]:
        raw = read_kept(self.file, RECENT_KIND, RECENT_MAX_BYTES)
        if raw is None or not isinstance(raw.get("files"), list):
            return []
        return [Path(name) for name in raw["files"][:RECENT_LIMIT] if isinstance(name, str) and name]


def offered(given: Path | None, own_folder: Path | None, recent: list[Path]) -> list[Listed]:
    """The title screen's list: the shipped scenarios, the user's own folder, then the recent files found
    in neither, each file once; the file named on the command line comes first when it is none of those."""
    listed: list[Listed] = []
    seen: set[Path] = set()
    own = own_scenarios(own_folder) if own_folder is not None else []
    found: list[tuple[Path, Source]] = [(path, "shipped") for path in shipped_scenarios()]
    found.extend((path, "own") for path in own)
    found.extend((path, "recent") for path in recent)
    for path, source in found:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            listed.append(Listed(path, source))
    if given is not None and given.resolve() not in seen:
        listed.insert(0, Listed(given, "given"))
    return listed
