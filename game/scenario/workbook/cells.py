"""Read the cells of a workbook (.xlsx with openpyxl, .ods with odfpy): values as typed, formulas, merges.

Nothing is evaluated: a formula is kept as its text (and refused later), a date as a date (a number the
spreadsheet turned into one). Only the first MAX_ROWS rows and MAX_COLUMNS columns are read.
"""

from __future__ import annotations

import datetime
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

Value = str | int | float | bool | datetime.date | datetime.datetime | datetime.time | None

MAX_ROWS = 5000
MAX_COLUMNS = 60


class WorkbookUnreadable(Exception):
    """The file is not a workbook this game can read (damaged, password protected, another format)."""


@dataclass(frozen=True)
class Cell:
    value: Value = None
    formula: str | None = None  # the formula typed in the cell ("=B2+1"); its value is not used
    merged: str | None = None  # the merged range this cell belongs to ("D4:E4")

    @property
    def empty(self) -> bool:
        return self.formula is None and (
            self.value is None or (isinstance(self.value, str) and not self.value.strip())
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
    if path.suffix.lower() == ".ods":
        return _read_ods(path)
    return _read_xlsx(path)


def _read_xlsx(path: Path) -> list[Sheet]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, data_only=False, read_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise WorkbookUnreadable(str(error) or type(error).__name__) from None
    sheets = []
    for worksheet in book.worksheets:
        merged: dict[tuple[int, int], str] = {}
        for span in worksheet.merged_cells.ranges:
            for across in range(span.min_row, span.max_row + 1):
                for down in range(span.min_col, span.max_col + 1):
                    merged[(across - 1, down - 1)] = str(span.coord)
        sheet = Sheet(worksheet.title)
        rows = worksheet.iter_rows(
            max_row=min(MAX_ROWS, worksheet.max_row), max_col=min(MAX_COLUMNS, worksheet.max_column)
        )
        for row_index, row in enumerate(rows):
            cells = []
            for column_index, cell in enumerate(row):
                value = cell.value
                formula = None
                if cell.data_type == "f" or (
                    isinstance(value, str) and value.startswith("=") and len(value) > 1
                ):
                    formula, value = str(value), None
                elif value is not None and not isinstance(
                    value, str | int | float | bool | datetime.date | datetime.time
                ):
                    value = str(value)  # rich text and the like: its text
                cells.append(Cell(value, formula, merged.get((row_index, column_index))))
            sheet.rows.append(cells)
        sheets.append(sheet)
    return sheets


def _read_ods(path: Path) -> list[Sheet]:
    from odf.namespaces import OFFICENS, TABLENS
    from odf.opendocument import load
    from odf.table import Table, TableRow

    try:
        document = load(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise WorkbookUnreadable(str(error) or type(error).__name__) from None
    sheets = []
    for table in document.spreadsheet.getElementsByType(Table):
        sheet = Sheet(str(table.getAttrNS(TABLENS, "name")))
        spans: dict[tuple[int, int], str] = {}
        row_index = 0
        blank_rows = 0  # empty rows not yet added: only when a row with values follows (the end repeats)
        for row in table.getElementsByType(TableRow):
            repeat = int(row.getAttrNS(TABLENS, "number-rows-repeated") or 1)
            cells: list[Cell] = []
            row_spans: list[tuple[int, int, int]] = []  # (first column, across, down) of merged cells
            for element in row.childNodes:
                if element.qname[1] not in ("table-cell", "covered-table-cell"):
                    continue
                times = int(element.getAttrNS(TABLENS, "number-columns-repeated") or 1)
                cell = _ods_cell(element, OFFICENS, TABLENS)
                across = int(element.getAttrNS(TABLENS, "number-columns-spanned") or 1)
                down = int(element.getAttrNS(TABLENS, "number-rows-spanned") or 1)
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


def _ods_cell(element: object, office: str, table: str) -> Cell:
    """One ODS cell: its value by its office:value-type, its formula, if any."""
    get = element.getAttrNS  # type: ignore[attr-defined]
    formula = get(table, "formula")
    kind = get(office, "value-type")
    from odf import teletype

    paragraphs = [node for node in element.childNodes if getattr(node, "qname", ("", ""))[1] == "p"]  # type: ignore[attr-defined]
    text = "\n".join(teletype.extractText(paragraph) for paragraph in paragraphs)
    value: Value
    if kind in ("float", "percentage", "currency"):
        number = float(get(office, "value"))
        value = int(number) if number.is_integer() else number
    elif kind == "boolean":
        value = get(office, "boolean-value") == "true"
    elif kind == "date":
        value = datetime.date.fromisoformat(str(get(office, "date-value"))[:10])
    elif kind == "time":
        value = datetime.time()
    else:
        value = text or None
    if formula:
        return Cell(None, "=" + str(formula).split(":", 1)[-1].lstrip("="))
    return Cell(value)
