"""Every test runs on a fixed wall clock: names and stamps made from the date never depend on when it runs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from game.core import wallclock

# The instant at which the end screen's test once failed: the report's name then wrapped at its hyphen.
FIXED_INSTANT = datetime(2026, 12, 6, 12, 40, 54, 849449)


@pytest.fixture(autouse=True)
def fixed_wall_clock() -> Iterator[datetime]:
    """The wall clock reads FIXED_INSTANT (local time), a microsecond later at each reading; a test that
    wants another moment sets it with `wallclock.fixed(...)` inside."""
    with wallclock.fixed(FIXED_INSTANT):
        yield FIXED_INSTANT
