"""One table's votes on its current card, and the rule that decides the card from them.

A table with several present devices decides by their majority once every present device voted; a
tie is shown to the table, and while it stands a new vote for one of the tied options decides it. A
table with one present device decides on that device's confirm. The facilitator's end of a round
decides a table with votes by their majority, a tie going to the lowest option.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from game.core.voting import Tally


@dataclass
class Ballot:
    """The votes on one card: device number -> option (0-based); `tie` the options tied, else ()."""

    card: str
    options: int
    votes: dict[int, int] = field(default_factory=dict)
    tie: tuple[int, ...] = ()
    cast_by: dict[int, int] = field(default_factory=dict)  # device number -> votes it cast on this card

    def tally(self) -> Tally:
        tally = Tally.empty(self.options)
        for option in self.votes.values():
            tally = tally.add(option)
        return tally

    def cast(self, device: int, option: int, present: Collection[int]) -> int | None:
        """Count `device`'s vote (replacing its earlier one); the option the table decides now, or None.

        A vote for a tied option resolves the tie. Otherwise, with several devices present, the table
        decides once all of them voted and one option leads; a new tie is kept in `tie`.
        """
        resolves = option in self.tie
        self.votes[device] = option
        self.cast_by[device] = self.cast_by.get(device, 0) + 1
        if resolves:
            return option
        return self.settle(present)

    def settle(self, present: Collection[int]) -> int | None:
        """Decide if every present device (at least two) voted and one option leads; else mark a tie."""
        if len(present) < 2 or any(device not in self.votes for device in present):
            return None
        tally = self.tally()
        if tally.majority is not None:
            return tally.majority
        self.tie = tally.leaders
        return None

    def forced(self) -> int | None:
        """The facilitator's decision: the majority, a tie going to the lowest option; None without votes."""
        leaders = self.tally().leaders
        return leaders[0] if leaders else None
