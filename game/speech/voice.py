"""The Voice interface the window reads aloud through, and a recording Voice for tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class Voice(Protocol):
    """Speaks one text at a time: a new `say` cuts off what is being said. Never blocks the caller."""

    @property
    def problem(self) -> str | None:
        """Why this voice cannot speak (no speech on this computer), or None."""

    def say(self, text: str, lang: str) -> None: ...

    def stop(self) -> None:
        """Stop speaking at once."""

    def ready(self) -> bool:
        """Speech is synthesised and waits for `poll` (the window's loop wakes for it)."""

    def poll(self) -> bool:
        """Called by the window's loop on its own thread: play what is ready; True when it started."""

    def close(self) -> None: ...


@dataclass
class RecordingVoice:
    """A Voice that keeps what it was asked to say (tests, and `--read-aloud` under the dummy driver)."""

    spoken: list[tuple[str, str]] = field(default_factory=list)
    stops: int = 0
    problem: str | None = None

    def say(self, text: str, lang: str) -> None:
        self.spoken.append((text, lang))

    def stop(self) -> None:
        self.stops += 1

    def ready(self) -> bool:
        return False

    def poll(self) -> bool:
        return False

    def close(self) -> None:
        pass

    @property
    def texts(self) -> list[str]:
        return [text for text, _ in self.spoken]
