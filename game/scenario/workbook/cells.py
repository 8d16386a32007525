"""Read the cells of a workbook (.xlsx with openpyxl, .ods with odfpy): values as typed, formulas, merges.

Nothing is evaluated: a formula is kept as its text (and refused later), a date as a date (a number the
spreadsheet turned into one), text as text (also text that starts with "="); but a formula that is only
TRUE or FALSE reads as that value (LibreOffice saves a yes/no cell as =TRUE()). Only the first MAX_ROWS
rows and MAX_COLUMNS columns are read. A damaged file is WorkbookUnreadable; a cell whose value cannot
be read carries its problem, said at the cell.
"""

from __future__ import annotations

import contextlib
import datetime
import io
import math
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.errors import Phrase
from game.scenario.workbook.archive import (
    SAVE_AGAIN,
    WorkbookUnreadable,
    check_merged_ranges,
    unreadable,
    workbook_kind,
)

__all__ = ["Cell", "Sheet", "Value", "WorkbookUnreadable", "cell_name", "column_letter", "read_workbook"]

Value = str | int | float | bool | datetime.date | datetime.datetime | datetime.time | None

MAX_ROWS = 5000
MAX_COLUMNS = 60
KINDS = {".xlsx": Phrase("problem.workbook.kind.xlsx"), ".ods": Phrase("problem.workbook.kind.ods")}
CONSTANT = re.compile(r"=\s*(TRUE|FALSE)\s*(?:\(\s*\))?\s*", re.IGNORECASE)  # =TRUE(), =false, = TRUE ( )


@dataclass(frozen=True)
class Cell:
    value: Value = None
    formula: str | None = None  # the formula typed in the cell ("=B2+1"); its value is not used
    merged: str | None = None  # the merged range this cell belongs to ("D4:E4")
    problem: Phrase | None = None  # why the cell's value cannot be read (a damaged number)

    @property
    def empty(self) -> bool:
        return (
            self.formula is None
            and self.problem is None
            and (self.value is None or (isinstance(self.value, str) and not self.value.strip()))
        )


@dataclass
class Sheet:
    name: str
    rows: list[list[Cell]] = field(default_factory=list)  # 0-based; rows may differ in length

    def cell(self, row: int, column: int) -> Cell:
        cells = self.rows[row] if row < len(self.rows) else []
        return cells[column] if column < len(cells) else Cell()


def column_letter(column: int) -> str:
    """'A' for 0, 'Z' for 25, 'AA' for 26."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_name(sheet: str, row: int, column: int) -> str:
    """'Opties!D14' for row 13, column 3 (0-based) of sheet 'Opties'."""
    return f"{sheet}!{column_letter(column)}{row + 1}"


def read_workbook(path: Path) -> list[Sheet]:
    """The sheets of an .xlsx or .ods file, in their order."""
    kind = workbook_kind(path)
    suffix = path.suffix.lower()
    if suffix in KINDS and kind != suffix:
        raise WorkbookUnreadable(
            key="problem.workbook.renamed", kind=KINDS[kind], name=path.name, suffix=kind
        )
    if kind == ".ods":
        return _read_ods(path)
    return _read_xlsx(path)


def _read_xlsx(path: Path) -> list[Sheet]:
    import openpyxl

    check_merged_ranges(path)
    try:
        # openpyxl warns of what it skips (extensions, odd dates) and prints a style it cannot find
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path, data_only=False, read_only=False)
    except OSError:
        raise
    except Exception as error:  # a damaged part raises whatever openpyxl's parsing meets (ParseError,
        # IndexError, TypeError, KeyError, ...): each means the file is damaged, and says no more
        raise unreadable(path, error) from None
    sheets = []
    for worksheet in book.worksheets:
        merged: dict[tuple[int, int], str] = {}
        for span in worksheet.merged_cells.ranges:
            for across in range(span.min_row, min(span.max_row, MAX_ROWS) + 1):
                for down in range(span.min_col, min(span.max_col, MAX_COLUMNS) + 1):
                    merged[(across - 1, down - 1)] = str(span.coord)
        sheet = Sheet(worksheet.title)
        rows = worksheet.iter_rows(
            max_row=min(MAX_ROWS, worksheet.max_row), max_col=min(MAX_COLUMNS, worksheet.max_column)
        )
        for row_index, row in enumerate(rows):
            cells = []
            for column_index, cell in enumerate(row):
                value = cell.value
                formula = problem = None
                if cell.data_type == "f":  # text typed as text ('=...) is data type "s": text
                    value, formula = _formula(str(value))
                elif isinstance(value, float) and not math.isfinite(value):
                    problem, value = _not_a_number(str(value)), None
                elif value is not None and not isinstance(
                    value, str | int | float | bool | datetime.date | datetime.time
                ):
                    value = str(value)  # rich text and the like: its text
                cells.append(Cell(value, formula, merged.get((row_index, column_index)), problem))
            sheet.rows.append(cells)
        sheets.append(sheet)
    return sheets


def _read_ods(path: Path) -> list[Sheet]:
    from odf.opendocument import load

    said = io.StringIO()
    try:
        # odfpy prints a part it cannot parse, whole, to stdout and goes on with what it read so far
        with contextlib.redirect_stdout(said):
            document = load(str(path))
    except OSError:
        raise
    except Exception as error:  # as for openpyxl: whatever its parsing meets in a damaged part
        raise unreadable(path, error) from None
    if said.getvalue():
        raise unreadable(path, ValueError(said.getvalue().strip().splitlines()[0]))
    spreadsheet = getattr(document, "spreadsheet", None)
    if spreadsheet is None:
        raise WorkbookUnreadable(key="problem.workbook.no_spreadsheet", again=SAVE_AGAIN)
    try:
        return _ods_sheets(spreadsheet)
    except RecursionError:  # odfpy walks its elements recursively: thousands of them inside each other
        raise WorkbookUnreadable(key="problem.workbook.nested", again=SAVE_AGAIN) from None


def _ods_sheets(spreadsheet: Any) -> list[Sheet]:
    """The sheets of an ODS document's spreadsheet element."""
    from odf.namespaces import OFFICENS, TABLENS
    from odf.table import Table, TableRow

    sheets = []
    for table in spreadsheet.getElementsByType(Table):
        sheet = Sheet(str(table.getAttrNS(TABLENS, "name")))
        spans: dict[tuple[int, int], str] = {}
        row_index = 0
        blank_rows = 0  # empty rows not yet added: only when a row with values follows (the end repeats)
        for row in table.getElementsByType(TableRow):
            repeat = _count(row.getAttrNS(TABLENS, "number-rows-repeated"), MAX_ROWS, sheet.name)
            cells: list[Cell] = []
            row_spans: list[tuple[int, int, int]] = []  # (first column, across, down) of merged cells
            for element in row.childNodes:
                if getattr(element, "qname", ("", ""))[1] not in ("table-cell", "covered-table-cell"):
                    continue  # also text between the cells of a damaged row
                get = element.getAttrNS
                times = _count(get(TABLENS, "number-columns-repeated"), MAX_COLUMNS, sheet.name)
                cell = _ods_cell(element, OFFICENS, TABLENS)
                across = _count(get(TABLENS, "number-columns-spanned"), MAX_COLUMNS, sheet.name)
                down = _count(get(TABLENS, "number-rows-spanned"), MAX_ROWS, sheet.name)
                if across > 1 or down > 1:
                    row_spans.append((len(cells), across, down))
                for _ in range(min(times, MAX_COLUMNS - len(cells))):
                    cells.append(cell)
                if len(cells) >= MAX_COLUMNS:
                    break
            if all(cell.empty for cell in cells):
                blank_rows += repeat
                continue
            for _ in range(min(blank_rows, MAX_ROWS - row_index)):
                sheet.rows.append([])
                row_index += 1
            blank_rows = 0
            for first, across, down in row_spans:  # placed now that the row's number is known
                last = column_letter(first + across - 1)
                span = f"{column_letter(first)}{row_index + 1}:{last}{row_index + down}"
                for r in range(row_index, row_index + down):
                    for c in range(first, first + across):
                        spans[(r, c)] = span
            for _ in range(min(repeat, MAX_ROWS - row_index)):
                sheet.rows.append(list(cells))
                row_index += 1
            if row_index >= MAX_ROWS:
                break
        for (r, c), span in spans.items():
            if r < len(sheet.rows) and c < len(sheet.rows[r]):
                old = sheet.rows[r][c]
                sheet.rows[r][c] = Cell(old.value, old.formula, span)
        sheets.append(sheet)
    return sheets


def _count(attribute: str | None, most: int, sheet: str) -> int:
    """A repeat or span count of an ODS row or cell (1 when absent), at most `most`: what is read of a
    sheet ends there."""
    if attribute is None:
        return 1
    try:
        count = int(attribute)
    except ValueError:
        raise WorkbookUnreadable(
            key="problem.workbook.repeats", sheet=sheet, value=attribute[:20], again=SAVE_AGAIN
        ) from None
    return max(1, min(count, most))


def _formula(text: str) -> tuple[Value, str | None]:
    """(True or False, None) for a formula that is only that constant, as LibreOffice saves a yes/no cell
    (its cached value is the same); (None, the formula) for any other, to be refused at its cell."""
    found = CONSTANT.fullmatch(text)
    if found is None:
        return None, text
    return found.group(1).upper() == "TRUE", None


def _not_a_number(shown: str) -> Phrase:
    return Phrase("problem.cell.unreadable_number", {"shown": repr(shown[:20])})


def _ods_cell(element: object, office: str, table: str) -> Cell:
    """One ODS cell: its value by its office:value-type, its formula, if any."""
    get = element.getAttrNS  # type: ignore[attr-defined]
    formula = get(table, "formula")
    kind = get(office, "value-type")
    from odf import teletype

    paragraphs = [node for node in element.childNodes if getattr(node, "qname", ("", ""))[1] == "p"]  # type: ignore[attr-defined]
    text = "\n".join(teletype.extractText(paragraph) for paragraph in paragraphs)
    if formula:
        constant, kept = _formula("=" + str(formula).split(":", 1)[-1].lstrip("="))
        return Cell(constant, kept)
    value: Value
    if kind in ("float", "percentage", "currency"):
        shown = get(office, "value")
        try:
            number = float(shown)
        except (TypeError, ValueError):  # no office:value, or no number in it
            return Cell(problem=_not_a_number(text if shown is None else str(shown)))
        if not math.isfinite(number):
            return Cell(problem=_not_a_number(str(shown)))
        value = int(number) if number.is_integer() else number
    elif kind == "boolean":
        value = get(office, "boolean-value") == "true"
    elif kind == "date":
        try:
            value = datetime.date.fromisoformat(str(get(office, "date-value"))[:10])
        except ValueError:
            return Cell(problem=Phrase("problem.cell.unreadable_date", {"shown": repr(text[:20])}))
    elif kind == "time":
        value = datetime.time()
    else:
        value = text or None
    return Cell(value)
