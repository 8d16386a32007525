"""How long the platform's voice may take before it counts as hung (pyttsx3 on macOS can hang for good)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

MINIMUM_S = 10.0  # a first text may wait for the system to load its voices


def allowed_seconds(text: str, words_per_minute: int) -> float:
    """Generous: ten seconds, or twice as long as the text takes to say aloud (synthesis to a file runs
    faster than speech), whichever is longer."""
    return max(MINIMUM_S, 2 * len(text.split()) * 60 / words_per_minute)


@dataclass
class Watchdog:
    """One deadline at a time, set when the voice starts on a text and cleared when it answers.

    The voice's worker thread sets and clears it, the window's thread asks `overdue`: each is a single
    assignment or read of an attribute, so no lock is needed."""

    allowed: Callable[[str], float]  # the seconds a text may take
    clock: Callable[[], float] = time.monotonic
    deadline: float | None = None
    limit: float = 0.0  # the seconds allowed for the text being worked on (for the message)

    def start(self, text: str) -> None:
        self.limit = self.allowed(text)
        self.deadline = self.clock() + self.limit

    def done(self) -> None:
        self.deadline = None

    def overdue(self) -> bool:
        deadline = self.deadline
        return deadline is not None and self.clock() >= deadline
