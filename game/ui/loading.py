"""Scenarios offered on the title screen: loaded on demand, a failure kept as a readable message."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.core.model import Scenario
from game.errors import GameError


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
        """Load the file once; a problem becomes `error` (shown on screen), never an exception."""
        if self.loaded or self.path is None:
            return self.scenario
        try:
            from game.scenario import load_scenario

            self.scenario = load_scenario(self.path)
        except GameError as exc:
            self.error = str(exc).strip() or type(exc).__name__
        except Exception as exc:  # an unexpected failure is shown on screen too, never a crash
            self.error = f"{self.path.name}: {type(exc).__name__}: {exc}"
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
