"""`python main.py simulate` end to end: the text report, the JSON figures and a chart that is drawn."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.cli.test_headless import EXAMPLE, run
from tests.simulate.valued import triangle_file

COUNCIL = EXAMPLE.parent / "raadssessie.yaml"


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
    assert "greedy:legitimacy" in out and "bookkeeper" in out and "weigher" in out
    assert "triangle: strategy" in out
    data = json.loads(figures.read_text(encoding="utf-8"))
    assert data["runs_per_policy"] == 50 and data["seed"] == 3
    names = [policy["name"] for policy in data["policies"]]
    meters = [f"greedy:{meter}" for meter in data["meters"]]
    assert names == ["random", *meters, "bookkeeper", "weigher"]
    first = data["policies"][0]
    assert sum(first["endings"].values()) + first["completed"] == 50
    for policy in data["policies"]:
        assert set(policy["profile_shares"]) == set(policy["profiles"])
        for profile, count in policy["profiles"].items():
            assert policy["profile_shares"][profile] == count / 50
        for ending, count in policy["endings"].items():
            assert policy["ending_shares"][ending] == count / 50
        triangle = policy["triangle"]
        assert set(triangle) == {"strategy", "capacity", "legitimacy"}
        assert abs(sum(triangle.values()) - 1) < 1e-9
        assert set(policy["lines_crossed"]) == {"mean", "share"}
        assert 0 <= policy["lines_crossed"]["share"] <= 1
        assert set(policy["profiles_after_red_line"]) == set(policy["profiles"])
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
    # The example is two short years: almost nothing ends it early, so greedy play completes it (and
    # with 20 runs, some outcome is reached by no policy in 1% of its games).
    result = run("simulate", str(EXAMPLE), "--runs", "20", "--check")
    assert result.returncode == 1, result.stdout
    assert "MISS  " in result.stdout
    missed = result.stdout.count("  MISS  ")
    assert result.stdout.rstrip().endswith(f"{EXAMPLE}: misses {missed} balance targets")
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


def test_the_json_shows_the_bookkeeper_and_the_weigher_with_their_shares_and_triangles(
    tmp_path: Path,
) -> None:
    scenario = triangle_file(tmp_path / "triangle.yaml")
    figures = tmp_path / "sim.json"
    result = run("simulate", str(scenario), "--runs", "200", "--json", str(figures), "--check")
    # Three endings are never reached (no meter falls to 0 in two years), so the check fails; random play
    # completes the term often enough, now that a harm no longer empties a corner (fewer lopsided games).
    assert result.returncode == 1, result.stdout
    assert "  ok    random completes the term in " in result.stdout
    assert "  MISS  reached by no policy in at least 1% of its runs: ending 'empty' (never)" in result.stdout
    assert (
        "  ok    weigher gets the top profile 'builder' in 100% of runs (target: at least 40%)"
        in result.stdout
    )
    data = json.loads(figures.read_text(encoding="utf-8"))
    policies = {policy["name"]: policy for policy in data["policies"]}
    assert list(policies) == ["random", "greedy:w", "greedy:a", "greedy:b", "bookkeeper", "weigher"]
    weigher, bookkeeper = policies["weigher"], policies["bookkeeper"]
    assert weigher["profile_shares"] == {"builder": 1.0, "crosser": 0.0, "manager": 0.0}
    assert weigher["lines_crossed"] == {"mean": 0.0, "share": 0.0}
    assert bookkeeper["ending_shares"]["scandal"] == 1.0
    assert bookkeeper["lines_crossed"] == {"mean": 2.0, "share": 1.0}
    # Greedy for w always builds: 1 strategy, and for harming capacity 1/2 strategy and 1/2 legitimacy.
    assert policies["greedy:w"]["triangle"] == {"strategy": 0.75, "capacity": 0.0, "legitimacy": 0.25}
    assert sum(weigher["triangle"].values()) == pytest.approx(1)
    assert data["balanced"] is False


def test_check_closes_with_a_line_when_every_target_is_met() -> None:
    # The council session meets every target; random play seldom reaches two of its endings, which are
    # warned of above the closing line.
    result = run("simulate", str(COUNCIL), "--runs", "300", "--seed", "1", "--check")
    assert result.returncode == 0, result.stdout
    assert "MISS  " not in result.stdout
    met = result.stdout.count("  ok    ")
    warned = result.stdout.count("  warning: ")
    warnings = [line for line in result.stdout.splitlines() if line.startswith("  warning: ending '")]
    assert warnings and all(
        re.search(r" (random games|no random game) \(under 1%\); \S+ reaches it in \S+%$", line)
        for line in warnings
    )
    assert result.stdout.rstrip().endswith(
        f"{COUNCIL}: meets all {met} balance targets; {warned} warnings above"
    )


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "nl",
            (
                "Uitkomsten (deel van de spellen)",
                "Balans (doelen voor een termijn die balans leert)",
                "  ok    random speelt de termijn uit in ",
                "  waarschuwing: einde 'motie_van_wantrouwen' wordt in geen enkel willekeurig spel bereikt "
                "(onder 1%); greedy:capaciteit haalt het in 100%",
                "haalt alle {met} balansdoelen; {warned} waarschuwingen hierboven",
            ),
        ),
        (
            "en",
            (
                "Outcomes (share of runs)",
                "Balance (targets for a term that teaches balance)",
                "  ok    random completes the term in ",
                "  warning: ending 'motie_van_wantrouwen' is reached in no random game (under 1%); "
                "greedy:capaciteit reaches it in 100%",
                "meets all {met} balance targets; {warned} warnings above",
            ),
        ),
    ],
)
def test_check_speaks_the_language_chosen(lang: str, words: tuple[str, ...]) -> None:
    """simulate --check in Dutch and in English (--lang, here after the command), the closing line last;
    the ids and the policies' names stay as the scenario and --json have them."""
    result = run("simulate", str(COUNCIL), "--runs", "300", "--seed", "1", "--check", "--lang", lang)
    assert result.returncode == 0, result.stdout
    met = result.stdout.count("  ok    ")
    warned = result.stdout.count("  waarschuwing: " if lang == "nl" else "  warning: ")
    assert met > 10 and warned == 2
    *lines, closing = words
    for line in lines:
        assert line in result.stdout
    # (a decimal comma in Dutch, and a point groups thousands there; the reverse in English)
    speed = (
        r"\d+,\d\d s \([\d.]+ spellen per seconde\)"
        if lang == "nl"
        else r"\d+\.\d\d s \([\d,]+ games per second\)"
    )
    assert re.search(speed, result.stdout.splitlines()[1])
    assert result.stdout.rstrip().endswith(f"{COUNCIL}: " + closing.format(met=met, warned=warned))


def test_a_missed_target_is_said_in_dutch() -> None:
    result = run("simulate", str(EXAMPLE), "--runs", "50", "--seed", "1", "--check", "--lang", "nl")
    assert result.returncode == 1
    missed = result.stdout.count("  mist  ")  # (the mark in Dutch too)
    assert missed and "  MISS  " not in result.stdout
    assert result.stdout.rstrip().endswith(f"{EXAMPLE}: mist {missed} balansdoelen")
