"""Scenarios offered on the title screen: loaded on demand, a failure kept as a readable message."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from game.library import Source

if TYPE_CHECKING:  # the scenario layer is imported on the first load, after the window's first frame
    from game.core.model import Scenario
    from game.ui.previews import Preview


@dataclass
class ScenarioEntry:
    """A scenario file (or an already built scenario) and, once loaded, the scenario or its error."""

    path: Path | None
    scenario: Scenario | None = None
    error: str | None = None
    preview: Preview | None = None  # shown by the title screen until the file is loaded (previews.py)
    source: Source = "shipped"  # where the file was found (the title screen says so when not shipped)

    @property
    def loaded(self) -> bool:
        return self.scenario is not None or self.error is not None

    def load(self) -> Scenario | None:
        """Load the file once; its problems become `error` (shown on screen), never an exception."""
        if self.loaded or self.path is None:
            return self.scenario
        from game.ui.reload import read_scenario

        check = read_scenario(self.path)
        self.scenario = check.scenario
        self.error = None if check.scenario is not None else "\n".join(check.errors)
        return self.scenario

    def shown(self, lang: str) -> Preview | None:
        """The preview to show in `lang` while the file is not loaded yet, if there is one."""
        preview = self.preview
        if self.loaded or preview is None or not preview.covers(lang):
            return None
        return preview

    def ensure_shown(self, lang: str) -> None:
        """Load the file, unless its preview can stand in for it on the title screen in `lang`."""
        if self.shown(lang) is None:
            self.load()

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
