"""The title screen's scenarios as the window keeps them: the user's own folder, recent and dropped files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from game.library import RecentScenarios, is_scenario_file, make_own_folder, offered, own_scenario_folder
from game.paths import user_data_folder
from game.ui.loading import Catalogue, ScenarioEntry


class Shelf:
    """The catalogue with where its files come from: `own_folder` (shown on the title screen, opened with
    O) and the recently opened files (`recent`, None when nothing is kept, as for screenshots)."""

    def __init__(self, catalogue: Catalogue, own_folder: Path | None, recent: RecentScenarios | None) -> None:
        self.catalogue = catalogue
        self.own_folder = own_folder
        self.recent = recent

    @classmethod
    def of(cls, initial: Path, own_folder: Path | None, data_dir: Path | None) -> Shelf:
        """The window's list, `initial` selected: the shipped scenarios, the own folder (`own_folder`,
        default Documents/Digitaal leiderschap, made on first start) and the recent files."""
        folder = own_scenario_folder(own_folder)
        make_own_folder(folder)
        recent = RecentScenarios(user_data_folder(data_dir) / "recent.json")
        listed = offered(initial, folder, recent.paths())
        index = [item.path.resolve() for item in listed].index(initial.resolve())
        catalogue = Catalogue([ScenarioEntry(item.path, source=item.source) for item in listed], index)
        return cls(catalogue, folder, recent)

    def opened(self, path: Path | None) -> None:
        """A game started from `path`: it is listed first among the recent files next time."""
        if path is not None and self.recent is not None:
            self.recent.remember(path)

    def take(self, path: Path) -> tuple[ScenarioEntry, tuple[str, ...]] | None:
        """A dropped file, read now (again, if it was read before) and selected on the title screen, with
        its errors ('file:line:col: message'); None when it is no scenario file at all."""
        if not is_scenario_file(path) or not path.is_file():
            return None
        from game.ui.reload import read_scenario  # the loader: never imported for the title's first frame

        entry = self._entry(path)
        check = read_scenario(path)
        entry.scenario, entry.preview = check.scenario, None
        entry.error = "\n".join(check.errors) if check.scenario is None else None
        if check.scenario is not None:
            self.opened(path)
        return entry, check.errors

    def _entry(self, path: Path) -> ScenarioEntry:
        entries = self.catalogue.entries
        for index, entry in enumerate(entries):
            if entry.path is not None and entry.path.resolve() == path.resolve():
                self.catalogue.index = index
                return entry
        entries.append(ScenarioEntry(path, source="recent"))
        self.catalogue.index = len(entries) - 1
        return entries[-1]

    def open_folder(self) -> bool:
        """Show the own scenario folder in the file manager (made if it is not there); False when that
        cannot be done (no folder, no file manager)."""
        folder = self.own_folder
        if folder is None:
            return False
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if sys.platform == "win32":
                os.startfile(folder)
                return True
            opener = "open" if sys.platform == "darwin" else "xdg-open"
            subprocess.Popen(
                [opener, str(folder)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        except OSError:
            return False
        return True
