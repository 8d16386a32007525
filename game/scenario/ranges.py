"""Ranges of values a condition's names can have, and the refinements in which a condition may hold."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from game.core.conditions import BoolOp, Compare, Literal, Name, Not
from game.core.conditions import Node as Expression
from game.errors import Phrase
from game.formatting import format_value
from game.scenario.errors import Said

_MAX_BOXES = 64  # more alternatives than this: stop refining (over-approximating stays sound)
_NEGATED = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "==": "!=", "!=": "=="}
_MIRRORED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "==": "==", "!=": "!="}


@dataclass(frozen=True)
class Range:
    """The values a name can have: an interval, open or closed at each end, maybe whole numbers only."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False
    whole: bool = False

    @property
    def empty(self) -> bool:
        return self.low > self.high or (self.low == self.high and (self.low_open or self.high_open))

    def normal(self) -> Range:
        """Whole-number ranges get closed whole bounds (year > 1 becomes year >= 2)."""
        if not self.whole or self.empty:
            return self
        low, high = self.low, self.high
        if math.isfinite(low):
            low = math.floor(low) + 1 if self.low_open else math.ceil(low)
        if math.isfinite(high):
            high = math.ceil(high) - 1 if self.high_open else math.floor(high)
        return Range(low, high, whole=True)

    def clip(self, operator: str, value: float) -> Range:
        """The part of this range where `x <operator> value` holds."""
        result = self
        if operator in ("<", "<=", "=="):
            open_ = operator == "<"
            if value < result.high or (value == result.high and open_ and not result.high_open):
                result = replace(result, high=value, high_open=open_)
        if operator in (">", ">=", "=="):
            open_ = operator == ">"
            if value > result.low or (value == result.low and open_ and not result.low_open):
                result = replace(result, low=value, low_open=open_)
        if operator == "!=":
            if result.low == result.high == value:
                return Range(1, 0)
            if result.whole and result.low == value:
                result = replace(result, low=value, low_open=True)
            if result.whole and result.high == value:
                result = replace(result, high=value, high_open=True)
        return result.normal()

    def describe(self) -> Said:
        low, high = format_value(self.low), format_value(self.high)
        return low if low == high else Phrase("problem.lint.range", {"low": low, "high": high})


Env = dict[str, Range]


def boxes(node: Expression, wanted: bool, env: Env) -> list[Env]:
    """Refinements of `env` in which the condition may evaluate to `wanted`; [] means it never does."""
    if isinstance(node, Literal):
        return [env] if bool(node.value) == wanted else []
    if isinstance(node, Name):
        return _refine(env, node.name, "!=" if wanted else "==", 0.0)
    if isinstance(node, Not):
        return boxes(node.operand, not wanted, env)
    if isinstance(node, BoolOp):
        if (node.operator == "and") == wanted:  # both sides must give `wanted`
            found: list[Env] = []
            for left in boxes(node.left, wanted, env):
                found.extend(boxes(node.right, wanted, left))
                if len(found) > _MAX_BOXES:
                    return [env]
            return found
        either = boxes(node.left, wanted, env) + boxes(node.right, wanted, env)
        return either if len(either) <= _MAX_BOXES else [env]
    return _compare(node, wanted, env)


def _compare(node: Compare, wanted: bool, env: Env) -> list[Env]:
    operator = node.operator if wanted else _NEGATED[node.operator]
    left, right = node.left, node.right
    if isinstance(left, Literal) and isinstance(right, Literal):
        holds = Compare(node.operator, left, right).evaluate(lambda name: 0.0)
        return [env] if bool(holds) == wanted else []
    if isinstance(left, Name) and isinstance(right, Literal):
        return _refine(env, left.name, operator, float(right.value))
    if isinstance(left, Literal) and isinstance(right, Name):
        return _refine(env, right.name, _MIRRORED[operator], float(left.value))
    return [env]  # two names, or a nested expression: not analysed


def _refine(env: Env, name: str, operator: str, value: float) -> list[Env]:
    current = env.get(name)
    if current is None:
        return [env]
    clipped = current.clip(operator, value)
    if clipped.empty:
        return []
    if clipped == current:
        return [env]
    return [{**env, name: clipped}]
