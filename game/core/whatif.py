"""What if: the same game with one decision changed, beside the real course (for the end screen).

The rule, in one sentence for the facilitator: *the same game (same seed), only that one choice
different; after it the group's own choices for as long as the same cards come, and from the first
other card on the computer plays cautiously (the option that keeps the lowest meter highest).*

In detail: the recorded decisions before `index` are replayed as they were; at `index` the other
option is taken; after it, decision k of the alternative takes the group's k-th decision whenever
the same card is on the table (then its option always exists: it is the same card). The first time
another card comes, or the group's game had already ended there, is the *divergence*: from there on
the simulator's bookkeeper (the cautious policy) decides (`after_divergence="stop"` stops there
instead, and the alternative course ends unfinished). An alternative that reaches an ending stops
there, with it. Votes play no part in the rules; replayed decisions keep theirs, the changed decision
has none.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from game.core.debrief import corner_pull, lines_crossed
from game.core.engine import Game, RuleError, Snapshot
from game.core.model import Number, Scenario
from game.core.simulate import bookkeeper_choice
from game.core.state import ChoiceRecord, MeterPoint
from game.errors import GameError

AfterDivergence = Literal["cautious", "stop"]


class WhatIfError(GameError):
    """The recorded decisions do not replay on this scenario with this seed."""


@dataclass(frozen=True)
class Course:
    """One course of the game: the meters over time (the debrief chart's points), decisions, outcome,
    and its own public value triangle.

    `by_turn[meter]` is aligned over the whole term: index 0 is the start, index x the value after
    turn x (scenario.turn_number), year-end effects included; None after the course ended or stopped.
    `triangle` is each corner's share by game.core.debrief's rule (the options this course chose, or
    the themes of its cards as the fallback), None when no decision counted; `lines_crossed` the cards
    whose option in this course crossed a red line.
    """

    history: tuple[MeterPoint, ...]
    choices: tuple[ChoiceRecord, ...]
    by_turn: dict[str, tuple[Number | None, ...]]
    finished: bool
    ending: str | None
    profile: str | None
    triangle: dict[str, float] | None = None
    lines_crossed: tuple[str, ...] = ()

    @property
    def outcome(self) -> str | None:
        """The ending, else the profile; None when the course stopped or had no profile."""
        return self.ending or self.profile

    @staticmethod
    def of(game: Game) -> Course:
        state = game.state
        return Course(
            history=tuple(state.history),
            choices=tuple(state.choices),
            by_turn=values_by_turn(game.scenario, state.history),
            finished=state.finished,
            ending=state.ending,
            profile=state.profile,
            triangle=corner_pull(game.scenario, state.choices).shares(),
            lines_crossed=tuple(line.record.card for line in lines_crossed(game.scenario, state.choices)),
        )


@dataclass(frozen=True)
class Divergence:
    """The first decision of the alternative that could not be the group's: `decision` counts the
    alternative's decisions from 0; `real_card` is what the group decided there (None: its game had
    ended), `card` what lay on the table in the alternative; `turn_number` is the x of the chart."""

    decision: int
    year: int
    turn: int
    turn_number: int
    real_card: str | None
    card: str


@dataclass(frozen=True)
class WhatIf:
    """Both courses, aligned per turn, and what changed."""

    index: int  # the changed decision, counted from 0
    card: str  # its card
    turn_number: int  # the x on the chart of the changed decision, where the courses part
    real_option: int  # 0-based, as chosen by the group
    option: int  # 0-based, taken instead
    real_deltas: dict[str, Number]  # how the meters moved by the group's choice
    deltas: dict[str, Number]  # how they moved by the other option
    real: Course
    alternative: Course
    followed: int  # later decisions of the alternative taken from the group
    divergence: Divergence | None  # None: no other card came before the alternative ended
    after_divergence: AfterDivergence


def what_if(
    scenario: Scenario,
    seed: int,
    choices: Sequence[ChoiceRecord],
    index: int,
    option: int,
    *,
    after_divergence: AfterDivergence = "cautious",
) -> WhatIf:
    """Replay `seed` with `choices`, but take `option` (0-based) at decision `index` (0-based).

    Raises ValueError for a decision or option that does not exist, WhatIfError when `choices` do not
    replay on `scenario` with `seed`. Choosing the group's own option gives the real course twice.
    """
    if not 0 <= index < len(choices):
        raise ValueError(f"there is no decision {index + 1} (the game has {len(choices)})")
    real, before = _replay(scenario, seed, choices, index)
    changed = choices[index]
    options = len(scenario.card(changed.card).options)
    if not 0 <= option < options:
        raise ValueError(f"card {changed.card!r} has no option {option + 1} (it has {options})")

    game = Game(scenario, seed, keep_log=False)
    game.restore(before)
    game.choose(option)
    # The bookkeeper uses no randomness; the game's rng is the seed's.
    cautious = bookkeeper_choice(scenario, random.Random(0))
    followed = 0
    divergence: Divergence | None = None
    while not game.finished:
        state = game.state
        position = len(state.choices)
        recorded = choices[position] if position < len(choices) else None
        if divergence is None and recorded is not None and recorded.card == state.current_card:
            game.choose(recorded.option, recorded.votes)
            followed += 1
            continue
        if divergence is None:
            divergence = Divergence(
                decision=position,
                year=state.year,
                turn=state.turn,
                turn_number=scenario.turn_number(state.year, state.turn),
                real_card=None if recorded is None else recorded.card,
                card=state.current_card or "",
            )
            if after_divergence == "stop":
                break
        game.choose(cautious(game))
    alternative = Course.of(game)
    return WhatIf(
        index=index,
        card=changed.card,
        turn_number=scenario.turn_number(changed.year, changed.turn),
        real_option=changed.option,
        option=option,
        real_deltas=dict(changed.deltas),
        deltas=dict(alternative.choices[index].deltas),
        real=Course.of(real),
        alternative=alternative,
        followed=followed,
        divergence=divergence,
        after_divergence=after_divergence,
    )


def what_if_game(
    game: Game, index: int, option: int, *, after_divergence: AfterDivergence = "cautious"
) -> WhatIf:
    """`what_if` for a game as it stands (the end screen's): its scenario, seed and decisions."""
    return what_if(
        game.scenario, game.seed, game.state.choices, index, option, after_divergence=after_divergence
    )


def values_by_turn(scenario: Scenario, history: Sequence[MeterPoint]) -> dict[str, tuple[Number | None, ...]]:
    """Per meter, the value after every turn of the term (index 0: the start); the last point of a turn
    counts (so a year end's effects are in), and turns after the last point are None."""
    values: dict[str, list[Number | None]] = {
        meter.id: [None] * (scenario.total_turns + 1) for meter in scenario.meters
    }
    for point in history:
        x = scenario.turn_number(point.year, point.turn)
        for meter_id, value in point.meters.items():
            values[meter_id][x] = value
    return {meter_id: tuple(row) for meter_id, row in values.items()}


def _replay(
    scenario: Scenario, seed: int, choices: Sequence[ChoiceRecord], index: int
) -> tuple[Game, Snapshot]:
    """The real game played again from its decisions, and a snapshot from just before decision `index`."""
    game = Game(scenario, seed, keep_log=False)
    before: Snapshot | None = None
    for position, record in enumerate(choices):
        if position == index:
            before = game.snapshot()
        on_table = game.state.current_card
        if on_table != record.card:
            shown = "the game had ended" if on_table is None else f"card {on_table!r} comes"
            raise WhatIfError(
                f"decision {position + 1} was on card {record.card!r}, but replaying seed {seed} on "
                f"scenario {scenario.id!r} {shown}: these decisions are not of this game"
            )
        try:
            game.choose(record.option, record.votes)
        except RuleError as error:
            raise WhatIfError(f"decision {position + 1}: {error}") from None
    assert before is not None  # 0 <= index < len(choices)
    return game, before
