"""`validate` after a Dutch user test: errors before warnings, what follows from a bad 'then' or an unread
key folded under it, a line saying that more checks follow, a missing translation at its empty cell and a
number's example that fits its field; on damaged copies of the shipped council scenario."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from game.paths import SCENARIOS_DIR
from game.scenario import load_scenario
from game.scenario.workbook.export import export_workbook

ROOT = Path(__file__).resolve().parents[2]
COUNCIL = SCENARIOS_DIR / "raadssessie.yaml"
MORE = {
    "nl": "Meer controles volgen als de fouten weg zijn.",
    "en": "More checks follow once the errors are fixed.",
}
WARNING = {"nl": ": waarschuwing: ", "en": ": warning: "}
Edit = Callable[[openpyxl.Workbook], None]


def validate(path: Path, lang: str) -> list[str]:
    """The lines `validate` prints for `path` in `lang` (it fails: every file here has an error)."""
    env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8", "LANGUAGE": "en"}
    command = [sys.executable, str(ROOT / "main.py"), "validate", str(path), "--lang", lang]
    done = subprocess.run(command, capture_output=True, text=True, cwd=path.parent, env=env, timeout=120)
    assert done.returncode == 1 and done.stderr == "", done.stderr
    return done.stdout.splitlines()


def council_book(folder: Path, edit: Edit) -> Path:
    """The council scenario as a workbook, edited."""
    path = folder / "raad.xlsx"
    export_workbook(load_scenario(COUNCIL), path)
    book = openpyxl.load_workbook(path)
    edit(book)
    book.save(path)
    return path


def column(book: openpyxl.Workbook, sheet: str, name: str) -> str:
    """The letter of the column headed `name`."""
    return next(str(cell.column_letter) for cell in book[sheet][1] if cell.value == name)


def row_of(book: openpyxl.Workbook, card: str) -> int:
    """The row of a card on the sheet 'Kaarten'."""
    return next(int(str(cell.row)) for cell in book["Kaarten"]["A"] if cell.value == card)


@pytest.fixture(scope="module")
def bad_then(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The only 'then' that plans 'scanauto_krant' typed with a ';' (as in the user test)."""

    def edit(book: openpyxl.Workbook) -> None:
        cell = book["Opties"][f"{column(book, 'Opties', 'then')}2"]
        assert cell.value == "scanauto_krant:2"
        cell.value = "scanauto_krant;2"

    return council_book(tmp_path_factory.mktemp("then"), edit)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "'then' verwijst naar kaart 'scanauto_krant;2', die niet bestaat; bedoelde je 'scanauto_krant'?",
        ),
        (
            "en",
            "'then' points to card 'scanauto_krant;2', which does not exist; did you mean 'scanauto_krant'?",
        ),
    ],
)
def test_a_card_no_then_plans_because_its_then_is_misspelled_is_folded_under_it(
    bad_then: Path, lang: str, said: str
) -> None:
    lines = validate(bad_then, lang)
    follows = {"nl": "  en 1 probleem dat daaruit volgt", "en": "  and 1 problem that follows from it"}
    assert lines[:3] == [f"{bad_then}:Opties!N2: {said}", follows[lang], MORE[lang]], lines
    assert not any("scanauto_krant" in line for line in lines[3:]), lines  # its 'never played' is folded


def test_errors_come_before_warnings_that_stand_earlier_in_the_file(tmp_path: Path) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        kaarten = book["Kaarten"]
        kaarten[f"{column(book, 'Kaarten', 'scheduled_only')}{row_of(book, 'robot_ingang')}"] = True
        book["Opties"][f"{column(book, 'Opties', 'budget')}2"] = "veel"

    path = council_book(tmp_path, edit)
    robot = row_of(openpyxl.load_workbook(path), "robot_ingang")
    for lang in ("nl", "en"):
        lines = validate(path, lang)
        assert lines[0].startswith(f"{path}:Opties!I2: "), lines  # the error, though its sheet comes later
        assert lines[1] == MORE[lang], lines
        assert lines[2].startswith(f"{path}:Kaarten!A{robot}{WARNING[lang]}"), lines
        assert "robot_ingang" in lines[2] and WARNING[lang] not in lines[0], lines


def test_text_in_an_effect_column_brings_no_warning_that_follows_from_it(tmp_path: Path) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        sheet = book["Opties"]
        budget = column(book, "Opties", "budget")
        for row in range(2, sheet.max_row + 1):  # budget is typed as text everywhere: no option moves it
            if sheet[f"{budget}{row}"].value is not None:
                sheet[f"{budget}{row}"] = "veel"

    path = council_book(tmp_path, edit)
    lines = validate(path, "en")
    assert all(": text in the effect column 'budget': 'veel' is not a number" in line for line in lines[:-2])
    assert lines[-2] == MORE["en"] and lines[-1].startswith(f"{path}: "), lines
    assert "0 warnings" in lines[-1] or "warning" not in lines[-1], lines  # no 'budget is never changed'


def test_a_flag_set_under_a_misspelled_options_key_is_not_a_second_error(tmp_path: Path) -> None:
    text = COUNCIL.read_text(encoding="utf-8")
    start = text.index("- id: scanauto\n")
    at = text.index("options:", start)
    path = tmp_path / "raad.yaml"
    path.write_text(text[:at] + "optoins:" + text[at + len("options:") :], encoding="utf-8")
    line = text[:at].count("\n") + 1
    column_number = at - text.rindex("\n", 0, at)
    for lang, key, follows in (
        (
            "nl",
            "onbekende sleutel 'optoins' in kaart 'scanauto'; bedoelde je 'options'?",
            "  en 3 problemen die daaruit volgen",
        ),
        (
            "en",
            "unknown key 'optoins' in card 'scanauto'; did you mean 'options'?",
            "  and 3 problems that follow from it",
        ),
    ):
        lines = validate(path, lang)
        # card 'scanauto' misses 'options'; 'scan_afval' (set there) is unknown in scanauto_krant's
        # 'requires'; scanauto_krant (planned there) is never played: all three follow from the key
        assert lines == [
            f"{path}:{line}:{column_number}: {key}",
            follows,
            MORE[lang],
            lines[-1],
        ], lines


def test_an_empty_translation_points_at_its_own_cell(tmp_path: Path) -> None:
    letter: list[str] = []

    def edit(book: openpyxl.Workbook) -> None:
        letter.append(column(book, "Opties", "label_en"))
        book["Opties"][f"{letter[0]}3"] = None

    path = council_book(tmp_path, edit)
    first = validate(path, "nl")[0]
    assert first.startswith(f"{path}:Opties!{letter[0]}3: 'label' van "), first
    assert first.endswith(" van kaart 'scanauto' heeft geen tekst in taal 'en'"), first


@pytest.mark.parametrize(
    ("lang", "examples"),
    [
        ("nl", {"at_year": "zoals 1,", "weight": "zoals 1 of 2,", "budget": "zoals 5 of -10,"}),
        ("en", {"at_year": "like 1,", "weight": "like 1 or 2,", "budget": "like 5 or -10,"}),
    ],
)
def test_a_number_typed_as_text_gets_an_example_that_fits_its_field(
    tmp_path: Path, lang: str, examples: dict[str, str]
) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        book["Kaarten"][f"{column(book, 'Kaarten', 'at_year')}2"] = "eerste"
        book["Kaarten"][f"{column(book, 'Kaarten', 'weight')}3"] = "zwaar"
        book["Opties"][f"{column(book, 'Opties', 'budget')}2"] = "veel"

    lines = validate(council_book(tmp_path, edit), lang)
    typed = {"at_year": "'eerste'", "weight": "'zwaar'", "budget": "'veel'"}
    for name, example in examples.items():
        said = [line for line in lines if typed[name] in line]
        assert len(said) == 1 and f"'{name}'" in said[0] and example in said[0], (name, lines)


@pytest.mark.parametrize("typed", ["scan afval", "scan-afval"])
def test_a_flag_whose_name_in_set_is_refused_is_not_a_second_error(tmp_path: Path, typed: str) -> None:
    letter: list[str] = []

    def edit(book: openpyxl.Workbook) -> None:
        letter.append(column(book, "Opties", "set"))
        assert book["Opties"][f"{letter[0]}2"].value == "scan_afval"
        book["Opties"][f"{letter[0]}2"] = typed

    path = council_book(tmp_path, edit)
    lines = validate(path, "nl")
    assert lines[0].startswith(f"{path}:Opties!{letter[0]}2: vlagnaam '{typed}' "), lines
    # scanauto_krant's 'requires' names the flag as it was meant: that it is never set follows from it
    assert lines[1:3] == ["  en 1 probleem dat daaruit volgt", MORE["nl"]], lines
