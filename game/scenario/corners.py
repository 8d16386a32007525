"""Reading the triangle's words in a scenario: a corner (a theme's, a meter's, what an option serves or
harms) and a card's essay aspects."""

from __future__ import annotations

from types import MappingProxyType

from yaml.nodes import Node, ScalarNode

from game.core.corners import ASPECTS, CORNERS
from game.scenario.nodes import STR, Checker, describe, is_null, short, suggestion

# The essay's words for the corners of the triangle: willen (strategy), kunnen (capacity), mogen (legitimacy).
CORNER_ALIASES = MappingProxyType({"willen": "strategy", "kunnen": "capacity", "mogen": "legitimacy"})
CORNER_CHOICES = f"{', '.join(CORNERS[:-1])} or {CORNERS[-1]}"


def read_corner(checker: Checker, node: Node, where: str) -> str | None:
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


def read_corner_list(checker: Checker, node: Node, what: str, where: str) -> tuple[str, ...]:
    """`serves` or `harms` of an option: a list of corners, each once."""
    corners: list[str] = []
    for item in checker.words(node, f"'{what}' of {where}", "[strategy, legitimacy]"):
        corner = read_corner(checker, item, f"'{what}' of {where}")
        if corner is None:
            continue
        if corner in corners:
            checker.report(item, f"'{what}' of {where} lists the corner '{corner}' twice")
            continue
        corners.append(corner)
    return tuple(corners)


def read_aspects(checker: Checker, node: Node, where: str) -> tuple[str, ...]:
    """A card's `aspects`: the essay's aspects 4a-4c, 5a-5b and 6a-6d, each once."""
    aspects: list[str] = []
    choices = ", ".join(ASPECTS)
    for item in checker.words(node, f"'aspects' of {where}", "[4a, 6c]"):
        if not isinstance(item, ScalarNode) or is_null(item):
            checker.report(item, f"an aspect of {where} must be one of {choices}, not {describe(item)}")
            continue
        value = str(item.value).strip().lower()
        if value not in ASPECTS:
            hint = suggestion(value, ASPECTS) or f"; the essay's aspects are {choices}"
            checker.report(item, f"unknown aspect '{short(str(item.value))}' of {where}{hint}")
            continue
        if value in aspects:
            checker.report(item, f"the aspect '{value}' is listed twice in {where}")
            continue
        aspects.append(value)
    return tuple(aspects)
