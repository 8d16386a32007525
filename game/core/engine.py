"""The rules of a game: which card comes next, what a choice does, year ends, endings and profiles."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from game.core.conditions import Condition, Value
from game.core.events import Event
from game.core.model import Card, Number, Option, Outcome, Scenario
from game.core.rng import SeededRandom
from game.core.state import ChoiceRecord, GameState, MeterPoint, ScheduledCard, YearSummary


class RuleError(Exception):
    """A core action that the rules do not allow right now (a programming error in the caller)."""


@dataclass(frozen=True)
class ChoiceResult:
    """What one decision caused; the window shows it as feedback, year summaries and the end."""

    card: Card
    option_index: int
    deltas: dict[str, Number]
    year_summaries: tuple[YearSummary, ...]
    ending: Outcome | None
    profile: Outcome | None

    @property
    def option(self) -> Option:
        return self.card.options[self.option_index]


@dataclass(frozen=True)
class Snapshot:
    """Everything needed to put a game back exactly as it was (for undo and saves)."""

    state: GameState
    rng_state: Any
    log_length: int


class Game:
    """One playthrough of a scenario. The window, headless mode, simulator and tests all drive this."""

    def __init__(self, scenario: Scenario, seed: int) -> None:
        self.scenario = scenario
        self.seed = seed
        self.rng = SeededRandom(seed)
        self.log: list[Event] = []
        meters = {meter.id: meter.clamp(meter.start) for meter in scenario.meters}
        self.state = GameState(meters=meters, year_start_meters=dict(meters))
        self.state.history.append(MeterPoint(1, 0, dict(meters)))
        self._summaries: list[YearSummary] = []
        self._begin_turn()

    # -- reading the state -------------------------------------------------------------

    @property
    def current_card(self) -> Card | None:
        card_id = self.state.current_card
        return None if card_id is None else self.scenario.card(card_id)

    @property
    def finished(self) -> bool:
        return self.state.finished

    @property
    def ending(self) -> Outcome | None:
        return _find(self.scenario.endings, self.state.ending)

    @property
    def profile(self) -> Outcome | None:
        return _find(self.scenario.profiles, self.state.profile)

    @property
    def calendar_year(self) -> int:
        return self.scenario.start_year + self.state.year - 1

    def value_of(self, name: str) -> Value:
        """The value a condition sees for `name`: a meter, year, turn, or a flag."""
        state = self.state
        if name in state.meters:
            return state.meters[name]
        if name == "year":
            return state.year
        if name == "turn":
            return state.turn
        return name in state.flags

    def holds(self, condition: Condition | None) -> bool:
        return condition is None or condition.holds(self.value_of)

    # -- actions ---------------------------------------------------------------------

    def choose(self, option_index: int) -> ChoiceResult:
        """Decide the current card with its option `option_index` (0-based) and play on."""
        card = self.current_card
        if card is None or self.state.finished:
            raise RuleError("there is no card to decide")
        if not 0 <= option_index < len(card.options):
            raise RuleError(f"card {card.id!r} has no option {option_index + 1}")
        option = card.options[option_index]
        state = self.state
        self._summaries = []
        deltas = self._apply_effects(option.effects)
        state.flags.update(option.set_flags)
        state.flags.difference_update(option.unset_flags)
        for follow_up in option.then:
            state.schedule_counter += 1
            due = self._turn_index() + follow_up.after
            state.scheduled.append(ScheduledCard(follow_up.card, due, state.schedule_counter))
        state.choices.append(ChoiceRecord(state.year, state.turn, card.id, option_index, deltas))
        state.current_card = None
        self._record("choice", card=card.id, option=option_index + 1, deltas=deltas)
        if not self._check_endings() and self._end_turn():
            self._begin_turn()
        return ChoiceResult(
            card, option_index, deltas, tuple(self._summaries), self.ending, self.profile
        )

    def snapshot(self) -> Snapshot:
        return Snapshot(copy.deepcopy(self.state), self.rng.get_state(), len(self.log))

    def restore(self, snapshot: Snapshot) -> None:
        self.state = copy.deepcopy(snapshot.state)
        self.rng.set_state(snapshot.rng_state)
        del self.log[snapshot.log_length :]

    # -- the turn cycle --------------------------------------------------------------

    def _turn_index(self) -> int:
        return (self.state.year - 1) * self.scenario.turns_per_year + self.state.turn

    def _begin_turn(self) -> None:
        """Put the next card on the table, passing turns that have nothing to play."""
        while not self.state.finished:
            card = self._select_card()
            if card is not None:
                self.state.current_card = card.id
                self.state.played[card.id] = self.state.played.get(card.id, 0) + 1
                self._record("card_shown", card=card.id)
                return
            self._record("turn_passed")
            if not self._end_turn():
                return

    def _select_card(self) -> Card | None:
        """Fixed event, else the longest-due scheduled card, else a weighted draw from the deck."""
        state = self.state
        for card in self.scenario.cards:
            if (
                card.at is not None
                and (card.at.year, card.at.turn) == (state.year, state.turn)
                and (card.repeatable or card.id not in state.played)
                and self.holds(card.requires)
            ):
                return card
        now = self._turn_index()
        while True:
            due = [entry for entry in state.scheduled if entry.due <= now]
            if not due:
                break
            entry = min(due, key=lambda item: (item.due, item.order))
            state.scheduled.remove(entry)
            card = self.scenario.card(entry.card)
            if self.holds(card.requires):
                return card
            self._record("follow_up_dropped", card=card.id)
        eligible = [
            card
            for card in self.scenario.cards
            if card.in_deck
            and (card.repeatable or card.id not in state.played)
            and self.holds(card.requires)
        ]
        if not eligible:
            return None
        return self.rng.weighted_choice(eligible, [card.weight for card in eligible])

    def _end_turn(self) -> bool:
        """Close the turn (and the year when it was its last). Returns False when the game is over."""
        state = self.state
        state.history.append(MeterPoint(state.year, state.turn, dict(state.meters)))
        if state.turn < self.scenario.turns_per_year:
            state.turn += 1
            return True
        deltas = self._apply_effects(self.scenario.year_end_effects)
        state.history.append(MeterPoint(state.year, state.turn, dict(state.meters), year_end=True))
        summary = YearSummary(state.year, dict(state.year_start_meters), dict(state.meters), deltas)
        state.year_summaries.append(summary)
        self._summaries.append(summary)
        self._record("year_end", deltas=deltas, meters=dict(state.meters))
        if self._check_endings():
            return False
        if state.year >= self.scenario.years:
            self._pick_profile()
            return False
        state.year += 1
        state.turn = 1
        state.year_start_meters = dict(state.meters)
        return True

    def _apply_effects(self, effects: Mapping[str, Number]) -> dict[str, Number]:
        """Add the effects to the meters, clamped to each meter's range; returns the real changes."""
        deltas: dict[str, Number] = {}
        for meter_id, delta in effects.items():
            meter = self.scenario.meter(meter_id)
            before = self.state.meters[meter_id]
            after = meter.clamp(before + delta)
            self.state.meters[meter_id] = after
            if after != before:
                deltas[meter_id] = after - before
        return deltas

    def _check_endings(self) -> bool:
        for ending in self.scenario.endings:
            if self.holds(ending.when):
                self.state.ending = ending.id
                self.state.finished = True
                self.state.current_card = None
                self._record("ending", ending=ending.id, meters=dict(self.state.meters))
                return True
        return False

    def _pick_profile(self) -> None:
        self.state.finished = True
        self.state.current_card = None
        for profile in self.scenario.profiles:
            if self.holds(profile.when):
                self.state.profile = profile.id
                break
        self._record("profile", profile=self.state.profile, meters=dict(self.state.meters))

    def _record(self, kind: str, **data: Any) -> None:
        self.log.append(Event(kind, self.state.year, self.state.turn, data))


def _find(outcomes: tuple[Outcome, ...], outcome_id: str | None) -> Outcome | None:
    return next((outcome for outcome in outcomes if outcome.id == outcome_id), None)
