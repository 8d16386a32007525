"""The command line as a user runs it: headless play, logs, validate, and friendly errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "scenarios" / "voorbeeld.yaml"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_headless_auto_prints_a_summary_and_writes_the_log(tmp_path: Path) -> None:
    log = tmp_path / "game.json"
    result = run("play", str(EXAMPLE), "--headless", "--auto", "--seed", "4", "--log", str(log))
    assert result.returncode == 0, result.stderr
    assert "Voorbeeldgemeente (toevalsgetal 4)" in result.stdout
    assert "Legitimiteit:" in result.stdout
    record = json.loads(log.read_text(encoding="utf-8"))
    assert record["scenario"] == "voorbeeld"
    assert record["seed"] == 4
    assert set(record["final_meters"]) == {"public_value", "legitimacy", "trust", "capacity", "budget"}
    assert (record["ending"] is None) != (record["profile"] is None)
    assert record["triangle"] is not None and record["triangle_basis"] == "options"  # its options say
    first = record["choices"][0]
    assert set(first) == {"year", "turn", "card", "option"}
    assert first["year"] == 1 and first["turn"] == 1


def test_the_same_seed_and_choices_write_the_same_log(tmp_path: Path) -> None:
    logs = []
    for name in ("a.json", "b.json"):
        log = tmp_path / name
        result = run(
            "play",
            str(EXAMPLE),
            "--headless",
            "--choices",
            "2,1",
            "--auto",
            "--seed",
            "11",
            "--log",
            str(log),
        )
        assert result.returncode == 0, result.stderr
        record = json.loads(log.read_text(encoding="utf-8"))
        del record["session_log"]  # where each run's session log went: a new file each time
        logs.append(json.dumps(record))
    assert logs[0] == logs[1]


def test_choices_are_followed_in_order(tmp_path: Path) -> None:
    # Option 2 everywhere keeps every meter above zero in the example scenario: a full term.
    log = tmp_path / "game.json"
    result = run(
        "play", str(EXAMPLE), "--headless", "--choices", "2,2,2,2,2,2", "--seed", "1", "--log", str(log)
    )
    assert result.returncode == 0, result.stderr
    record = json.loads(log.read_text(encoding="utf-8"))
    assert [choice["option"] for choice in record["choices"]] == [2] * len(record["choices"])
    assert record["choices"][3]["year"] == 2


def test_running_out_of_choices_is_an_error_without_traceback() -> None:
    result = run("play", str(EXAMPLE), "--headless", "--choices", "1", "--seed", "1")
    assert result.returncode == 1
    assert "ran out of choices in year 1, turn 2" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_choice_the_card_does_not_have_is_an_error() -> None:
    result = run("play", str(EXAMPLE), "--headless", "--choices", "4", "--seed", "1")
    assert result.returncode == 1
    assert "option 4 does not exist for card" in result.stderr


def test_an_unknown_language_is_refused() -> None:
    result = run("play", str(EXAMPLE), "--headless", "--auto", "--lang", "fr")
    assert result.returncode == 1
    assert "language 'fr' is not in this scenario; choose from nl, en" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("valdate", "x.yaml"), "did you mean 'validate'?"),
        (("play", "--sed", "3"), "did you mean '--seed'?"),
        (("validate", "--strictt", "x.yaml"), "did you mean '--strict'?"),
        # An option of another command is said to be theirs, not suggested as a typo of itself.
        (("report", "x.jsonl", "--data-dir", "d"), "'--data-dir' belongs to play, not to report"),
        (("stats", "x.jsonl", "--seed", "3"), "'--seed' belongs to play, watch or simulate, not to stats"),
        (
            ("stats", "x.jsonl", "--seed", "3", "--lang", "nl"),
            "'--seed' hoort bij play, watch of simulate, niet bij stats",
        ),
        (("play", "--size", "big"), "'big' is not a size like 1280x720"),
        (("play", "--headless", "--choices", "1,x"), "is not a list of option numbers"),
    ],
)
def test_bad_arguments_get_a_clear_message(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_headless_without_a_policy_says_what_is_missing() -> None:
    result = run("play", str(EXAMPLE), "--headless")
    assert result.returncode == 1
    assert "--headless needs --auto or --choices" in result.stderr


def test_a_missing_scenario_file_is_reported() -> None:
    result = run("play", "nope.yaml", "--headless", "--auto")
    assert result.returncode == 1
    assert "nope.yaml" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_accepts_the_shipped_scenarios() -> None:
    files = sorted(str(path) for path in (ROOT / "scenarios").glob("*.yaml"))
    result = run("validate", *files)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": ok \u2014 ") == len(files)


def test_validate_reports_problems_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        EXAMPLE.read_text(encoding="utf-8").replace("card: scanauto_krant", "card: scanauto_kant"),
        encoding="utf-8",
    )
    result = run("validate", str(bad), str(EXAMPLE))
    assert result.returncode == 1
    line = next(line for line in result.stdout.splitlines() if "scanauto_kant" in line)
    assert line.startswith(f"{bad}:")
    assert "did you mean 'scanauto_krant'?" in line
    assert f"{EXAMPLE}: ok \u2014 " in result.stdout


def test_a_log_that_cannot_be_written_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    log = blocker / "game.json"
    result = run("play", str(EXAMPLE), "--headless", "--auto", "--seed", "1", "--log", str(log))
    assert result.returncode == 1
    assert f"cannot write {blocker}" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_log_carries_the_triangle_of_the_options_chosen_and_the_lines_crossed(tmp_path: Path) -> None:
    from tests.core.valued import CAREFUL, CROSSING, write_valued

    scenario = write_valued(tmp_path)
    records = {}
    for choices in ("1,1,1", "2,2,2"):
        log = tmp_path / f"{choices[0]}.json"
        session = tmp_path / f"{choices[0]}.jsonl"
        args = ("--choices", choices, "--seed", "3", "--log", str(log), "--session-log", str(session))
        result = run("play", str(scenario), "--headless", *args)
        assert result.returncode == 0, result.stderr
        records[choices[0]] = json.loads(log.read_text(encoding="utf-8"))
    crossing, careful = records["1"], records["2"]
    assert crossing["triangle"] == pytest.approx(CROSSING) and careful["triangle"] == pytest.approx(CAREFUL)
    assert sum(crossing["triangle"].values()) == pytest.approx(1)
    assert crossing["triangle_basis"] == careful["triangle_basis"] == "options"
    played = [choice["card"] for choice in crossing["choices"]]
    assert crossing["lines_crossed"] == [card for card in played if card != "koers"]
    assert careful["lines_crossed"] == []


def test_a_scenario_without_corners_logs_no_triangle(tmp_path: Path) -> None:
    from tests.scenario.helpers import BASE  # no option serves or harms a corner, no theme names one

    scenario = tmp_path / "mini.yaml"
    scenario.write_text(BASE, encoding="utf-8")
    log = tmp_path / "game.json"
    result = run("play", str(scenario), "--headless", "--auto", "--seed", "4", "--log", str(log))
    assert result.returncode == 0, result.stderr
    record = json.loads(log.read_text(encoding="utf-8"))
    assert record["triangle"] is None and record["lines_crossed"] == []
