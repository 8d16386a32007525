"""A small condition language (`budget >= 40 and not robot`) with its own parser; never uses eval."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from game.core.corners import GAME_FIGURES
from game.errors import Phrase

Value = float | bool
Lookup = Callable[[str], Value]
# A compiled condition: (meters, flags, year, turn) -> truth. Built by Condition.compile, never by eval.
Predicate = Callable[[Mapping[str, float], Collection[str], int, int], bool]
_Compiled = Callable[[Mapping[str, float], Collection[str], int, int], Value]

KEYWORDS = frozenset({"and", "or", "not", "true", "false"})
COMPARATORS = ("<=", ">=", "==", "!=", "<", ">")
# Conditions come from scenario files, i.e. from strangers: the parser and the tree walkers (evaluate,
# compile, names) recurse once per level, so the depth of a tree is bounded by these two limits.
MAX_NESTING = 32  # parentheses and 'not' inside each other
MAX_OPERATORS = 100  # 'and', 'or', 'not' and comparisons in one condition

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op><=|>=|==|!=|<|>)
  | (?P<paren>[()])
  | (?P<minus>-)
    """,
    re.VERBOSE,
)


class ConditionSyntaxError(ValueError):
    """A condition that cannot be parsed; `column` is 0-based within the condition text. `reason` says why
    in the reader's language; `message` is its English."""

    def __init__(self, reason: Phrase, column: int) -> None:
        super().__init__(str(reason))
        self.reason = reason
        self.message = str(reason)
        self.column = column


@dataclass(frozen=True)
class _Token:
    kind: str  # number, name, keyword, op, paren, minus, end
    text: str
    column: int


def _tokenize(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    operators = 0
    while position < len(source):
        match = _TOKEN.match(source, position)
        if match is None:
            raise ConditionSyntaxError(
                Phrase("problem.condition.reason.character", {"character": repr(source[position])}), position
            )
        kind = match.lastgroup or ""
        text = match.group()
        if kind == "name" and text in KEYWORDS:
            kind = "keyword"
        if kind == "op" or (kind == "keyword" and text in ("and", "or", "not")):
            operators += 1
            if operators > MAX_OPERATORS:
                reason = Phrase("problem.condition.reason.too_long", {"count": MAX_OPERATORS})
                raise ConditionSyntaxError(reason, position)
        if kind != "space":
            tokens.append(_Token(kind, text, position))
        position = match.end()
    tokens.append(_Token("end", "", len(source)))
    return tokens


# The syntax tree: small immutable nodes with an evaluate() method.


@dataclass(frozen=True)
class Literal:
    value: Value

    def evaluate(self, lookup: Lookup) -> Value:
        return self.value


@dataclass(frozen=True)
class Name:
    name: str
    column: int

    def evaluate(self, lookup: Lookup) -> Value:
        return lookup(self.name)


@dataclass(frozen=True)
class Not:
    operand: Node

    def evaluate(self, lookup: Lookup) -> Value:
        return not self.operand.evaluate(lookup)


@dataclass(frozen=True)
class BoolOp:
    operator: str  # "and" | "or"
    left: Node
    right: Node

    def evaluate(self, lookup: Lookup) -> Value:
        left = bool(self.left.evaluate(lookup))
        if self.operator == "and":
            return left and bool(self.right.evaluate(lookup))
        return left or bool(self.right.evaluate(lookup))


@dataclass(frozen=True)
class Compare:
    operator: str
    left: Node
    right: Node

    def evaluate(self, lookup: Lookup) -> Value:
        left = float(self.left.evaluate(lookup))
        right = float(self.right.evaluate(lookup))
        if self.operator == "<":
            return left < right
        if self.operator == "<=":
            return left <= right
        if self.operator == ">":
            return left > right
        if self.operator == ">=":
            return left >= right
        if self.operator == "==":
            return left == right
        return left != right


Node = Literal | Name | Not | BoolOp | Compare


class _Parser:
    """Recursive descent: or_expr := and_expr ('or' and_expr)*; and_expr := not_expr ('and' not_expr)*;
    not_expr := 'not' not_expr | comparison; comparison := atom (op atom)?"""

    def __init__(self, source: str) -> None:
        self.tokens = _tokenize(source)
        self.index = 0
        self.nesting = 0  # parentheses and 'not' open around the current token

    def _enter(self, token: _Token) -> None:
        self.nesting += 1
        if self.nesting > MAX_NESTING:
            reason = Phrase("problem.condition.reason.too_deep", {"count": MAX_NESTING})
            raise ConditionSyntaxError(reason, token.column)

    @property
    def current(self) -> _Token:
        return self.tokens[self.index]

    def _advance(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def _at_keyword(self, word: str) -> bool:
        return self.current.kind == "keyword" and self.current.text == word

    def parse(self) -> Node:
        if self.current.kind == "end":
            raise ConditionSyntaxError(Phrase("problem.condition.reason.empty"), 0)
        node = self._or()
        if self.current.kind != "end":
            raise ConditionSyntaxError(_unexpected(self.current), self.current.column)
        return node

    def _or(self) -> Node:
        node = self._and()
        while self._at_keyword("or"):
            self._advance()
            node = BoolOp("or", node, self._and())
        return node

    def _and(self) -> Node:
        node = self._not()
        while self._at_keyword("and"):
            self._advance()
            node = BoolOp("and", node, self._not())
        return node

    def _not(self) -> Node:
        if self._at_keyword("not"):
            self._enter(self._advance())
            node = Not(self._not())
            self.nesting -= 1
            return node
        return self._comparison()

    def _comparison(self) -> Node:
        node = self._atom()
        if self.current.kind == "op":
            operator = self._advance().text
            node = Compare(operator, node, self._atom())
            if self.current.kind == "op":
                raise ConditionSyntaxError(Phrase("problem.condition.reason.chained"), self.current.column)
        return node

    def _atom(self) -> Node:
        token = self.current
        if token.kind == "number":
            self._advance()
            return Literal(float(token.text))
        if token.kind == "minus":
            self._advance()
            number = self.current
            if number.kind != "number":
                raise ConditionSyntaxError(Phrase("problem.condition.reason.minus"), number.column)
            self._advance()
            return Literal(-float(number.text))
        if token.kind == "name":
            self._advance()
            return Name(token.text, token.column)
        if token.kind == "keyword" and token.text in ("true", "false"):
            self._advance()
            return Literal(token.text == "true")
        if token.kind == "paren" and token.text == "(":
            self._enter(self._advance())
            node = self._or()
            if not (self.current.kind == "paren" and self.current.text == ")"):
                raise ConditionSyntaxError(Phrase("problem.condition.reason.paren"), self.current.column)
            self._advance()
            self.nesting -= 1
            return node
        if token.kind == "end":
            raise ConditionSyntaxError(Phrase("problem.condition.reason.early"), token.column)
        raise ConditionSyntaxError(_unexpected(token), token.column)


def _unexpected(token: _Token) -> Phrase:
    return Phrase("problem.condition.reason.unexpected", {"text": repr(token.text)})


def _collect_names(node: Node, into: list[Name]) -> None:
    if isinstance(node, Name):
        into.append(node)
    elif isinstance(node, Not):
        _collect_names(node.operand, into)
    elif isinstance(node, BoolOp | Compare):
        _collect_names(node.left, into)
        _collect_names(node.right, into)


@dataclass(frozen=True)
class Condition:
    """A parsed condition: its source text, syntax tree and the names it refers to."""

    source: str
    tree: Node

    @property
    def names(self) -> tuple[Name, ...]:
        found: list[Name] = []
        _collect_names(self.tree, found)
        return tuple(found)

    def holds(self, lookup: Lookup) -> bool:
        return bool(self.tree.evaluate(lookup))

    def compile(self, meter_ids: Collection[str]) -> Predicate:
        """A closure that gives the same answer as `holds` with the engine's lookup, much faster.

        `meter_ids` are the scenario's meters: a name is a meter if it is one of these, else `year`,
        else `turn`, else a game figure (GAME_FIGURES, read from the meters mapping, 0 when absent), else
        a flag (true when in the flags): the order the engine's state defines.
        """
        return _truth(self.tree, frozenset(meter_ids))


def parse_condition(source: str) -> Condition:
    """Parse a condition; raises ConditionSyntaxError with a 0-based column on bad input."""
    return Condition(source, _Parser(source).parse())


_OPERATORS: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}


def _is_flag(node: Node, meter_ids: frozenset[str]) -> bool:
    return (
        isinstance(node, Name)
        and node.name not in meter_ids
        and node.name not in ("year", "turn")
        and node.name not in GAME_FIGURES
    )


def _meter_test(operator_text: str) -> Callable[[str, float], Predicate]:
    """A factory of `meter <op> constant` closures with the comparison inlined (no operator call)."""

    def build(name: str, constant: float) -> Predicate:
        if operator_text == "<":
            return lambda meters, flags, year, turn: float(meters[name]) < constant
        if operator_text == "<=":
            return lambda meters, flags, year, turn: float(meters[name]) <= constant
        if operator_text == ">":
            return lambda meters, flags, year, turn: float(meters[name]) > constant
        if operator_text == ">=":
            return lambda meters, flags, year, turn: float(meters[name]) >= constant
        if operator_text == "==":
            return lambda meters, flags, year, turn: float(meters[name]) == constant
        return lambda meters, flags, year, turn: float(meters[name]) != constant

    return build


_METER_TESTS = {text: _meter_test(text) for text in COMPARATORS}


def _truth(node: Node, meter_ids: frozenset[str]) -> Predicate:
    """A closure giving bool(node.evaluate(...)); comparisons and logic already give a bool."""
    if isinstance(node, Compare | BoolOp | Not):
        return _compile_test(node, meter_ids)
    if isinstance(node, Name) and _is_flag(node, meter_ids):
        flag = node.name
        return lambda meters, flags, year, turn: flag in flags
    value = _compile(node, meter_ids)
    return lambda meters, flags, year, turn: bool(value(meters, flags, year, turn))


def _compile(node: Node, meter_ids: frozenset[str]) -> _Compiled:
    """A closure giving node.evaluate(...) for the values passed to it."""
    if isinstance(node, Literal):
        constant = node.value
        return lambda meters, flags, year, turn: constant
    if isinstance(node, Name):
        return _compile_name(node.name, meter_ids)
    return _compile_test(node, meter_ids)


def _compile_name(name: str, meter_ids: frozenset[str]) -> _Compiled:
    if name in meter_ids:
        return lambda meters, flags, year, turn: meters[name]
    if name == "year":
        return lambda meters, flags, year, turn: year
    if name == "turn":
        return lambda meters, flags, year, turn: turn
    if name in GAME_FIGURES:  # the engine hands them in beside the meters when a scenario reads them
        return lambda meters, flags, year, turn: meters.get(name, 0)
    return lambda meters, flags, year, turn: name in flags


def _compile_test(node: Compare | BoolOp | Not, meter_ids: frozenset[str]) -> Predicate:
    if isinstance(node, Not):
        if isinstance(node.operand, Name) and _is_flag(node.operand, meter_ids):
            flag = node.operand.name
            return lambda meters, flags, year, turn: flag not in flags
        operand = _compile(node.operand, meter_ids)
        return lambda meters, flags, year, turn: not operand(meters, flags, year, turn)
    if isinstance(node, BoolOp):
        left = _truth(node.left, meter_ids)
        right = _truth(node.right, meter_ids)
        if node.operator == "and":
            return lambda meters, flags, year, turn: (
                left(meters, flags, year, turn) and right(meters, flags, year, turn)
            )
        return lambda meters, flags, year, turn: (
            left(meters, flags, year, turn) or right(meters, flags, year, turn)
        )
    return _compile_compare(node, meter_ids)


def _compile_compare(node: Compare, meter_ids: frozenset[str]) -> Predicate:
    compare = _OPERATORS[node.operator]
    left_node, right_node = node.left, node.right
    if isinstance(right_node, Literal):
        constant = float(right_node.value)
        # The common shapes (`budget >= 40`, `year >= 2`) get a closure of their own.
        if isinstance(left_node, Name) and left_node.name in meter_ids:
            return _METER_TESTS[node.operator](left_node.name, constant)
        if isinstance(left_node, Name) and left_node.name == "year":
            return lambda meters, flags, year, turn: compare(float(year), constant)
        left = _compile(left_node, meter_ids)
        return lambda meters, flags, year, turn: compare(float(left(meters, flags, year, turn)), constant)
    left = _compile(left_node, meter_ids)
    right = _compile(right_node, meter_ids)
    return lambda meters, flags, year, turn: compare(
        float(left(meters, flags, year, turn)), float(right(meters, flags, year, turn))
    )
