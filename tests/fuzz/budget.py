"""The fuzz budget, as hypothesis settings profiles: short by default (every `python -m pytest`, CI),
longer with FUZZ_EXAMPLES.

- `fuzz-short`: derandomised (the same examples every run, so a failure in CI reproduces locally), no
  example database, 100 examples for a fast test and fewer for the slow ones (`fuzz(share)`); the event
  storms throw STORM_EVENTS events per screen from fixed seeds.
- `fuzz-long`: `FUZZ_EXAMPLES=5000 python -m pytest tests/fuzz` runs that many examples per test (the
  slow ones their share), randomised, with the example database so a failure found once is tried first
  next time; the storms throw FUZZ_EXAMPLES events per screen from fresh seeds (printed on failure; set
  FUZZ_SEED=N to repeat one). Hypothesis prints the failing example and how to reproduce it.
"""

from __future__ import annotations

import os
import random
import signal
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from hypothesis import HealthCheck, settings

SHORT_EXAMPLES = 100
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "0") or 0)
LONG = EXAMPLES > 0
_CHECKS = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

settings.register_profile(
    "fuzz-short",
    max_examples=SHORT_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=_CHECKS,
    print_blob=True,
)
settings.register_profile(
    "fuzz-long",
    max_examples=max(EXAMPLES, 1),
    derandomize=False,
    deadline=None,
    suppress_health_check=_CHECKS,
    print_blob=True,
)
PROFILE = "fuzz-long" if LONG else "fuzz-short"

STORM_EVENTS = EXAMPLES if LONG else 250  # per screen
HANG_SECONDS = 30  # generous: a single input that takes this long is a hang, not slowness


def fuzz(share: float = 1.0) -> settings:
    """The profile's settings for one test; `share` scales its examples down for a slow test."""
    profile = settings.get_profile(PROFILE)
    return settings(profile, max_examples=max(10, round(profile.max_examples * share)))


def storm_seed(name: str) -> int:
    """A fixed seed per storm in the short run; a fresh one (or FUZZ_SEED) in the long run."""
    if "FUZZ_SEED" in os.environ:
        return int(os.environ["FUZZ_SEED"])
    if LONG:
        return random.SystemRandom().randrange(2**32)
    return zlib.crc32(name.encode())


@contextmanager
def hang_guard(seconds: int = HANG_SECONDS) -> Iterator[None]:
    """Fail (TimeoutError) instead of hanging when one input takes more than `seconds` (POSIX only).

    A guard against hangs, not a speed test: ordinary inputs take milliseconds.
    """
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeoutError(f"one input took more than {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
