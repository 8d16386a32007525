"""The event log: every thing that happens in a game, in order, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Event:
    """One happening; `kind` is e.g. card_shown, choice, turn_passed, year_end, ending, profile."""

    kind: str
    year: int
    turn: int
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "year": self.year, "turn": self.turn, **self.data}
