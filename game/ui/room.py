"""What the room is doing with the card on the table: revealed or not, the vote, the discussion timer.

This is presentation state, reset for every new card; the rules (the tally, the countdown) are in
game.core. The card screen changes it and the presenter window reads it.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.core.countdown import Countdown
from game.core.voting import Tally
from game.phones.hub import PhoneSnapshot


@dataclass
class Room:
    """`revealed` is False while a group discusses the situation before seeing the options; `tie` is True
    once Enter found the votes tied (then a tied option's number decides)."""

    card_id: str
    revealed: bool
    timer: Countdown
    tally: Tally  # the votes the facilitator keyed in (raised hands), one count per option
    voting: bool = False
    tie: bool = False  # Enter found a tie: the number of a tied option decides
    phones: PhoneSnapshot | None = None  # the phones in the room (None: voting by hand only)

    @staticmethod
    def for_card(card_id: str, options: int, group: bool, timer_seconds: int) -> Room:
        return Room(
            card_id, revealed=not group, timer=Countdown.of_seconds(timer_seconds), tally=Tally.empty(options)
        )

    @property
    def phone_counts(self) -> tuple[int, ...]:
        """The phones' votes on this card, per option (zeros without phones)."""
        phones = self.phones
        if phones is None or phones.card_id != self.card_id or len(phones.counts) != len(self.tally.counts):
            return (0,) * len(self.tally.counts)
        return phones.counts

    @property
    def combined(self) -> Tally:
        """Hands and phones together: what a decision by majority counts."""
        return self.tally.plus(self.phone_counts)

    @property
    def votes(self) -> tuple[int, ...] | None:
        """The votes to keep with the decision: only when voting was opened and someone voted."""
        combined = self.combined
        if not self.voting or combined.total == 0:
            return None
        return combined.counts
