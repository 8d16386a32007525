"""The term warnings speak the author's format (a workbook's cells, a YAML file's keys) and point where
the fix goes: a late follow-up, a red line without a 'then', no endings, the corners balance misses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from game.cli.main import main
from game.scenario import load_scenario
from game.scenario.workbook.export import export_workbook
from tests.scenario.helpers import change
from tests.scenario.test_lint_term import ENDINGS, SHORT

Edit = Callable[[openpyxl.Workbook], None]
WARNING = {"nl": "waarschuwing: ", "en": "warning: "}


def printed(path: Path, capsys: pytest.CaptureFixture[str], lang: str) -> list[str]:
    """The warnings `validate` prints for `path` in `lang` (it finds no error), each without the file."""
    assert main(["validate", str(path), "--lang", lang]) == 0
    lines = capsys.readouterr().out.splitlines()[:-1]
    return [line.removeprefix(f"{path}:") for line in lines]


def yaml_file(folder: Path, text: str) -> Path:
    path = folder / "kort.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def workbook(folder: Path, text: str, edit: Edit | None = None) -> Path:
    """The scenario `text` as a workbook, edited."""
    path = folder / "kort.xlsx"
    export_workbook(load_scenario(yaml_file(folder, text)), path)
    if edit is not None:
        book = openpyxl.load_workbook(path)
        edit(book)
        book.save(path)
    return path


def then_cell(book: openpyxl.Workbook, row: int = 2) -> str:
    """'Opties!N2': the cell of the column 'then' in `row` of the sheet Opties."""
    letter = next(str(cell.column_letter) for cell in book["Opties"][1] if cell.value == "then")
    return f"Opties!{letter}{row}"


def only(lines: list[str], fragment: str) -> str:
    found = [line for line in lines if fragment in line]
    assert len(found) == 1, lines
    return found[0]


LATE_FIX = {
    "nl": ("'back-up:6' plant haar in", "Typ een kleiner getal achter de dubbele punt, zoals back-up:5"),
    "en": ("'back-up:6' schedules it for", "Type a smaller number after the colon, like back-up:5"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_late_follow_up_in_a_workbook_is_said_as_its_cell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    path = workbook(tmp_path, change("after: 2}", "after: 6}", SHORT))
    cell = then_cell(openpyxl.load_workbook(path))
    line = only(printed(path, capsys, lang), "back-up:6")
    written, fix = LATE_FIX[lang]
    assert line.startswith(f"{cell}: {WARNING[lang]}")
    assert written in line and line.endswith(fix)
    assert "after" not in line.replace("after the colon", "")


@pytest.mark.parametrize(
    ("lang", "fix"),
    [("nl", "Kies een kleinere 'after', zoals after: 5"), ("en", "Choose a smaller 'after', like after: 5")],
)
def test_a_late_follow_up_in_yaml_keeps_its_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, fix: str
) -> None:
    path = yaml_file(tmp_path, change("after: 2}", "after: 6}", SHORT))
    line = only(printed(path, capsys, lang), "'after: 6'")
    assert line.endswith(fix)


ON_LAST_TURN = change(
    "    themes: [privacy]\n    options:\n      - label: Betaal",
    "    at: {year: 1, turn: 6}\n    themes: [privacy]\n    options:\n      - label: Betaal",
    SHORT,
)


@pytest.mark.parametrize(
    ("lang", "fix"),
    [
        ("nl", "Zet de kaart eerder, of haal de 'then' weg: 'after' is minstens 1"),
        ("en", "Put the card earlier, or remove the 'then': 'after' is at least 1"),
    ],
)
def test_a_follow_up_of_a_card_on_the_last_turn_asks_for_an_earlier_card(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, fix: str
) -> None:
    line = only(printed(yaml_file(tmp_path, ON_LAST_TURN), capsys, lang), "'after: 2'")
    assert line.endswith(fix)


@pytest.mark.parametrize(
    ("lang", "fix"),
    [
        ("nl", "Zet de kaart eerder, of maak de cel in de kolom then leeg: het getal is minstens 1"),
        ("en", "Put the card earlier, or empty the cell in the column then: the number is at least 1"),
    ],
)
def test_a_follow_up_of_a_card_on_the_last_turn_in_a_workbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, fix: str
) -> None:
    line = only(printed(workbook(tmp_path, ON_LAST_TURN), capsys, lang), "'back-up:2'")
    assert line.endswith(fix)


NO_THEN = change(
    "        red_line: Losgeld betalen financiert criminelen.\n        then: [{card: back-up, after: 2}]\n",
    "        red_line: Losgeld betalen financiert criminelen.\n",
    SHORT,
)


@pytest.mark.parametrize(
    ("lang", "fix"),
    [
        ("nl", "vul de kolom then met een vervolgkaart, zoals back-up:2"),
        ("en", "fill in the column then with a follow-up, like back-up:2"),
    ],
)
def test_a_red_line_without_a_then_in_a_workbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, fix: str
) -> None:
    line = only(printed(workbook(tmp_path, NO_THEN), capsys, lang), "'ransomware'")
    assert line.startswith("Opties!") and line.endswith(fix)
    # In YAML the same warning shows the key.
    line = only(printed(yaml_file(tmp_path, NO_THEN), capsys, lang), "'ransomware'")
    assert line.endswith("then: [{card: ..., after: 2}]")


NO_ENDINGS = {
    "nl": "waarschuwing: geen eindes: het spel stopt nooit",
    "en": "warning: no endings: the game never stops",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_endings_in_yaml_points_at_the_top_of_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    line = only(printed(yaml_file(tmp_path, change(ENDINGS, "", SHORT)), capsys, lang), NO_ENDINGS[lang])
    assert line.startswith("1:1: ") and "'endings'" in line and "Eindes" not in line


def empty_endings(book: openpyxl.Workbook) -> None:
    book["Eindes"].delete_rows(2, book["Eindes"].max_row)


def no_endings_sheet(book: openpyxl.Workbook) -> None:
    del book["Eindes"]


@pytest.mark.parametrize(
    ("lang", "edit", "place", "fix"),
    [
        ("nl", empty_endings, "Eindes!A1", "vul een rij op het blad Eindes"),
        ("en", empty_endings, "Eindes!A1", "fill in a row on the sheet Eindes"),
        ("nl", no_endings_sheet, "Scenario!", "het blad Eindes ontbreekt"),
        ("en", no_endings_sheet, "Scenario!", "the sheet Eindes is missing"),
    ],
)
def test_no_endings_in_a_workbook_points_at_the_sheet_eindes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, edit: Edit, place: str, fix: str
) -> None:
    line = only(printed(workbook(tmp_path, SHORT, edit), capsys, lang), NO_ENDINGS[lang])
    assert line.startswith(place) and fix in line and "when:" not in line


BALANCE = change('"lines_crossed == 0', '"balance >= 50 and lines_crossed == 0', SHORT)
CAPACITY = change(
    "        effects: {budget: 3, legitimiteit: -3}\n",
    "        effects: {budget: 3, legitimiteit: -3}\n        serves: [capacity]\n",
    BALANCE,
)
STRATEGY_TOO = change(
    "        effects: {budget: -5}\n", "        effects: {budget: -5}\n        serves: [strategy]\n", CAPACITY
)


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        (
            "nl",
            CAPACITY,
            "geen keuze trekt naar de hoeken willen en mogen; zet elk van die hoeken in de 'serves' van een "
            "keuze",
        ),
        (
            "en",
            CAPACITY,
            "no option pulls towards the corners strategy and legitimacy; put each of those corners in the "
            "'serves' of an option",
        ),
        ("nl", STRATEGY_TOO, "geen keuze trekt naar de hoek mogen; zet mogen in de 'serves' van een keuze"),
        ("en", STRATEGY_TOO, "no option pulls towards the corner legitimacy; put legitimacy in the 'serves'"),
    ],
    ids=["nl-two", "en-two", "nl-one", "en-one"],
)
def test_the_corners_balance_misses_are_named_as_the_guides_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, text: str, said: str
) -> None:
    path = yaml_file(tmp_path, text)
    assert said in only(printed(path, capsys, lang), "'weger'")
    main(["simulate", str(path), "--runs", "20", "--workers", "1", "--lang", lang])
    assert said in capsys.readouterr().out


@pytest.mark.parametrize(
    ("lang", "missed"),
    [
        ("nl", "mist  geen eindes: het spel stopt nooit vóór het einde van de termijn"),
        ("en", "MISS  no endings: the game never stops before the end of the term"),
    ],
)
def test_simulate_check_misses_the_endings_target_without_endings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, missed: str
) -> None:
    path = yaml_file(tmp_path, change(ENDINGS, "", SHORT))
    code = main(["simulate", str(path), "--check", "--runs", "20", "--workers", "1", "--lang", lang])
    lines = [line.strip() for line in capsys.readouterr().out.splitlines()]
    assert code == 1
    assert any(line.startswith(missed) for line in lines), lines
    assert not any("(0 " in line for line in lines)
