"""A discussion timer that starts, pauses and resumes; time comes from the caller, in milliseconds."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_SECONDS = 180


@dataclass(frozen=True)
class Countdown:
    """Immutable: `start`, `pause` and `toggle` return a new countdown. `started_at` is None while paused."""

    duration_ms: int
    used_ms: int = 0
    started_at: int | None = None

    @staticmethod
    def of_seconds(seconds: int) -> Countdown:
        return Countdown(max(1, seconds) * 1000)

    @property
    def running(self) -> bool:
        return self.started_at is not None

    @property
    def touched(self) -> bool:
        """True once it was started at least once (a fresh timer is not shown as paused)."""
        return self.running or self.used_ms > 0

    def elapsed(self, now: int) -> int:
        running = now - self.started_at if self.started_at is not None else 0
        return min(self.duration_ms, self.used_ms + max(0, running))

    def remaining(self, now: int) -> int:
        return self.duration_ms - self.elapsed(now)

    def expired(self, now: int) -> bool:
        return self.remaining(now) <= 0

    def start(self, now: int) -> Countdown:
        if self.running or self.expired(now):
            return self
        return Countdown(self.duration_ms, self.used_ms, now)

    def pause(self, now: int) -> Countdown:
        if not self.running:
            return self
        return Countdown(self.duration_ms, self.elapsed(now), None)

    def toggle(self, now: int) -> Countdown:
        """T: start, pause, resume; an expired timer starts again from the full duration."""
        if self.expired(now):
            return Countdown(self.duration_ms).start(now)
        return self.pause(now) if self.running else self.start(now)

    def label(self, now: int) -> str:
        """'2:59': minutes and seconds left, rounded up so that 0:00 means time is up."""
        seconds = -(-self.remaining(now) // 1000)
        return f"{seconds // 60}:{seconds % 60:02d}"
