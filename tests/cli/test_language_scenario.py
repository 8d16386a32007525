"""validate, watch, export and import in the author's language: a damaged workbook and a bad YAML file
said in Dutch and in English (--lang, else the system's language); the places and ids stay as they are."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from game.i18n_scenario import SCENARIO_STRINGS
from game.paths import SCENARIOS_DIR
from game.scenario import check_scenario
from tests.cli.test_watch import Output
from tests.scenario.test_error_order import damaged

ROOT = Path(__file__).resolve().parents[2]
COUNCIL = SCENARIOS_DIR / "raadssessie.yaml"
BAD_YAML = "format: 1\nid: x\n  title: a: b\n"


def run(*args: str, cwd: Path, system: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": system, "LC_ALL": system, "LC_MESSAGES": system}
    command = [sys.executable, str(ROOT / "main.py"), *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return damaged(COUNCIL, "merged option cells", tmp_path_factory.mktemp("merged"))[0]


@pytest.mark.parametrize(
    ("choice", "said"),
    [
        (
            ["--lang", "nl"],
            [
                "{path}:Opties!A2: samengevoegde cellen A2:A4; maak ze weer los: elke waarde heeft een eigen "
                "cel nodig",
                "  en 6 problemen die daaruit volgen",
                "Meer controles volgen als de fouten weg zijn.",
                "{path}: 6 fouten, 1 waarschuwing",
            ],
        ),
        (
            ["--lang", "en"],
            [
                "{path}:Opties!A2: merged cells A2:A4; unmerge them: every value needs a cell of its own",
                "  and 6 problems that follow from it",
                "More checks follow once the errors are fixed.",
                "{path}: 6 errors, 1 warning",
            ],
        ),
    ],
    ids=["nl", "en"],
)
def test_validate_says_a_damaged_workbook_in_either_language(
    merged: Path, choice: list[str], said: list[str]
) -> None:
    done = run("validate", str(merged), *choice, cwd=merged.parent)
    assert done.returncode == 1 and done.stderr == "", done.stderr
    assert done.stdout.splitlines() == [line.format(path=merged) for line in said]


@pytest.mark.parametrize(
    ("args", "system", "said"),
    [
        (
            [],
            "nl_NL.UTF-8",
            [
                "{path}:3:8: onverwachte ':' hier; staat er in een tekst een dubbele punt met een spatie "
                "erachter, zet dan de hele tekst tussen aanhalingstekens",
                "Meer controles volgen als de fouten weg zijn.",
                "{path}: 1 fout",
            ],
        ),
        (
            ["--lang", "en"],
            "nl_NL.UTF-8",
            [
                "{path}:3:8: unexpected ':' here; if a text contains a colon followed by a space, put the "
                "whole text in quotes",
                "More checks follow once the errors are fixed.",
                "{path}: 1 error",
            ],
        ),
    ],
    ids=["system-nl", "lang-en"],
)
def test_validate_says_a_bad_yaml_file_in_the_chosen_language(
    tmp_path: Path, args: list[str], system: str, said: list[str]
) -> None:
    path = tmp_path / "kapot.yaml"
    path.write_text(BAD_YAML, encoding="utf-8")
    done = run("validate", str(path), *args, cwd=tmp_path, system=system)
    assert done.returncode == 1 and done.stderr == "", done.stderr
    assert done.stdout.splitlines() == [line.format(path=path) for line in said]


def test_validate_says_a_valid_scenario_in_dutch(tmp_path: Path) -> None:
    done = run("validate", str(COUNCIL), "--lang", "nl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{COUNCIL}: ok \u2014 15 kaarten, 46 keuzes; woorden: nl "), done.stdout


@pytest.mark.parametrize(
    ("lang", "cause", "error"),
    [
        ("nl", "samengevoegde cellen A2:A4", "fout: {path}: 6 problemen; niets geschreven"),
        ("en", "merged cells A2:A4", "error: {path}: 6 problems; nothing written"),
    ],
)
def test_import_and_export_say_a_damaged_workbook_in_either_language(
    merged: Path, tmp_path: Path, lang: str, cause: str, error: str
) -> None:
    for command, target in (("import", "uit.yaml"), ("export", "uit.ods")):
        done = run(command, str(merged), "--to", str(tmp_path / target), "--lang", lang, cwd=tmp_path)
        assert done.returncode == 1, done.stdout
        assert done.stdout.startswith(f"{merged}:Opties!A2: {cause}; "), done.stdout
        assert done.stderr.strip() == error.format(path=merged)
        assert not (tmp_path / target).exists()


def test_export_says_a_bad_yaml_file_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "kapot.yaml"
    path.write_text(BAD_YAML, encoding="utf-8")
    done = run("export", str(path), "--to", str(tmp_path / "uit.xlsx"), cwd=tmp_path, system="nl_NL.UTF-8")
    assert done.returncode == 1
    assert done.stdout.startswith(f"{path}:3:8: onverwachte ':' hier; "), done.stdout
    assert done.stderr.strip() == f"fout: {path}: 1 probleem; niets geschreven"


def test_watch_says_its_verdict_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "raad.xlsx"
    shutil.copy(damaged(COUNCIL, "turn typed as a date", tmp_path)[0], path)
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"}
    command = [sys.executable, str(ROOT / "main.py"), "watch", str(path), "--runs", "30", "--lang", "nl"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    output = Output(process)
    try:
        first = output.until(f"ik houd {path} in de gaten")
        assert first[1].startswith(
            f"{path}:Kaarten!N2: de spreadsheet maakte van wat hier getypt is een datum"
        )
        assert first[2:-1] == [
            "  en 1 probleem dat daaruit volgt",
            "Meer controles volgen als de fouten weg zijn.",
            f"{path}: 2 fouten, 0 waarschuwingen; niet gesimuleerd",
        ]
        assert first[-1] == f"ik houd {path} in de gaten (Ctrl+C stopt)"
    finally:
        process.terminate()
        process.wait(10)


def test_watch_says_a_valid_scenario_in_english(tmp_path: Path) -> None:
    from game.cli.watch import run_watch

    said: list[str] = []
    assert run_watch(COUNCIL, runs=30, say=said.append, changes=(), lang="en") == 0
    verdict = said[0].splitlines()
    assert verdict[-1].startswith(f"{COUNCIL}: ok with 0 warnings; balance "), verdict
    assert verdict[-1].endswith(" targets met (30 games per policy)"), verdict
    assert said[1] == f"watching {COUNCIL} (Ctrl+C stops)"


def test_every_problem_of_a_damaged_workbook_is_said_in_dutch(tmp_path: Path) -> None:
    """No English word left in a Dutch problem of the workbook's structure (its ids and cells aside)."""
    path = damaged(COUNCIL, "renamed text column", tmp_path)[0]
    book = openpyxl.load_workbook(path)
    book["Opties"].merge_cells("B2:B3")
    book.save(path)
    problems = check_scenario(path)[1]
    assert len(problems) > 5 and all(problem.key for problem in problems)
    english = {"the", "is", "of", "must", "not", "and", "has", "missing", "unknown"}
    for problem in problems:
        dutch = problem.said("nl")
        assert dutch != problem.message and not english & set(dutch.replace(";", " ").split()), dutch


def test_the_scenario_messages_are_dutch_first() -> None:
    """No message left in English in its Dutch place (a word that is the same in both aside)."""
    same = {
        key
        for key, entry in SCENARIO_STRINGS.items()
        if entry["nl"] == entry["en"] and "{" not in entry["en"]
    }
    assert same == {"problem.noun.meter", "problem.noun.aspect", "problem.term.one"}  # (the number 1)
