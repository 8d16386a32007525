"""Votes of a room on one card: a tally per option, the majority, a tie, and the split as text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tally:
    """How many votes each option of a card has; immutable, every change returns a new tally."""

    counts: tuple[int, ...]

    @staticmethod
    def empty(options: int) -> Tally:
        return Tally((0,) * options)

    def add(self, option_index: int) -> Tally:
        """One vote more for the option; a number the card has no option for changes nothing."""
        return self._changed(option_index, +1)

    def remove(self, option_index: int) -> Tally:
        """One vote fewer for the option; never below zero."""
        return self._changed(option_index, -1)

    def _changed(self, option_index: int, step: int) -> Tally:
        if not 0 <= option_index < len(self.counts):
            return self
        counts = list(self.counts)
        counts[option_index] = max(0, counts[option_index] + step)
        return Tally(tuple(counts))

    def plus(self, counts: tuple[int, ...]) -> Tally:
        """This tally with another count of the same card added (key votes and phone votes)."""
        padded = (*counts, *(0,) * len(self.counts))
        return Tally(tuple(mine + padded[index] for index, mine in enumerate(self.counts)))

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def leaders(self) -> tuple[int, ...]:
        """The options (0-based) with the most votes; none while nobody has voted."""
        top = max(self.counts, default=0)
        if top == 0:
            return ()
        return tuple(index for index, count in enumerate(self.counts) if count == top)

    @property
    def majority(self) -> int | None:
        """The option with the most votes, or None on a tie or without votes."""
        leaders = self.leaders
        return leaders[0] if len(leaders) == 1 else None

    @property
    def tied(self) -> bool:
        return len(self.leaders) > 1

    def split(self) -> str:
        """The split as a room says it: '7 - 4 - 1', in the order of the options."""
        return " - ".join(str(count) for count in self.counts)


def sample_votes(decision: int, option: int, options: int) -> tuple[int, ...]:
    """The votes of an imagined room for a headless group session (its screenshots and log).

    `decision` counts the decisions of the game from 0; `option` (0-based) is the one chosen. The first
    decision is a tie (2 - 2) between the chosen option and the next one, which the facilitator resolves
    to `option`; every later decision is won by `option` with a clear majority.
    """
    if options < 2 or not 0 <= option < options:
        raise ValueError(f"option {option} of {options} options cannot be voted for")
    counts = [0] * options
    if decision == 0:
        counts[option] = 2
        counts[(option + 1) % options] = 2
        if options > 2:
            counts[(option + 2) % options] = 1
        return tuple(counts)
    for step in range(1, options):
        counts[(option + step) % options] = (decision + 2 * step) % 4 + 1
    counts[option] = max(counts) + 1 + decision % 3
    return tuple(counts)
