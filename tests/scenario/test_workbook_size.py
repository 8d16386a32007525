"""A workbook over the size limit is refused before it is opened, its size said in MB in either language."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.scenario.workbook.load import MAX_WORKBOOK_BYTES, workbook_nodes


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "het werkboek is te groot (10,5 MB); een werkboek mag hooguit 10 MB zijn"),
        ("en", "the workbook is too large (10.5 MB); a workbook may be at most 10 MB"),
    ],
)
def test_a_workbook_too_large_is_said_in_megabytes(tmp_path: Path, lang: str, said: str) -> None:
    path = tmp_path / "groot.xlsx"
    with path.open("wb") as file:
        file.truncate(MAX_WORKBOOK_BYTES + 512 * 1024)  # (sparse: nothing is written)
    root, _, problems, _ = workbook_nodes(path)
    assert root is None
    assert [problem.text(lang) for problem in problems] == [f"{path}:1:1: {said}"]
