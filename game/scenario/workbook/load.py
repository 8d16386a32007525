"""Check a scenario workbook as a scenario file is checked: the same schema on its located nodes."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode

from game.core.model import Scenario
from game.errors import Phrase
from game.formatting import MEGABYTE, megabytes
from game.scenario.errors import Problem, sort_problems
from game.scenario.lint import Measure
from game.scenario.nodes import Checker, Explained
from game.scenario.schema import read_scenario
from game.scenario.source import Source
from game.scenario.workbook.cells import WorkbookUnreadable, read_workbook
from game.scenario.workbook.tree import workbook_tree

MAX_WORKBOOK_BYTES = 10 * 1024 * 1024  # a workbook is a zip of XML: larger than its YAML, still small


def is_workbook(path: str | Path) -> bool:
    return Path(path).suffix.lower() in (".xlsx", ".ods")


def workbook_nodes(path: Path) -> tuple[MappingNode | None, Source | None, list[Problem], Explained]:
    """The workbook's node tree, its Source (for the hash and the folder), the spreadsheet's problems and
    what those problems explain already."""
    filename = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_WORKBOOK_BYTES:
            limit = MAX_WORKBOOK_BYTES // MEGABYTE
            message = Phrase("problem.file.workbook_size", {"size": megabytes(size), "limit": limit})
            return None, None, [Problem.of(filename, 1, 1, message)], Explained()
        data = path.read_bytes()
        sheets = read_workbook(path)
    except FileNotFoundError:
        return None, None, [Problem.of(filename, 1, 1, Phrase("problem.file.not_found"))], Explained()
    except IsADirectoryError:
        return None, None, [Problem.of(filename, 1, 1, Phrase("problem.file.folder_workbook"))], Explained()
    except OSError as error:
        return (
            None,
            None,
            [
                Problem.of(
                    filename, 1, 1, Phrase("problem.file.unreadable", {"reason": error.strerror or error})
                )
            ],
            Explained(),
        )
    except WorkbookUnreadable as error:
        message = Phrase("problem.file.not_workbook", {"reason": error})
        return None, None, [Problem.of(filename, 1, 1, message)], Explained()
    root, problems, explained = workbook_tree(filename, sheets)
    return root, Source(filename, "", hashlib.sha256(data).hexdigest()), problems, explained


def check_workbook(path: str | Path, measure: Measure | None = None) -> tuple[Scenario | None, list[Problem]]:
    """The scenario in a workbook (None if it has errors) and every problem found, at its cell."""
    scenario, problems, _ = _checked(Path(path), measure)
    return scenario, problems


def workbook_data(path: Path) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The workbook as the data of a YAML scenario file (None when it has errors), for `import`."""
    scenario, problems, root = _checked(path, measure=None)
    if scenario is None or root is None:
        return None, problems
    data: dict[str, Any] = yaml.SafeLoader("").construct_document(root)
    return data, problems


def _checked(
    path: Path, measure: Measure | None
) -> tuple[Scenario | None, list[Problem], MappingNode | None]:
    root, source, problems, explained = workbook_nodes(path)
    if root is None or source is None:
        return None, sort_problems(problems), None
    checker = Checker(source.filename, "")
    checker.explain(explained)
    errors_before = any(problem.is_error for problem in problems)
    scenario = read_scenario(checker, root, source, measure, errors_before)
    if errors_before:
        scenario = None  # a spreadsheet's own error is an error like any other
    return scenario, sort_problems([*problems, *checker.problems]), root
