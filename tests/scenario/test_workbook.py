"""Scenarios in a spreadsheet: round trips of every shipped scenario, and each spreadsheet mistake at its
cell with a message of its own; the schema's problems in a workbook have the YAML wording, at a cell."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from game.core.engine import Game
from game.core.model import Scenario
from game.core.playthrough import play_to_end, random_policy
from game.paths import SCENARIOS_DIR
from game.scenario import check_scenario, load_scenario
from game.scenario.workbook.export import export_workbook
from game.scenario.workbook.layout import SHEETS
from tests.scenario.helpers import TRIANGLE

SHIPPED = sorted(SCENARIOS_DIR.glob("*.yaml"))
EXAMPLE = SCENARIOS_DIR / "voorbeeld.yaml"


def comparable(scenario: Scenario) -> Scenario:
    return dataclasses.replace(scenario, source="", content_hash="")


def same_games(first: Scenario, second: Scenario, seeds: int = 20) -> bool:
    for seed in range(seeds):
        one = play_to_end(Game(first, seed), random_policy(seed))
        two = play_to_end(Game(second, seed), random_policy(seed))
        if one.state != two.state:
            return False
    return True


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
@pytest.mark.parametrize("path", SHIPPED, ids=lambda path: path.stem)
def test_every_shipped_scenario_round_trips_through_a_workbook(
    path: Path, suffix: str, tmp_path: Path
) -> None:
    from game.cli.workbook import run_export, run_import

    original, said = check_scenario(path)
    assert original is not None
    workbook = tmp_path / f"{path.stem}{suffix}"
    assert run_export(path, workbook) == 0
    from_workbook, problems = check_scenario(workbook)
    assert from_workbook is not None
    # the same warnings as the YAML file, if any (the shipped scenarios have none: test_essay_scenarios.py)
    assert sorted(problem.message for problem in problems) == sorted(problem.message for problem in said)
    assert comparable(from_workbook) == comparable(original)
    back = tmp_path / f"{path.stem}.yaml"
    assert run_import(workbook, back) == 0
    again = load_scenario(back)
    assert comparable(again) == comparable(original)
    assert same_games(original, again)


@pytest.fixture
def book(tmp_path: Path) -> tuple[Path, Callable[[Callable[[openpyxl.Workbook], None]], list[str]]]:
    """The example scenario as scenario.xlsx, and a way to change it and read its problems back."""
    path = tmp_path / "scenario.xlsx"
    export_workbook(load_scenario(EXAMPLE), path)

    def change(edit: Callable[[openpyxl.Workbook], None]) -> list[str]:
        workbook = openpyxl.load_workbook(path)
        edit(workbook)
        workbook.save(path)
        return [str(problem) for problem in check_scenario(path)[1] if problem.is_error]

    return path, change


def sheet(workbook: openpyxl.Workbook, name: str) -> Worksheet:
    found = workbook[name]
    assert isinstance(found, Worksheet)
    return found


def header_cell(worksheet: Worksheet, name: str) -> str:
    for cell in worksheet[1]:
        if cell.value == name:
            return str(cell.column_letter)
    raise AssertionError(name)


Book = tuple[Path, Callable[[Callable[[openpyxl.Workbook], None]], list[str]]]


def test_text_in_an_effect_column(book: Book) -> None:
    path, change = book
    column: list[str] = []

    def edit(workbook: openpyxl.Workbook) -> None:
        options = sheet(workbook, "Opties")
        column.append(header_cell(options, "budget"))
        options[f"{column[0]}3"] = "veel"

    assert change(edit) == [
        f"{path}:Opties!{column[0]}3: text in the effect column 'budget': 'veel' is not a number; "
        "type a number like 5 or -10, or leave the cell empty"
    ]


def test_a_number_the_spreadsheet_turned_into_a_date(book: Book) -> None:
    path, change = book
    column: list[str] = []

    def edit(workbook: openpyxl.Workbook) -> None:
        meters = sheet(workbook, "Meters")
        column.append(header_cell(meters, "start"))
        meters[f"{column[0]}2"] = datetime.datetime(2027, 3, 12)

    meter = load_scenario(EXAMPLE).meters[0].id
    assert change(edit) == [  # the missing start follows from the date, at the date's cell
        f"{path}:Meters!{column[0]}2: the spreadsheet turned what was typed here into a date "
        "(2027-03-12); format the cell as text (or number) and type the value again",
        f"{path}:Meters!{column[0]}2: meter '{meter}' is missing 'start'",
    ]


def test_a_formula(book: Book) -> None:
    path, change = book
    problems = change(lambda workbook: sheet(workbook, "Scenario").__setitem__("B6", "=2+1"))
    assert f"{path}:Scenario!B6: a formula (=2+1) instead of a value; type the value itself" in problems


def test_merged_cells(book: Book) -> None:
    path, change = book
    problems = change(lambda workbook: sheet(workbook, "Kaarten").merge_cells("D2:E2"))
    assert (
        f"{path}:Kaarten!D2: merged cells D2:E2; unmerge them: every value needs a cell of its own"
        in problems
    )


def test_an_empty_label(book: Book) -> None:
    path, change = book

    def edit(workbook: openpyxl.Workbook) -> None:
        options = sheet(workbook, "Opties")
        for name in ("label_nl", "label_en"):
            options[f"{header_cell(options, name)}4"] = None

    problems = change(edit)
    rows = [card.id for card in load_scenario(EXAMPLE).cards for _ in card.options]  # row 2 onwards
    card = rows[4 - 2]
    assert problems[0] == (
        f"{path}:Opties!C4: the label of this option of card '{card}' is empty; type what the option says"
    )


def test_a_card_with_two_rows(book: Book) -> None:
    path, change = book

    def edit(workbook: openpyxl.Workbook) -> None:
        cards = sheet(workbook, "Kaarten")
        cards.append([cell.value for cell in cards[2]])

    last = len(load_scenario(EXAMPLE).cards) + 2
    card = load_scenario(EXAMPLE).cards[0].id
    assert change(edit) == [
        f"{path}:Kaarten!A{last}: card '{card}' has a second row here (first in Kaarten!A2); "
        "give each card one row"
    ]


def test_a_missing_or_renamed_sheet(book: Book) -> None:
    path, change = book
    assert change(lambda workbook: setattr(sheet(workbook, "Opties"), "title", "Options")) == [
        f"{path}:Opties!A1: the sheet 'Opties' is missing; did you mean 'Options'?",
        f"{path}:Options!A1: unknown sheet 'Options'; did you mean 'Opties'?",
    ]


def test_a_renamed_column(book: Book) -> None:
    path, change = book
    problems = change(lambda workbook: sheet(workbook, "Opties").__setitem__("A1", "cards"))
    said = [problem for problem in problems if problem.startswith(f"{path}:Opties!")]
    assert len(said) == 1 and said[0].endswith(
        ": the sheet 'Opties' has no column 'card'; did you mean 'cards'?"
    )
    assert not any("is missing 'options'" in problem for problem in problems)  # not once more per card


def test_an_unknown_meter_in_a_header(book: Book) -> None:
    path, change = book
    column: list[str] = []

    def edit(workbook: openpyxl.Workbook) -> None:
        options = sheet(workbook, "Opties")
        column.append(header_cell(options, "budget"))
        options[f"{column[0]}1"] = "budgett"

    assert change(edit) == [
        f"{path}:Opties!{column[0]}1: the column 'budgett' is neither a meter nor a known column of this "
        "sheet; name an effect column after a meter's id, or remove the column; did you mean 'budget'?"
    ]


def test_the_schemas_problems_read_as_for_yaml_at_a_cell(book: Book) -> None:
    path, change = book
    column: list[str] = []

    def edit(workbook: openpyxl.Workbook) -> None:
        cards = sheet(workbook, "Kaarten")
        column.append(header_cell(cards, "themes"))
        cards[f"{column[0]}2"] = "privacyy"

    problems = change(edit)
    assert f"{path}:Kaarten!{column[0]}2: unknown theme 'privacyy'; did you mean 'privacy'?" in problems


def test_a_condition_problem_points_at_its_cell(book: Book) -> None:
    path, change = book

    column: list[str] = []

    def edit(workbook: openpyxl.Workbook) -> None:
        cards = sheet(workbook, "Kaarten")
        column.append(header_cell(cards, "requires"))
        cards[f"{column[0]}2"] = "budgett >= 40"

    problems = change(edit)
    assert any(
        problem.startswith(
            f"{path}:Kaarten!{column[0]}2: unknown name 'budgett' in condition; did you mean 'budget'?"
        )
        for problem in problems
    ), problems


def test_a_mistake_in_an_ods_workbook_points_at_its_cell(tmp_path: Path) -> None:
    from odf.opendocument import load
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    path = tmp_path / "scenario.ods"
    export_workbook(load_scenario(EXAMPLE), path)
    document = load(str(path))
    options = next(
        table
        for table in document.spreadsheet.getElementsByType(Table)
        if table.getAttribute("name") == "Opties"
    )
    row = options.getElementsByType(TableRow)[2]
    cell = row.getElementsByType(TableCell)[4]  # the first meter's effect on option 2 of the first card
    for child in list(cell.childNodes):
        cell.removeChild(child)
    cell.setAttribute("valuetype", "string")
    cell.addElement(P(text="veel"))
    document.save(str(path))
    problems = [str(problem) for problem in check_scenario(path)[1] if problem.is_error]
    meter = load_scenario(EXAMPLE).meters[0].id
    assert problems == [
        f"{path}:Opties!E3: text in the effect column '{meter}': 'veel' is not a number; "
        "type a number like 5 or -10, or leave the cell empty"
    ]


def test_the_exported_workbook_is_ready_to_edit(tmp_path: Path) -> None:
    path = tmp_path / "scenario.xlsx"
    export_workbook(load_scenario(EXAMPLE), path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == list(SHEETS)
    explain = sheet(workbook, "Uitleg")
    assert explain["A1"].value == "nl" and explain["B1"].value == "en"
    assert "Opties!D14" in str(explain[f"A{explain.max_row}"].value)
    cards, options = sheet(workbook, "Kaarten"), sheet(workbook, "Opties")
    assert cards.freeze_panes == "B2" and sheet(workbook, "Meters").freeze_panes == "A2"
    assert cards.column_dimensions["E"].width >= 20
    offered = {
        rule.formula1 for worksheet in (cards, options) for rule in worksheet.data_validations.dataValidation
    }
    assert offered == {
        "=Kaarten!$A$2:$A$1000",
        "=Sprekers!$A$2:$A$1000",
        "=Themas!$A$2:$A$1000",
        "=Meters!$A$2:$A$1000",
    }
    assert [cell.value for cell in cards[1]][:5] == ["id", "speaker", "speaker_nl", "speaker_en", "title_nl"]


def test_ods_rows_keep_their_numbers_across_blank_rows_and_merges(tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    from game.scenario.workbook.cells import read_workbook

    def text_cell(text: str, **extra: str) -> TableCell:
        cell = TableCell(valuetype="string", **extra)
        cell.addElement(P(text=text))
        return cell

    document = OpenDocumentSpreadsheet()
    table = Table(name="Kaarten")
    header = TableRow()
    header.addElement(text_cell("id"))
    table.addElement(header)
    table.addElement(TableRow(numberrowsrepeated="3"))  # three blank rows
    data = TableRow()
    data.addElement(text_cell("robot", numbercolumnsspanned="2"))
    data.addElement(TableCell())
    table.addElement(data)
    table.addElement(TableRow(numberrowsrepeated="1048570"))  # the sheet's empty rest
    document.spreadsheet.addElement(table)
    path = tmp_path / "rows.ods"
    document.save(str(path))
    sheet = read_workbook(path)[0]
    assert len(sheet.rows) == 5 and sheet.cell(4, 0).value == "robot"
    assert sheet.cell(4, 0).merged == sheet.cell(4, 1).merged == "A5:B5"


# -- the triangle's keys: a meter's corner, a card's aspects, an option's serves, harms and red_line ----


@pytest.fixture
def triangle(tmp_path: Path) -> Path:
    path = tmp_path / "driehoek.yaml"
    path.write_text(TRIANGLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_the_triangles_keys_round_trip_through_a_workbook(
    triangle: Path, suffix: str, tmp_path: Path
) -> None:
    from game.cli.workbook import run_export, run_import

    original = load_scenario(triangle)
    assert original.card("gijzeling").options[0].red_line is not None  # the keys are there to travel
    workbook = tmp_path / f"driehoek{suffix}"
    assert run_export(triangle, workbook) == 0
    from_workbook, problems = check_scenario(workbook)
    assert problems == [] and from_workbook is not None
    assert comparable(from_workbook) == comparable(original)
    back = tmp_path / "terug.yaml"
    assert run_import(workbook, back) == 0
    again = load_scenario(back)
    assert comparable(again) == comparable(original)
    assert same_games(original, again)


def test_the_triangles_columns_in_the_exported_workbook(triangle: Path, tmp_path: Path) -> None:
    path = tmp_path / "driehoek.xlsx"
    export_workbook(load_scenario(triangle), path)
    workbook = openpyxl.load_workbook(path)

    def row(name: str, number: int) -> dict[str, object]:
        found = sheet(workbook, name)
        values = [cell.value for cell in found[number]]
        return {str(cell.value): value for cell, value in zip(found[1], values, strict=False)}

    assert row("Meters", 2)["corner"] == "legitimacy"
    assert row("Kaarten", 2)["aspects"] == "4a, 6c"
    paid = row("Opties", 2)
    assert (paid["serves"], paid["harms"]) == ("strategy", "legitimacy, capacity")
    assert (paid["red_line_nl"], paid["red_line_en"]) == (
        "Losgeld betaald aan criminelen",
        "Paid a ransom to criminals",
    )
    rebuilt = row("Opties", 3)
    assert (rebuilt["serves"], rebuilt["harms"], rebuilt["red_line_nl"]) == (
        "legitimacy, capacity",
        "strategy",
        None,
    )
    headers = [cell.value for cell in sheet(workbook, "Opties")[1]]
    assert headers.index("serves") == headers.index("publieke_waarde") + 1  # beside the effects
    assert headers.index("red_line_en") + 1 == headers.index("feedback_nl")


def test_a_workbook_without_the_triangles_columns_still_loads(book: Book) -> None:
    path, change = book

    def edit(workbook: openpyxl.Workbook) -> None:
        for name, columns in (
            ("Meters", ["corner"]),
            ("Kaarten", ["aspects"]),
            ("Opties", ["serves", "harms", "red_line_nl", "red_line_en"]),
        ):
            found = sheet(workbook, name)
            for column in columns:
                found.delete_cols(found[f"{header_cell(found, column)}1"].column)

    assert change(edit) == []
    scenario = check_scenario(path)[0]
    assert scenario is not None and not scenario.options_pull


def triangle_book(
    triangle: Path, tmp_path: Path, edit: Callable[[openpyxl.Workbook], None]
) -> tuple[Path, list[str]]:
    """The triangle scenario as a workbook, changed by `edit`; its errors."""
    path = tmp_path / "driehoek.xlsx"
    export_workbook(load_scenario(triangle), path)
    workbook = openpyxl.load_workbook(path)
    edit(workbook)
    workbook.save(path)
    return path, [str(problem) for problem in check_scenario(path)[1] if problem.is_error]


@pytest.mark.parametrize(
    ("name", "column", "row", "typed", "message"),
    [
        (
            "Opties",
            "serves",
            2,
            "strategy, legitimcy",
            "unknown corner 'legitimcy'; did you mean 'legitimacy'?",
        ),
        ("Opties", "harms", 3, "willen, wilen", "unknown corner 'wilen'; did you mean 'willen'?"),
        (
            "Opties",
            "harms",
            2,
            "strategy",
            "option 1 of card 'gijzeling' both serves and harms the corner 'strategy'; "
            "keep it in one of the two lists",
        ),
        (
            "Kaarten",
            "aspects",
            2,
            "4a, 7c",
            "unknown aspect '7c' of card 'gijzeling'; the essay's aspects are "
            "4a, 4b, 4c, 5a, 5b, 6a, 6b, 6c, 6d",
        ),
        ("Meters", "corner", 3, "capacty", "unknown corner 'capacty'; did you mean 'capacity'?"),
    ],
)
def test_a_mistake_in_a_triangle_column_points_at_its_cell(
    triangle: Path, tmp_path: Path, name: str, column: str, row: int, typed: str, message: str
) -> None:
    letter: list[str] = []

    def edit(workbook: openpyxl.Workbook) -> None:
        found = sheet(workbook, name)
        letter.append(header_cell(found, column))
        found[f"{letter[0]}{row}"] = typed

    path, problems = triangle_book(triangle, tmp_path, edit)
    assert problems == [f"{path}:{name}!{letter[0]}{row}: {message}"]


def test_a_red_line_in_one_language_only_points_at_the_empty_cell(triangle: Path, tmp_path: Path) -> None:
    letter: list[str] = []

    def edit(workbook: openpyxl.Workbook) -> None:
        options = sheet(workbook, "Opties")
        letter.append(header_cell(options, "red_line_en"))
        options[f"{letter[0]}2"] = None

    path, problems = triangle_book(triangle, tmp_path, edit)
    assert problems == [
        f"{path}:Opties!{letter[0]}2: the red_line of option 1 of card 'gijzeling' has no 'en' translation"
    ]


def test_a_balance_column_in_the_options_is_no_meter(triangle: Path, tmp_path: Path) -> None:
    def edit(workbook: openpyxl.Workbook) -> None:
        meters = sheet(workbook, "Meters")
        meters["A4"] = "balance"
        options = sheet(workbook, "Opties")
        options[f"{header_cell(options, 'publieke_waarde')}1"] = "balance"

    path, problems = triangle_book(triangle, tmp_path, edit)
    assert (
        f"{path}:Meters!A4: 'balance' cannot be used as a meter id: in conditions it means how evenly the "
        "options chosen pulled at the three corners (0 to 100)"
    ) in problems


def test_a_feedback_naming_a_still_meter_is_warned_about_at_its_cell(triangle: Path, tmp_path: Path) -> None:
    letter: list[str] = []

    def edit(workbook: openpyxl.Workbook) -> None:
        options = sheet(workbook, "Opties")
        letter.append(header_cell(options, "feedback_en"))
        options[f"{letter[0]}3"] = (
            "Recovery takes weeks, and public value suffers."  # option 2 moves no such meter
        )

    path, problems = triangle_book(triangle, tmp_path, edit)
    assert problems == []
    assert [str(problem) for problem in check_scenario(path)[1]] == [
        f"{path}:Opties!{letter[0]}3: warning: the feedback of option 2 of card 'gijzeling' names the meter "
        "'Public value' (en), but the option does not move it"
    ]
