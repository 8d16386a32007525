"""Damaged workbooks from strangers: each gets a plain message or a problem at its cell, and `validate`
exits 1 (a broken file), never 3 (a bug of ours); odfpy prints nothing; a zip bomb is refused from the
zip's directory, before anything is unpacked."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from game.cli.main import main
from game.scenario import check_scenario
from tests.cli.test_headless import run
from tests.scenario.damaged_workbooks.make import DAMAGED, FOLDER, make

CORPUS = sorted(path.name for path in FOLDER.iterdir() if path.suffix in (".xlsx", ".ods"))


def test_the_corpus_is_what_its_script_makes() -> None:
    assert len(CORPUS) >= 10 and sorted(DAMAGED) == CORPUS


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_validate_says_what_is_wrong_with_a_damaged_workbook(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = FOLDER / name
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    expected = DAMAGED[name][1]
    assert expected in out, out
    lines, summary = out.splitlines()[:-1], out.splitlines()[-1]
    problems = [line for line in lines if line.startswith(f"{path}:")]
    folded = [re.fullmatch(r"  and (\d+) problems? that follows? from it", line) for line in lines[1:]]
    assert all(line.startswith(f"{path}:") for line in lines[:1]) and len(problems) + len(folded) == len(
        lines
    )
    count = len(problems) + sum(int(match.group(1)) for match in folded if match is not None)
    assert summary == f"{path}: {count} error{'s' if count > 1 else ''}", out
    assert "went wrong" not in out + err and "Traceback" not in out + err
    assert "SAX FAILED" not in out and "<?xml" not in out


@pytest.mark.parametrize("name", ["truncated-content.ods", "zip-bomb.xlsx"])
def test_the_command_itself_exits_1(name: str) -> None:
    validated = run("validate", str(FOLDER / name))
    assert validated.returncode == 1, validated.stderr
    assert DAMAGED[name][1] in validated.stdout and validated.stderr == ""


def test_the_script_makes_the_same_damage(tmp_path: Path) -> None:
    """Made again, every file gets the same messages as the one kept in tests/ (but for the numbers: where
    a cut falls depends on the export)."""

    def messages(path: Path) -> list[str]:
        return [re.sub(r"\d+", "N", problem.message) for problem in check_scenario(path)[1]]

    for path in make(tmp_path):
        assert messages(path) == messages(FOLDER / path.name), path.name


def test_odfpy_prints_nothing_on_a_damaged_part(capsys: pytest.CaptureFixture[str]) -> None:
    scenario, problems = check_scenario(FOLDER / "truncated-content.ods")
    assert scenario is None and len(problems) == 1
    assert "content.xml is not well-formed XML (unclosed token: line 2" in problems[0].message
    assert capsys.readouterr() == ("", "")


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(monkeypatch: pytest.MonkeyPatch) -> None:
    def unpack(*args: object, **kwargs: object) -> None:
        raise AssertionError("a part was unpacked")

    monkeypatch.setattr(zipfile.ZipFile, "open", unpack)
    for name in ("zip-bomb.xlsx", "packed-too-well.ods"):
        scenario, problems = check_scenario(FOLDER / name)
        assert scenario is None and [problem.place for problem in problems] == ["1:1"]
        assert DAMAGED[name][1] in problems[0].message


def test_a_damaged_number_is_said_at_its_cell() -> None:
    scenario, problems = check_scenario(FOLDER / "number-without-value.ods")
    assert scenario is None
    assert "Meters!D2" in [problem.place for problem in problems]
