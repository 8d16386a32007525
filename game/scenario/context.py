"""What the schema has learned so far while reading one scenario (ids, references to check later)."""

from __future__ import annotations

from dataclasses import dataclass, field

from yaml.nodes import MappingNode, Node, ScalarNode

from game.core.conditions import KEYWORDS, Condition
from game.core.corners import BALANCE, LINES_CROSSED
from game.core.model import Number, Speaker, Text
from game.errors import Phrase
from game.scenario.errors import Said
from game.scenario.nodes import Checker, Entry, describe, is_null, suggestion
from game.scenario.texts import EMPTY_TEXT, TextReader

BUILT_IN_NAMES = {  # what a name that conditions know means: its phrase (problem.means.*)
    "year": Phrase("problem.means.year"),
    "turn": Phrase("problem.means.turn"),
    LINES_CROSSED: Phrase("problem.means.lines_crossed"),
    BALANCE: Phrase("problem.means.balance"),
}


@dataclass
class ConditionUse:
    condition: Condition
    node: ScalarNode


@dataclass
class CardReference:
    card: str
    node: Node


@dataclass
class ReadContext:
    """Shared state of one validation pass."""

    checker: Checker
    text: TextReader
    years: int | None = None
    turns_per_year: int | None = None
    meter_ids: dict[str, Node] = field(default_factory=dict)
    meters_known: bool = False
    theme_ids: dict[str, Node] = field(default_factory=dict)
    themes_known: bool = False
    card_ids: dict[str, Node] = field(default_factory=dict)
    speakers: dict[str, Speaker] = field(default_factory=dict)
    speaker_ids: dict[str, Node] = field(default_factory=dict)  # the id's key node in 'speakers'
    speaker_names: dict[str, Node] = field(default_factory=dict)  # the node of its 'name'
    speakers_used: set[str] = field(default_factory=set)
    flags_set: dict[str, Node] = field(default_factory=dict)
    flags_unset: dict[str, Node] = field(default_factory=dict)
    conditions: list[ConditionUse] = field(default_factory=list)
    follow_ups: list[CardReference] = field(default_factory=list)

    def name_id(self, node: Node, what: Said) -> str | None:
        """An id that conditions can refer to: not a built-in name ('year', 'balance', ...) or a word of
        the condition language."""
        value = self.checker.identifier(node, what)
        if value is None:
            return None
        if value in BUILT_IN_NAMES:
            message = Phrase(
                "problem.built_in", {"value": value, "what": what, "means": BUILT_IN_NAMES[value]}
            )
            self.checker.report(node, message)
            return None
        if value in KEYWORDS:
            message = Phrase("problem.keyword", {"value": value, "what": what})
            self.checker.report(node, message)
            return None
        return value

    def text_field(self, fields: dict[str, Entry], key: str, where: Said) -> Text:
        """The text under `key`; an empty text when the key is missing (reported already if required)."""
        return self.optional_text(fields, key, where) or EMPTY_TEXT

    def optional_text(self, fields: dict[str, Entry], key: str, where: Said) -> Text | None:
        if key not in fields:
            return None
        return self.text(fields[key].value, Phrase("problem.the_key", {"word": key, "whole": where}))

    def effects(self, node: Node, where: Said) -> dict[str, Number]:
        """Meter deltas: meter id -> number."""
        checker = self.checker
        if not isinstance(node, MappingNode):
            if is_null(node):
                checker.report(node, Phrase("problem.effects.empty", {"whole": where}))
            else:
                checker.report(
                    node, Phrase("problem.effects.shape", {"whole": where, "given": describe(node)})
                )
            return {}
        effects: dict[str, Number] = {}
        for entry in checker.entries(node, Phrase("problem.noun.effect_on")):
            if self.meters_known and entry.key not in self.meter_ids:
                hint = suggestion(entry.key, self.meter_ids)
                checker.report(
                    entry.key_node,
                    Phrase("problem.effects.unknown_meter", {"meter": entry.key, "hint": hint}),
                )
            value = checker.number(entry.value, Phrase("problem.effects.on", {"meter": entry.key}))
            if value is not None:
                effects[entry.key] = value
        return effects
