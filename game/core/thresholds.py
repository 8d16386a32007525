"""Where the game ends on each meter: the lines an ending's condition draws on a meter, for the meter bars.

An ending line is a comparison of one meter with a number (`budget <= 15`, or `15 >= budget`) inside an
ending's condition. A comparison reached from the condition's top through `or` only ends the term on its
own (`alone`); one joined by `and` to others ends it only together with them. A comparison that sits
beside anything else (a flag, `not`, `year`, a game figure, `==`) still gives its line when it is reached
through `or` only, because it then ends the term by itself; an `and` with anything but meter comparisons
gives no lines, since the meters alone do not say when it holds. A line the meter cannot cross (`budget < 0`
on a meter that stops at 0) is left out: it would mark a zone no game reaches.

The warning: a meter is near an `alone` line when it has not crossed it and is no further from it than
NEAR (a tenth) of the meter's range: 10 points on a 0-100 meter. A tenth is about one card's effect in
the shipped scenarios, so the warning comes one decision before the line can be crossed, not earlier.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from game.core.conditions import BoolOp, Compare, Literal, Name, Node
from game.core.model import Meter, Number, Scenario

SIDES = ("<", "<=", ">", ">=")  # the comparisons that draw a line; == and != mark a point, not a zone
_FLIPPED = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}  # `15 > budget` is `budget < 15`
NEAR = 0.1  # of the meter's range: how close to an ending line a meter warns


@dataclass(frozen=True)
class Line:
    """The term ends (with `alone`, by this line alone) when meter `meter` is `side` `value`."""

    meter: str
    side: str  # one of SIDES: the ending's side of the line
    value: float
    ending: str  # the ending's id
    alone: bool  # True: crossing this line ends the term; False: only with the rest of an `and`

    @property
    def falling(self) -> bool:
        """True when the danger lies below the line (`<`, `<=`)."""
        return self.side in ("<", "<=")

    def crossed(self, value: Number) -> bool:
        """True when `value` is on the ending's side of the line."""
        if self.side == "<":
            return value < self.value
        if self.side == "<=":
            return value <= self.value
        if self.side == ">":
            return value > self.value
        return value >= self.value


def ending_lines(scenario: Scenario) -> Mapping[str, tuple[Line, ...]]:
    """Each meter's ending lines, in the order of the endings and their conditions; meters without any
    are left out."""
    found: dict[str, list[Line]] = {}
    for ending in scenario.endings:
        if ending.when is None:
            continue
        for line in _lines(ending.when.tree, ending.id, scenario.meters_by_id, alone=True):
            if reachable(line, scenario.meter(line.meter)):
                found.setdefault(line.meter, []).append(line)
    return MappingProxyType({meter: tuple(lines) for meter, lines in found.items()})


def _lines(node: Node, ending: str, meters: Mapping[str, Meter], alone: bool) -> list[Line]:
    if isinstance(node, BoolOp) and node.operator == "or":
        return _lines(node.left, ending, meters, alone) + _lines(node.right, ending, meters, alone)
    if isinstance(node, BoolOp):
        if not _only_meters(node, meters):
            return []
        return _lines(node.left, ending, meters, False) + _lines(node.right, ending, meters, False)
    line = _line(node, ending, meters, alone)
    return [] if line is None else [line]


def _line(node: Node, ending: str, meters: Mapping[str, Meter], alone: bool) -> Line | None:
    if not isinstance(node, Compare) or node.operator not in SIDES:
        return None
    left, right, side = node.left, node.right, node.operator
    if isinstance(left, Literal) and isinstance(right, Name):
        left, right, side = right, left, _FLIPPED[side]
    if not (isinstance(left, Name) and left.name in meters and isinstance(right, Literal)):
        return None
    if isinstance(right.value, bool):  # `budget < true` parses; it is no line on the meter
        return None
    return Line(left.name, side, float(right.value), ending, alone)


def _only_meters(node: Node, meters: Mapping[str, Meter]) -> bool:
    """True when `node` is `and`/`or` over meter-against-number comparisons only."""
    if isinstance(node, BoolOp):
        return _only_meters(node.left, meters) and _only_meters(node.right, meters)
    return _line(node, "", meters, False) is not None


def reachable(line: Line, meter: Meter) -> bool:
    """True when a value the meter can hold (between its minimum and maximum) is on the ending's side."""
    return line.crossed(meter.minimum) or line.crossed(meter.maximum)


def near(line: Line, meter: Meter, value: Number) -> bool:
    """True when `value` has not crossed `line` yet but is within NEAR of the meter's range of it."""
    span = meter.maximum - meter.minimum
    return line.alone and not line.crossed(value) and abs(value - line.value) <= NEAR * span


def warned(lines: tuple[Line, ...], meter: Meter, value: Number) -> bool:
    """True when the meter should warn: near one of its own lines, or past one that ends the term."""
    return any(near(line, meter, value) or (line.alone and line.crossed(value)) for line in lines)


def crossed_lines(scenario: Scenario, ending_id: str, meters: Mapping[str, Number]) -> tuple[Line, ...]:
    """The lines of ending `ending_id` that the meters have crossed: what ended the term, in meter order.

    An `and` of meter lines names every meter of it; an `or` the ones crossed. Empty when the ending's
    condition draws no line (a flag, a game figure)."""
    lines = ending_lines(scenario)
    found: list[Line] = []
    for meter in scenario.meters:
        value = meters.get(meter.id, meter.start)
        for line in lines.get(meter.id, ()):
            if line.ending == ending_id and line.crossed(value):
                found.append(line)
                break  # one sentence per meter, even when it crossed two lines of the ending
    return tuple(found)
