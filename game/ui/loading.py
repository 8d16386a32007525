"""Scenarios offered on the title screen: loaded on demand, a failure kept as a readable message."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.core.model import Scenario
from game.ui.reload import read_scenario


@dataclass
class ScenarioEntry:
    """A scenario file (or an already built scenario) and, once loaded, the scenario or its error."""

    path: Path | None
    scenario: Scenario | None = None
    error: str | None = None

    @property
    def loaded(self) -> bool:
        return self.scenario is not None or self.error is not None

    def load(self) -> Scenario | None:
        """Load the file once; its problems become `error` (shown on screen), never an exception."""
        if self.loaded or self.path is None:
            return self.scenario
        check = read_scenario(self.path)
        self.scenario = check.scenario
        self.error = None if check.scenario is not None else "\n".join(check.errors)
        return self.scenario

    def title(self, lang: str) -> str:
        if self.scenario is not None:
            return self.scenario.text(self.scenario.title, lang)
        return self.path.stem if self.path is not None else "?"


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
