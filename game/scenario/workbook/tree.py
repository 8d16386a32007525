"""A workbook's sheets as the YAML node tree a scenario file gives, each node marked with its cell.

The schema then reads the tree as it reads a YAML file, so every problem has the same wording and
suggestions, placed at a cell ("scenario.xlsx:Opties!D14: ..."). What only a spreadsheet can get wrong
is found here, with a message of its own: a missing or renamed sheet or column, an unknown meter in a
header, text in an effect column, a number the spreadsheet turned into a date, a formula, merged cells,
an empty label and a card with two rows.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from yaml.error import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.errors import Phrase
from game.scenario.errors import Problem, Said
from game.scenario.nodes import (
    BOOL,
    FLOAT,
    INT,
    LOST_WORD,
    NULL,
    NUMBER_EXAMPLE,
    STR,
    CellMark,
    Consequence,
    Explained,
    closest,
    suggestion,
)
from game.scenario.workbook import layout
from game.scenario.workbook.cells import Cell, Sheet, cell_name

MAP = "tag:yaml.org,2002:map"
SEQ = "tag:yaml.org,2002:seq"
TRUE_WORDS = {"true", "ja", "yes", "waar", "x", "1", "wahr"}
FALSE_WORDS = {"false", "nee", "no", "onwaar", "0"}
FOLLOW_UP = re.compile(r"^\s*([^:\s]+)\s*(?::\s*(\S+))?\s*$")
NUMBER_TEXT = re.compile(r"^[-+\u2212]?\d+([.,]\d+)?$")
# a number of the Scenario sheet that is not one: the example the schema gives for it
EXAMPLES = {"format": "1", "years": "2", "turns_per_year": "3", "start_year": "2027"}


@dataclass
class Reader:
    """Turns the sheets into nodes, collecting the problems only a spreadsheet has."""

    filename: str
    sheets: dict[str, Sheet]
    order: dict[str, int]
    problems: list[Problem] = field(default_factory=list)
    languages: tuple[str, ...] = ("nl",)
    explained: Explained = field(default_factory=Explained)  # what the schema need not say again
    refused: dict[tuple[str, int, int], str] = field(default_factory=dict)  # cell -> the place saying why
    renamed: dict[tuple[str, str], int] = field(default_factory=dict)  # (sheet, column meant) -> column
    lost_options: dict[str, str] = field(default_factory=dict)  # card id -> why an option row is unread
    unread: dict[str, str] = field(default_factory=dict)  # sheet -> the place saying why it is not read

    # -- places --------------------------------------------------------------------------

    def mark(self, sheet: str, row: int, column: int) -> CellMark:
        line = self.order.get(sheet, 99) * 1_000_000 + row
        return CellMark(self.filename, cell_name(sheet, row, column), line, column)

    def report(
        self, sheet: str, row: int, column: int, message: Said, structure: bool = False, cause: str = ""
    ) -> None:
        """A problem at a cell; one at a refused cell follows from the problem that refused it."""
        mark = self.mark(sheet, row, column)
        cause = cause or self.refused.get((sheet, row, column), "")
        self.problems.append(
            Problem.of(
                self.filename,
                mark.line + 1,
                column + 1,
                message,
                cell=mark.cell,
                structure=structure,
                cause=cause,
            )
        )

    def refuse(self, sheet: str, row: int, column: int, message: Said) -> None:
        """A structure problem at a cell whose value is not read; what follows from it names it."""
        self.report(sheet, row, column, message, structure=True)
        self.refused[(sheet, row, column)] = cell_name(sheet, row, column)

    def lose_row(self, sheet: str, row: int, column: int) -> None:
        """The words of a row that is not read because of its cell at `column` (refused, or empty)."""
        cause = self.refused.get((sheet, row, column), cell_name(sheet, row, column))
        for cell in self.sheets[sheet].rows[row]:
            self.lose(cell, cause)

    def lose(self, cell: Cell, cause: str) -> None:
        """Remember the words of a cell that is not read, with the place of the problem that says why."""
        if isinstance(cell.value, str):
            for word in LOST_WORD.findall(cell.value):
                self.explained.lost.setdefault(word, cause)

    # -- why a value is missing -------------------------------------------------------------

    def gap(self, sheet: str, row: int, columns: dict[str, int], name: str) -> Consequence | None:
        """Why the column `name` gives this row no value, when a structure problem says why: its cell was
        refused, or the column is missing because another was named close to it (then the gap is at
        that column's cell)."""
        if name in columns:
            cause = self.refused.get((sheet, row, columns[name]))
            return Consequence(cause, self.mark(sheet, row, columns[name])) if cause else None
        column = self.renamed.get((sheet, name))
        if column is None:
            return None
        return Consequence(cell_name(sheet, 0, column), self.mark(sheet, row, column))

    def text_columns(self, key: str) -> list[str]:
        """The columns of a text, one per language: title_nl, title_en."""
        return [f"{key}_{lang}" for lang in self.languages]

    def explain_missing(
        self, node: MappingNode, sheet: str, row: int, columns: dict[str, int], keys: dict[str, list[str]]
    ) -> None:
        """For each key that `node` lacks, read from the columns named with it: why, when a structure
        problem says so (the first of its columns that does)."""
        present = {key.value for key, _ in node.value if isinstance(key, ScalarNode)}
        for key, names in keys.items():
            gaps = (self.gap(sheet, row, columns, name) for name in names)
            gap = None if key in present else next((gap for gap in gaps if gap is not None), None)
            if gap is not None:
                self.explained.missing[(id(node), key)] = gap

    # -- values --------------------------------------------------------------------------

    def usable(self, sheet: str, row: int, column: int) -> Cell | None:
        """The cell, or None when it is empty or holds what a spreadsheet should not (said here)."""
        cell = self.sheets[sheet].cell(row, column)
        if cell.merged is not None:
            return None  # said once per merged range (merged_ranges)
        if (sheet, row, column) in self.refused:
            return None  # said once
        if cell.problem is not None:
            self.refuse(sheet, row, column, cell.problem)
            return None
        if cell.formula is not None:
            formula = cell.formula if len(cell.formula) <= 40 else cell.formula[:37] + "..."
            self.refuse(sheet, row, column, Phrase("problem.cell.formula", {"formula": formula}))
            return None
        if isinstance(cell.value, datetime.date | datetime.time):
            self.refuse(sheet, row, column, Phrase("problem.cell.date", {"shown": _shown_date(cell.value)}))
            return None
        return None if cell.empty else cell

    def scalar(self, sheet: str, row: int, column: int, strip: bool = True) -> ScalarNode | None:
        """The cell as a plain value (text, number, true/false), marked with its cell; None if empty."""
        cell = self.usable(sheet, row, column)
        if cell is None:
            return None
        mark = self.mark(sheet, row, column)
        value = cell.value
        if isinstance(value, bool):
            return ScalarNode(BOOL, "true" if value else "false", mark, mark)
        if isinstance(value, int):
            return ScalarNode(INT, str(value), mark, mark)
        if isinstance(value, float):
            return (
                ScalarNode(INT, str(int(value)), mark, mark)
                if value.is_integer()
                else ScalarNode(FLOAT, repr(value), mark, mark)
            )
        return ScalarNode(STR, str(value).strip() if strip else str(value), mark, mark)

    def number(
        self, sheet: str, row: int, column: int, what: Said, example: Said = NUMBER_EXAMPLE
    ) -> ScalarNode | None:
        """A number; text that reads as one ("5", "-2,5") counts, other text is said in a spreadsheet's
        words, with an `example` that fits the field."""
        node = self.scalar(sheet, row, column)
        if node is None or node.tag != STR:
            return node
        text = node.value.replace("\u2212", "-")
        if NUMBER_TEXT.match(text):
            value = float(text.replace(",", "."))
            tag, shown = (INT, str(int(value))) if value.is_integer() else (FLOAT, repr(value))
            return ScalarNode(tag, shown, node.start_mark, node.end_mark)
        self.report(
            sheet,
            row,
            column,
            Phrase("problem.cell.not_number", {"what": what, "value": node.value, "example": example}),
        )
        return None

    def flag(self, sheet: str, row: int, column: int) -> ScalarNode | None:
        """true/false from a checkbox, TRUE/FALSE, ja/nee, yes/no, x or 1/0."""
        node = self.scalar(sheet, row, column)
        if node is None or node.tag == BOOL:
            return node
        word = str(node.value).strip().lower()
        if word in TRUE_WORDS or word in FALSE_WORDS:
            return ScalarNode(BOOL, "true" if word in TRUE_WORDS else "false", node.start_mark, node.end_mark)
        what = Phrase("problem.column.the", {"name": self.sheets[sheet].cell(0, column).value})
        self.report(
            sheet, row, column, Phrase("problem.cell.not_yes_no", {"what": what, "value": node.value})
        )
        return None  # (said here in a spreadsheet's words: the schema's would say true or false)

    def words(self, sheet: str, row: int, column: int) -> SequenceNode | None:
        """A list typed with commas ("privacy, inclusion"), each item marked with the cell."""
        node = self.scalar(sheet, row, column)
        if node is None:
            return None
        mark = node.start_mark
        items = [part.strip() for part in str(node.value).split(",") if part.strip()]
        return SequenceNode(
            SEQ, [ScalarNode(STR, item, mark, mark) for item in items], mark, mark, flow_style=True
        )

    def text(self, sheet: str, row: int, columns: dict[str, int], key: str) -> Node | None:
        """A text from its language columns (key_nl, key_en): one language is a plain text, more are a
        mapping per language; None when every one of them is empty."""
        parts: list[tuple[ScalarNode, ScalarNode]] = []
        for lang in self.languages:
            column = columns.get(f"{key}_{lang}")
            if column is None:
                continue
            value = self.scalar(sheet, row, column, strip=False)  # a text is kept as typed
            if value is not None:
                if value.tag != STR:  # a number or true/false in a text column is text
                    value = ScalarNode(STR, str(value.value), value.start_mark, value.end_mark)
                parts.append((ScalarNode(STR, lang, value.start_mark, value.end_mark), value))
        if not parts:
            return None
        if len(self.languages) == 1:
            return parts[0][1]
        mark = parts[0][1].start_mark
        node = MappingNode(MAP, parts, mark, mark)
        given = {lang.value for lang, _ in parts}
        for lang in self.languages:
            name = f"{key}_{lang}"
            gap = None if lang in given else self.gap(sheet, row, columns, name)
            if gap is None and lang not in given and name in columns:
                gap = Consequence("", self.mark(sheet, row, columns[name]))  # its own empty cell
            if gap is not None:
                self.explained.missing[(id(node), lang)] = gap
        return node

    # -- sheets --------------------------------------------------------------------------

    def columns(self, sheet: str, extra: bool = False) -> dict[str, int] | None:
        """The header row: name -> column, against the sheet's columns in layout.py. Unknown names are
        reported (unless `extra`: then they are returned, for 'Opties' to read as meters); a missing
        required column too (None)."""
        known = layout.headers(sheet, self.languages)
        required = layout.required(sheet)
        header = self.sheets[sheet].rows[0] if self.sheets[sheet].rows else []
        found: dict[str, int] = {}
        strange: list[str] = []
        names = {cell.value.strip() for cell in header if isinstance(cell.value, str)}
        for index, cell in enumerate(header):
            if cell.empty or not isinstance(cell.value, str):
                if not cell.empty:
                    self.report(sheet, 0, index, Phrase("problem.column.not_text"), structure=True)
                    self.lose_column(sheet, index)
                continue
            name = cell.value.strip()
            if name in found:
                first = cell_name(sheet, 0, found[name])
                message = Phrase("problem.column.twice", {"name": name, "first": first})
                self.report(sheet, 0, index, message, structure=True)
                self.lose_column(sheet, index)
                continue
            if name not in known:
                strange.append(name)
                meant = closest(name, known)
                if meant is not None and meant not in names:
                    self.renamed.setdefault((sheet, meant), index)
                if not extra:
                    hint = Phrase("problem.hint.meant", {"name": meant}) if meant else ""
                    message = Phrase("problem.column.unknown", {"name": name, "sheet": sheet, "hint": hint})
                    self.report(sheet, 0, index, message, structure=True)
                    self.lose_column(sheet, index)
                    continue
            found[name] = index
        missing = [name for name in required if name not in found]
        for name in missing:
            meant = closest(name, strange)
            hint = Phrase("problem.hint.meant", {"name": meant}) if meant else ""
            renamed = self.renamed.get((sheet, name))
            cause = cell_name(sheet, 0, renamed) if renamed is not None else ""
            message = Phrase("problem.column.missing", {"sheet": sheet, "name": name, "hint": hint})
            self.report(sheet, 0, len(header), message, structure=True, cause=cause)
        if missing:  # nothing of the sheet is read: what follows from that names this problem
            self.unread[sheet] = cell_name(sheet, 0, len(header))
            for row in self.rows(sheet):
                for cell in self.sheets[sheet].rows[row]:
                    self.lose(cell, self.unread[sheet])
        return None if missing else found

    def lose_column(self, sheet: str, column: int) -> None:
        """The words of a column that is not read, each with the place of its header."""
        cause = cell_name(sheet, 0, column)
        for row in self.rows(sheet):
            self.lose(self.sheets[sheet].cell(row, column), cause)

    def header_column(self, sheet: str, name: str) -> int | None:
        """The column headed `name`, if there is one (nothing reported: `columns` does that)."""
        header = self.sheets[sheet].rows[0] if self.sheets[sheet].rows else []
        return next((index for index, cell in enumerate(header) if cell.value == name), None)

    def rows(self, sheet: str) -> range:
        return range(1, len(self.sheets[sheet].rows))

    def blank(self, sheet: str, row: int) -> bool:
        return all(cell.empty for cell in self.sheets[sheet].rows[row])


def entry(key: str, value: Node, mark: Mark) -> tuple[ScalarNode, Node]:
    return ScalarNode(STR, key, mark, mark), value


def workbook_tree(
    filename: str, sheets: Sequence[Sheet]
) -> tuple[MappingNode | None, list[Problem], Explained]:
    """The scenario's node tree (None when a sheet it needs is missing), the spreadsheet's own problems,
    and what those explain already (the schema stays quiet about some nodes and names their cause for
    others)."""
    by_name = {sheet.name: sheet for sheet in sheets}
    reader = Reader(filename, by_name, {name: index for index, name in enumerate(layout.SHEETS)})
    missing = [name for name in layout.REQUIRED_SHEETS if name not in by_name]
    others = [sheet for sheet in by_name if sheet not in layout.SHEETS]
    for name in missing:
        meant = closest(name, others)
        hint = Phrase("problem.hint.meant", {"name": meant}) if meant else ""
        cause = cell_name(meant, 0, 0) if meant else ""  # the sheet that was renamed says it first
        message = Phrase("problem.sheet.missing", {"name": name, "hint": hint})
        reader.report(name, 0, 0, message, structure=True, cause=cause)
    for name in others:
        hint = suggestion(name, [sheet for sheet in layout.SHEETS if sheet not in by_name])
        reader.report(
            name, 0, 0, Phrase("problem.sheet.unknown", {"name": name, "hint": hint}), structure=True
        )
    if missing:
        return None, reader.problems, reader.explained
    _merged_ranges(reader)
    top = _scenario(reader)
    mark = reader.mark(layout.SCENARIO, 0, 0)
    meters, meter_ids, year_end = _meters(reader)
    if meters is not None:
        top.append(entry("meters", meters, reader.mark(layout.METERS, 0, 0)))
    themes = _keyed(reader, layout.THEMES)
    if themes is not None:
        top.append(entry("themes", themes, reader.mark(layout.THEMES, 0, 0)))
    if layout.SPEAKERS in by_name:
        speakers = _keyed(reader, layout.SPEAKERS)
        if speakers is not None and speakers.value:
            top.append(entry("speakers", speakers, reader.mark(layout.SPEAKERS, 0, 0)))
    if year_end is not None:
        top.append(year_end)
    cards = _cards(reader, meter_ids)
    if cards is not None:
        top.append(entry("cards", cards, reader.mark(layout.CARDS, 0, 0)))
    for sheet, key in ((layout.ENDINGS, "endings"), (layout.PROFILES, "profiles")):
        outcomes = _outcomes(reader, sheet) if sheet in by_name else None
        if outcomes is not None and outcomes.value:
            top.append(entry(key, outcomes, reader.mark(sheet, 0, 0)))
        else:
            reader.explained.empty_sheets[key] = reader.mark(sheet, 0, 0) if sheet in by_name else None
    if layout.DEBRIEF in by_name:
        debrief = _debrief(reader)
        if debrief is not None:
            top.append(entry("debrief", debrief, reader.mark(layout.DEBRIEF, 0, 0)))
    root = MappingNode(MAP, top, mark, mark)
    for sheet, key in ((layout.METERS, "meters"), (layout.THEMES, "themes"), (layout.CARDS, "cards")):
        if sheet in reader.unread:
            reader.explained.missing[(id(root), key)] = Consequence(reader.unread[sheet])
    return root, reader.problems, reader.explained


def _merged_ranges(reader: Reader) -> None:
    """Each range of merged cells, once, at its first cell: a value needs a cell of its own. No cell of
    the range is read; what follows from that names the first cell."""
    for name, sheet in reader.sheets.items():
        first: dict[str, str] = {}
        for row, cells in enumerate(sheet.rows):
            for column, cell in enumerate(cells):
                if cell.merged is None:
                    continue
                if cell.merged not in first:
                    first[cell.merged] = cell_name(name, row, column)
                    message = Phrase("problem.cell.merged", {"cells": cell.merged})
                    reader.report(name, row, column, message, structure=True)
                reader.refused[(name, row, column)] = first[cell.merged]
                reader.lose(cell, first[cell.merged])


def _scenario(reader: Reader) -> list[tuple[ScalarNode, Node]]:
    """The 'Scenario' sheet: a key per row, its value beside it (a text in its language columns)."""
    sheet = layout.SCENARIO
    rows = reader.sheets[sheet].rows
    header = [cell.value.strip() if isinstance(cell.value, str) else "" for cell in (rows[0] if rows else [])]
    found: dict[str, tuple[int, ScalarNode]] = {}
    for row in reader.rows(sheet):
        key_node = reader.scalar(sheet, row, 0)
        if key_node is not None:
            found.setdefault(str(key_node.value), (row, key_node))
    listed: SequenceNode | None = None
    if "languages" in found:
        listed = reader.words(sheet, found["languages"][0], 1)
    named = tuple(str(item.value) for item in listed.value) if listed is not None else ()
    reader.languages = named or tuple(name for name in header[2:] if name) or ("nl",)
    top: list[tuple[ScalarNode, Node]] = []
    for key, (row, key_node) in found.items():
        value: Node | None
        if key in layout.SCENARIO_TEXTS:
            columns = {f"{key}_{lang}": 2 + index for index, lang in enumerate(header[2:])}
            value = reader.text(sheet, row, columns, key) or reader.scalar(sheet, row, 1)
        elif key == "languages":
            value = listed
        elif key in ("format", "years", "turns_per_year", "start_year"):
            value = reader.number(sheet, row, 1, f"'{key}'", EXAMPLES.get(key, "1"))
        else:
            value = reader.scalar(sheet, row, 1)
        if value is None:
            mark = reader.mark(sheet, row, 1)
            value = ScalarNode(NULL, "", mark, mark)  # the schema says what belongs there
        top.append((key_node, value))
    return top


def _by_id(
    reader: Reader, sheet: str, numbers: tuple[str, ...], plain: tuple[str, ...]
) -> tuple[MappingNode | None, list[tuple[int, ScalarNode]]]:
    """Meters, themes or speakers: id -> {name, the `numbers`, the `plain` values}; and each row's id."""
    columns = reader.columns(sheet)
    if columns is None:
        return None, []
    items: list[tuple[ScalarNode, Node]] = []
    ids: list[tuple[int, ScalarNode]] = []
    for row in reader.rows(sheet):
        if reader.blank(sheet, row):
            continue
        key = reader.scalar(sheet, row, columns["id"])
        mark = reader.mark(sheet, row, columns["id"])
        fields: list[tuple[ScalarNode, Node]] = []
        name = reader.text(sheet, row, columns, "name")
        if name is not None:
            fields.append(entry("name", name, mark))
        for field_key in (*numbers, *plain):
            if field_key in columns:
                column = columns[field_key]
                value = (
                    reader.number(sheet, row, column, Phrase("problem.column.the", {"name": field_key}), "50")
                    if field_key in numbers
                    else reader.scalar(sheet, row, column)
                )
                if value is not None:
                    fields.append(entry(field_key, value, mark))
        if key is None:
            reader.report(sheet, row, columns["id"], Phrase("problem.row.no_id"))
            reader.lose_row(sheet, row, columns["id"])
            continue
        ids.append((row, key))
        node = MappingNode(MAP, fields, mark, mark)
        reader.explain_missing(
            node, sheet, row, columns, {"name": reader.text_columns("name"), "start": ["start"]}
        )
        items.append((key, node))
    mark = reader.mark(sheet, 0, 0)
    return MappingNode(MAP, items, mark, mark), ids


def _meters(reader: Reader) -> tuple[MappingNode | None, list[str], tuple[ScalarNode, Node] | None]:
    """The meters, their ids, and the year-end effects from their 'year_end' column."""
    sheet = layout.METERS
    meters, ids = _by_id(reader, sheet, ("start", "min", "max"), ("icon", "corner"))
    column = reader.header_column(sheet, "year_end")
    effects: list[tuple[ScalarNode, Node]] = []
    for row, key in ids:
        value = (
            reader.number(sheet, row, column, Phrase("problem.column.year_end"))
            if column is not None
            else None
        )
        if value is not None:  # a node of its own: the tree never holds one node twice (a YAML alias)
            effects.append((ScalarNode(STR, key.value, key.start_mark, key.end_mark), value))
    year_end = None
    if effects and column is not None:
        mark = reader.mark(sheet, 0, column)
        block = MappingNode(MAP, [entry("effects", MappingNode(MAP, effects, mark, mark), mark)], mark, mark)
        year_end = entry("year_end", block, mark)
    return meters, [str(key.value) for _, key in ids], year_end


def _keyed(reader: Reader, sheet: str) -> MappingNode | None:
    """Themes (id -> {name, corner}) or speakers (id -> {name, icon})."""
    other = "corner" if sheet == layout.THEMES else "icon"
    return _by_id(reader, sheet, (), (other,))[0]


def _cards(reader: Reader, meter_ids: list[str]) -> SequenceNode | None:
    sheet = layout.CARDS
    columns = reader.columns(sheet)
    options = _options(reader, meter_ids)
    if columns is None:
        return None
    cards: list[Node] = []
    first_row: dict[str, int] = {}
    for row in reader.rows(sheet):
        if reader.blank(sheet, row):
            continue
        mark = reader.mark(sheet, row, columns["id"])
        fields: list[tuple[ScalarNode, Node]] = []
        card_id = reader.scalar(sheet, row, columns["id"])
        if card_id is not None:
            key = str(card_id.value)
            if key in first_row:
                first = cell_name(sheet, first_row[key], columns["id"])
                reader.report(
                    sheet,
                    row,
                    columns["id"],
                    Phrase("problem.row.second", {"card": key, "first": first}),
                )
                continue
            first_row[key] = row
            fields.append(entry("id", card_id, mark))
        speaker = reader.scalar(sheet, row, columns["speaker"]) if "speaker" in columns else None
        speaker = speaker or reader.text(sheet, row, columns, "speaker")  # type: ignore[assignment]
        if speaker is not None:
            fields.append(entry("speaker", speaker, mark))
        for key_name in ("title", "text"):
            text = reader.text(sheet, row, columns, key_name)
            if text is not None:
                fields.append(entry(key_name, text, mark))
        for key_name in ("themes", "aspects"):  # lists typed with commas
            if key_name in columns:
                listed = reader.words(sheet, row, columns[key_name])
                if listed is not None:
                    fields.append(entry(key_name, listed, mark))
        if card_id is not None and options is not None:
            own = options.pop(str(card_id.value), [])
            listed = SequenceNode(SEQ, own, mark, mark)
            lost = reader.lost_options.get(str(card_id.value))
            if lost is not None:  # its count is short by the rows that were not read
                reader.explained.missing[(id(listed), "")] = Consequence(lost)
            fields.append(entry("options", listed, mark))
        for key_name, read in (
            ("requires", reader.scalar),
            ("weight", None),
            ("scheduled_only", reader.flag),
            ("repeatable", reader.flag),
        ):
            if key_name in columns:
                value = (
                    reader.number(
                        sheet,
                        row,
                        columns[key_name],
                        Phrase("problem.column.the", {"name": "weight"}),
                        Phrase("problem.example.weight"),
                    )
                    if read is None
                    else read(sheet, row, columns[key_name])
                )
                if value is not None:
                    fields.append(entry(key_name, value, mark))
        at = [
            reader.number(
                sheet, row, columns[key_name], Phrase("problem.column.the", {"name": key_name}), "1"
            )
            if key_name in columns
            else None
            for key_name in ("at_year", "at_turn")
        ]
        if any(part is not None for part in at):
            at_mark = reader.mark(sheet, row, columns.get("at_year", columns["id"]))
            parts = [
                entry(name, part, at_mark)
                for name, part in zip(("year", "turn"), at, strict=True)
                if part is not None
            ]
            fixed = MappingNode(MAP, parts, at_mark, at_mark)
            reader.explain_missing(fixed, sheet, row, columns, {"year": ["at_year"], "turn": ["at_turn"]})
            fields.append(entry("at", fixed, at_mark))
        notes = reader.text(sheet, row, columns, "notes")
        if notes is not None:
            fields.append(entry("notes", notes, mark))
        card = MappingNode(MAP, fields, mark, mark)
        speaker_columns = ["speaker", *reader.text_columns("speaker")]
        texts = {key: reader.text_columns(key) for key in ("title", "text")}
        keys = {"id": ["id"], "options": ["id"], "speaker": speaker_columns, **texts}  # options go by id
        reader.explain_missing(card, sheet, row, columns, keys)
        unread_id = reader.refused.get((sheet, row, columns["id"]))
        if card_id is None and unread_id is not None:
            reader.explained.unread_card = reader.explained.unread_card or unread_id
        if options is None:
            reader.explained.quiet.add(id(card))  # the 'Opties' sheet cannot be read: its header says why
        cards.append(card)
    for unknown, rows in (options or {}).items():
        for option in rows:
            place = option.start_mark
            assert isinstance(place, CellMark)
            hint = suggestion(unknown, first_row)
            problem = Phrase("problem.row.unknown_card", {"card": unknown, "sheet": sheet, "hint": hint})
            cause = reader.explained.lost.get(unknown, reader.explained.unread_card)  # its row was not read
            reader.problems.append(
                Problem.of(
                    reader.filename, place.line + 1, place.column + 1, problem, cell=place.cell, cause=cause
                )
            )
    mark = reader.mark(sheet, 0, 0)
    return SequenceNode(SEQ, cards, mark, mark)


def _options(reader: Reader, meter_ids: list[str]) -> dict[str, list[Node]] | None:
    """The options by card id, in the order of their 'option' numbers (else their rows)."""
    sheet = layout.OPTIONS
    known = layout.headers(sheet, reader.languages)
    columns = reader.columns(sheet, extra=True)
    if columns is None:
        return None
    meters: dict[str, int] = {}
    for name, column in columns.items():
        if name in known:
            continue
        if name in meter_ids:
            meters[name] = column
        else:
            hint = (
                suggestion(name, meter_ids)
                or suggestion(name, known)
                or Phrase("problem.hint.meters", {"meters": ", ".join(meter_ids)})
            )
            message = Phrase("problem.column.no_meter", {"name": name, "hint": hint})
            reader.report(sheet, 0, column, message, structure=True)
            reader.lose_column(sheet, column)
    by_card: dict[str, list[tuple[float, int, Node]]] = {}
    for row in reader.rows(sheet):
        if reader.blank(sheet, row):
            continue
        card = reader.scalar(sheet, row, columns["card"])
        mark = reader.mark(sheet, row, columns["card"])
        if card is None:
            reader.report(sheet, row, columns["card"], Phrase("problem.row.no_card"))
            reader.lose_row(sheet, row, columns["card"])
            named = reader.sheets[sheet].cell(row, columns["card"]).value  # a merged cell's value, unread
            if isinstance(named, str) and named.strip():
                cause = reader.refused.get((sheet, row, columns["card"]), "")
                reader.lost_options.setdefault(named.strip(), cause)
            continue
        fields: list[tuple[ScalarNode, Node]] = []
        label = reader.text(sheet, row, columns, "label")
        if label is None:
            where = columns.get(f"label_{reader.languages[0]}", columns["card"])
            gaps = (reader.gap(sheet, row, columns, name) for name in reader.text_columns("label"))
            gap = next((gap for gap in gaps if gap is not None), None)
            if gap is not None and gap.at is not None:
                where = gap.at.column  # the column that was renamed
            reader.report(
                sheet,
                row,
                where,
                Phrase("problem.row.no_label", {"card": card.value}),
                cause=gap.cause if gap is not None else "",
            )
            mark_empty = reader.mark(sheet, row, where)
            label = ScalarNode(STR, "", mark_empty, mark_empty)
        fields.append(entry("label", label, mark))
        effects = []
        for meter, column in meters.items():
            value = reader.number(sheet, row, column, Phrase("problem.column.effect", {"name": meter}))
            if value is not None:
                header = reader.mark(sheet, row, column)
                effects.append((ScalarNode(STR, meter, header, header), value))
        fields.append(entry("effects", MappingNode(MAP, effects, mark, mark, flow_style=True), mark))
        for key_name in ("serves", "harms", "set", "unset"):  # lists typed with commas
            if key_name in columns:
                listed = reader.words(sheet, row, columns[key_name])
                if listed is not None:
                    fields.append(entry(key_name, listed, mark))
        if "then" in columns:
            then = _follow_ups(reader, sheet, row, columns["then"])
            if then is not None:
                fields.append(entry("then", then, mark))
        for key_name in ("red_line", "feedback"):
            text = reader.text(sheet, row, columns, key_name)
            if text is not None:
                fields.append(entry(key_name, text, mark))
        number = (
            reader.number(
                sheet, row, columns["option"], Phrase("problem.column.the", {"name": "option"}), "1"
            )
            if "option" in columns
            else None
        )
        order = float(number.value) if number is not None else float(row)
        by_card.setdefault(str(card.value), []).append((order, row, MappingNode(MAP, fields, mark, mark)))
    return {
        card: [node for _, _, node in sorted(items, key=lambda item: item[:2])]
        for card, items in by_card.items()
    }


def _follow_ups(reader: Reader, sheet: str, row: int, column: int) -> SequenceNode | None:
    """'card-id:2, other' -> [{card: card-id, after: 2}, {card: other}] (after 1 when left out)."""
    node = reader.scalar(sheet, row, column)
    if node is None:
        return None
    mark = node.start_mark
    items: list[Node] = []
    for part in str(node.value).split(","):
        if not part.strip():
            continue
        match = FOLLOW_UP.match(part)
        if match is None:
            reader.report(
                sheet,
                row,
                column,
                Phrase("problem.row.follow_up", {"part": part.strip()}),
            )
            continue
        fields = [entry("card", ScalarNode(STR, match.group(1), mark, mark), mark)]
        if match.group(2) is not None:
            after = match.group(2)
            fields.append(
                entry("after", ScalarNode(INT if after.isdigit() else STR, after, mark, mark), mark)
            )
        items.append(MappingNode(MAP, fields, mark, mark))
    return SequenceNode(SEQ, items, mark, mark)


def _outcomes(reader: Reader, sheet: str) -> SequenceNode | None:
    columns = reader.columns(sheet)
    if columns is None:
        return None
    items: list[Node] = []
    for row in reader.rows(sheet):
        if reader.blank(sheet, row):
            continue
        mark = reader.mark(sheet, row, columns["id"])
        fields: list[tuple[ScalarNode, Node]] = []
        outcome_id = reader.scalar(sheet, row, columns["id"])
        if outcome_id is not None:
            fields.append(entry("id", outcome_id, mark))
        if "when" in columns:
            when = reader.scalar(sheet, row, columns["when"])
            if when is not None:
                fields.append(entry("when", when, mark))
        for key_name in ("title", "text"):
            text = reader.text(sheet, row, columns, key_name)
            if text is not None:
                fields.append(entry(key_name, text, mark))
        outcome = MappingNode(MAP, fields, mark, mark)
        keys = {
            "id": ["id"],
            "when": ["when"],
            **{key: reader.text_columns(key) for key in ("title", "text")},
        }
        reader.explain_missing(outcome, sheet, row, columns, keys)
        items.append(outcome)
    mark = reader.mark(sheet, 0, 0)
    return SequenceNode(SEQ, items, mark, mark)


def _debrief(reader: Reader) -> MappingNode | None:
    """'Nabespreking': a row with an aspect is a question for it, a row with a statement id a statement;
    None when the sheet has neither (an empty sheet is no debrief section)."""
    sheet = layout.DEBRIEF
    columns = reader.columns(sheet)
    if columns is None:
        return None
    questions: dict[str, tuple[ScalarNode, list[Node]]] = {}  # by aspect as typed, in the order of rows
    statements: list[Node] = []
    for row in reader.rows(sheet):
        if reader.blank(sheet, row):
            continue
        aspect = reader.scalar(sheet, row, columns["aspect"]) if "aspect" in columns else None
        statement = reader.scalar(sheet, row, columns["statement"]) if "statement" in columns else None
        text = reader.text(sheet, row, columns, "text")
        first_text = columns.get(f"text_{reader.languages[0]}", columns.get("aspect", 0))
        if aspect is not None and statement is not None:
            reader.report(sheet, row, columns["statement"], Phrase("problem.row.both"))
            continue
        if aspect is None and statement is None:
            column = columns.get("aspect", columns.get("statement", 0))
            reader.report(sheet, row, column, Phrase("problem.row.neither"))
            continue
        if statement is not None:
            mark = statement.start_mark
            fields = [entry("id", statement, mark)]
            if text is not None:
                fields.append(entry("text", text, mark))
            statements.append(MappingNode(MAP, fields, mark, mark))
            continue
        assert aspect is not None
        if text is None:
            mark = reader.mark(sheet, row, first_text)
            text = ScalarNode(NULL, "", mark, mark)  # the schema says the question is empty
        key = str(aspect.value).strip().lower()
        key_node = ScalarNode(STR, key, aspect.start_mark, aspect.end_mark)
        questions.setdefault(key, (key_node, []))[1].append(text)
    mark = reader.mark(sheet, 0, 0)
    parts: list[tuple[ScalarNode, Node]] = []
    if questions:
        per_aspect = [
            (key_node, SequenceNode(SEQ, texts, key_node.start_mark, key_node.end_mark))
            for key_node, texts in questions.values()
        ]
        parts.append(entry("questions", MappingNode(MAP, per_aspect, mark, mark), mark))
    if statements:
        parts.append(entry("statements", SequenceNode(SEQ, statements, mark, mark), mark))
    return MappingNode(MAP, parts, mark, mark) if parts else None


def _shown_date(value: datetime.date | datetime.time) -> Said:
    """A date as the language writes it (1-1-2026, 2026-01-01), with its time of day if it has one."""
    if isinstance(value, datetime.time):
        return str(value)
    at = f" {value:%H:%M}" if isinstance(value, datetime.datetime) and value.time() != datetime.time() else ""
    return Phrase(
        "problem.cell.shown_date", {"day": value.day, "month": value.month, "year": value.year, "time": at}
    )
