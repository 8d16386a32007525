"""Seeded randomness whose full state can be saved, restored and compared."""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import Any


class SeededRandom:
    """A thin wrapper over random.Random that only offers what the rules need."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)

    def weighted_index(self, weights: Sequence[float]) -> int | None:
        """The index of one weight, picked in proportion to the weights; None when they are all zero.

        A weight of zero is never picked, so callers mark what may not be drawn with 0 instead of
        building a shorter list. Exactly one random() is drawn whenever some weight is positive.
        """
        totals = list(accumulate(weights))
        if not totals or totals[-1] <= 0:
            return None
        index = bisect_right(totals, self._random.random() * totals[-1])
        if index == len(totals):  # the point rounded up to the total: the last item that can be picked
            index = max(position for position, weight in enumerate(weights) if weight > 0)
        return index

    def random(self) -> float:
        """The next float in [0, 1), as weighted_index draws it."""
        return self._random.random()

    def get_state(self) -> Any:
        return self._random.getstate()

    def set_state(self, state: Any) -> None:
        self._random.setstate(state)
