"""One log for every game: a headless game writes the window's session log, which report, stats and
replay take; given the game's JSON instead, they say in one line which file to pass."""

from __future__ import annotations

import json
from pathlib import Path

from game.core.session_log import read_log
from tests.cli.test_headless import ROOT, run

COUNCIL = ROOT / "scenarios" / "raadssessie.yaml"


def logged_path(stdout: str) -> Path:
    line = next(line for line in stdout.splitlines() if line.startswith("session log: "))
    return Path(line.removeprefix("session log: "))


def test_a_headless_game_writes_its_session_log_in_the_data_folder(
    private_data_home: Path, tmp_path: Path
) -> None:
    game_json = tmp_path / "game.json"
    played = run("play", str(COUNCIL), "--headless", "--auto", "--seed", "4", "--log", str(game_json))
    assert played.returncode == 0, played.stderr
    log_path = logged_path(played.stdout)
    assert (
        log_path.parent == private_data_home / "digitaal-leiderschap" / "logs" and log_path.suffix == ".jsonl"
    )
    log = read_log(log_path)
    assert log.header.scenario_id == "raadssessie" and log.header.seed == 4 and log.header.mode == "solo"
    record = json.loads(game_json.read_text(encoding="utf-8"))
    assert record["session_log"] == str(log_path.resolve())
    choices = [event for event in log.game_events() if event["kind"] == "choice"]
    assert [event["card"] for event in choices] == [choice["card"] for choice in record["choices"]]

    replayed = run("replay", str(log_path))
    assert replayed.returncode == 0 and "identical" in replayed.stdout, replayed.stderr
    report = run("report", str(log_path), "--out", str(tmp_path / "r.html"), "--csv", str(tmp_path / "r.csv"))
    assert report.returncode == 0 and (tmp_path / "r.html").is_file(), report.stderr
    stats = run("stats", str(log_path))
    assert stats.returncode == 0 and "Sessions of scenario 'raadssessie'" in stats.stdout, stats.stderr

    for command in ("replay", "report", "stats"):
        refused = run(command, str(game_json))
        assert refused.returncode == 1
        said = f"error: {game_json}: this is a game's JSON (play --log), not its session log; pass "
        assert refused.stderr.strip().splitlines() == [said + str(log_path.resolve())]


def test_session_log_names_the_file_and_never_overwrites_one(tmp_path: Path) -> None:
    chosen = tmp_path / "sessie.jsonl"
    played = run(
        "play", str(COUNCIL), "--headless", "--choices", "1,2,3,1,2,3,1,2", "--session-log", str(chosen)
    )
    assert played.returncode == 0, played.stderr
    assert logged_path(played.stdout) == chosen and read_log(chosen).header.seed >= 0
    again = run("play", str(COUNCIL), "--headless", "--auto", "--session-log", str(chosen))
    assert again.returncode == 1
    assert f"{chosen}: the session log exists already; choose another --session-log" in again.stderr
