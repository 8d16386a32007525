"""`export SCENARIO --to FILE.xlsx|.ods` and `import WORKBOOK --to FILE.yaml`: scenarios in a spreadsheet."""

from __future__ import annotations

from pathlib import Path

from game.cli.language import program_name
from game.core.model import Scenario
from game.errors import GameError
from game.files import write_text
from game.i18n import counted, t
from game.scenario import Problem, check_scenario
from game.scenario.order import cause_lines
from game.scenario.workbook.layout import SUFFIXES

YAML_SUFFIXES = (".yaml", ".yml")


def run_export(source: Path, target: Path, force: bool = False, lang: str = "en") -> int:
    """Write the scenario (a YAML file or a workbook) as a workbook; its problems first, if it has any."""
    if target.suffix.lower() not in SUFFIXES:
        raise GameError(key="cli.workbook.suffix", path=target)
    _check_target(source, target, force)
    scenario = _valid(source, lang)
    from game.scenario.workbook.export import export_workbook  # openpyxl and odfpy only here

    try:
        export_workbook(scenario, target)
    except OSError as error:
        raise GameError(
            key="cli.workbook.cannot_write", path=target, reason=error.strerror or error
        ) from None
    print(t("cli.workbook.exported", lang, source=source, target=target, cards=len(scenario.cards)))
    return 0


def run_import(source: Path, target: Path, force: bool = False, lang: str = "en") -> int:
    """Write a workbook as a YAML scenario file, once it is valid."""
    if target.suffix.lower() not in YAML_SUFFIXES:
        raise GameError(key="cli.workbook.yaml_suffix", path=target)
    _check_target(source, target, force)
    if source.suffix.lower() in YAML_SUFFIXES:
        raise GameError(key="cli.workbook.already_yaml", name=source.name)
    import yaml

    from game.scenario.workbook.load import workbook_data

    data, problems = workbook_data(source)
    _said(source, problems, data is not None, lang)
    assert data is not None
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
    comment = t("cli.workbook.imported_comment", lang, name=source.name, program=program_name())
    write_text(target, f"{comment}\n{text}")
    print(t("cli.workbook.imported", lang, source=source, target=target))
    return 0


def _check_target(source: Path, target: Path, force: bool) -> None:
    if not source.is_file():
        raise GameError(key="cli.no_file", path=source)
    if target.exists() and not force:
        raise GameError(key="cli.workbook.exists", path=target)
    if target.resolve() == source.resolve():
        raise GameError(key="cli.workbook.itself", path=target)


def _valid(source: Path, lang: str) -> Scenario:
    scenario, problems = check_scenario(source)
    _said(source, problems, scenario is not None, lang)
    assert scenario is not None
    return scenario


def _said(source: Path, problems: list[Problem], valid: bool, lang: str) -> None:
    """Print the problems; when the file is not valid, stop: nothing is written."""
    for line in cause_lines(problems, lang):
        print(line)
    if not valid:
        errors = sum(problem.is_error for problem in problems)
        problems_said = counted(errors, "problem", lang)
        raise GameError(key="cli.workbook.nothing_written", path=source, problems=problems_said)
