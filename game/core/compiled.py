"""A scenario prepared for fast play: compiled conditions and fixed events indexed by calendar slot."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from game.core.conditions import Condition, Predicate
from game.core.corners import GAME_FIGURES
from game.core.deck import Deck, DeckEntry
from game.core.model import Card, Number, Outcome, Scenario

# An effect ready to apply: meter id, delta, and the meter's minimum and maximum.
Effect = tuple[str, Number, Number, Number]


@dataclass(frozen=True)
class CompiledScenario:
    """What the engine needs on every turn, computed once per scenario (see Scenario.compiled)."""

    cards: Mapping[str, Card]
    effects: Mapping[str, tuple[tuple[Effect, ...], ...]]  # card id -> per option, its effects
    year_end_effects: tuple[Effect, ...]
    requires: Mapping[str, Predicate | None]
    fixed: Mapping[tuple[int, int], tuple[Card, ...]]
    deck: tuple[DeckEntry, ...]
    endings: tuple[tuple[Outcome, Predicate | None], ...]
    profiles: tuple[tuple[Outcome, Predicate | None], ...]
    full_deck: Deck  # the deck before any card is played; games start from a copy
    # Which kinds of condition ("requires", "endings", "profiles") read a game figure (GAME_FIGURES): the
    # engine hands the figures in to those alone, since working them out walks every decision so far.
    figures_read_by: frozenset[str] = frozenset()

    @property
    def reads_figures(self) -> bool:
        return bool(self.figures_read_by)


def compile_scenario(scenario: Scenario) -> CompiledScenario:
    meter_ids = frozenset(meter.id for meter in scenario.meters)

    def compiled(condition: Condition | None) -> Predicate | None:
        return None if condition is None else condition.compile(meter_ids)

    requires = {card.id: compiled(card.requires) for card in scenario.cards}
    fixed: dict[tuple[int, int], list[Card]] = {}
    for card in scenario.cards:
        if card.at is not None:
            fixed.setdefault((card.at.year, card.at.turn), []).append(card)
    bounds = {meter.id: (meter.minimum, meter.maximum) for meter in scenario.meters}

    def effects(values: Mapping[str, Number]) -> tuple[Effect, ...]:
        return tuple((meter_id, delta, *bounds[meter_id]) for meter_id, delta in values.items())

    kinds = {
        "requires": [card.requires for card in scenario.cards],
        "endings": [ending.when for ending in scenario.endings],
        "profiles": [profile.when for profile in scenario.profiles],
    }
    figures_read_by = frozenset(
        kind
        for kind, conditions in kinds.items()
        if any(name.name in GAME_FIGURES for condition in conditions if condition for name in condition.names)
    )
    deck = tuple(DeckEntry(card, card.weight, requires[card.id]) for card in scenario.cards if card.in_deck)
    return CompiledScenario(
        cards={card.id: card for card in scenario.cards},
        effects={
            card.id: tuple(effects(option.effects) for option in card.options) for card in scenario.cards
        },
        year_end_effects=effects(scenario.year_end_effects),
        requires=MappingProxyType(requires),
        fixed=MappingProxyType({slot: tuple(cards) for slot, cards in fixed.items()}),
        deck=deck,
        endings=tuple((ending, compiled(ending.when)) for ending in scenario.endings),
        profiles=tuple((profile, compiled(profile.when)) for profile in scenario.profiles),
        full_deck=Deck(deck),
        figures_read_by=figures_read_by,
    )
