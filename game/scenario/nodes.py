"""Typed reading of YAML nodes that records a Problem for every mismatch instead of raising."""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from yaml.constructor import ConstructorError, SafeConstructor
from yaml.error import Mark
from yaml.nodes import CollectionNode, MappingNode, Node, ScalarNode, SequenceNode

from game.errors import Phrase
from game.scenario.errors import Problem, Said, Severity
from game.scenario.limits import ALIAS, DEPTH, MAX_DEPTH, MAX_NUMBER

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"

_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")  # a name in conditions: meters and flags
LABEL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")  # an id no condition names: a '-' is fine there
LOST_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")  # an id or a name, as an unread value may hold one
_NUMBER_TEXT = re.compile(r"[-+]?\d+(\.\d+)?\Z")
NUMBER_EXAMPLE = Phrase("problem.example.number")  # what a number looks like, "5 or -10" in English
_constructor = SafeConstructor()


def closest(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The candidate closest to `word`, if one is close."""
    matches = difflib.get_close_matches(word, sorted(set(candidates)), n=1, cutoff=cutoff)
    return matches[0] if matches else None


def suggestion(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> Said:
    """A "did you mean" hint for the closest candidate, or an empty string when nothing is close."""
    match = closest(word, candidates, cutoff)
    return Phrase("problem.hint.meant", {"name": match}) if match else ""


def short(value: str, limit: int = 40) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 3] + "..."


def is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == NULL


def is_bool(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == BOOL


def bool_message(node: ScalarNode) -> Phrase:
    return Phrase("problem.bool_text", {"word": node.value})


def describe(node: Node) -> Said:
    """How a value looks to the author, for 'must be X, not Y' messages."""
    if isinstance(node, MappingNode):
        return Phrase("problem.a_block")
    if isinstance(node, SequenceNode):
        return Phrase("problem.a_list")
    if is_bool(node):
        return Phrase("problem.a_bool", {"value": node.value})
    return f"'{short(str(node.value))}'"


@dataclass
class Entry:
    """One key of a mapping with its key and value nodes."""

    key: str
    key_node: ScalarNode
    value: Node


@dataclass(frozen=True)
class Consequence:
    """Why a value or a key is missing: the place of the problem that explains it (`cause`; "" for a cell
    left empty), and where the author sees the gap when that is not the node's own place (`at`: the cell
    of a renamed column, or the empty cell)."""

    cause: str
    at: Mark | None = None


@dataclass
class Explained:
    """What reading a workbook said already, for the schema: nodes to say nothing about (`quiet`); keys
    and languages missing from a node because of an earlier problem (by the node's id and the key; ""
    for the node's own content); the words of cells left unread, each with the place of the problem
    that left it; and the place of a card id that could not be read (that card may be any card)."""

    quiet: set[int] = field(default_factory=set)
    missing: dict[tuple[int, str], Consequence] = field(default_factory=dict)
    lost: dict[str, str] = field(default_factory=dict)
    unread_card: str = ""
    # A key the workbook leaves out because its sheet has no rows: the sheet's first cell ("Eindes!A1");
    # None when the sheet itself is missing.
    empty_sheets: dict[str, Mark | None] = field(default_factory=dict)


@dataclass
class Checker:
    """Collects problems for one file while the schema reads its node tree."""

    filename: str
    text: str
    problems: list[Problem] = field(default_factory=list)
    _seen_mappings: set[int] = field(default_factory=set)
    _mappings: list[MappingNode] = field(default_factory=list)
    _ignored: set[int] = field(default_factory=set)  # nodes with a reported tag: no further messages
    explained: Explained = field(default_factory=Explained)

    # Reporting

    def report(
        self,
        node: Node,
        message: Said,
        severity: Severity = "error",
        *,
        about: str = "",
        structure: bool = False,
        cause: str = "",
    ) -> None:
        """A problem at `node`. When the reading explained already why `about` (a key or language of the
        node; "" for its content) is missing, the problem follows from that explanation."""
        if id(node) in self._ignored:
            return
        mark = node.start_mark
        known = self.explained.missing.get((id(node), about))
        if known is not None:
            cause, mark = cause or known.cause, known.at or mark
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        cell = mark.cell if isinstance(mark, CellMark) else ""
        self.problems.append(
            Problem.of(
                self.filename,
                line,
                column,
                message,
                severity=severity,
                cell=cell,
                structure=structure,
                cause=cause,
            )
        )

    def report_at(self, line: int, column: int, message: Said, cause: str = "") -> None:
        """Report at a 0-based line and column."""
        self.problems.append(Problem.of(self.filename, line + 1, column + 1, message, cause=cause))

    def explain(self, explained: Explained) -> None:
        """What the reading said already: its quiet nodes, its missing keys, its lost words."""
        self.explained = explained
        self._ignored.update(explained.quiet)

    def lost(self, word: str) -> str:
        """The place of the problem that left `word` unread (in a cell, or under a key), or that gave it
        wrongly (a follow-up naming a card that is not there as written); "" when none did."""
        return self.explained.lost.get(word, "")

    def lose_name(self, value: str, cause: str) -> None:
        """Remember the name a refused id was probably meant to be ('scan afval' for scan_afval)."""
        self.explained.lost.setdefault(re.sub(r"\W+", "_", value).strip("_"), cause)

    def lose(self, node: Node, cause: str) -> None:
        """Remember the ids and names under a node that is not read, with the place of the problem that
        says why: what is said about them later follows from it."""
        below = [node]
        while below:
            item = below.pop()
            if isinstance(item, ScalarNode) and LOST_WORD.fullmatch(str(item.value)):  # an id, not prose
                self.explained.lost.setdefault(str(item.value), cause)
            elif isinstance(item, MappingNode):
                below.extend(value for pair in item.value for value in pair)
            elif isinstance(item, SequenceNode):
                below.extend(item.value)

    @property
    def error_count(self) -> int:
        return sum(1 for problem in self.problems if problem.is_error)

    # Mappings

    def entries(self, node: MappingNode, noun: Said = "key") -> list[Entry]:
        """The entries of a mapping; reports keys that are not plain text and keys given twice."""
        self._seen_mappings.add(id(node))
        result: list[Entry] = []
        first_seen: dict[str, Said] = {}
        for key_node, value in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag == NULL:
                self.report(key_node, Phrase("problem.key_plain"))
                continue
            key = str(key_node.value)
            if key in first_seen:
                self.report(key_node, _duplicate_message(noun, key, first_seen[key]))
            else:
                first_seen[key] = first_place(key_node)
            result.append(Entry(key, key_node, value))
        return result

    def fields(
        self,
        node: Node,
        where: Said,
        required: Sequence[str],
        optional: Sequence[str] = (),
        elsewhere: Mapping[str, Said] | None = None,
    ) -> dict[str, Entry] | None:
        """The keys of a fixed-shape mapping; reports unknown and missing keys. None if not a mapping."""
        if not isinstance(node, MappingNode):
            message = Phrase("problem.must_block", {"what": where, "given": describe(node)})
            self.report(node, message, structure=True)
            return None
        allowed = (*required, *optional)
        found: dict[str, Entry] = {}
        renamed: dict[str, str] = {}  # an allowed key -> the place of the unknown key that is close to it
        for entry in self.entries(node):
            if entry.key in allowed:
                found[entry.key] = entry
            elif elsewhere and entry.key in elsewhere:
                message = Phrase(
                    "problem.key_elsewhere", {"word": entry.key, "what": where, "hint": elsewhere[entry.key]}
                )
                self.report(entry.key_node, message, structure=True)
                self.lose(entry.value, place_of(entry.key_node))
            else:
                meant = closest(entry.key, allowed)
                hint = Phrase("problem.hint.meant", {"name": meant}) if meant else ""
                message = Phrase("problem.unknown_key", {"word": entry.key, "what": where, "hint": hint})
                self.report(entry.key_node, message, structure=True)
                self.lose(entry.value, place_of(entry.key_node))
                if meant is not None:
                    renamed.setdefault(meant, place_of(entry.key_node))
        missing = [key for key in required if key not in found]
        if missing:
            quoted = [f"'{key}'" for key in missing]
            listed: Said = quoted[0]
            if len(quoted) > 1:
                listed = Phrase("problem.and", {"first": ", ".join(quoted[:-1]), "last": quoted[-1]})
            explained = all((id(node), key) in self.explained.missing for key in missing)
            cause = renamed[missing[0]] if all(key in renamed for key in missing) else ""
            self.report(
                node,
                Phrase("problem.missing_keys", {"what": where, "keys": listed}),
                about=missing[0] if explained else "",
                cause=cause,
            )
        return found

    def check_tags(self, root: Node) -> bool:
        """Report unsupported tags (before the schema reads the tree, which then skips those nodes), blocks
        nested deeper than MAX_DEPTH and a node met twice (a YAML alias, which compose refuses already).

        False when the schema must not read the tree: an aliased block would be read once per use.
        """
        level: list[Node] = [root]  # the nodes at one depth: the root is a block at depth 1
        visited: set[int] = set()
        depth = 1
        while level:
            below: list[Node] = []
            for node in level:
                if id(node) in visited:
                    self.report(node, ALIAS)
                    return False
                visited.add(id(node))
                if node.tag not in _PLAIN_TAGS:
                    tag = _short_tag(node.tag)
                    self.report(node, Phrase("problem.yaml_tag", {"tag": tag}), structure=True)
                    self._ignored.add(id(node))  # after reporting: nothing else is said about this value
                if isinstance(node, MappingNode):
                    self._mappings.append(node)
                    below.extend(value for pair in node.value for value in pair)
                elif isinstance(node, SequenceNode):
                    below.extend(node.value)
            if depth == MAX_DEPTH:
                deeper = next((node for node in below if isinstance(node, CollectionNode)), None)
                if deeper is not None:
                    self.report(deeper, DEPTH)
            level, depth = below, depth + 1
        return True

    def check_remaining_duplicates(self) -> None:
        """Report duplicate keys in the mappings the schema did not read itself (call after it)."""
        for node in self._mappings:
            if id(node) not in self._seen_mappings:
                self.entries(node)

    # Scalars

    def sequence(self, node: Node, what: Said, example: Said) -> list[Node]:
        if isinstance(node, SequenceNode):
            return list(node.value)
        if is_null(node):
            self.report(node, Phrase("problem.empty_list", {"what": what, "example": example}))
        else:
            message = Phrase("problem.must_list", {"what": what, "example": example, "given": describe(node)})
            self.report(node, message, structure=True)
            self.lose(node, place_of(node))
        return []

    def words(self, node: Node, what: Said, example: Said) -> list[Node]:
        """A list of short words; a single word on its own is accepted as a list of one."""
        if isinstance(node, ScalarNode) and node.tag == STR and node.value.strip():
            return [node]
        return self.sequence(node, what, example)

    def string(self, node: Node, what: Said) -> str | None:
        """A short text value such as an id reference; bools and empty values are reported."""
        if isinstance(node, ScalarNode):
            if is_bool(node):
                self.report(node, bool_message(node))
                return None
            if is_null(node) or node.value == "":
                self.report(node, Phrase("problem.empty", {"what": what}))
                return None
            return str(node.value)
        self.report(node, Phrase("problem.must_word", {"what": what, "given": describe(node)}))
        self.lose(node, place_of(node))
        return None

    def identifier(self, node: Node, what: Said) -> str | None:
        """A name in conditions (meters, flags): letters, digits and '_', not starting with a digit."""
        value = self.string(node, what)
        if value is not None and not IDENTIFIER.match(value):
            why: Said = ""
            if "-" in value and LABEL.match(value):
                why = Phrase("problem.hint.subtraction", {"value": value, "better": value.replace("-", "_")})
            self.report(node, Phrase("problem.identifier", {"what": what, "value": short(value), "why": why}))
            self.lose_name(value, place_of(node))
            return None
        return value

    def label(self, node: Node, what: Said) -> str | None:
        """An id no condition names (scenario, card, theme, speaker, ending, profile): letters, digits, '_'
        and '-', not starting with a digit or '-'."""
        value = self.string(node, what)
        if value is not None and not LABEL.match(value):
            self.report(node, Phrase("problem.label", {"what": what, "value": short(value)}))
            self.lose_name(value, place_of(node))
            return None
        return value

    def integer(self, node: Node, what: Said, example: Said = "3") -> int | None:
        if isinstance(node, ScalarNode) and node.tag == INT:
            try:
                value: int = _constructor.construct_yaml_int(node)
            except (ConstructorError, ValueError):
                pass
            else:
                return value if self._in_range(node, what, value) else None
        self._not_a_number(node, what, Phrase("problem.a_whole_number", {"example": example}))
        return None

    def number(self, node: Node, what: Said, example: Said = NUMBER_EXAMPLE) -> float | int | None:
        if isinstance(node, ScalarNode) and node.tag in (INT, FLOAT):
            try:
                value: float | int = (
                    _constructor.construct_yaml_int(node)
                    if node.tag == INT
                    else _constructor.construct_yaml_float(node)
                )
            except (ConstructorError, ValueError):
                value = math.nan
            if isinstance(value, int) or math.isfinite(value):
                return value if self._in_range(node, what, value) else None
        self._not_a_number(node, what, Phrase("problem.a_number", {"example": example}))
        return None

    def _in_range(self, node: Node, what: Said, value: float | int) -> bool:
        if -MAX_NUMBER <= value <= MAX_NUMBER:
            return True
        self.report(node, Phrase("problem.range", {"what": what, "max": MAX_NUMBER, "given": describe(node)}))
        return False

    def _not_a_number(self, node: Node, what: Said, expected: Said) -> None:
        if is_null(node):
            self.report(node, Phrase("problem.empty_must", {"what": what, "expected": expected}))
            return
        hint: Said = ""
        if isinstance(node, ScalarNode) and node.style in ("'", '"') and _NUMBER_TEXT.match(node.value):
            hint = Phrase("problem.hint.quotes")
        self.report(
            node,
            Phrase(
                "problem.must", {"what": what, "expected": expected, "given": describe(node), "hint": hint}
            ),
        )

    def boolean(self, node: Node, what: Said) -> bool | None:
        if isinstance(node, ScalarNode) and node.tag == BOOL:
            return bool(_constructor.construct_yaml_bool(node))
        self.report(node, Phrase("problem.must_bool", {"what": what, "given": describe(node)}))
        return None


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag


def _duplicate_message(noun: Said, key: str, first: Said) -> Phrase:
    if noun == "key":
        return Phrase("problem.key_twice", {"word": key, "first": first})
    return Phrase("problem.defined_twice", {"noun": noun, "word": key, "first": first})


class CellMark(Mark):
    """Where a value of a workbook is: its cell ("Opties!D14"). `line` and `column` (0-based) order the
    places: the sheet's number times a million plus the row, and the column."""

    def __init__(self, name: str, cell: str, line: int, column: int) -> None:
        super().__init__(name, 0, line, column, "", 0)
        self.cell = cell


def place_of(node: Node) -> str:
    """Where a node is, as Problem.place says it: "Kaarten!G1" in a workbook, "12:5" in a YAML file."""
    mark = node.start_mark
    if isinstance(mark, CellMark):
        return mark.cell
    return f"{mark.line + 1}:{mark.column + 1}" if mark is not None else "1:1"


def cell_of(node: Node) -> str:
    """The cell a node of a workbook came from; "" for a node of a YAML file."""
    mark = node.start_mark
    return mark.cell if isinstance(mark, CellMark) else ""


def in_workbook(node: Node) -> bool:
    """Whether the node came from a workbook (a cell) rather than a YAML file: the author's format."""
    return isinstance(node.start_mark, CellMark)


def first_place(node: Node) -> Phrase:
    """ "on line 12" in a YAML file, "in Kaarten!A3" in a workbook: where something first appeared."""
    cell = cell_of(node)
    if cell:
        return Phrase("problem.first.cell", {"cell": cell})
    mark = node.start_mark
    return Phrase("problem.first.line", {"line": mark.line + 1 if mark is not None else 1})
