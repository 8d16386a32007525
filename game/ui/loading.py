"""Scenarios offered on the title screen: loaded on demand (a failure kept as a readable message), and
where they come from (the shipped ones, the own folder, recent and dropped files)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from game.library import RecentScenarios, is_scenario_file, make_own_folder, offered, own_scenario_folder
from game.paths import SCENARIOS_DIR, user_data_folder

if TYPE_CHECKING:  # the scenario layer is imported on the first load, after the window's first frame
    from game.core.model import Scenario
    from game.library import Source
    from game.ui.previews import Preview
    from game.ui.reload import FileCheck


@dataclass
class ScenarioEntry:
    """A scenario file (or an already built scenario) and, once loaded, the scenario or its error."""

    path: Path | None
    scenario: Scenario | None = None
    error: str | None = None
    preview: Preview | None = None  # shown by the title screen until the file is loaded (previews.py)
    source: Source = "shipped"  # where the file was found (the title screen says so when not shipped)
    error_lang: str = "en"  # the language `error` is said in

    @property
    def loaded(self) -> bool:
        return self.scenario is not None or self.error is not None

    def load(self, lang: str | None = None) -> Scenario | None:
        """Load the file once; its problems become `error` said in `lang` (English when None), shown on
        screen, never an exception. A file whose problems were said in another language than a given
        `lang` is read again to say them in `lang`."""
        said_otherwise = lang is not None and self.error is not None and self.error_lang != lang
        if (self.loaded and not said_otherwise) or self.path is None:
            return self.scenario
        from game.ui.reload import read_scenario

        said_in = lang or "en"
        self.keep(read_scenario(self.path, said_in), said_in)
        return self.scenario

    def keep(self, check: FileCheck, lang: str) -> None:
        """The scenario `check` read, or its errors (said in `lang`) when there is none."""
        self.scenario, self.error_lang = check.scenario, lang
        self.error = None if check.scenario is not None else "\n".join(check.errors)

    def shown(self, lang: str) -> Preview | None:
        """The preview to show in `lang` while the file is not loaded yet, if there is one."""
        preview = self.preview
        if self.loaded or preview is None or not preview.covers(lang):
            return None
        return preview

    def ensure_shown(self, lang: str) -> None:
        """Load the file, unless its preview can stand in for it on the title screen in `lang`."""
        if self.shown(lang) is None:
            self.load(lang)

    @property
    def languages(self) -> tuple[str, ...] | None:
        """The scenario's languages (from the preview while it is not loaded); None if it has errors."""
        if self.scenario is not None:
            return self.scenario.languages
        if not self.loaded and self.preview is not None:
            return self.preview.languages
        return None

    def title(self, lang: str) -> str:
        if self.scenario is not None:
            return self.scenario.text(self.scenario.title, lang)
        preview = self.shown(lang)
        if preview is not None:
            return preview.title[lang]
        return self.path.stem if self.path is not None else "?"

    def intro(self, lang: str) -> str | None:
        """The intro in `lang`; None while there is nothing to show (not loaded, or errors)."""
        if self.scenario is not None:
            return self.scenario.text(self.scenario.intro, lang)
        preview = self.shown(lang)
        return preview.intro[lang] if preview is not None else None


@dataclass
class Catalogue:
    """The scenarios offered on the title screen and which one is selected."""

    entries: list[ScenarioEntry]
    index: int = 0

    @property
    def selected(self) -> ScenarioEntry:
        return self.entries[self.index]

    def step(self, delta: int) -> None:
        self.index = (self.index + delta) % len(self.entries)


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
        """A game started from `path`: it is listed first among the recent files next time (a shipped
        scenario is always listed, and another copy of the game has its own)."""
        if path is not None and self.recent is not None and not path.resolve().is_relative_to(SCENARIOS_DIR):
            self.recent.remember(path)

    def take(self, path: Path, lang: str = "en") -> tuple[ScenarioEntry, tuple[str, ...]] | None:
        """A dropped file, read now (again, if it was read before) and selected on the title screen, with
        its errors ('file:line:col: message') said in `lang`; None when it is no scenario file at all."""
        if not is_scenario_file(path) or not path.is_file():
            return None
        from game.ui.reload import read_scenario  # the loader: never imported for the title's first frame

        entry = self._entry(path)
        check = read_scenario(path, lang)
        entry.keep(check, lang)
        entry.preview = None
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
            import subprocess  # (not at start-up: the window's first frame does not need it)

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
