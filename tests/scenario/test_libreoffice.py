"""Workbooks as LibreOffice saves them: a yes/no cell saved as =TRUE() reads as its value (other formulas
stay refused at their cell), and every shipped scenario's export, saved by LibreOffice Calc headless
(.xlsx as .xlsx, .xlsx as .ods, .ods as .xlsx), validates and plays the same games as its YAML file."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from game.core.engine import Game
from game.core.model import Scenario
from game.core.playthrough import game_record, play_to_end, random_policy
from game.paths import SCENARIOS_DIR
from game.scenario import check_scenario
from game.scenario.workbook.cells import read_workbook
from game.scenario.workbook.export import export_workbook
from tests.scenario.helpers import BASE, TRIANGLE, change

SHIPPED = sorted(SCENARIOS_DIR.glob("*.yaml"))
EXAMPLE = SCENARIOS_DIR / "voorbeeld.yaml"
SOFFICE = ("soffice", "libreoffice")
# (what the game exports, what LibreOffice saves it as): the three ways a facilitator round-trips it
DIRECTIONS = (("xlsx", "xlsx"), ("xlsx", "ods"), ("ods", "xlsx"))
CONVERT_TIMEOUT = 300  # seconds for one soffice call (a first start makes its profile: a few seconds)
SEEDS = range(5)

# Text a spreadsheet could take for a formula or a number (the quote prefix), a fractional weight, a
# repeatable card, a text of two lines and labels that read TRUE: each must survive LibreOffice as typed.
TRICKY_EDITS = (
    (
        "title: {nl: Robot, en: Robot}",
        "title: {nl: '=Robot', en: '+Robot'}\n    weight: 0.5\n    repeatable: true",
    ),
    ('label: {nl: Ja, en: "Yes"}', "label: {nl: '-10 budget', en: '@raad'}"),
    ("text: Een robot bij de ingang.", 'text: "=SOM(A1:A3)\\nTweede regel"'),
    ("label: A", "label: '=TRUE()'"),
    ("label: B\n        effects: {}", "label: 'TRUE'\n        effects: {budget: 1}"),
)


def tricky() -> str:
    text = BASE
    for old, new in TRICKY_EDITS:
        text = change(old, new, text)
    return text


EXTRA = {"lastig": tricky(), "driehoek": TRIANGLE}  # not shipped: what the shipped ones do not have


# -- constant formulas, without LibreOffice ----------------------------------------------------------


def test_a_constant_formula_in_an_xlsx_reads_as_its_value_and_others_stay_formulas(tmp_path: Path) -> None:
    typed = {
        "A1": "=TRUE()",
        "A2": "=FALSE()",
        "A3": "=true",
        "A4": "=False",
        "A5": "= TRUE ( )",
        "A6": "=TRUE()+0",
        "A7": "=NOT(FALSE())",
        "A8": "=IF(TRUE(),1,0)",
        "A9": "=TRUEISH()",
    }
    book = openpyxl.Workbook()
    worksheet = book.active
    assert worksheet is not None
    for place, formula in typed.items():
        worksheet[place] = formula
    path = tmp_path / "formulas.xlsx"
    book.save(path)
    cells = [row[0] for row in read_workbook(path)[0].rows]
    assert [(cell.value, cell.formula) for cell in cells] == [
        (True, None),
        (False, None),
        (True, None),
        (False, None),
        (True, None),
        (None, "=TRUE()+0"),
        (None, "=NOT(FALSE())"),
        (None, "=IF(TRUE(),1,0)"),
        (None, "=TRUEISH()"),
    ]


def test_a_constant_formula_in_an_ods_reads_as_its_value_and_others_stay_formulas(tmp_path: Path) -> None:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Kaarten")
    # as LibreOffice writes a yes/no cell: a float 1 or 0 with its formula, or a boolean with one
    for formula, extra in (
        ("of:=TRUE()", {"valuetype": "float", "value": "1"}),
        ("of:=FALSE()", {"valuetype": "boolean", "booleanvalue": "false"}),
        ("of:=[.B1]", {"valuetype": "float", "value": "1"}),
        ("of:=TRUE()*2", {"valuetype": "float", "value": "2"}),
    ):
        row = TableRow()
        cell = TableCell(formula=formula, **extra)
        cell.addElement(P(text="?"))
        row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    path = tmp_path / "formulas.ods"
    document.save(str(path))
    cells = [row[0] for row in read_workbook(path)[0].rows]
    assert [(cell.value, cell.formula) for cell in cells] == [
        (True, None),
        (False, None),
        (None, "=[.B1]"),
        (None, "=TRUE()*2"),
    ]


def test_a_workbook_with_yes_no_cells_as_formulas_validates_and_another_formula_is_refused(
    tmp_path: Path,
) -> None:
    original, _ = check_scenario(EXAMPLE)
    assert original is not None
    path = tmp_path / "voorbeeld.xlsx"
    export_workbook(original, path)
    book = openpyxl.load_workbook(path)
    cards = book["Kaarten"]
    column = next(cell.column_letter for cell in cards[1] if cell.value == "scheduled_only")
    yes = [cell for cell in cards[column][1:] if cell.value is True]
    assert yes, "the example has a scheduled_only card"
    for cell in yes:
        cell.value = "=TRUE()"
    book.save(path)
    scenario, problems = check_scenario(path)
    assert scenario is not None and problems == []
    assert comparable(scenario) == comparable(original)
    yes[0].value = "=1=1"
    book.save(path)
    scenario, problems = check_scenario(path)
    assert scenario is None
    assert (
        f"{path}:Kaarten!{yes[0].coordinate}: a formula (=1=1) instead of a value; type the value itself"
        in [str(problem) for problem in problems]
    )


# -- the round trip through LibreOffice --------------------------------------------------------------


def soffice() -> str:
    for name in SOFFICE:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip(
        "no soffice on PATH (Debian: apt-get install libreoffice-calc-nogui); .ci/run installs it in CI"
    )


def comparable(scenario: Scenario) -> Scenario:
    return dataclasses.replace(scenario, source="", content_hash="")


def played(scenario: Scenario) -> list[dict[str, Any]]:
    """The games of a fixed policy (always the first option, then random ones seeded by the game's seed):
    choices, meters, ending, profile and events."""
    records = []
    for seed in SEEDS:
        for policy in (lambda game: 0, random_policy(seed)):
            record = game_record(play_to_end(Game(scenario, seed), policy))
            records.append({key: value for key, value in record.items() if key != "scenario_file"})
    return records


@pytest.fixture(scope="session")
def saved_by_libreoffice(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[tuple[str, str], tuple[Path, Path]]:
    """Every scenario (shipped and extra) exported by the game, then saved by LibreOffice in each
    direction, all files of a direction in one soffice call: {(stem, direction): (the game's export, the
    file LibreOffice saved)}."""
    program = soffice()
    root = tmp_path_factory.mktemp("libreoffice")
    exported = {"xlsx": root / "exported-xlsx", "ods": root / "exported-ods"}
    for suffix, folder in exported.items():
        folder.mkdir()
        for stem, path in yaml_files(root).items():
            scenario, problems = check_scenario(path)
            assert scenario is not None, problems
            export_workbook(scenario, folder / f"{stem}.{suffix}")
    # a profile of its own: no user's settings, no lock shared with a LibreOffice the user has open
    environment = {**os.environ, "HOME": str(root / "home")}
    profile = (root / "profile").as_uri()
    saved = {}
    for source, target in DIRECTIONS:
        out = root / f"{source}-as-{target}"
        command = [program, f"-env:UserInstallation={profile}", "--headless", "--norestore"]
        command += ["--convert-to", target, "--outdir", str(out)]
        command += sorted(str(path) for path in exported[source].iterdir())
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=CONVERT_TIMEOUT, env=environment, check=False
        )
        for path in exported[source].iterdir():
            file = out / f"{path.stem}.{target}"
            assert result.returncode == 0 and file.is_file(), (result.stdout + result.stderr)[-2000:]
            saved[(path.stem, f"{source}-as-{target}")] = (path, file)
    return saved


def yaml_files(folder: Path) -> dict[str, Path]:
    """The shipped scenarios and the extra ones (written into `folder`), by their stem."""
    paths = {path.stem: path for path in SHIPPED}
    for stem, text in EXTRA.items():
        paths[stem] = folder / f"{stem}.yaml"
        paths[stem].write_text(text, encoding="utf-8")
    return paths


@pytest.mark.parametrize("direction", [f"{source}-as-{target}" for source, target in DIRECTIONS])
@pytest.mark.parametrize("stem", [path.stem for path in SHIPPED] + list(EXTRA))
def test_a_workbook_saved_by_libreoffice_validates_and_plays_the_same_game(
    saved_by_libreoffice: dict[tuple[str, str], tuple[Path, Path]], stem: str, direction: str, tmp_path: Path
) -> None:
    original, _ = check_scenario(yaml_files(tmp_path)[stem])
    assert original is not None
    exported, saved = saved_by_libreoffice[(stem, direction)]
    scenario, problems = check_scenario(saved)
    shown = "\n".join(str(problem) for problem in problems)
    assert scenario is not None, shown
    # what the game's own export says and no more (the shipped scenarios say nothing)
    said = [problem.message for problem in check_scenario(exported)[1]]
    assert sorted(problem.message for problem in problems) == sorted(said), shown
    assert comparable(scenario) == comparable(original)
    assert played(scenario) == played(original)
