"""A small condition language (`budget >= 40 and not robot`) with its own parser; never uses eval."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Value = float | bool
Lookup = Callable[[str], Value]

KEYWORDS = frozenset({"and", "or", "not", "true", "false"})
COMPARATORS = ("<=", ">=", "==", "!=", "<", ">")

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
    """A condition that cannot be parsed; `column` is 0-based within the condition text."""

    def __init__(self, message: str, column: int) -> None:
        super().__init__(message)
        self.message = message
        self.column = column


@dataclass(frozen=True)
class _Token:
    kind: str  # number, name, keyword, op, paren, minus, end
    text: str
    column: int


def _tokenize(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(source):
        match = _TOKEN.match(source, position)
        if match is None:
            raise ConditionSyntaxError(f"unexpected character {source[position]!r}", position)
        kind = match.lastgroup or ""
        text = match.group()
        if kind == "name" and text in KEYWORDS:
            kind = "keyword"
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
            raise ConditionSyntaxError("empty condition", 0)
        node = self._or()
        if self.current.kind != "end":
            raise ConditionSyntaxError(f"unexpected {self.current.text!r}", self.current.column)
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
            self._advance()
            return Not(self._not())
        return self._comparison()

    def _comparison(self) -> Node:
        node = self._atom()
        if self.current.kind == "op":
            operator = self._advance().text
            node = Compare(operator, node, self._atom())
            if self.current.kind == "op":
                raise ConditionSyntaxError(
                    "chained comparisons are not allowed; join them with 'and'", self.current.column
                )
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
                raise ConditionSyntaxError("expected a number after '-'", number.column)
            self._advance()
            return Literal(-float(number.text))
        if token.kind == "name":
            self._advance()
            return Name(token.text, token.column)
        if token.kind == "keyword" and token.text in ("true", "false"):
            self._advance()
            return Literal(token.text == "true")
        if token.kind == "paren" and token.text == "(":
            self._advance()
            node = self._or()
            if not (self.current.kind == "paren" and self.current.text == ")"):
                raise ConditionSyntaxError("missing ')'", self.current.column)
            self._advance()
            return node
        if token.kind == "end":
            raise ConditionSyntaxError("condition ends too early", token.column)
        raise ConditionSyntaxError(f"unexpected {token.text!r}", token.column)


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


def parse_condition(source: str) -> Condition:
    """Parse a condition; raises ConditionSyntaxError with a 0-based column on bad input."""
    return Condition(source, _Parser(source).parse())
