"""What the room is doing with the card on the table: revealed or not, the vote, the discussion timer.

This is presentation state, reset for every new card; the rules (the tally, the countdown) are in
game.core. The card screen changes it and the presenter window reads it.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.core.countdown import Countdown
from game.core.voting import Tally


@dataclass
class Room:
    """`revealed` is False while a group discusses the situation before seeing the options; `tie` is True
    once Enter found the votes tied (then a tied option's number decides)."""

    card_id: str
    revealed: bool
    timer: Countdown
    voting: bool = False
    tally: Tally | None = None
    tie: bool = False  # Enter found a tie: the number of a tied option decides

    @staticmethod
    def for_card(card_id: str, options: int, group: bool, timer_seconds: int) -> Room:
        return Room(
            card_id, revealed=not group, timer=Countdown.of_seconds(timer_seconds), tally=Tally.empty(options)
        )

    @property
    def votes(self) -> tuple[int, ...] | None:
        """The votes to keep with the decision: only when voting was opened and someone voted."""
        if not self.voting or self.tally is None or self.tally.total == 0:
            return None
        return self.tally.counts
