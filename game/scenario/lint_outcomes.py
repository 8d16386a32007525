"""Warnings about endings and profiles: none at all, one that can never come, an ending true at the start."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.core.conditions import Condition, Value
from game.core.corners import GAME_FIGURES
from game.core.model import Outcome, Scenario
from game.errors import Phrase
from game.formatting import format_value
from game.scenario.context import ReadContext
from game.scenario.nodes import Entry, in_workbook
from game.scenario.ranges import Env, Range, boxes

# Why a condition never holds in an environment (the lint's explanation: a name's range, or a contradiction).
Explain = Callable[[Condition, Env], Phrase]


def warn_outcomes(
    context: ReadContext, top: Mapping[str, Entry], scenario: Scenario, env: Env, explain: Explain
) -> None:
    """Report a scenario without endings, endings and profiles that never hold, endings true at the start.

    `env` is what every name can be at any decision of the term."""
    if not scenario.endings:
        _warn_no_endings(context, top)
    for ending, node in _when_nodes(top, "endings", scenario.endings):
        when = ending.when
        if when is None:
            continue
        if not boxes(when.tree, True, env):
            why = explain(when, env)
            context.checker.report(
                node, Phrase("problem.lint.ending_never", {"id": ending.id, "why": why}), severity="warning"
            )
        elif when.holds(functools.partial(_at_start, scenario)):
            values = _start_values(scenario, when)
            context.checker.report(
                node,
                Phrase("problem.lint.ending_at_start", {"id": ending.id, "values": values}),
                severity="warning",
            )
    # Profiles are chosen once, after the last turn of the last year.
    last = {
        **env,
        "year": Range(scenario.years, scenario.years, whole=True),
        "turn": Range(scenario.turns_per_year, scenario.turns_per_year, whole=True),
    }
    for profile, node in _when_nodes(top, "profiles", scenario.profiles):
        if profile.when is not None and not boxes(profile.when.tree, True, last):
            why = explain(profile.when, last)
            # A balance that cannot rise carries its own fix (serves and harms); a wider 'when' is no answer.
            key = "problem.lint.profile_never"
            if why.key.startswith("problem.lint.balance_"):
                key = "problem.lint.profile_never_balance"
            context.checker.report(node, Phrase(key, {"id": profile.id, "why": why}), severity="warning")


def _warn_no_endings(context: ReadContext, top: Mapping[str, Entry]) -> None:
    """No endings: point at the empty sheet Eindes in a workbook (or say it is missing), at 'endings' or
    the top of a YAML file, and say the fix in the author's format."""
    if not top:
        return
    first = min(
        top.values(), key=lambda entry: (entry.key_node.start_mark.line, entry.key_node.start_mark.column)
    )
    node: Node = first.key_node
    if "endings" in top:
        node = top["endings"].key_node
    if not in_workbook(node):
        fix = Phrase("problem.lint.no_endings.yaml")
    elif (sheet := context.checker.explained.empty_sheets.get("endings")) is not None:
        node, fix = (
            ScalarNode("tag:yaml.org,2002:str", "", sheet, sheet),
            Phrase("problem.lint.no_endings.sheet"),
        )
    else:
        fix = Phrase("problem.lint.no_endings.no_sheet")
    context.checker.report(node, Phrase("problem.lint.no_endings", {"fix": fix}), severity="warning")


def _when_nodes(
    top: Mapping[str, Entry], key: str, outcomes: Sequence[Outcome]
) -> Iterator[tuple[Outcome, Node]]:
    """Each outcome with the node of its 'when' (else of the outcome), when the nodes line up."""
    entry = top.get(key)
    if entry is None or not isinstance(entry.value, SequenceNode) or len(entry.value.value) != len(outcomes):
        return
    for outcome, node in zip(outcomes, entry.value.value, strict=True):
        fields = (
            {str(key.value): value for key, value in node.value if isinstance(key, ScalarNode)}
            if isinstance(node, MappingNode)
            else {}
        )
        yield outcome, fields.get("when", node)


def _at_start(scenario: Scenario, name: str) -> Value:
    """What a name reads before any decision: the meters' start values, year 1, turn 1, no flags."""
    if name in scenario.meters_by_id:
        meter = scenario.meters_by_id[name]
        return meter.clamp(meter.start)
    if name in ("year", "turn"):
        return 1
    if name in GAME_FIGURES:
        return 0
    return False


def _start_values(scenario: Scenario, condition: Condition) -> Phrase | str:
    """The condition's names with their values at the start: 'legitimiteit 50; vlag 'x' staat uit'."""
    said: list[Phrase] = []
    for name in dict.fromkeys(name.name for name in condition.names):
        value = _at_start(scenario, name)
        if value is False:
            said.append(Phrase("problem.lint.start_flag", {"flag": name}))
        else:
            said.append(Phrase("problem.lint.start_value", {"name": name, "value": format_value(value)}))
    if not said:
        return ""
    listed = functools.reduce(
        lambda first, then: Phrase("problem.lint.and", {"first": first, "then": then}), said
    )
    return Phrase("problem.lint.start_values", {"values": listed})
