"""`python main.py simulate` end to end: the text report, the JSON figures and a chart that is drawn."""

from __future__ import annotations

import json
import os
from pathlib import Path

from tests.cli.test_headless import EXAMPLE, run


def test_simulate_prints_the_report_and_writes_json_and_a_chart(tmp_path: Path) -> None:
    figures, chart = tmp_path / "out" / "sim.json", tmp_path / "sim.png"
    result = run(
        "simulate", str(EXAMPLE), "--runs", "50", "--seed", "3", "--json", str(figures), "--chart", str(chart)
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for heading in (
        "Outcomes (share of runs)",
        "Meters at the end of each year",
        "Cards seen",
        "Options chosen",
        "Cards never seen",
        "Balance",
        "Warnings",
    ):
        assert heading in out
    assert "greedy:legitimacy" in out and "cautious" in out
    data = json.loads(figures.read_text(encoding="utf-8"))
    assert data["runs_per_policy"] == 50 and data["seed"] == 3
    names = [policy["name"] for policy in data["policies"]]
    assert names == [
        "random",
        "greedy:legitimacy",
        "greedy:trust",
        "greedy:capacity",
        "greedy:budget",
        "cautious",
    ]
    first = data["policies"][0]
    assert sum(first["endings"].values()) + first["completed"] == 50
    assert set(first["year_end"][0]["meters"]["trust"]) == {"n", "min", "p10", "median", "p90", "max"}
    assert len(first["trajectory"]) == 1 + 2 * (3 + 1)
    for warning in data["warnings"]:
        assert f"  {warning}" in out
    assert data["balance"] and data["balanced"] == all(check["passed"] for check in data["balance"])
    for check in data["balance"]:
        assert f"  {'ok  ' if check['passed'] else 'MISS'}  {check['text']}" in out

    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    image = pygame.image.load(str(chart))
    assert image.get_size() == (1920, 1080)
    colours = {tuple(image.get_at((x, y)))[:3] for x in range(0, 1920, 16) for y in range(0, 1080, 16)}
    assert len(colours) > 20, "the chart looks blank"


def test_check_exits_1_when_a_balance_target_is_missed() -> None:
    # The example is two short years: almost nothing ends it early, so greedy play completes it.
    result = run("simulate", str(EXAMPLE), "--runs", "20", "--check")
    assert result.returncode == 1, result.stdout
    assert "MISS  greedy:" in result.stdout
    assert result.stdout.rstrip().endswith(f"{EXAMPLE}: misses 6 balance targets")
    assert run("simulate", str(EXAMPLE), "--runs", "20").returncode == 0


def test_the_same_seed_prints_the_same_figures() -> None:
    outputs = [run("simulate", str(EXAMPLE), "--runs", "30", "--seed", "9").stdout for _ in range(2)]
    kept = [[line for line in out.splitlines() if "games per second" not in line] for out in outputs]
    assert kept[0] == kept[1]


def test_the_same_figures_with_one_worker_or_two() -> None:
    outputs = [run("simulate", str(EXAMPLE), "--runs", "300", "--workers", str(n)).stdout for n in (1, 2)]
    kept = [[line for line in out.splitlines() if "games per second" not in line] for out in outputs]
    assert kept[0] == kept[1] and len(kept[0]) > 20


def test_bad_input_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    missing = run("simulate", str(tmp_path / "nope.yaml"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    bad_runs = run("simulate", str(EXAMPLE), "--runs", "zero")
    assert bad_runs.returncode == 2 and "not a number of runs" in bad_runs.stderr
