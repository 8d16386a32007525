"""The mutable state of one game: meters, flags, calendar, played and scheduled cards, history."""

from __future__ import annotations

from dataclasses import dataclass, field

from game.core.model import Number


@dataclass(frozen=True)
class ScheduledCard:
    """A follow-up waiting for its turn; `due` counts turns over the whole term, from 1."""

    card: str
    due: int
    order: int


@dataclass(frozen=True)
class ChoiceRecord:
    """A decision: which option (0-based) of which card, when, how the meters actually moved, and,
    when the room voted, the votes per option."""

    year: int
    turn: int
    card: str
    option: int
    deltas: dict[str, Number]
    votes: tuple[int, ...] | None = None


@dataclass(frozen=True)
class MeterPoint:
    """Meter values at a moment: after turn `turn` of `year` (turn 0 = start of the year)."""

    year: int
    turn: int
    meters: dict[str, Number]
    year_end: bool = False


@dataclass(frozen=True)
class YearSummary:
    """How each meter moved over a year, and what the year-end effects did."""

    year: int
    start: dict[str, Number]
    end: dict[str, Number]
    year_end_deltas: dict[str, Number]


@dataclass
class GameState:
    meters: dict[str, Number]
    flags: set[str] = field(default_factory=set)
    year: int = 1
    turn: int = 1
    current_card: str | None = None
    played: dict[str, int] = field(default_factory=dict)
    scheduled: list[ScheduledCard] = field(default_factory=list)
    schedule_counter: int = 0
    choices: list[ChoiceRecord] = field(default_factory=list)
    history: list[MeterPoint] = field(default_factory=list)
    year_summaries: list[YearSummary] = field(default_factory=list)
    year_start_meters: dict[str, Number] = field(default_factory=dict)
    finished: bool = False
    ending: str | None = None
    profile: str | None = None
