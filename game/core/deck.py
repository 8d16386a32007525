"""The deck cards one game may still draw, and the weighted draw among those whose `requires` holds."""

from __future__ import annotations

import copy
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from game.core.conditions import Predicate
from game.core.model import Card, Number
from game.core.rng import SeededRandom


@dataclass(frozen=True, slots=True)
class DeckEntry:
    """A card that can be drawn from the deck, with its weight and compiled `requires`."""

    card: Card
    weight: Number
    requires: Predicate | None


class Deck:
    """The scenario's deck cards in order; a played card that is not repeatable gets weight 0 (gone).

    `draw` gives each eligible card a chance in proportion to its weight, with one random() per draw.
    """

    def __init__(self, entries: Sequence[DeckEntry], played: Collection[str] = ()) -> None:
        self._cards = [entry.card for entry in entries]
        self._positions = {entry.card.id: index for index, entry in enumerate(entries)}
        self._requires = [entry.requires for entry in entries]
        self._weights: list[Number] = [entry.weight for entry in entries]  # 0 once gone
        self._gone: set[int] = set()
        self._conditional: list[tuple[int, Predicate]] = [
            (index, entry.requires) for index, entry in enumerate(entries) if entry.requires is not None
        ]
        for card_id in played:
            self.remove(card_id)

    def copy(self) -> Deck:
        """An independent deck in the same state (cheaper than building one from the entries)."""
        twin = copy.copy(self)
        twin._weights = self._weights.copy()
        twin._gone = set(self._gone)
        twin._conditional = self._conditional.copy()
        return twin

    def remove(self, card_id: str) -> None:
        """The card was played: unless repeatable it may not be drawn again (no-op for other cards)."""
        index = self._positions.get(card_id)
        if index is None or self._cards[index].repeatable or index in self._gone:
            return
        self._gone.add(index)
        self._weights[index] = 0
        if self._requires[index] is not None:
            self._conditional = [pair for pair in self._conditional if pair[0] != index]

    def draw(
        self, rng: SeededRandom, meters: Mapping[str, Number], flags: Collection[str], year: int, turn: int
    ) -> Card | None:
        """A weighted random card among the eligible ones, or None when none is eligible."""
        weights = self._weights
        excluded = [position for position, test in self._conditional if not test(meters, flags, year, turn)]
        if excluded:
            weights = weights.copy()
            for position in excluded:
                weights[position] = 0
        index = rng.weighted_index(weights)
        return None if index is None else self._cards[index]
