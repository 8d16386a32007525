"""The debrief's vocabulary: phases, entries the room writes, the game it looks back on, voter numbers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from game.core.engine import Game
from game.core.state import ChoiceRecord
from game.debrief.text import TextKind

Phase = Literal["reactions", "happened", "why", "here", "wins"]
PHASES: tuple[Phase, ...] = ("reactions", "happened", "why", "here", "wins")
# The phases where the room writes, and what it writes there.
ENTRY_KIND: dict[Phase, TextKind] = {"reactions": "word", "here": "answer", "wins": "proposal"}
Mode = Literal["group", "solo"]
Source = Literal["phone", "facilitator"]
Status = Literal["pending", "approved", "rejected"]
Stage = Literal["before", "after"]
STAGES: tuple[Stage, ...] = ("before", "after")
# What submit refuses besides the text's own problems: nothing may be written now (this phase or step
# takes no text, the question the phone answered has closed, or phones in a solo game).
SubmitProblem = Literal["empty", "too_long", "closed"]
SCORES = (1, 2, 3, 4, 5)  # "helemaal oneens" ... "helemaal eens"

Event = dict[str, Any]  # {"kind": "debrief", "action": ..., ...}: JSON-safe, written to the session log


@dataclass(frozen=True)
class Entry:
    """A word, answer or proposal. `step` is the question of "here" it answers (0 elsewhere); `voter`
    the writer's number in this session (None for the facilitator), never a device id."""

    id: int
    phase: Phase
    kind: TextKind
    text: str
    source: Source
    status: Status
    voter: int | None = None
    step: int = 0

    @property
    def approved(self) -> bool:
        return self.status == "approved"


@dataclass(frozen=True)
class GameRecord:
    """What the debrief needs of the game that ended: its seed and decisions (with the room's votes),
    how it ended, and the phones' share of each decision's votes (SessionLog.phone_splits; () when not
    known). The same for a live game, a resumed one and a headless rehearsal: build it with `of`."""

    seed: int
    choices: tuple[ChoiceRecord, ...]
    ending: str | None = None
    profile: str | None = None
    splits: tuple[tuple[int, ...] | None, ...] = ()

    @staticmethod
    def of(game: Game, splits: Sequence[tuple[int, ...] | None] = ()) -> GameRecord:
        state = game.state
        return GameRecord(game.seed, tuple(state.choices), state.ending, state.profile, tuple(splits))

    def phones(self, index: int) -> tuple[int, ...] | None:
        """The phones' votes on decision `index`, or None when none are known."""
        return self.splits[index] if 0 <= index < len(self.splits) else None


class Voters:
    """Numbers the devices of the room 1, 2, 3 ... in the order they first write; the device ids stay
    in this object's memory (they never reach an entry, an event, the screen or the report)."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}
        self._next = 1

    def number(self, device_id: str) -> int:
        number = self._numbers.get(device_id)
        if number is None:
            number = self._numbers[device_id] = self._next
            self._next += 1
        return number

    def seen(self, number: int) -> None:
        """A number that is in use already (restored from the log): new devices get higher ones."""
        self._next = max(self._next, number + 1)

    def __len__(self) -> int:
        return len(self._numbers)
