"""The date and time of day, read in one place (file names, saves, log stamps) so that tests can fix them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta


@dataclass
class _FixedClock:
    """Reads `at`, then `step` later at each reading (so names made from it stay unique)."""

    at: datetime
    step: timedelta

    def read(self) -> datetime:
        moment = self.at
        self.at += self.step
        return moment


_fixed: _FixedClock | None = None


def now() -> datetime:
    """The time now, in UTC (for stamps in logs)."""
    if _fixed is not None:
        return _fixed.read()
    return datetime.now(UTC)


def local_now() -> datetime:
    """The local time now, without a zone (for file names and the dates a player reads)."""
    return now().astimezone().replace(tzinfo=None)


@contextmanager
def fixed(at: datetime, step: timedelta = timedelta(microseconds=1)) -> Iterator[None]:
    """Within the block the clock reads `at` (naive: local time), then `step` more at each reading."""
    global _fixed
    earlier = _fixed
    _fixed = _FixedClock(at.astimezone(UTC), step)
    try:
        yield
    finally:
        _fixed = earlier
