"""`export SCENARIO --to FILE.xlsx|.ods` and `import WORKBOOK --to FILE.yaml`: scenarios in a spreadsheet."""

from __future__ import annotations

from pathlib import Path

from game.core.model import Scenario
from game.errors import GameError
from game.files import write_text
from game.scenario import Problem, check_scenario
from game.scenario.order import cause_lines
from game.scenario.workbook.layout import SUFFIXES

YAML_SUFFIXES = (".yaml", ".yml")


def run_export(source: Path, target: Path, force: bool = False) -> int:
    """Write the scenario (a YAML file or a workbook) as a workbook; its problems first, if it has any."""
    if target.suffix.lower() not in SUFFIXES:
        raise GameError(f"{target}: a workbook ends in .xlsx or .ods")
    _check_target(source, target, force)
    scenario = _valid(source)
    from game.scenario.workbook.export import export_workbook  # openpyxl and odfpy only here

    try:
        export_workbook(scenario, target)
    except OSError as error:
        raise GameError(f"{target}: cannot write the workbook ({error.strerror or error})") from None
    sheets = f"{len(scenario.cards)} cards on the sheet 'Kaarten', their options on 'Opties'"
    print(f"{source} written to {target}: {sheets}")
    return 0


def run_import(source: Path, target: Path, force: bool = False) -> int:
    """Write a workbook as a YAML scenario file, once it is valid."""
    if target.suffix.lower() not in YAML_SUFFIXES:
        raise GameError(f"{target}: a scenario file ends in .yaml")
    _check_target(source, target, force)
    import yaml

    from game.scenario.workbook.load import workbook_data

    data, problems = workbook_data(source)
    _said(source, problems, valid=data is not None)
    assert data is not None
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
    write_text(target, f"# Imported from {source.name} (python main.py import).\n{text}")
    print(f"{source} written to {target}")
    return 0


def _check_target(source: Path, target: Path, force: bool) -> None:
    if not source.is_file():
        raise GameError(f"{source}: no such file")
    if target.exists() and not force:
        raise GameError(f"{target} exists already; add --force to overwrite it")
    if target.resolve() == source.resolve():
        raise GameError(f"{target}: the file cannot be written over itself")


def _valid(source: Path) -> Scenario:
    scenario, problems = check_scenario(source)
    _said(source, problems, valid=scenario is not None)
    assert scenario is not None
    return scenario


def _said(source: Path, problems: list[Problem], valid: bool) -> None:
    """Print the problems; when the file is not valid, stop: nothing is written."""
    for line in cause_lines(problems):
        print(line)
    if not valid:
        errors = sum(problem.is_error for problem in problems)
        raise GameError(f"{source}: {errors} problem{'s' if errors != 1 else ''}; nothing written")
