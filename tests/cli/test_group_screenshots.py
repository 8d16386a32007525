"""`play --headless --group --screenshots`: a group session rendered as PNGs, with the tie and the split."""

from __future__ import annotations

import json
from pathlib import Path

import pygame

from tests.cli.test_headless import ROOT, run

COUNCIL = ROOT / "scenarios" / "raadssessie.yaml"


def colours(path: Path) -> int:
    """How many colours a grid of points across the picture has (a blank picture has one)."""
    surface = pygame.image.load(str(path))
    width, height = surface.get_size()
    return len({tuple(surface.get_at((x, y))) for x in range(0, width, 16) for y in range(0, height, 16)})


def test_a_group_session_is_shot_in_every_phase_and_logs_the_tie(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    log = tmp_path / "game.json"
    result = run(
        "play",
        str(COUNCIL),
        "--headless",
        "--auto",
        "--seed",
        "2",
        "--group",
        "--size",
        "1280x720",
        "--screenshots",
        str(shots),
        "--log",
        str(log),
    )
    assert result.returncode == 0, result.stderr
    names = sorted(path.name for path in shots.glob("*.png"))
    assert f"{len(names)} schermafbeeldingen in {shots}" in result.stdout  # (the game's language, Dutch)
    assert names[:8] == [
        "001_title.png",
        "002_group_name.png",
        "003_intro.png",
        "004_statements.png",
        "005_card_hidden.png",
        "006_card_revealed.png",
        "007_card_voting.png",
        "008_card_voting_tie.png",
    ]
    assert names[8:11] == ["009_presenter_card_tie.png", "010_feedback.png", "011_presenter_feedback.png"]
    assert "015_presenter_card_voting.png" in names  # later cards: a clear majority, no tie
    assert sum("voting_tie" in name for name in names) == 1
    for name in names[:11]:
        assert colours(shots / name) >= 4, f"{name} looks blank"

    record = json.loads(log.read_text(encoding="utf-8"))
    first, *rest = record["choices"]
    votes = first["votes"]
    assert sorted(votes, reverse=True)[:2] == [2, 2]  # a tie ...
    assert votes[first["option"] - 1] == 2  # ... that the facilitator resolved to the option chosen
    for choice in rest:  # every later decision won by a majority
        counts = list(choice["votes"])
        won = counts.pop(choice["option"] - 1)
        assert won > max(counts)
    decisions = int(result.stdout.split("besluiten: ")[1].split()[0])
    assert len(record["choices"]) == decisions
    assert sum("card_hidden" in name for name in names) == decisions


def test_group_without_screenshots_still_plays_headless(tmp_path: Path) -> None:
    log = tmp_path / "game.json"
    result = run("play", str(COUNCIL), "--headless", "--auto", "--seed", "2", "--group", "--log", str(log))
    assert result.returncode == 0, result.stderr
    assert "besluiten: 8" in result.stdout
    assert all("votes" not in choice for choice in json.loads(log.read_text(encoding="utf-8"))["choices"])
