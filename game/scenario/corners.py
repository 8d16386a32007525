"""Reading the triangle's words in a scenario: a corner (a theme's, a meter's, what an option serves or
harms) and a card's essay aspects."""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

from yaml.nodes import Node, ScalarNode

from game.core.corners import ASPECTS, CORNERS
from game.errors import Phrase
from game.scenario.errors import Said
from game.scenario.nodes import STR, Checker, describe, is_null, short, suggestion

# The essay's words for the corners of the triangle: willen (strategy), kunnen (capacity), mogen (legitimacy).
CORNER_ALIASES = MappingProxyType({"willen": "strategy", "kunnen": "capacity", "mogen": "legitimacy"})
CHOICES = Phrase("problem.or", {"first": ", ".join(CORNERS[:-1]), "last": CORNERS[-1]})


def read_corner(checker: Checker, node: Node, where: Said) -> str | None:
    """One of CORNERS; the essay's Dutch words willen, kunnen and mogen are accepted for them."""
    if is_null(node) or (isinstance(node, ScalarNode) and node.value == ""):
        checker.report(node, Phrase("problem.corner.empty", {"whole": where, "choices": CHOICES}))
        return None
    if not isinstance(node, ScalarNode) or node.tag != STR:
        checker.report(
            node,
            Phrase("problem.corner.shape", {"whole": where, "choices": CHOICES, "given": describe(node)}),
        )
        return None
    value = str(node.value)
    if value in CORNERS:
        return value
    if value in CORNER_ALIASES:
        return CORNER_ALIASES[value]
    hint = suggestion(value, (*CORNERS, *CORNER_ALIASES)) or Phrase(
        "problem.corner.write", {"choices": CHOICES}
    )
    checker.report(node, Phrase("problem.corner.unknown", {"value": short(value), "hint": hint}))
    return None


def read_corner_list(checker: Checker, node: Node, what: str, where: Said) -> tuple[str, ...]:
    """`serves` or `harms` of an option: a list of corners, each once."""
    return _each_once(
        checker,
        checker.words(
            node, Phrase("problem.of", {"part": f"'{what}'", "whole": where}), "[strategy, legitimacy]"
        ),
        lambda item: read_corner(checker, item, Phrase("problem.of", {"part": f"'{what}'", "whole": where})),
        lambda corner: Phrase(
            "problem.corner.twice",
            {"what": Phrase("problem.of", {"part": f"'{what}'", "whole": where}), "corner": corner},
        ),
    )


def read_aspects(checker: Checker, node: Node, where: Said) -> tuple[str, ...]:
    """A card's `aspects`: the essay's aspects 4a-4c, 5a-5b and 6a-6d, each once."""
    choices = ", ".join(ASPECTS)

    def aspect(item: Node) -> str | None:
        if not isinstance(item, ScalarNode) or is_null(item):
            checker.report(
                item,
                Phrase("problem.aspect.shape", {"whole": where, "choices": choices, "given": describe(item)}),
            )
            return None
        value = str(item.value).strip().lower()
        if value not in ASPECTS:
            hint = suggestion(value, ASPECTS) or Phrase("problem.aspect.these", {"choices": choices})
            checker.report(
                item,
                Phrase(
                    "problem.aspect.unknown", {"value": short(str(item.value)), "whole": where, "hint": hint}
                ),
            )
            return None
        return value

    return _each_once(
        checker,
        checker.words(node, Phrase("problem.of", {"part": "'aspects'", "whole": where}), "[4a, 6c]"),
        aspect,
        lambda value: Phrase("problem.aspect.twice", {"value": value, "whole": where}),
    )


def _each_once(
    checker: Checker,
    items: list[Node],
    read: Callable[[Node], str | None],
    twice: Callable[[str], Phrase],
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
