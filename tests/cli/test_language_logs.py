"""replay and report answer in the chosen language: their lines and a damaged log's message, Dutch and
English (the places, ids and outcome stay as they are)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_headless import ROOT, run

COUNCIL = ROOT / "scenarios" / "raadssessie.yaml"


@pytest.fixture(scope="module")
def session_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("logs") / "sessie.jsonl"
    played = run(
        "play", str(COUNCIL), "--headless", "--choices", "1,2,3,1,2,3,1,2", "--session-log", str(path)
    )
    assert played.returncode == 0, played.stderr
    return path


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            "{log}: gelijk aan het logboek \u2014 6 besluiten, 13 spelgebeurtenissen; uitkomst: artikel_12; ",
        ),
        ("en", "{log}: identical \u2014 6 decisions, 13 game events; outcome: artikel_12; "),
    ],
)
def test_replay_in_either_language(session_log: Path, lang: str, said: str) -> None:
    replayed = run("replay", str(session_log), "--lang", lang)
    assert replayed.returncode == 0, replayed.stderr
    assert replayed.stdout.startswith(said.format(log=session_log)), replayed.stdout


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "anders: {log}: spelgebeurtenis 1 verschilt: het logboek heeft "),
        ("en", "different: {log}: game event 1 differs: the log has "),
    ],
)
def test_a_replay_that_differs_in_either_language(
    session_log: Path, tmp_path: Path, lang: str, said: str
) -> None:
    changed = tmp_path / "anders.jsonl"
    lines = session_log.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace('"turn": 1,', '"turn": 7,')  # the first card shown, at another turn
    changed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    replayed = run("--lang", lang, "replay", str(changed), "--scenario", str(COUNCIL))
    assert replayed.returncode == 1
    assert replayed.stdout.startswith(said.format(log=changed)), replayed.stdout


@pytest.mark.parametrize(
    ("lang", "said"),
    [("nl", "fout: {log}:2: geen JSON-regel"), ("en", "error: {log}:2: not a JSON line")],
)
def test_a_damaged_log_in_either_language(session_log: Path, tmp_path: Path, lang: str, said: str) -> None:
    damaged = tmp_path / "kapot.jsonl"
    lines = session_log.read_text(encoding="utf-8").splitlines()
    damaged.write_text("\n".join([lines[0], "{kapot", *lines[1:]]) + "\n", encoding="utf-8")
    for command in ("replay", "report"):
        answered = run("--lang", lang, command, str(damaged))
        assert answered.returncode == 1
        assert answered.stderr.strip() == said.format(log=damaged)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            [
                "verslag geschreven naar {html}",
                "besluiten (CSV, UTF-8 met BOM, gescheiden door ';') geschreven",
            ],
        ),
        ("en", ["report written to {html}", "decisions (CSV, UTF-8 with BOM, ';'-separated) written to"]),
    ],
)
def test_report_in_either_language(session_log: Path, tmp_path: Path, lang: str, said: list[str]) -> None:
    html = tmp_path / "verslag.html"
    reported = run(
        "report", str(session_log), "--out", str(html), "--csv", str(tmp_path / "b.csv"), "--lang", lang
    )
    assert reported.returncode == 0, reported.stderr
    assert reported.stdout.splitlines()[0] == said[0].format(html=html)
    assert reported.stdout.splitlines()[1].startswith(said[1])
