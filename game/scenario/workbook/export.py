"""Write a scenario as a workbook (.xlsx with openpyxl, .ods with odfpy) to edit in Excel or LibreOffice.

The rows come from the validated Scenario, so what is written is what the game plays; YAML comments do
not travel. In .xlsx: frozen header rows, readable column widths and drop-down lists of the ids (cards,
themes, speakers, meters); .ods gets the same sheets and widths.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from game.core.model import Scenario, Text
from game.scenario.workbook import layout
from game.scenario.workbook.cells import Value, column_letter

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell import Cell

Rows = list[Sequence[Value]]
FORMULA_STARTS = ("=", "+", "-", "@")


def workbook_rows(scenario: Scenario, notes: Sequence[tuple[str, str]] = ()) -> dict[str, Rows]:
    """Every sheet's rows, the header row first; `notes` (Dutch, English) after the Uitleg sheet's own."""
    langs = scenario.languages
    meter_ids = tuple(meter.id for meter in scenario.meters)
    folder = Path(scenario.source).resolve().parent if scenario.source else Path.cwd()

    def texts(value: Text | None) -> list[Value]:
        return [value.translations.get(lang) if value is not None else None for lang in langs]

    def icon(name: str) -> str:
        return os.path.relpath(name, folder).replace(os.sep, "/") if os.path.isabs(name) else name

    explained: Rows = [["nl", "en"], *[list(pair) for pair in layout.EXPLANATION]]
    if notes:
        explained += [[None, None], *[list(pair) for pair in notes]]  # (a blank row between)
    sheets: dict[str, Rows] = {layout.EXPLAIN: explained}
    settings: Rows = [
        layout.headers(layout.SCENARIO, langs),
        ["format", scenario.format],
        ["id", scenario.id],
        ["title", None, *texts(scenario.title)],
    ]
    if scenario.intro is not None:
        settings.append(["intro", None, *texts(scenario.intro)])
    settings += [
        ["languages", ", ".join(langs)],
        ["years", scenario.years],
        ["turns_per_year", scenario.turns_per_year],
    ]
    if scenario.start_year is not None:
        settings.append(["start_year", scenario.start_year])
    sheets[layout.SCENARIO] = settings
    meter_rows: Rows = [layout.headers(layout.METERS, langs)]
    for meter in scenario.meters:
        year_end = scenario.year_end_effects.get(meter.id)
        meter_rows.append(
            [
                meter.id,
                *texts(meter.name),
                meter.start,
                meter.minimum,
                meter.maximum,
                icon(meter.icon),
                meter.corner,
                year_end,
            ]
        )
    sheets[layout.METERS] = meter_rows
    sheets[layout.THEMES] = [layout.headers(layout.THEMES, langs)] + [
        [theme.id, *texts(theme.name), theme.corner] for theme in scenario.themes
    ]
    sheets[layout.SPEAKERS] = [layout.headers(layout.SPEAKERS, langs)] + [
        [speaker.id, *texts(speaker.name), icon(speaker.icon)] for speaker in scenario.speakers
    ]
    cards: Rows = [layout.headers(layout.CARDS, langs)]
    options: Rows = [layout.headers(layout.OPTIONS, langs, meter_ids)]
    for card in scenario.cards:
        speaker_texts = texts(None) if card.speaker_id else texts(card.speaker)
        cards.append(
            [card.id, card.speaker_id, *speaker_texts, *texts(card.title), *texts(card.text),
             ", ".join(card.themes), ", ".join(card.aspects) or None,
             card.requires.source if card.requires else None,
             card.weight if card.weight != 1 else None,
             card.at.year if card.at else None, card.at.turn if card.at else None,
             True if card.scheduled_only else None, True if card.repeatable else None, *texts(card.notes)]
        )  # fmt: skip
        for number, option in enumerate(card.options, start=1):
            then = ", ".join(f"{follow.card}:{follow.after}" for follow in option.then)
            options.append(
                [card.id, number, *texts(option.label), *(option.effects.get(meter) for meter in meter_ids),
                 ", ".join(option.serves) or None, ", ".join(option.harms) or None,
                 ", ".join(option.set_flags) or None, ", ".join(option.unset_flags) or None, then or None,
                 *texts(option.red_line), *texts(option.feedback)]
            )  # fmt: skip
    sheets[layout.CARDS] = cards
    sheets[layout.OPTIONS] = options
    for sheet, outcomes in ((layout.ENDINGS, scenario.endings), (layout.PROFILES, scenario.profiles)):
        sheets[sheet] = [layout.headers(sheet, langs)] + [
            [
                outcome.id,
                outcome.when.source if outcome.when else None,
                *texts(outcome.title),
                *texts(outcome.text),
            ]
            for outcome in outcomes
        ]
    debrief: Rows = [layout.headers(layout.DEBRIEF, langs)]
    for aspect, questions in scenario.debrief.questions.items():
        debrief += [[aspect, None, *texts(question)] for question in questions]
    debrief += [[None, statement.id, *texts(statement.text)] for statement in scenario.debrief.statements]
    sheets[layout.DEBRIEF] = debrief
    return sheets


def export_workbook(scenario: Scenario, path: Path, notes: Sequence[tuple[str, str]] = ()) -> None:
    """Write `scenario` to `path` (.xlsx or .ods), with `notes` (Dutch, English) on its Uitleg sheet."""
    sheets = workbook_rows(scenario, notes)
    if path.suffix.lower() == ".ods":
        _write_ods(sheets, path)
    else:
        _write_xlsx(scenario, sheets, path)


def _write_xlsx(scenario: Scenario, sheets: dict[str, Rows], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    bold, fill = Font(bold=True), PatternFill("solid", start_color="F4B63C")
    wrap = Alignment(wrap_text=True, vertical="top")
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
            _as_text(sheet[sheet.max_row])
        for index, header in enumerate(rows[0]):
            letter = column_letter(index)
            sheet.column_dimensions[letter].width = (
                70 if name == layout.EXPLAIN else layout.width(name, str(header))
            )
            sheet[f"{letter}1"].font, sheet[f"{letter}1"].fill = bold, fill
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = wrap
        sheet.freeze_panes = "B2" if name in (layout.CARDS, layout.OPTIONS) else "A2"
    _drop_downs(scenario, book)
    book.save(path)


def _as_text(cells: tuple[Cell, ...]) -> None:
    """Text stays text: openpyxl makes a formula of text that starts with "=" (and an error value of
    "#N/A"); a spreadsheet would run it. Text that starts as a formula would (= + - @) also gets the
    quote prefix, so that it stays text when it is edited in Excel."""
    for cell in cells:
        if isinstance(cell.value, str):
            cell.data_type = "s"
            if cell.value.startswith(FORMULA_STARTS):
                cell.quotePrefix = True


def _drop_downs(scenario: Scenario, book: Workbook) -> None:
    """Lists of the ids where a sheet names one: cards in 'Opties', speakers and themes in 'Kaarten',
    meters over the effect columns. Other text stays allowed (a theme list has commas, a speaker may be
    a name), so the lists only offer."""
    from openpyxl.worksheet.datavalidation import DataValidation

    last = 1000

    def offer(sheet: str, source: str, cells: str) -> None:
        rule = DataValidation(type="list", formula1=source, allow_blank=True, showErrorMessage=False)
        rule.add(cells)
        book[sheet].add_data_validation(rule)

    ids = {
        sheet: f"={sheet}!$A$2:$A${last}"
        for sheet in (layout.CARDS, layout.THEMES, layout.SPEAKERS, layout.METERS)
    }
    cards_header = layout.headers(layout.CARDS, scenario.languages)
    options_header = layout.headers(
        layout.OPTIONS, scenario.languages, tuple(meter.id for meter in scenario.meters)
    )
    offer(layout.OPTIONS, ids[layout.CARDS], f"A2:A{last}")
    offer(
        layout.CARDS,
        ids[layout.SPEAKERS],
        f"{column_letter(cards_header.index('speaker'))}2:{column_letter(cards_header.index('speaker'))}{last}",
    )
    offer(
        layout.CARDS,
        ids[layout.THEMES],
        f"{column_letter(cards_header.index('themes'))}2:{column_letter(cards_header.index('themes'))}{last}",
    )
    meter_columns = [options_header.index(meter.id) for meter in scenario.meters]
    if meter_columns:
        offer(
            layout.OPTIONS,
            ids[layout.METERS],
            f"{column_letter(min(meter_columns))}1:{column_letter(max(meter_columns))}1",
        )


def _write_ods(sheets: dict[str, Rows], path: Path) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    bold = Style(name="header", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    document.automaticstyles.addElement(bold)
    widths: dict[int, Style] = {}
    for name, rows in sheets.items():
        table = Table(name=name)
        for header in rows[0]:
            characters = 70 if name == layout.EXPLAIN else layout.width(name, str(header))
            if characters not in widths:
                style = Style(name=f"width{characters}", family="table-column")
                style.addElement(TableColumnProperties(columnwidth=f"{characters * 0.21:.2f}cm"))
                document.automaticstyles.addElement(style)
                widths[characters] = style
            table.addElement(TableColumn(stylename=widths[characters]))
        for index, row in enumerate(rows):
            table_row = TableRow()
            for value in row:
                table_row.addElement(_ods_cell(value, bold if index == 0 else None, TableCell, P))
            table.addElement(table_row)
        document.spreadsheet.addElement(table)
    document.save(str(path))


def _ods_cell(value: Value, style: object, cell_type: type, paragraph: type) -> object:
    if value is None:
        return cell_type(stylename=style) if style is not None else cell_type()
    extra = {"stylename": style} if style is not None else {}
    if isinstance(value, bool):
        cell = cell_type(valuetype="boolean", booleanvalue="true" if value else "false", **extra)
        cell.addElement(paragraph(text="TRUE" if value else "FALSE"))
    elif isinstance(value, int | float):
        cell = cell_type(valuetype="float", value=str(value), **extra)
        cell.addElement(paragraph(text=str(value)))
    else:
        cell = cell_type(valuetype="string", **extra)
        for line in str(value).split("\n"):
            cell.addElement(paragraph(text=line))
    return cell
