"""Reading conditions (`requires`, `when`) and pointing at the exact column of a mistake in them."""

from __future__ import annotations

from yaml.nodes import Node, ScalarNode

from game.core.conditions import Condition, ConditionSyntaxError, parse_condition
from game.errors import Phrase
from game.scenario.errors import Said
from game.scenario.nodes import BOOL, Checker, cell_of, describe, is_null

_HINTS = {
    "=": Phrase("problem.condition.hint.equals"),
    "&": Phrase("problem.condition.hint.and"),
    "|": Phrase("problem.condition.hint.or"),
    "!": Phrase("problem.condition.hint.not"),
}


def read_condition(checker: Checker, node: Node, what: Said) -> Condition | None:
    """Parse a condition scalar; reports syntax errors at their column in the file."""
    if not isinstance(node, ScalarNode):
        checker.report(node, Phrase("problem.condition.shape", {"what": what, "given": describe(node)}))
        return None
    if is_null(node) or not str(node.value).strip():
        checker.report(node, Phrase("problem.condition.empty", {"what": what}))
        return None
    source = str(node.value)
    if node.tag == BOOL and source.lower() not in ("true", "false"):
        checker.report(node, Phrase("problem.condition.bool", {"value": source}))
        return None
    try:
        return parse_condition(source)
    except ConditionSyntaxError as error:
        message = Phrase("problem.condition.syntax", {"reason": error.reason, "hint": _hint(error)})
        report_within(checker, node, error.column, message)
        return None


def _hint(error: ConditionSyntaxError) -> Said:
    if error.reason.key != "problem.condition.reason.character":
        return ""
    return next(
        (hint for character, hint in _HINTS.items() if error.reason.params["character"] == repr(character)),
        "",
    )


def report_within(checker: Checker, node: ScalarNode, offset: int, message: Said, cause: str = "") -> None:
    """Report at character `offset` of a scalar's value; in a workbook, at its cell."""
    if cell_of(node):
        checker.report(node, message, cause=cause)
    else:
        checker.report_at(*locate(checker.text, node, offset), message, cause=cause)


def locate(text: str, node: ScalarNode, offset: int) -> tuple[int, int]:
    """The 0-based (line, column) in the file of character `offset` of a scalar's value.

    Exact for plain and quoted scalars (folded line breaks count as one space); block scalars
    (`|`, `>`) and unusual escapes fall back to the start of the value.
    """
    start, end = node.start_mark, node.end_mark
    if start is None or end is None:
        return 0, 0
    if node.style in ("|", ">"):
        return start.line, start.column
    raw = text[start.index : end.index]
    position = 1 if node.style in ("'", '"') else 0
    produced = 0
    while produced < offset and position < len(raw):
        character = raw[position]
        if character == "\n":
            position += 1
            while position < len(raw) and raw[position] in " \t":
                position += 1
        elif node.style == "'" and raw.startswith("''", position):
            position += 2
        elif node.style == '"' and character == "\\":
            position += _escape_length(raw, position)
        else:
            position += 1
        produced += 1
    line = start.line + raw.count("\n", 0, position)
    last_break = raw.rfind("\n", 0, position)
    column = start.column + position if last_break < 0 else position - last_break - 1
    return line, column


def _escape_length(raw: str, position: int) -> int:
    code = raw[position + 1 : position + 2]
    return {"x": 4, "u": 6, "U": 10}.get(code, 2)
