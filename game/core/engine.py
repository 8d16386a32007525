"""The rules of a game: which card comes next, what a choice does, year ends, endings and profiles."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from game.core.compiled import CompiledScenario, Effect
from game.core.debrief import game_figures
from game.core.deck import Deck
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

    def __init__(self, scenario: Scenario, seed: int, *, keep_log: bool = True) -> None:
        """`keep_log=False` leaves `log` empty (the simulator does not read it); play is the same."""
        self.scenario = scenario
        self.seed = seed
        self.rng = SeededRandom(seed)
        self.log: list[Event] = []
        self.keep_log = keep_log
        self._rules: CompiledScenario = scenario.compiled
        meters = {meter.id: meter.clamp(meter.start) for meter in scenario.meters}
        self.state = GameState(meters=meters, year_start_meters=dict(meters))
        self.state.history.append(MeterPoint(1, 0, dict(meters)))
        self._summaries: list[YearSummary] = []
        # The deck cards that may still be drawn, kept in step with state.played (rebuilt by restore).
        self._deck: Deck = self._rules.full_deck.copy()
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
        ending = self.state.ending
        return None if ending is None else _find(self.scenario.endings, ending)

    @property
    def profile(self) -> Outcome | None:
        profile = self.state.profile
        return None if profile is None else _find(self.scenario.profiles, profile)

    # -- actions ---------------------------------------------------------------------

    def choose(self, option_index: int, votes: tuple[int, ...] | None = None) -> ChoiceResult:
        """Decide the current card with its option `option_index` (0-based) and play on.

        `votes`, when the room voted, are the votes per option; they are kept with the decision.
        """
        card, deltas = self._decide(option_index, votes)
        return ChoiceResult(card, option_index, deltas, tuple(self._summaries), self.ending, self.profile)

    def advance(self, option_index: int) -> None:
        """Exactly `choose`, without building its ChoiceResult (for the simulator's many games)."""
        self._decide(option_index)

    def _decide(
        self, option_index: int, votes: tuple[int, ...] | None = None
    ) -> tuple[Card, dict[str, Number]]:
        state = self.state
        card_id = state.current_card
        if card_id is None or state.finished:
            raise RuleError("there is no card to decide")
        card = self._rules.cards[card_id]
        if not 0 <= option_index < len(card.options):
            raise RuleError(f"card {card.id!r} has no option {option_index + 1}")
        if votes is not None and len(votes) != len(card.options):
            raise RuleError(f"card {card.id!r} has {len(card.options)} options, not {len(votes)} vote counts")
        option = card.options[option_index]
        self._summaries = []
        deltas = self._apply_effects(self._rules.effects[card_id][option_index])
        if option.set_flags:
            state.flags.update(option.set_flags)
        if option.unset_flags:
            state.flags.difference_update(option.unset_flags)
        for follow_up in option.then:
            state.schedule_counter += 1
            due = self._turn_index() + follow_up.after
            state.scheduled.append(ScheduledCard(follow_up.card, due, state.schedule_counter))
        state.choices.append(ChoiceRecord(state.year, state.turn, card.id, option_index, deltas, votes))
        state.current_card = None
        if self.keep_log:
            voted = {} if votes is None else {"votes": list(votes)}
            self._record("choice", card=card.id, option=option_index + 1, deltas=deltas, **voted)
        if self._check_endings():
            # The turn is never closed, so record where the meters ended for the debrief chart.
            state.history.append(MeterPoint(state.year, state.turn, dict(state.meters)))
        elif self._end_turn():
            self._begin_turn()
        return card, deltas

    def snapshot(self) -> Snapshot:
        return Snapshot(copy.deepcopy(self.state), self.rng.get_state(), len(self.log))

    def restore(self, snapshot: Snapshot) -> None:
        self.state = copy.deepcopy(snapshot.state)
        self.rng.set_state(snapshot.rng_state)
        self._deck = Deck(self._rules.deck, self.state.played)
        del self.log[snapshot.log_length :]

    def undo(self, snapshot: Snapshot) -> ChoiceRecord:
        """Take back the decision made since `snapshot` (taken just before it): the game is exactly as
        it was then. The log keeps everything that happened and gets an `undo` event naming the decision.
        """
        undone = self.state.choices[len(snapshot.state.choices)]
        log = self.log[:]
        self.restore(snapshot)
        self.log[:] = log
        if self.keep_log:
            self._record("undo", card=undone.card, option=undone.option + 1)
        return undone

    # -- the turn cycle --------------------------------------------------------------

    def _turn_index(self) -> int:
        return self.scenario.turn_number(self.state.year, self.state.turn)

    def _begin_turn(self) -> None:
        """Put the next card on the table, passing turns that have nothing to play."""
        while not self.state.finished:
            card = self._select_card()
            if card is not None:
                played = self.state.played
                self.state.current_card = card.id
                played[card.id] = played.get(card.id, 0) + 1
                self._deck.remove(card.id)
                if self.keep_log:
                    self._record("card_shown", card=card.id)
                return
            if self.keep_log:
                self._record("turn_passed")
            if not self._end_turn():
                return

    def _select_card(self) -> Card | None:
        """Fixed event, else the longest-due scheduled card, else a weighted draw from the deck."""
        state = self.state
        rules = self._rules
        meters, flags, year, turn = self._lookup_meters("requires"), state.flags, state.year, state.turn
        played = state.played
        for card in rules.fixed.get((year, turn), ()):
            requires = rules.requires[card.id]
            if (card.repeatable or card.id not in played) and (
                requires is None or requires(meters, flags, year, turn)
            ):
                return card
        if state.scheduled:
            now = self._turn_index()
            while True:
                due = [entry for entry in state.scheduled if entry.due <= now]
                if not due:
                    break
                entry = min(due, key=lambda item: (item.due, item.order))
                state.scheduled.remove(entry)
                card = rules.cards[entry.card]
                requires = rules.requires[card.id]
                if requires is None or requires(meters, flags, year, turn):
                    return card
                if self.keep_log:
                    self._record("follow_up_dropped", card=card.id)
        return self._deck.draw(self.rng, meters, flags, year, turn)

    def _end_turn(self) -> bool:
        """Close the turn (and the year when it was its last). Returns False when the game is over."""
        state = self.state
        state.history.append(MeterPoint(state.year, state.turn, dict(state.meters)))
        if state.turn < self.scenario.turns_per_year:
            state.turn += 1
            return True
        deltas = self._apply_effects(self._rules.year_end_effects)
        state.history.append(MeterPoint(state.year, state.turn, dict(state.meters), year_end=True))
        summary = YearSummary(state.year, dict(state.year_start_meters), dict(state.meters), deltas)
        state.year_summaries.append(summary)
        self._summaries.append(summary)
        if self.keep_log:
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

    def _apply_effects(self, effects: tuple[Effect, ...]) -> dict[str, Number]:
        """Add the effects to the meters, clamped to each meter's range; returns the real changes."""
        deltas: dict[str, Number] = {}
        meters = self.state.meters
        for meter_id, delta, low, high in effects:
            before = meters[meter_id]
            after = before + delta
            # Exactly Meter.clamp, max(low, min(high, after)), including which object is kept on a tie.
            after = after if after < high else high
            after = after if after > low else low
            meters[meter_id] = after
            if after != before:
                deltas[meter_id] = after - before
        return deltas

    def _lookup_meters(self, kind: str) -> Mapping[str, Number]:
        """What conditions of `kind` ("requires", "endings", "profiles") read as meters: the meters, and
        the game figures when conditions of that kind read them."""
        if kind not in self._rules.figures_read_by:
            return self.state.meters
        return {**self.state.meters, **game_figures(self.scenario, self.state.choices)}

    def _check_endings(self) -> bool:
        state = self.state
        meters, flags, year, turn = self._lookup_meters("endings"), state.flags, state.year, state.turn
        for ending, when in self._rules.endings:
            if when is None or when(meters, flags, year, turn):
                state.ending = ending.id
                state.finished = True
                state.current_card = None
                if self.keep_log:
                    self._record("ending", ending=ending.id, meters=dict(state.meters))
                return True
        return False

    def _pick_profile(self) -> None:
        state = self.state
        state.finished = True
        state.current_card = None
        meters, flags, year, turn = self._lookup_meters("profiles"), state.flags, state.year, state.turn
        for profile, when in self._rules.profiles:
            if when is None or when(meters, flags, year, turn):
                state.profile = profile.id
                break
        if self.keep_log:
            self._record("profile", profile=state.profile, meters=dict(state.meters))

    def _record(self, kind: str, **data: Any) -> None:
        """Append to the log; callers check keep_log first, so the simulator builds no event data."""
        self.log.append(Event(kind, self.state.year, self.state.turn, data))


def _find(outcomes: tuple[Outcome, ...], outcome_id: str | None) -> Outcome | None:
    return next((outcome for outcome in outcomes if outcome.id == outcome_id), None)
