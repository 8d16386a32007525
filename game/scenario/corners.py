"""Reading the triangle's words in a scenario: a corner (a theme's, a meter's, what an option serves or
harms) and a card's essay aspects."""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

from yaml.nodes import Node, ScalarNode

from game.core.corners import ASPECTS, CORNERS
from game.scenario.errors import Said
from game.scenario.nodes import STR, Checker, describe, is_null, short, suggestion

# The essay's words for the corners of the triangle: willen (strategy), kunnen (capacity), mogen (legitimacy).
CORNER_ALIASES = MappingProxyType({"willen": "strategy", "kunnen": "capacity", "mogen": "legitimacy"})
CORNER_CHOICES = f"{', '.join(CORNERS[:-1])} or {CORNERS[-1]}"


def read_corner(checker: Checker, node: Node, where: Said) -> str | None:
    """One of CORNERS; the essay's Dutch words willen, kunnen and mogen are accepted for them."""
    if is_null(node) or (isinstance(node, ScalarNode) and node.value == ""):
        checker.report(node, f"the corner of {where} is empty; write {CORNER_CHOICES}")
        return None
    if not isinstance(node, ScalarNode) or node.tag != STR:
        checker.report(node, f"the corner of {where} must be {CORNER_CHOICES}, not {describe(node)}")
        return None
    value = str(node.value)
    if value in CORNERS:
        return value
    if value in CORNER_ALIASES:
        return CORNER_ALIASES[value]
    hint = suggestion(value, (*CORNERS, *CORNER_ALIASES)) or f"; write {CORNER_CHOICES}"
    checker.report(node, f"unknown corner '{short(value)}'{hint}")
    return None


def read_corner_list(checker: Checker, node: Node, what: str, where: Said) -> tuple[str, ...]:
    """`serves` or `harms` of an option: a list of corners, each once."""
    return _each_once(
        checker,
        checker.words(node, f"'{what}' of {where}", "[strategy, legitimacy]"),
        lambda item: read_corner(checker, item, f"'{what}' of {where}"),
        lambda corner: f"'{what}' of {where} lists the corner '{corner}' twice",
    )


def read_aspects(checker: Checker, node: Node, where: Said) -> tuple[str, ...]:
    """A card's `aspects`: the essay's aspects 4a-4c, 5a-5b and 6a-6d, each once."""
    choices = ", ".join(ASPECTS)

    def aspect(item: Node) -> str | None:
        if not isinstance(item, ScalarNode) or is_null(item):
            checker.report(item, f"an aspect of {where} must be one of {choices}, not {describe(item)}")
            return None
        value = str(item.value).strip().lower()
        if value not in ASPECTS:
            hint = suggestion(value, ASPECTS) or f"; the essay's aspects are {choices}"
            checker.report(item, f"unknown aspect '{short(str(item.value))}' of {where}{hint}")
            return None
        return value

    return _each_once(
        checker,
        checker.words(node, f"'aspects' of {where}", "[4a, 6c]"),
        aspect,
        lambda value: f"the aspect '{value}' is listed twice in {where}",
    )


def _each_once(
    checker: Checker,
    items: list[Node],
    read: Callable[[Node], str | None],
    twice: Callable[[str], str],
) -> tuple[str, ...]:
    """The values `read` finds in `items` (it reports its own mistakes), each reported when repeated."""
    values: list[str] = []
    for item in items:
        value = read(item)
        if value is None:
            continue
        if value in values:
            checker.report(item, twice(value))
            continue
        values.append(value)
    return tuple(values)
