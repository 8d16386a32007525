"""What each table chose in a round, for the room view's round summary (pure, read from the events)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from game.tables.model import TableId
from game.tables.session import KIND, TablesSession


@dataclass(frozen=True)
class RoundCard:
    """A card decided in a round: each table that decided it and its option (0-based), in table order."""

    card: str
    choices: Mapping[TableId, int]

    @property
    def shared(self) -> bool:
        """More than one table decided this card in the round."""
        return len(self.choices) > 1

    @property
    def differs(self) -> bool:
        """Tables that shared the card did not all choose alike."""
        return len(set(self.choices.values())) > 1

    def by_option(self) -> tuple[tuple[int, tuple[TableId, ...]], ...]:
        """(option, the tables that chose it), options in their card order."""
        return tuple(
            (option, tuple(table for table, chosen in sorted(self.choices.items()) if chosen == option))
            for option in sorted(set(self.choices.values()))
        )


def round_behind(session: TablesSession, round_number: int) -> tuple[TableId, ...]:
    """The tables that had not decided when round `round_number` (from 1) ended: they kept their card."""
    for event in session.events:
        if (
            event.get("kind") == KIND
            and event.get("action") == "round_end"
            and event.get("round") == round_number
        ):
            return tuple(int(table) for table in event.get("behind", ()))
    return ()


def rounds_ended(session: TablesSession) -> int:
    """How many rounds have ended (the last round_end's number, 0 before any)."""
    return session.round - 1


def round_cards(session: TablesSession, round_number: int) -> tuple[RoundCard, ...]:
    """The cards decided in round `round_number` (from 1) in the order they were first decided, shared
    cards first."""
    current = 1
    found: dict[str, dict[TableId, int]] = {}
    for event in session.events:
        if event.get("kind") != KIND:
            continue
        action = event.get("action")
        if action == "round_end":
            current = int(event["round"]) + 1
        elif action == "decide" and current == round_number:
            found.setdefault(str(event["card"]), {}).setdefault(int(event["table"]), int(event["option"]) - 1)
    cards = [RoundCard(card, dict(sorted(choices.items()))) for card, choices in found.items()]
    return tuple(sorted(cards, key=lambda card: not card.shared))
