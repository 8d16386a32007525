"""Seeded randomness whose full state can be saved, restored and compared."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any, TypeVar

T = TypeVar("T")


class SeededRandom:
    """A thin wrapper over random.Random that only offers what the rules need."""

    def __init__(self, seed: int) -> None:
        self._random = random.Random(seed)

    def weighted_choice(self, items: Sequence[T], weights: Sequence[float]) -> T:
        """Pick one item with probability proportional to its weight (weights > 0)."""
        total = sum(weights)
        point = self._random.random() * total
        running = 0.0
        for item, weight in zip(items, weights, strict=True):
            running += weight
            if point < running:
                return item
        return items[-1]

    def random(self) -> float:
        """The next float in [0, 1), as weighted_choice draws it."""
        return self._random.random()

    def randint(self, low: int, high: int) -> int:
        return self._random.randint(low, high)

    def get_state(self) -> Any:
        return self._random.getstate()

    def set_state(self, state: Any) -> None:
        self._random.setstate(state)
