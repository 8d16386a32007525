"""Errors in the order of their cause: a structure problem of a workbook or a YAML file comes first, and
the problems that follow from it are folded under it, on three damaged copies of one workbook."""

from __future__ import annotations

import datetime
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from game.paths import SCENARIOS_DIR
from game.scenario import Problem, check_scenario, check_scenario_text, load_scenario
from game.scenario.order import by_cause, cause_first, cause_lines
from game.scenario.workbook.export import export_workbook
from tests.scenario.helpers import BASE, change

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted(SCENARIOS_DIR.glob("*.yaml"))
FOLD = re.compile(r"  and (\d+) problems? that follows? from it")


def column_of(sheet: Worksheet, name: str) -> int:
    """The 1-based column headed `name`."""
    return next(cell.column for cell in sheet[1] if cell.value == name)


def merge_option_cells(book: openpyxl.Workbook) -> str:
    book["Opties"].merge_cells("A2:A4")
    return "Opties!A2"


def rename_text_column(book: openpyxl.Workbook) -> str:
    sheet = book["Kaarten"]
    header = sheet.cell(1, column_of(sheet, "text_nl"))
    header.value = "tekst_nl"
    return f"Kaarten!{header.coordinate}"


def turn_typed_as_date(book: openpyxl.Workbook) -> str:
    sheet = book["Kaarten"]
    column = column_of(sheet, "at_turn")
    row = next(row for row in range(2, sheet.max_row + 1) if sheet.cell(row, column).value is not None)
    cell = sheet.cell(row, column)
    day = int(str(cell.value))
    cell.value = datetime.datetime(1900, 1, day)  # what a spreadsheet makes of "1" typed as a date
    return f"Kaarten!{cell.coordinate}"


DAMAGES: dict[str, tuple[Callable[[openpyxl.Workbook], str], str]] = {
    "merged option cells": (merge_option_cells, "merged cells A2:A4; unmerge them"),
    "renamed text column": (rename_text_column, "unknown column 'tekst_nl' in sheet 'Kaarten'"),
    "turn typed as a date": (turn_typed_as_date, "the spreadsheet turned what was typed here into a date"),
}


def damaged(scenario: Path, damage: str, folder: Path) -> tuple[Path, str]:
    """The export of `scenario` with one damage, and the cell of its cause."""
    path = folder / f"{scenario.stem}-{damage.replace(' ', '-')}.xlsx"
    export_workbook(load_scenario(scenario), path)
    book = openpyxl.load_workbook(path)
    cause = DAMAGES[damage][0](book)
    book.save(path)
    return path, cause


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_validate_names_the_cause_on_its_first_line_then_that_more_checks_follow(
    damage: str, tmp_path: Path
) -> None:
    path, cause = damaged(SCENARIOS_DIR / "raadssessie.yaml", damage, tmp_path)
    env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "LANGUAGE": "en"}
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "validate", str(path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 1 and done.stderr == "", done.stderr
    assert lines[0].startswith(f"{path}:{cause}: {DAMAGES[damage][1]}"), done.stdout
    assert 3 <= len(lines) <= 4, done.stdout
    folded = FOLD.fullmatch(lines[1]) if len(lines) == 4 else None
    assert len(lines) == 3 or folded is not None, done.stdout
    assert lines[-2] == "More checks follow once the errors are fixed.", done.stdout
    assert lines[-1].startswith(f"{path}: "), done.stdout


@pytest.mark.parametrize("damage", sorted(DAMAGES))
@pytest.mark.parametrize("scenario", SHIPPED, ids=lambda path: path.stem)
def test_every_problem_of_a_damage_follows_from_it(scenario: Path, damage: str, tmp_path: Path) -> None:
    path, cause = damaged(scenario, damage, tmp_path)
    problems = check_scenario(path)[1]
    folded = by_cause(problems)
    assert len(folded) == 1, "\n".join(cause_lines(problems))
    assert folded[0].problem.cell == cause and folded[0].problem.structure
    assert len(folded[0].consequences) == len(problems) - 1


def formula_as_card_id(book: openpyxl.Workbook) -> str:
    book["Kaarten"]["A3"] = "=A2"
    return "Kaarten!A3"


def merged_title_cells(book: openpyxl.Workbook) -> str:
    book["Kaarten"].merge_cells("E3:F3")  # title_nl and title_en of the second card
    return "Kaarten!E3"


def merged_set_cells(book: openpyxl.Workbook) -> str:
    book["Opties"].merge_cells("L2:L4")
    return "Opties!L2"


def renamed_label_column(book: openpyxl.Workbook) -> str:
    book["Opties"]["C1"] = "lable_nl"
    return "Opties!C1"


def renamed_sheet(book: openpyxl.Workbook) -> str:
    book["Opties"].title = "Optie"
    return "Optie!A1"


MORE_DAMAGES = {
    "a formula as a card's id": formula_as_card_id,
    "merged title cells": merged_title_cells,
    "merged 'set' cells": merged_set_cells,
    "a renamed label column": renamed_label_column,
    "a renamed sheet": renamed_sheet,
}


@pytest.mark.parametrize("damage", sorted(MORE_DAMAGES))
def test_other_structure_problems_carry_what_follows_from_them(damage: str, tmp_path: Path) -> None:
    path = tmp_path / "voorbeeld.xlsx"
    export_workbook(load_scenario(SCENARIOS_DIR / "voorbeeld.yaml"), path)
    book = openpyxl.load_workbook(path)
    headers = (book["Kaarten"]["E1"].value, book["Opties"]["C1"].value, book["Opties"]["L1"].value)
    assert headers == ("title_nl", "label_nl", "set")  # the columns the damages name
    cause = MORE_DAMAGES[damage](book)
    book.save(path)
    problems = check_scenario(path)[1]
    folded = by_cause(problems)
    assert len(problems) > 1 and len(folded) == 1, "\n".join(str(problem) for problem in problems)
    assert folded[0].problem.cell == cause and folded[0].problem.structure


def test_a_translation_missing_with_its_renamed_column_is_at_that_column(tmp_path: Path) -> None:
    path, cause = damaged(SCENARIOS_DIR / "raadssessie.yaml", "renamed text column", tmp_path)
    column = cause.split("!")[1].rstrip("0123456789")
    missing = [problem for problem in check_scenario(path)[1] if "translation" in problem.message]
    assert len(missing) == len(load_scenario(SCENARIOS_DIR / "raadssessie.yaml").cards)
    for problem in missing:
        assert re.fullmatch(rf"Kaarten!{column}\d+", problem.cell) and problem.cause == cause, problem


def test_a_missing_value_of_a_date_cell_is_at_that_cell(tmp_path: Path) -> None:
    path, cause = damaged(SCENARIOS_DIR / "raadssessie.yaml", "turn typed as a date", tmp_path)
    problems = check_scenario(path)[1]
    assert [(problem.cell, problem.structure, problem.cause) for problem in problems] == [
        (cause, True, ""),
        (cause, False, cause),  # 'at' is missing 'turn': where the turn was typed
    ]


def test_a_renamed_key_in_yaml_comes_first_with_what_follows_folded() -> None:
    text = change("    text: Een robot bij de ingang.", "    tekst: Een robot bij de ingang.")
    lines = cause_lines(check_scenario_text(text, "t.yaml")[1])
    assert lines[0] == "t.yaml:25:5: unknown key 'tekst' in card 'robot'; did you mean 'text'?"
    assert lines[1] == "  and 1 problem that follows from it"  # card 'robot' is missing 'text'


def test_a_misspelled_language_in_yaml_comes_first_with_the_missing_translation_folded() -> None:
    text = change("title: {nl: Robot, en: Robot}", "title: {nl: Robot, eng: Robot}")
    errors = [problem for problem in check_scenario_text(text, "t.yaml")[1] if problem.is_error]
    folded = by_cause(errors)
    assert [item.problem.message for item in folded] == [
        "'eng' is not one of the scenario's languages (nl, en); did you mean 'en'?"
    ]
    assert [problem.message for problem in folded[0].consequences] == [
        "the title of card 'robot' has no 'en' translation"
    ]


def problem(place: str, message: str, structure: bool = False, cause: str = "") -> Problem:
    line, column = (int(part) for part in place.split(":"))
    return Problem("f.yaml", line, column, message, structure=structure, cause=cause)


def test_structure_problems_come_first_and_chains_of_causes_fold_under_the_first() -> None:
    value = problem("3:1", "a value")
    structure = problem("9:1", "a structure", structure=True)
    follows = problem("2:1", "follows", cause="9:1")
    further = problem("5:1", "follows further", cause="2:1")
    folded = by_cause([follows, value, further, structure])
    assert [(item.problem, item.consequences) for item in folded] == [
        (structure, (follows, further)),
        (value, ()),
    ]
    assert cause_first([follows, value, further, structure]) == [structure, value, follows, further]
    assert cause_lines([value, structure, follows]) == [
        "f.yaml:9:1: a structure",
        "  and 1 problem that follows from it",
        "f.yaml:3:1: a value",
    ]


def test_a_cause_that_is_not_there_or_goes_round_leaves_every_problem_shown() -> None:
    alone = problem("4:1", "alone", cause="7:7")  # no problem stands at 7:7
    one = problem("1:1", "one", cause="2:1")
    two = problem("2:1", "two", cause="1:1")
    shown = [item.problem for item in by_cause([alone, one, two])]
    assert shown == [alone, one, two]


def test_a_valid_scenario_has_no_causes() -> None:
    assert all(not problem.cause for problem in check_scenario_text(BASE, "t.yaml")[1])


def test_a_reloaded_file_lists_its_causes_first(tmp_path: Path) -> None:
    from game.ui.reload import read_scenario

    path = tmp_path / "t.yaml"
    text = change("    text: Een robot bij de ingang.", "    tekst: Een robot bij de ingang.")
    path.write_text(text.replace("start: 50}", "start: veel}", 1), encoding="utf-8")
    errors = read_scenario(path).errors
    assert [line.split(": ", 1)[1] for line in errors] == [
        "unknown key 'tekst' in card 'robot'; did you mean 'text'?",
        "'start' of meter 'budget' must be a number, like 50, not 'veel'",
        "card 'robot' is missing 'text'",  # follows from the unknown key, so after the others
    ]
