"""The commands take a workbook as they take a YAML file: export, import, validate, play, simulate."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.cli.test_headless import EXAMPLE, run


def test_export_validate_play_simulate_and_import_a_workbook(tmp_path: Path) -> None:
    book = tmp_path / "scenario.xlsx"
    exported = run("export", str(EXAMPLE), "--to", str(book))
    assert exported.returncode == 0 and book.is_file(), exported.stderr
    validated = run("validate", str(book))
    assert validated.returncode == 0 and validated.stdout.startswith(f"{book}: ok"), validated.stdout
    played = run("play", str(book), "--headless", "--auto", "--seed", "5")
    assert played.returncode == 0 and "Voorbeeldgemeente (toevalsgetal 5)" in played.stdout, played.stderr
    simulated = run("simulate", str(book), "--runs", "20")
    # (simulate names the scenario in the language of its messages, English here, as the scenario has it)
    assert simulated.returncode == 0 and f"Simulation of Sample municipality ({book})" in simulated.stdout
    again = run("export", str(EXAMPLE), "--to", str(book))
    assert again.returncode == 1 and f"{book} exists already; add --force to overwrite it" in again.stderr
    back = tmp_path / "terug.yaml"
    imported = run("import", str(book), "--to", str(back))
    assert imported.returncode == 0 and back.read_text(encoding="utf-8").startswith(
        "# Imported from scenario.xlsx"
    )


def test_a_broken_workbook_is_refused_with_its_cells(tmp_path: Path) -> None:
    book = tmp_path / "scenario.xlsx"
    assert run("export", str(EXAMPLE), "--to", str(book)).returncode == 0
    workbook = openpyxl.load_workbook(book)
    workbook["Scenario"]["B6"] = "=1+1"
    workbook.save(book)
    validated = run("validate", str(book))
    assert validated.returncode == 1
    assert (
        f"{book}:Scenario!B6: a formula (=1+1) instead of a value; type the value itself" in validated.stdout
    )
    imported = run("import", str(book), "--to", str(tmp_path / "x.yaml"))
    assert imported.returncode == 1 and not (tmp_path / "x.yaml").exists()
    assert imported.stderr.strip().endswith("; nothing written")
    played = run("play", str(book), "--headless", "--auto")
    assert played.returncode == 1 and "Scenario!B6" in played.stderr


def test_a_file_that_is_no_workbook_says_so(tmp_path: Path) -> None:
    fake = tmp_path / "scenario.xlsx"
    fake.write_text("not a zip", encoding="utf-8")
    validated = run("validate", str(fake))
    assert validated.returncode == 1
    assert validated.stdout.startswith(f"{fake}:1:1: cannot read this as a workbook")
