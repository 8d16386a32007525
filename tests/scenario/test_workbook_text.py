"""Text stays text in a workbook: a text that starts as a formula would (= + - @) is written as text in
.xlsx and .ods, comes back the same, and a cell typed as text ('=...) is read as text on import."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from openpyxl.worksheet.worksheet import Worksheet

from game.core.model import Scenario
from game.paths import SCENARIOS_DIR
from game.scenario import check_scenario, load_scenario
from game.scenario.workbook.export import export_workbook

EXAMPLE = SCENARIOS_DIR / "voorbeeld.yaml"
STARTS = {
    "=": '=SOM(A1:A9) of =HYPERLINK("http://example.org")',
    "+": "+31 6 1234 5678",
    "-": "-10% budget, toch doen?",
    "@": "@raad: wat nu?",
}


def comparable(scenario: Scenario) -> Scenario:
    return dataclasses.replace(scenario, source="", content_hash="")


def starting_with(text: Any, start: str) -> Any:
    """The text (a string or one per language) with `start` before every language's words."""
    if isinstance(text, dict):
        return {lang: f"{STARTS[start]} {words}" for lang, words in text.items()}
    return f"{STARTS[start]} {text}"


@pytest.fixture
def formula_like(tmp_path: Path) -> Path:
    """The example with a card title, a card text and an option label starting with each of = + - @."""
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    for card, start in zip(data["cards"], STARTS, strict=False):
        card["title"] = starting_with(card["title"], start)
        card["text"] = starting_with(card["text"], start)
        card["options"][0]["label"] = starting_with(card["options"][0]["label"], start)
    data["cards"][4]["options"][0]["label"] = {"nl": "#N/A", "en": "#N/A"}  # an error value's text
    path = tmp_path / "formules.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_text_that_starts_as_a_formula_goes_there_and_back(
    formula_like: Path, suffix: str, tmp_path: Path
) -> None:
    from game.cli.workbook import run_export, run_import

    original = load_scenario(formula_like)
    assert original.cards[0].title.translations["nl"].startswith("=SOM(")
    workbook = tmp_path / f"formules{suffix}"
    assert run_export(formula_like, workbook) == 0
    read, problems = check_scenario(workbook)
    assert problems == [] and read is not None
    assert comparable(read) == comparable(original)
    back = tmp_path / "terug.yaml"
    assert run_import(workbook, back) == 0
    assert comparable(load_scenario(back)) == comparable(original)


def test_the_xlsx_holds_such_text_as_text_never_as_a_formula(formula_like: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "formules.xlsx"
    export_workbook(load_scenario(formula_like), workbook)
    book = openpyxl.load_workbook(workbook)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type in ("f", "e")]
    started = [cell for cell in cells if isinstance(cell.value, str) and cell.value[:1] in STARTS]
    assert {str(cell.value)[0] for cell in started} == set(STARTS)
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in started)


def kaarten(book: openpyxl.Workbook) -> Worksheet:
    sheet = book["Kaarten"]
    assert isinstance(sheet, Worksheet)
    return sheet


@pytest.mark.parametrize("quote_prefix", [False, True], ids=["text cell", "quote prefix"])
def test_a_cell_typed_as_text_is_read_as_text(quote_prefix: bool, tmp_path: Path) -> None:
    """Typed in Excel as '=nu of nooit: a text cell (data type "s"), not a formula."""
    workbook = tmp_path / "scenario.xlsx"
    export_workbook(load_scenario(EXAMPLE), workbook)
    book = openpyxl.load_workbook(workbook)
    title = next(cell for cell in kaarten(book)[1] if cell.value == "title_nl")
    cell = kaarten(book).cell(row=2, column=title.column)
    cell.value = "=nu of nooit"
    cell.data_type = "s"
    cell.quotePrefix = quote_prefix
    book.save(workbook)
    scenario, problems = check_scenario(workbook)
    assert problems == [] and scenario is not None
    assert scenario.cards[0].title.translations["nl"] == "=nu of nooit"


def test_a_real_formula_is_still_refused_at_its_cell(tmp_path: Path) -> None:
    workbook = tmp_path / "scenario.xlsx"
    export_workbook(load_scenario(EXAMPLE), workbook)
    book = openpyxl.load_workbook(workbook)
    kaarten(book)["E2"] = "=A2&B2"
    assert kaarten(book)["E2"].data_type == "f"
    book.save(workbook)
    scenario, problems = check_scenario(workbook)
    assert scenario is None
    assert "a formula (=A2&B2) instead of a value; type the value itself" in [
        problem.message for problem in problems
    ]
