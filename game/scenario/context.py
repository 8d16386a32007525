"""What the schema has learned so far while reading one scenario (ids, references to check later)."""

from __future__ import annotations

from dataclasses import dataclass, field

from yaml.nodes import MappingNode, Node, ScalarNode

from game.core.conditions import KEYWORDS, Condition
from game.core.corners import BALANCE, LINES_CROSSED
from game.core.model import Number, Speaker, Text
from game.scenario.nodes import Checker, Entry, describe, is_null, suggestion
from game.scenario.texts import EMPTY_TEXT, TextReader

BUILT_IN_NAMES = {
    "year": "the year of the term",
    "turn": "the turn within the year",
    LINES_CROSSED: "the number of red lines the game crossed",
    BALANCE: "how evenly the chosen options pulled the triangle (0-100)",
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

    def name_id(self, node: Node, what: str) -> str | None:
        """An id that conditions can refer to: not a built-in name ('year', 'balance', ...) or a word of
        the condition language."""
        value = self.checker.identifier(node, what)
        if value is None:
            return None
        if value in BUILT_IN_NAMES:
            self.checker.report(
                node, f"'{value}' cannot be used as a {what}: in conditions it means {BUILT_IN_NAMES[value]}"
            )
            return None
        if value in KEYWORDS:
            message = f"'{value}' cannot be used as a {what}: it is a word of the condition language"
            self.checker.report(node, message)
            return None
        return value

    def text_field(self, fields: dict[str, Entry], key: str, where: str) -> Text:
        """The text under `key`; an empty text when the key is missing (reported already if required)."""
        return self.optional_text(fields, key, where) or EMPTY_TEXT

    def optional_text(self, fields: dict[str, Entry], key: str, where: str) -> Text | None:
        if key not in fields:
            return None
        return self.text(fields[key].value, f"the {key} of {where}")

    def effects(self, node: Node, where: str) -> dict[str, Number]:
        """Meter deltas: meter id -> number."""
        checker = self.checker
        if not isinstance(node, MappingNode):
            if is_null(node):
                checker.report(node, f"the effects of {where} are empty; write {{}} if nothing changes")
            else:
                expected = "must be meters with numbers, like {budget: 5}"
                checker.report(node, f"the effects of {where} {expected}, not {describe(node)}")
            return {}
        effects: dict[str, Number] = {}
        for entry in checker.entries(node, "the effect on"):
            if self.meters_known and entry.key not in self.meter_ids:
                hint = suggestion(entry.key, self.meter_ids)
                checker.report(entry.key_node, f"unknown meter '{entry.key}'{hint}")
            value = checker.number(entry.value, f"the effect on '{entry.key}'")
            if value is not None:
                effects[entry.key] = value
        return effects
